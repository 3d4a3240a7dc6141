package ui

import (
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
	"renda/parse"
)

// testPack is a tiny corpus: two reports of one session, and one whose text
// tries to inject markup.
func testPack() corpus.Pack {
	text := "大会执行主席王德海主持会议。应到245名，实到226名。"
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	ps, pe := at("王德海主持")
	as, ae := at("应到245名，实到226名")
	evil := `报道 <script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> 完`
	return corpus.Pack{Version: "t", Docs: []corpus.Doc{
		{Record: parse.Record{ID: "a b", Title: "山亭区第十届人民代表大会第二次会议闭幕", Locality: "山亭区", Level: "district",
			Term: 10, Session: 2, Event: "closing", Date: "2023-02-10", Presiding: []string{"王德海"},
			Attendance: &parse.Attendance{Expected: 245, Present: 226, Absent: 19, Quorum: true},
			Reports:    []parse.Report{{Title: "政府工作报告", By: "李霞"}},
			Text:       text, Evidence: []parse.Evidence{{Field: "presiding", Start: ps, End: pe}, {Field: "attendance", Start: as, End: ae}},
			Warnings: []string{"年份为推断"}}, Original: text},
		{Record: parse.Record{ID: "open", Title: "山亭区第十届人民代表大会第二次会议开幕", Locality: "山亭区", Level: "district",
			Term: 10, Session: 2, Event: "opening", Date: "2023-02-07", Text: "开幕。"}},
		{Record: parse.Record{ID: "evil", Title: `<b>标题</b>`, Event: "other", Text: evil}, Original: evil},
	}}
}

func TestPages(t *testing.T) {
	got := Pages(testPack())
	want := []string{"/", "/timeline", "/import", "/404",
		"/doc/a%20b", "/doc/open", "/doc/evil", "/place/%E5%B1%B1%E4%BA%AD%E5%8C%BA",
		"/person/%E7%8E%8B%E5%BE%B7%E6%B5%B7", "/person/%E6%9D%8E%E9%9C%9E"}
	if !slices.Equal(got, want) {
		t.Errorf("Pages =\n%q\nwant\n%q", got, want)
	}

	// A large corpus: the fixed pages and documents first, capped.
	var big corpus.Pack
	for i := range PrerenderMax + 10 {
		big.Docs = append(big.Docs, corpus.Doc{Record: parse.Record{ID: strconv.Itoa(i), Presiding: []string{"王" + strconv.Itoa(i)}}})
	}
	got = Pages(big)
	if len(got) != PrerenderMax || got[3] != "/404" || got[4] != "/doc/0" || got[PrerenderMax-1] != "/doc/"+strconv.Itoa(PrerenderMax-5) {
		t.Errorf("Pages of %d documents: %d pages, %q … %q", len(big.Docs), len(got), got[:5], got[len(got)-1])
	}
}

func TestStripPrefix(t *testing.T) {
	tests := []struct{ path, prefix, want string }{
		{"/doc/x", "", "/doc/x"},
		{"/renda/doc/x", "/renda", "/doc/x"},
		{"/renda", "/renda", "/"},
		{"/renda/", "/renda", "/"},
		{"/rendax/doc", "/renda", "/rendax/doc"},
		{"", "", "/"},
	}
	for _, tt := range tests {
		if got := stripPrefix(tt.path, tt.prefix); got != tt.want {
			t.Errorf("stripPrefix(%q, %q) = %q, want %q", tt.path, tt.prefix, got, tt.want)
		}
	}
}

// TestFactsCoverTheRecord checks that the facts card shows every field of
// the record but the text and its evidence (shown as marks) and warnings
// (shown apart).
func TestFactsCoverTheRecord(t *testing.T) {
	d := testPack().Docs[0]
	var shown []string
	for _, f := range facts(locale{}, &d) {
		shown = append(shown, f.field)
	}
	typ := reflect.TypeFor[parse.Record]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		switch name {
		case "text", "evidence", "warnings":
			continue
		}
		if !slices.Contains(shown, name) {
			t.Errorf("field %q missing from the facts card", name)
		}
	}
	byField := map[string]fact{}
	for _, f := range facts(locale{}, &d) {
		byField[f.field] = f
	}
	for field, want := range map[string]string{
		"presiding":  "王德海",
		"term":       "10",
		"event":      "closing",
		"reports":    "李霞",
		"attendance": "应到 245 · 实到 226（92.2%） · 缺席 19 · 符合法定人数",
		"plenary":    "",
	} {
		if got := byField[field].value; got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
}

// hasTag reports whether html has a <tag> element with attr among its
// attributes (go-app writes them in any order).
func hasTag(html, tag, attr string) bool {
	return regexp.MustCompile(`<` + tag + `\b[^>]*\s` + regexp.QuoteMeta(attr)).MatchString(html)
}

// TestFacetValue checks a facet value's item as facetGroup builds it: its
// button's data and state, its label and count, hidden when no result has
// it and the query does not select it, and a province's name marked as
// Chinese data where other labels are interface strings.
func TestFacetValue(t *testing.T) {
	en := newLocale(langEn)
	tests := []struct {
		name   string
		dim    string
		v      explore.FacetValue
		hidden bool
		button map[string]string // attributes; "" for a boolean's true
		text   string            // the button's text: label and count
	}{
		{"level selected", explore.FacetLevel, explore.FacetValue{Value: "county", Count: 1234, Selected: true}, false,
			map[string]string{"data-facet": "level", "data-value": "county", "aria-pressed": "", "data-i18n": ""}, "County 1,234"},
		{"province without results", explore.FacetProvince, explore.FacetValue{Value: "山西省"}, true,
			map[string]string{"data-facet": "province", "data-value": "山西省", "aria-pressed": "false", "lang": "zh"}, "山西省 0"},
		{"no province, selected", explore.FacetProvince, explore.FacetValue{Value: explore.None, Selected: true}, false,
			map[string]string{"data-value": explore.None, "aria-pressed": "", "data-i18n": ""}, "Not stated 0"},
	}
	tag := regexp.MustCompile(`<(li|button)((?:\s[^\s=>]+(?:="[^"]*")?)*)>`)
	attr := regexp.MustCompile(`\s([^\s=>]+)(?:="([^"]*)")?`)
	for _, tt := range tests {
		html := app.HTMLString(facetGroup(en, explore.Facet{Name: tt.dim, Values: []explore.FacetValue{tt.v}}))
		html = html[strings.Index(html, "<li"):]
		got := map[string]map[string]string{}
		for _, m := range tag.FindAllStringSubmatch(html, 2) {
			got[m[1]] = map[string]string{}
			for _, a := range attr.FindAllStringSubmatch(m[2], -1) {
				got[m[1]][a[1]] = a[2]
			}
		}
		if _, hidden := got["li"]["hidden"]; hidden != tt.hidden {
			t.Errorf("%s: item hidden %v, want %v: %s", tt.name, hidden, tt.hidden, html)
		}
		for k, want := range tt.button {
			if v, ok := got["button"][k]; !ok || v != want {
				t.Errorf("%s: button's %s = %q (present %v), want %q", tt.name, k, v, ok, want)
			}
		}
		for _, other := range []string{"lang", "data-i18n"} {
			if _, want := tt.button[other]; !want && hasAttr(got["button"], other) {
				t.Errorf("%s: button has %s", tt.name, other)
			}
		}
		if text := strings.Join(strings.Fields(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(html, " ")), " "); text != tt.text {
			t.Errorf("%s: text %q, want %q", tt.name, text, tt.text)
		}
	}
}

func hasAttr(m map[string]string, k string) bool { _, ok := m[k]; return ok }

func readyLibrary() library {
	return library{Status: loadReady, Index: explore.New(testPack())}
}

func TestSearchPageHTML(t *testing.T) {
	p := newSearchPage()
	p.lib = readyLibrary()
	p.query = explore.Query{Text: "山亭 闭幕"}
	p.input = p.query.Text
	p.find(p.lib, p.shown)
	html := app.HTMLString(p)
	for _, want := range []string{
		`id="q"`, `type="search"`, `class="result-link"`, `href="/doc/a%20b?q=%E5%B1%B1%E4%BA%AD+%E9%97%AD%E5%B9%95"`, // the query goes along
		`<mark>山亭</mark>`, `<mark>闭幕</mark>`,
		`data-facet="level"`, `data-value="district"`, `aria-pressed="false"`,
		`应到 245 · 实到 226（92.2%）`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	if strings.Contains(html, `hidden="false"`) { // hides in a browser as "true" does
		t.Error(`search page has hidden="false"`)
	}
	for _, tag := range [][2]string{{"label", `for="q"`}, {"input", `id="q"`}, {"ol", `id="results"`}, {"nav", `id="facets"`}} {
		if !hasTag(html, tag[0], tag[1]) {
			t.Errorf("search page lacks <%s %s>", tag[0], tag[1])
		}
	}
	if strings.Contains(html, `id="no-results"`) {
		t.Error("no-results shown with results")
	}

	p.query = explore.Query{Text: "不存在的词"}
	p.find(p.lib, p.shown)
	if html := app.HTMLString(p); !strings.Contains(html, `id="no-results"`) || strings.Contains(html, `id="pinyin-pending"`) {
		t.Error("no #no-results for a query without hits, or pinyin pending for characters")
	}

	// A latin query before the people's pinyin is in says it is coming
	// rather than that nothing matches; once it is in, nothing matches.
	for _, c := range []struct {
		people         fetchState
		pending, empty bool
	}{{fetchIdle, true, false}, {fetchRunning, true, false}, {fetchDone, false, true}, {fetchFailed, false, true}} {
		p.lib.People = c.people
		p.query = explore.Query{Text: "zzzq"}
		p.find(p.lib, p.shown)
		html := app.HTMLString(p)
		if strings.Contains(html, `id="pinyin-pending"`) != c.pending || strings.Contains(html, `id="no-results"`) != c.empty {
			t.Errorf("people's pinyin %d, latin query without hits: pending shown %v, no results %v", c.people, !c.pending, !c.empty)
		}
	}
}

func TestDocPageHTML(t *testing.T) {
	p := newDocPage()
	p.lib = readyLibrary()
	p.doc, _ = p.lib.Index.Doc("a b")
	html := app.HTMLString(p)
	for _, want := range []string{
		`id="facts"`, `data-field="presiding"`, `href="/person/%E7%8E%8B%E5%BE%B7%E6%B5%B7"`,
		`id="warnings"`, `年份为推断`,
		`id="cite"`, `id="show-original"`, `id="prev"`, `href="/doc/open"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("document page lacks %s", want)
		}
	}
	if !hasTag(html, "mark", `data-field="presiding"`) || !hasTag(html, "mark", `data-field="attendance"`) {
		t.Error("evidence not marked")
	}
	if strings.Contains(html, `id="original"`) {
		t.Error("original shown before it is asked for")
	}
	if strings.Contains(html, `data-q=`) {
		t.Error("search terms marked without a search")
	}

	// Opened from a search: its terms are marked too, the evidence as it was.
	p.query = explore.Query{Text: "王德海 会议"}
	html = app.HTMLString(p)
	for _, want := range []string{`<mark data-q>会议</mark>`} {
		if !strings.Contains(html, want) {
			t.Errorf("document opened from a search lacks %s", want)
		}
	}
	if !hasTag(html, "mark", `data-field="presiding"`) || !hasTag(html, "mark", `data-field="attendance"`) {
		t.Error("evidence not marked beside the search's terms")
	}
	if m := regexp.MustCompile(`<mark[^>]*>王德海</mark>`).FindString(html); !strings.Contains(m, `data-field="presiding"`) || !strings.Contains(m, "data-q") {
		t.Errorf("the name both presiding and searched is not one mark of both: %q", m)
	}
	p.query = explore.Query{}

	p.doc, _ = p.lib.Index.Doc("evil")
	p.showOriginal = true
	html = app.HTMLString(p)
	// (go-app writes attribute values unescaped when prerendering: the
	// title's markup stays visible in data-value="<b>标题</b>", which is
	// inert inside quotes; in the browser attributes are set with
	// setAttribute.)
	if inert := regexp.MustCompile(`data-value="[^"]*"`).ReplaceAllString(html, ""); strings.Contains(inert, "<script") ||
		strings.Contains(inert, "<img") || strings.Contains(inert, "<b>") {
		t.Errorf("document strings rendered as markup:\n%s", html)
	}
	for _, want := range []string{"&lt;script&gt;", "&lt;b&gt;标题&lt;/b&gt;", `id="original"`} {
		if !strings.Contains(html, want) {
			t.Errorf("document text not shown as text: no %s", want)
		}
	}
}

func TestTimelineHTML(t *testing.T) {
	p := newTimelinePage()
	p.lib = readyLibrary()
	p.layOut()
	html := app.HTMLString(p)
	i := strings.Index(html, `id="timeline"`)
	j := strings.Index(html, `data-date="2023-02-07"`)
	k := strings.Index(html, `id="undated"`)
	if i < 0 || j < i || k < j || !strings.Contains(html, `id="histogram"`) {
		t.Errorf("timeline, session or undated missing or out of order: %d %d %d", i, j, k)
	}
	// The opening report comes before the closing one in the session.
	if a, b := strings.Index(html, `href="/doc/open"`), strings.Index(html, `href="/doc/a%20b"`); a < 0 || b < a {
		t.Errorf("session order: opening at %d, closing at %d", a, b)
	}
}

func TestLibraryDecodes(t *testing.T) {
	b, err := json.Marshal(testPack())
	if err != nil {
		t.Fatal(err)
	}
	var p corpus.Pack
	if err := json.Unmarshal(b, &p); err != nil || len(p.Docs) != 3 {
		t.Fatalf("round trip: %v, %d docs", err, len(p.Docs))
	}
}

func TestLabels(t *testing.T) {
	tests := []struct{ got, want string }{
		{eventLabel("preparatory"), "预备会议"},
		{eventLabel("presidium"), "主席团会议"},
		{levelLabel(explore.None), "未注明"},
		{monthLabel("2023-02"), "2023年2月"},
		{megabytes(1 << 20), "1.0 MB"},
		{megabytes(1536 << 10), "1.5 MB"},
		{sessionLabel(&explore.Session{Locality: "清徐县", Term: 17, Number: 2}, true), "清徐县 第17届 第2次会议"},
		{sessionLabel(&explore.Session{}, false), "届次未注明"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestAsksPinyin checks when a page asks for the people's pinyin: for a
// latin query, once, and after a failure only on a user's action (force),
// never on the refresh that publishes the failure.
func TestAsksPinyin(t *testing.T) {
	for _, c := range []struct {
		text   string
		people fetchState
		force  bool
		want   bool
	}{
		{"wangdehai", fetchIdle, false, true},
		{"wangdehai", fetchIdle, true, true},
		{"王德海", fetchIdle, true, false},
		{"wangdehai", fetchRunning, true, false},
		{"wangdehai", fetchDone, true, false},
		{"wangdehai", fetchFailed, false, false},
		{"wangdehai", fetchFailed, true, true},
	} {
		var f finder
		f.query = explore.Query{Text: c.text}
		lib := readyLibrary()
		lib.People = c.people
		if got := f.asksPinyin(lib, c.force); got != c.want {
			t.Errorf("%s, people's pinyin %d, force %v: asks %v", c.text, c.people, c.force, got)
		}
		if f.asksPinyin(library{People: c.people}, c.force) {
			t.Errorf("%s: asks before the library is ready", c.text)
		}
	}
}

// TestIndexShardsOnDemand follows a search over a text index in shards:
// before the shards its terms need are in, the page says they are coming
// (not that nothing matches), asks for them, and finds the body-text
// match once they are added; after a failure it says matches may be
// missing and asks again only on a user's action.
func TestIndexShardsOnDemand(t *testing.T) {
	pack := testPack()
	texts := make([]string, len(pack.Docs))
	for i, d := range pack.Docs {
		texts[i] = explore.Normalise(d.Text)
	}
	const n = 8
	parts := textindex.Build(texts).Split(n)
	ts := newTextStore()
	ts.setIndex(textindex.NewSharded(len(pack.Docs), n), pack.Version)
	lib := library{Status: loadReady, Index: mustIndex(t, ts, pack.Records(), len(pack.Docs))}

	p := newSearchPage()
	p.lib = lib
	p.query = explore.Query{Text: "执行主席"} // in a text only: no title, place or name has it
	p.find(p.lib, p.shown)
	html := app.HTMLString(p)
	if len(p.needs) == 0 || !p.asksIndex(p.lib, false) || !strings.Contains(html, `id="index-pending"`) || strings.Contains(html, `id="no-results"`) {
		t.Fatalf("before the shards: needs %v, pending note or no-results wrong", p.needs)
	}
	index, claimed, waiting := ts.claimIndex(p.needs)
	if index == nil || !slices.Equal(claimed, p.needs) || waiting {
		t.Fatalf("claimIndex(%v) = %v, waiting %v", p.needs, claimed, waiting)
	}
	if ts.takeIndexWaited() {
		t.Error("a request waited before any found a shard on its way")
	}
	if _, again, waiting := ts.claimIndex(p.needs); len(again) > 0 || !waiting {
		t.Errorf("shards on their way claimed again: %v, waiting %v", again, waiting)
	}
	if !ts.takeIndexWaited() || ts.takeIndexWaited() {
		t.Error("a request waiting on another's shards is not reported exactly once")
	}

	// They failed to come: the page says so and asks again only when the
	// user acts.
	ts.indexDone(claimed)
	p.lib.IndexErr = "offline"
	p.find(p.lib, p.shown)
	html = app.HTMLString(p)
	if p.asksIndex(p.lib, false) || !p.asksIndex(p.lib, true) || !strings.Contains(html, `id="index-failed"`) || strings.Contains(html, `id="index-pending"`) {
		t.Error("after a failure: asks on a refresh, or not on a user's action, or the notes are wrong")
	}

	// They came.
	_, claimed, _ = ts.claimIndex(p.needs)
	for _, k := range claimed {
		if err := index.Add(k, parts[k]); err != nil {
			t.Fatal(err)
		}
	}
	ts.indexDone(claimed)
	p.lib.IndexErr, p.lib.Shards = "", index.Loaded()
	p.find(p.lib, p.shown)
	html = app.HTMLString(p)
	if len(p.needs) > 0 || p.asksIndex(p.lib, true) || p.res.Total() != 1 || strings.Contains(html, "pending-note") {
		t.Errorf("with the shards: needs %v, %d hits, want 1 and no note", p.needs, p.res.Total())
	}
	if _, again, waiting := ts.claimIndex(p.needs); len(again) > 0 || waiting {
		t.Error("loaded shards claimed again")
	}
	// An index built afterwards (after an import) has them.
	if got := mustIndex(t, ts, pack.Records(), len(pack.Docs)).TextNeeds(p.query); len(got) > 0 {
		t.Errorf("a new index lacks shards %v", got)
	}
}
