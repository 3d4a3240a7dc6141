//go:build !js

package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"renda/app/explore"
)

// docsAt returns the ids of the parsed reports whose locality names place.
func docsAt(t *testing.T, place string) []string {
	t.Helper()
	var ids []string
	for _, d := range env.pack.Docs {
		if strings.Contains(d.Locality, place) || (d.Region != nil && d.Region.County == place) {
			ids = append(ids, d.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatalf("no report of the test corpus is about %s", place)
	}
	return ids
}

// TestPinyinSearch types pinyin, full, spaced and initials, and finds the
// reports about 清徐县 with the pinyin shown beside the place.
func TestPinyinSearch(t *testing.T) {
	tb := newTab(t)
	ids := docsAt(t, "清徐县")
	tb.open("")
	tb.do("typing qingxu", chromedp.SendKeys(chromedp.CSS("input#q"), "qingxu"))
	tb.waitFor(resultIndex(ids[0]) + ` >= 0`)
	for _, id := range ids {
		if eval[int](tb, resultIndex(id)) < 0 {
			t.Errorf("qingxu: no result links to %s", id)
		}
	}
	if got := eval[string](tb, `document.querySelector("ol#results .meta-place .pinyin")?.innerText ?? ""`); !strings.HasPrefix(got, "qing xu") {
		t.Errorf("qingxu: pinyin beside the place = %q, want qing xu …", got)
	}
	for _, q := range []string{"qx", "qing xu", "QingXu"} {
		tb.open("?q=" + url.QueryEscape(q))
		tb.waitFor(resultIndex(ids[0]) + ` >= 0`)
		for _, id := range ids {
			if eval[int](tb, resultIndex(id)) < 0 {
				t.Errorf("%s: no result links to %s", q, id)
			}
		}
	}
}

// fetched is a JavaScript expression: whether the page requested the data
// file f.
func fetched(f string) string {
	return `performance.getEntriesByType("resource").some(e => new URL(e.name).pathname === ` + js(base+"web/data/"+f) + `)`
}

// TestPeoplePinyinOnDemand checks that the pinyin of the pack's people is
// fetched on the first latin query, not with the places' after the first
// results nor for a query in characters, and that it then finds a person
// typed in pinyin, with the spelling beside the name.
func TestPeoplePinyinOnDemand(t *testing.T) {
	var name, id string
	for _, d := range env.pack.Docs {
		if len(d.Presiding) > 0 && d.ID != hostileID {
			name, id = d.Presiding[0], d.ID
			break
		}
	}
	py := explore.New(env.pack).Pinyin(name, true)
	if name == "" || py == "" {
		t.Fatalf("no person with a spelling in the test corpus: %q %q", name, py)
	}
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	tb.waitFor(fetched("pinyin-places-000.bin"))
	tb.do("typing "+name, chromedp.SendKeys(chromedp.CSS("input#q"), name))
	tb.waitFor(resultIndex(id) + ` >= 0`)
	time.Sleep(500 * time.Millisecond) // room for a fetch that should not come
	if eval[bool](tb, fetched("pinyin-people-000.bin")) {
		t.Error("the people's pinyin was fetched before any latin query")
	}
	typed := strings.ReplaceAll(py, " ", "")
	eval[bool](tb, `(document.querySelector("input#q").value = "", true)`)
	tb.do("typing "+typed, chromedp.SendKeys(chromedp.CSS("input#q"), typed))
	tb.waitFor(resultIndex(id) + ` >= 0 && !document.querySelector("#pinyin-pending")`)
	if !eval[bool](tb, fetched("pinyin-people-000.bin")) {
		t.Error("a latin query did not fetch the people's pinyin")
	}
	shown := eval[[]string](tb, `[...document.querySelectorAll("ol#results .person .pinyin")].map(e => e.innerText)`)
	found := false
	for _, s := range shown {
		found = found || s == py
	}
	if !found {
		t.Errorf("%s: spellings beside the people found = %q, want %q", typed, shown, py)
	}
}

// TestTraditionalQuery searches in traditional characters and finds the
// simplified reports, in the search box and from the URL.
func TestTraditionalQuery(t *testing.T) {
	tb := newTab(t)
	ids := docsAt(t, "清徐县")
	tb.open("")
	tb.do("typing 清徐縣", chromedp.SendKeys(chromedp.CSS("input#q"), "清徐縣"))
	tb.waitFor(resultIndex(ids[0]) + ` >= 0`)
	var withMeeting string
	for _, d := range env.pack.Docs {
		if strings.Contains(d.Title, "会议") && d.ID != hostileID {
			withMeeting = d.ID
			break
		}
	}
	if withMeeting == "" {
		t.Fatal("no title of the test corpus holds 会议")
	}
	tb.open("?q=" + url.QueryEscape("會議"))
	tb.waitFor(resultIndex(withMeeting) + ` >= 0`)
}

// interfaceText is a JavaScript expression: the texts of the elements that
// carry interface strings ([data-i18n]), without their parts in another
// language ([lang], e.g. a Chinese term glossed in English).
const interfaceText = `[...document.querySelectorAll("[data-i18n]")].map(el => {
	const c = el.cloneNode(true);
	c.querySelectorAll("[lang]").forEach(x => x.remove());
	return c.textContent.trim();
}).filter(s => s !== "")`

// checkLanguage fails when an interface string on the page is in the other
// language: Chinese characters in English, latin words in Chinese.
func checkLanguage(t *testing.T, tb *tab, lang, page string) {
	t.Helper()
	tb.waitFor(fmt.Sprintf(`document.documentElement.lang.startsWith(%s)`, js(lang)))
	texts := eval[[]string](tb, interfaceText)
	if len(texts) < 3 {
		t.Errorf("%s (%s): only %d interface strings marked: %q", page, lang, len(texts), texts)
	}
	re := `/\p{Script=Han}/u`
	if lang == "zh" {
		// Words; CSV, JSON, MB and file extensions (.txt) are names.
		re = `/(^|[^.\w])(?=[A-Za-z]*[a-z])[A-Za-z]{2,}\b/`
	}
	bad := eval[[]string](tb, fmt.Sprintf(`(%s).filter(s => %s.test(s))`, interfaceText, re))
	if len(bad) > 0 {
		t.Errorf("%s (%s): interface strings in the other language: %q", page, lang, bad)
	}
}

// TestInterfaceLanguages switches to English, checks every view, reloads,
// switches back and checks the Chinese interface.
func TestInterfaceLanguages(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	ids := docsAt(t, "清徐县")
	d := doc(t, ids[0])
	name, _ := personToFind(t)
	pages := []string{
		"?q=" + url.QueryEscape(d.Locality),
		"?q=zzzzqqq", // no results
		docPath(d.ID),
		"person/" + url.PathEscape(name),
		"place/" + url.PathEscape(d.Locality),
		"timeline",
		"import",
		"no/such/page",
	}

	tb.open(pages[0])
	// A fresh profile takes the browser's language: start from Chinese.
	tb.waitFor(`document.documentElement.lang !== "" && !!document.querySelector("#lang-switch")`)
	if eval[string](tb, `document.documentElement.lang`) == "en" {
		tb.do("switching to Chinese first", chromedp.Click(chromedp.ID("lang-switch")))
	}
	checkLanguage(t, tb, "zh", pages[0])
	tb.do("switching to English", chromedp.Click(chromedp.ID("lang-switch")))
	tb.waitFor(`document.documentElement.lang === "en" && document.querySelector("#lang-switch").innerText.trim() === "中文"`)
	if q := eval[string](tb, `new URLSearchParams(location.search).get("q") ?? ""`); q != d.Locality || tb.view() != "search" {
		t.Errorf("switching lost the view: q=%q view=%s", q, tb.view())
	}
	for _, p := range pages {
		tb.open(p)
		checkLanguage(t, tb, "en", p)
	}
	tb.reload()
	checkLanguage(t, tb, "en", "reloaded "+pages[len(pages)-1])
	tb.open(pages[0])
	if got := eval[string](tb, `document.querySelector("#result-count")?.innerText ?? ""`); !strings.Contains(got, "report") {
		t.Errorf("English result count = %q", got)
	}
	tb.screenshot("search-en")
	tb.open("?q=qx")
	tb.waitFor(`!!document.querySelector("ol#results .pinyin")`)
	tb.screenshot("search-pinyin-en")
	tb.open(pages[4])
	tb.screenshot("place-en")

	tb.do("switching to Chinese", chromedp.Click(chromedp.ID("lang-switch")))
	tb.waitFor(`document.documentElement.lang === "zh-CN"`)
	for _, p := range pages {
		tb.open(p)
		checkLanguage(t, tb, "zh", p)
	}
}

// TestBrowserLanguage checks that the first visit follows the browser's
// languages: the harness runs Chromium in zh-CN.
func TestBrowserLanguage(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	langs := eval[[]string](tb, `[...navigator.languages]`)
	if len(langs) == 0 || !strings.HasPrefix(langs[0], "zh") {
		t.Skipf("navigator.languages = %q: the browser ignored --lang", langs)
	}
	tb.waitFor(`document.documentElement.lang === "zh-CN" && document.querySelector("#lang-switch")?.innerText.trim() === "English"`)
}
