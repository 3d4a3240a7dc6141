package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"renda/app/explore"
	"renda/parse/schema"
)

// Strings added with the bilingual interface, for files shared with other
// work (layout.go, search.go).
const (
	layoutLangLabel = "界面语言"
	searchResults   = "搜索结果"
)

// Interface languages, as stored and as the locale's Lang.
const (
	langZh = "zh"
	langEn = "en"
)

const (
	// stateLocale holds the interface language (a locale) for every page.
	stateLocale = "renda/locale"
	// storageLang is the localStorage key remembering the chosen language.
	storageLang = "renda.lang"
)

// supported lists the interface languages, the default first; langCodes
// and htmlLangs name them in the same order.
func supported() []language.Tag {
	return []language.Tag{language.SimplifiedChinese, language.English}
}

func langCodes() []string { return []string{langZh, langEn} }
func htmlLangs() []string { return []string{"zh-CN", "en"} }

// langIndex returns the position of lang in langCodes, 0 if unknown.
func langIndex(lang string) int {
	for i, c := range langCodes() {
		if c == lang {
			return i
		}
	}
	return 0
}

// matchLang picks the interface language for the browser's preferred
// languages (navigator.languages): zh-TW and zh-HK get Chinese, en-GB
// English, anything else the default.
func matchLang(prefs []string) string {
	var tags []language.Tag
	for _, p := range prefs {
		t, err := language.Parse(p)
		if err != nil {
			continue
		}
		// Every Chinese (zh-TW, zh-HK, yue-Hant…) reads the one Chinese
		// interface: the matcher alone would rank zh-TW → zh-Hans below
		// a later en.
		if b, _ := t.Base(); b.String() == "zh" {
			t = supported()[0]
		}
		tags = append(tags, t)
	}
	// Build from supported[index], never from the returned tag: for zh-TW
	// the tag is zh-Hant-TW-u-rg-…, which the catalog does not hold.
	_, i, conf := language.NewMatcher(supported()).Match(tags...)
	if conf == language.No {
		return langZh
	}
	return langCodes()[i]
}

// locale is the interface language with a printer over the catalogs of
// messages.go. Its zero value prints the Chinese keys as they are (what
// prerendered pages show).
type locale struct {
	Lang string           // langZh or langEn
	P    *message.Printer // nil: Chinese without a catalog
	// fixed holds the translation of every message without arguments,
	// printed once: the printer looks a message up and decodes it on every
	// call, which was a tenth of the Go garbage of a keystroke (labels of
	// every result row and facet). Read only once built.
	fixed map[string]string
}

// newLocale builds the locale of lang (langZh or langEn).
func newLocale(lang string) locale {
	i := langIndex(lang)
	cat, _ := newCatalog() // an error leaves the keys untranslated; tests check there is none
	l := locale{Lang: langCodes()[i], P: message.NewPrinter(supported()[i], message.Catalog(cat))}
	l.fixed = make(map[string]string)
	for _, m := range messages() {
		if !strings.Contains(m.zh, "%") {
			l.fixed[m.zh] = l.P.Sprintf(m.zh)
		}
	}
	return l
}

// newCatalog builds the catalog of every message in both languages. The
// Chinese text is the key.
func newCatalog() (catalog.Catalog, error) {
	b := catalog.NewBuilder(catalog.Fallback(supported()[0]))
	zh, en := supported()[0], supported()[1]
	for _, m := range messages() {
		if err := b.SetString(zh, m.zh, m.zh); err != nil {
			return b, fmt.Errorf("catalog: zh %q: %w", m.zh, err)
		}
		if err := b.SetString(en, m.zh, m.en); err != nil {
			return b, fmt.Errorf("catalog: en %q: %w", m.zh, err)
		}
		if m.one == "" {
			continue
		}
		if err := b.SetString(en, oneKey(m.zh), m.one); err != nil {
			return b, fmt.Errorf("catalog: en %q for one: %w", m.zh, err)
		}
	}
	return b, nil
}

// en reports whether the interface is in English.
func (l locale) en() bool { return l.Lang == langEn }

// T translates the message key (its Chinese text), formatting args.
func (l locale) T(key string, args ...any) string {
	if len(args) == 0 {
		return l.S(key)
	}
	if l.P == nil {
		return fmt.Sprintf(key, args...)
	}
	return l.P.Sprintf(key, args...)
}

// oneKey is the catalog key of a message's English form for a count of one.
func oneKey(key string) string { return key + "\x00one" }

// Tn is T for a message whose first argument n is a count: English says
// 1 report, 2 reports. Only messages with a one form may use it.
func (l locale) Tn(key string, n int, args ...any) string {
	args = append([]any{n}, args...)
	if l.en() && n == 1 && l.P != nil {
		return l.P.Sprintf(oneKey(key), args...)
	}
	return l.T(key, args...)
}

// S translates a message key that takes no arguments, such as a label a
// function chose.
func (l locale) S(key string) string {
	if l.P == nil {
		return key
	}
	if s, ok := l.fixed[key]; ok {
		return s
	}
	return l.P.Sprintf(key)
}

// N formats a count per language: 1,234 in both, as the printer does (a
// test holds them equal) but without its lookups; the zero locale, for
// prerendered pages, writes 1234.
func (l locale) N(n int) string {
	if l.P == nil {
		return strconv.Itoa(n)
	}
	return groupDigits(n)
}

// groupDigits writes n in decimal with a comma between groups of three
// digits: -1,234,567.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	digits := len(s)
	if n < 0 {
		digits--
	}
	if digits <= 3 {
		return s
	}
	b := make([]byte, 0, len(s)+(digits-1)/3)
	lead := len(s) - digits // the sign
	b = append(b, s[:lead]...)
	for i := lead; i < len(s); i++ {
		if i > lead && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// monthsEn are the English month abbreviations.
func monthsEn() []string {
	return []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
}

// Date formats an ISO date (2024-03-29, 2024-03 or 2024) per language:
// 2024年3月29日 or 29 Mar 2024. Anything else is returned as it is.
func (l locale) Date(iso string) string {
	parts := strings.Split(iso, "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(parts) > 3 || (i == 1 && (n < 1 || n > 12)) {
			return iso
		}
		nums[i] = n
	}
	y := parts[0]
	if l.en() {
		switch len(nums) {
		case 1:
			return y
		case 2:
			return monthsEn()[nums[1]-1] + " " + y
		}
		return strconv.Itoa(nums[2]) + " " + monthsEn()[nums[1]-1] + " " + y
	}
	switch len(nums) {
	case 1:
		return y + "年"
	case 2:
		return y + "年" + strconv.Itoa(nums[1]) + "月"
	}
	return y + "年" + strconv.Itoa(nums[1]) + "月" + strconv.Itoa(nums[2]) + "日"
}

// dateOr formats a date, or says it is not stated.
func (l locale) dateOr(iso string) string {
	if iso == "" {
		return l.T("日期未注明")
	}
	return l.Date(iso)
}

// dateLabel shows a document's date, with a mark when it was inferred.
func (l locale) dateLabel(date, basis string) string {
	if date == "" {
		return l.T("日期未注明")
	}
	if basis == "inferred" {
		return l.T("%s（推断）", l.Date(date))
	}
	return l.Date(date)
}

// Labels of record values in the interface language.
func (l locale) event(e string) string        { return l.S(eventLabel(e)) }
func (l locale) level(v string) string        { return l.S(levelLabel(v)) }
func (l locale) role(f string) string         { return l.S(roleLabel(f)) }
func (l locale) field(f string) string        { return l.S(fieldLabel(f)) }
func (l locale) facet(dim string) string      { return l.S(facetLabel(dim)) }
func (l locale) month(m string) string        { return l.Date(m) }
func (l locale) reports(n int) string         { return l.Tn("%d 篇报道", n) }
func (l locale) term(n int) string            { return l.T("第%d届", n) }
func (l locale) number(n int) string          { return l.T("第%d次会议", n) }
func (l locale) plenary(n int) string         { return l.T("第%d次全体会议", n) }
func (l locale) colon(label, s string) string { return l.T("%s：%s", label, s) }

// facetValue names a value of a facet; provinces are data and stay as
// they are.
func (l locale) facetValue(dim, v string) string {
	if dim == explore.FacetYear && v != "" && v != explore.None {
		return l.Date(v)
	}
	if dim == explore.FacetProvince && v != "" && v != explore.None {
		return v
	}
	return l.S(facetValueLabel(dim, v))
}

// gloss is the Chinese term a field label explains in English mode
// (Expected (应到)), "" when it needs none.
func (l locale) gloss(field string) string {
	if !l.en() {
		return ""
	}
	switch field {
	case "term", "session", "attendance", "presiding", "executive_chairs", "rostrum", "region":
		return fieldLabel(field)
	}
	return ""
}

// fieldUI renders a field label, with its Chinese term in English mode.
func (l locale) fieldUI(field string) []app.UI {
	out := []app.UI{app.Text(l.field(field))}
	if g := l.gloss(field); g != "" {
		out = append(out, app.Text(" "), app.Span().Class("gloss").Lang("zh").Text("（"+g+"）"))
	}
	return out
}

// session names a session: 山亭区 第10届 第2次会议 or 山亭区 10th congress,
// session 2; withPlace false leaves out the place.
func (l locale) session(s *explore.Session, withPlace bool) string {
	var parts []string
	if withPlace {
		parts = append(parts, cmpOr(s.Locality, l.T("地区未注明")))
	}
	if s.Term > 0 {
		parts = append(parts, l.term(s.Term))
	}
	if s.Number > 0 {
		parts = append(parts, l.number(s.Number))
	}
	if s.Term == 0 && s.Number == 0 {
		parts = append(parts, l.T("届次未注明"))
	}
	sep := " "
	if l.en() && len(parts) > 1 {
		sep = ", "
		if withPlace {
			return parts[0] + " " + strings.Join(parts[1:], sep)
		}
	}
	return strings.Join(parts, sep)
}

// attendance shows attendance as 应到 245 · 实到 226（92.2%）or, in
// English, expected (应到) 245 · present (实到) 226 (92.2%); 实到 186 alone
// when the text does not say how many were due, 应到 245 alone when it does
// not say how many came; "" for none.
func (l locale) attendance(a *schema.Attendance) string {
	if a == nil {
		return ""
	}
	if a.Present == 0 && a.Expected == 0 {
		return l.T("缺席 %d", a.Absent) // only who stayed away is stated
	}
	if a.Present == 0 {
		return l.T("应到 %d", a.Expected)
	}
	if a.Expected == 0 {
		return l.T("实到 %d", a.Present)
	}
	s := l.T("应到 %d · 实到 %d", a.Expected, a.Present)
	if rate := explore.Rate(a); rate != "" {
		s += l.T("（%s%%）", rate)
	}
	return s
}

// setLocale makes lang the interface language of every page, marks the
// document's language and, when remember is set, keeps the choice.
func setLocale(ctx app.Context, lang string, remember bool) {
	l := newLocale(lang)
	ctx.SetState(stateLocale, l)
	if remember {
		ctx.LocalStorage().Set(storageLang, l.Lang)
	}
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLangs()[langIndex(l.Lang)])
	}
}

// observeLocale keeps *l up to date with the interface language, calling
// changed on every change; the first page to ask picks the language: the
// one remembered, else the best match of the browser's languages.
func observeLocale(ctx app.Context, l *locale, changed func()) {
	ctx.ObserveState(stateLocale, l).OnChange(changed)
	if l.P != nil {
		return
	}
	var saved string
	if err := ctx.LocalStorage().Get(storageLang, &saved); err != nil || (saved != langZh && saved != langEn) {
		saved = matchLang(browserLanguages())
	}
	setLocale(ctx, saved, false)
}

// browserLanguages returns navigator.languages (navigator.language when
// that is missing), nil outside a browser.
func browserLanguages() []string {
	if !app.IsClient {
		return nil
	}
	nav := app.Window().Get("navigator")
	var out []string
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			out = append(out, ls.Index(i).String())
		}
	}
	if len(out) == 0 && nav.Get("language").Truthy() {
		out = append(out, nav.Get("language").String())
	}
	return out
}

// pinyinOf spells a name in toneless pinyin syllables (qing xu xian) as
// search and ordering read it, "" until the library's spellings are in.
func pinyinOf(ix *explore.Index, name string, person bool) string {
	if ix == nil {
		return ""
	}
	return ix.Pinyin(name, person)
}

// pinyinLabel renders the spelling a pinyin query matched beside the name,
// nil when there is none.
func pinyinLabel(py string) app.UI {
	if py == "" {
		return nil
	}
	return app.Span().Class("pinyin").Lang("zh-Latn-pinyin").Text(py)
}

// errPrefixes are the Chinese prefixes the loader puts before an error's
// detail (data.go, fetch_wasm.go, offline.go): message keys.
func errPrefixes() []string {
	return []string{"数据格式错误：", "无法下载数据：", "下载中断：", offlineNotStored}
}

// errText translates the prefix of a loading error, keeping its detail.
func (l locale) errText(err string) string {
	for _, p := range errPrefixes() {
		if rest, ok := strings.CutPrefix(err, p); ok {
			return l.S(p) + rest
		}
	}
	return err
}
