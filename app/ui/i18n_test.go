package ui

import (
	"regexp"
	"strings"
	"testing"

	"renda/app/explore"
	"renda/parse/schema"
)

var (
	verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	han   = regexp.MustCompile(`\p{Han}`)
	// glossed are the Chinese words an English message may keep: a term
	// explained in brackets, and the brand.
	glossed = regexp.MustCompile(`\(\p{Han}+\)|人大 Renda`)
)

// TestMessages checks every message: both languages present, keys unique,
// the same format verbs, and English free of Chinese but for glosses.
func TestMessages(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range messages() {
		if m.zh == "" || m.en == "" {
			t.Errorf("message %q / %q: a language is missing", m.zh, m.en)
		}
		if seen[m.zh] {
			t.Errorf("message %q: defined twice", m.zh)
		}
		seen[m.zh] = true
		for _, en := range []string{m.en, m.one} {
			if a, b := verbs.FindAllString(m.zh, -1), verbs.FindAllString(en, -1); en != "" && strings.Join(a, " ") != strings.Join(b, " ") {
				t.Errorf("message %q: verbs %q in Chinese, %q in English", m.zh, a, b)
			}
		}
		if han.MatchString(glossed.ReplaceAllString(m.en, "")) {
			t.Errorf("message %q: English %q holds Chinese", m.zh, m.en)
		}
	}
}

// TestCatalog walks every catalog key through both printers.
func TestCatalog(t *testing.T) {
	if _, err := newCatalog(); err != nil {
		t.Fatal(err)
	}
	zh, en := newLocale(langZh), newLocale(langEn)
	for _, m := range messages() {
		args := make([]any, len(verbs.FindAllString(m.zh, -1)))
		for i := range args {
			args[i] = 7
			if strings.Contains(verbs.FindAllString(m.zh, -1)[i], "s") {
				args[i] = "x"
			}
		}
		if strings.Contains(m.zh, "%%") {
			continue // a literal percent sign: nothing to compare
		}
		if got, want := zh.T(m.zh, args...), (locale{}).T(m.zh, args...); got != want {
			t.Errorf("zh %q = %q, want %q", m.zh, got, want)
		}
		if got, want := en.T(m.zh, args...), (locale{}).T(m.en, args...); got != want {
			t.Errorf("en %q = %q, want %q", m.zh, got, want)
		}
		if m.one != "" {
			args[0] = 1
			if got, want := en.Tn(m.zh, 1, args[1:]...), (locale{}).T(m.one, args...); got != want {
				t.Errorf("en %q for one = %q, want %q", m.zh, got, want)
			}
			if got, want := zh.Tn(m.zh, 1, args[1:]...), (locale{}).T(m.zh, args...); got != want {
				t.Errorf("zh %q for one = %q, want %q", m.zh, got, want)
			}
		}
	}
}

// TestLabelsTranslated checks that every label the interface computes has
// a message: events, levels, roles, record fields and facet dimensions.
func TestLabelsTranslated(t *testing.T) {
	keys := map[string]bool{}
	for _, m := range messages() {
		keys[m.zh] = true
	}
	var labels []string
	for _, e := range explore.EventOrder() {
		labels = append(labels, eventLabel(e))
	}
	for _, l := range explore.LevelOrder() {
		labels = append(labels, levelLabel(l))
	}
	for _, r := range []string{explore.RolePresiding, explore.RoleSpeakers, explore.RoleReports,
		explore.RoleExecutiveChairs, explore.RoleRostrum, explore.RoleElected, explore.RolePhotographers, explore.RoleMentioned} {
		labels = append(labels, roleLabel(r))
	}
	d := testPack().Docs[0]
	for _, f := range facts(locale{}, &d) {
		labels = append(labels, fieldLabel(f.field))
	}
	for _, d := range []string{explore.FacetLevel, explore.FacetEvent, explore.FacetYear, explore.FacetProvince} {
		labels = append(labels, facetLabel(d), facetValueLabel(d, explore.None))
	}
	for _, l := range labels {
		if !keys[l] {
			t.Errorf("label %q has no message", l)
		}
	}
}

func TestMatchLang(t *testing.T) {
	tests := []struct {
		prefs []string
		want  string
	}{
		{nil, langZh},
		{[]string{"zh-CN"}, langZh},
		{[]string{"zh-TW", "en"}, langZh},
		{[]string{"en-GB", "zh"}, langEn},
		{[]string{"en-US"}, langEn},
		{[]string{"fr-FR", "en"}, langEn},
		{[]string{"fr-FR"}, langZh},
		{[]string{"not a tag"}, langZh},
	}
	for _, tt := range tests {
		if got := matchLang(tt.prefs); got != tt.want {
			t.Errorf("matchLang(%q) = %q, want %q", tt.prefs, got, tt.want)
		}
	}
}

func TestLocaleFormats(t *testing.T) {
	zh, en := newLocale(langZh), newLocale(langEn)
	tests := []struct{ got, want string }{
		{zh.Date("2024-03-29"), "2024年3月29日"},
		{en.Date("2024-03-29"), "29 Mar 2024"},
		{zh.Date("2023-02"), "2023年2月"},
		{en.Date("2023-02"), "Feb 2023"},
		{en.Date("2023"), "2023"},
		{en.Date("n.d."), "n.d."},
		{en.N(1234), "1,234"},
		{en.Tn(searchCount, 1234), "1,234 reports"},
		{en.Tn(searchCount, 1), "1 report"},
		{en.errText("无法下载数据：HTTP 404"), "Could not download the data: HTTP 404"},
		{zh.errText("无法下载数据：HTTP 404"), "无法下载数据：HTTP 404"},
		{zh.Tn(searchCount, 1), "共 1 篇报道"},
		{zh.T(searchCount, 12), "共 12 篇报道"},
		{en.event("closing"), "Closing"},
		{en.level("county"), "County"},
		{en.attendance(&schema.Attendance{Expected: 245, Present: 226}), "Expected (应到) 245 · Present (实到) 226 (92.2%)"},
		{zh.attendance(&schema.Attendance{Expected: 245, Present: 226}), "应到 245 · 实到 226（92.2%）"},
		{en.attendance(&schema.Attendance{Present: 186, Quorum: true}), "Present (实到) 186"},
		{zh.attendance(&schema.Attendance{Present: 186}), "实到 186"},
		{zh.attendance(&schema.Attendance{Present: 186, Absent: 12}), "实到 186"},
		{zh.attendance(&schema.Attendance{Expected: 212, Quorum: true}), "应到 212"},
		{en.attendance(&schema.Attendance{Expected: 212}), "Expected (应到) 212"},
		{zh.attendance(&schema.Attendance{Absent: 3}), "缺席 3"},
		{en.attendance(&schema.Attendance{Absent: 12, Quorum: true}), "Absent (缺席) 12"},
		{attendanceFact(zh, &schema.Attendance{Absent: 3, Quorum: true}).value, "缺席 3 · 符合法定人数"},
		{attendanceFact(zh, &schema.Attendance{Present: 186, Absent: 12}).value, "实到 186 · 缺席 12"},
		{en.session(&explore.Session{Locality: "清徐县", Term: 17, Number: 2}, true), "清徐县 Term 17, Session 2"},
		{zh.session(&explore.Session{Locality: "清徐县", Term: 17, Number: 2}, true), "清徐县 第17届 第2次会议"},
		{en.dateLabel("2024-01-20", "inferred"), "20 Jan 2024 (inferred)"},
		{en.facetValue(explore.FacetProvince, "山西省"), "山西省"},
		{en.facetValue(explore.FacetYear, "2023"), "2023"},
		{zh.facetValue(explore.FacetYear, "2023"), "2023年"},
		{pinyinOf(readyLibrary().Index, "山亭区", false), "shan ting qu"}, {pinyinOf(nil, "山亭区", false), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

// TestLocaleNumbers checks that counts are written as the printer of each
// language writes them, for the zero locale as they are.
func TestLocaleNumbers(t *testing.T) {
	nums := []int{0, 7, -7, 999, 1000, -1000, 1234, 99999, 100000, 123456, -123456, 1234567, 1<<31 - 1, -1 << 31}
	for _, lang := range langCodes() {
		l := newLocale(lang)
		for _, n := range nums {
			if got, want := l.N(n), l.P.Sprintf("%d", n); got != want {
				t.Errorf("%s: N(%d) = %q, want %q as the printer writes it", lang, n, got, want)
			}
		}
	}
	if got := (locale{}).N(1234); got != "1234" {
		t.Errorf("zero locale: N(1234) = %q, want 1234", got)
	}
}

// TestFixedMessages checks that a message without arguments is looked up,
// not printed again on every call: a result row and a facet ask for
// several, on every keystroke.
func TestFixedMessages(t *testing.T) {
	en := newLocale(langEn)
	for _, key := range []string{searchPeople, finderFilters, eventLabel("closing")} {
		var s string
		if n := testing.AllocsPerRun(100, func() { s = en.S(key) }); n != 0 {
			t.Errorf("S(%q) allocates %.0f times a call, want a lookup", key, n)
		}
		if want := en.P.Sprintf(key); s != want {
			t.Errorf("S(%q) = %q, want %q", key, s, want)
		}
	}
	if got, want := en.T(searchCount, 3), "3 reports"; got != want {
		t.Errorf("a message with arguments: got %q, want %q", got, want)
	}
}
