//go:build !js

package e2e

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"renda/app/explore"
	"renda/app/site"
	"renda/app/textindex"
)

// resultIndex is a JavaScript expression: the index of the result linking
// to the document id, -1 if none.
func resultIndex(id string) string {
	return fmt.Sprintf(`[...document.querySelectorAll("ol#results > li a.result-link")]
		.findIndex(a => new URL(a.href).pathname === %s)`, js(base+docPath(id)))
}

// TestSearchPersonOpensDocument types a person's name, taken from the
// parsed records, and follows the result to the document and the person.
func TestSearchPersonOpensDocument(t *testing.T) {
	tb := newTab(t)
	name, docs := personToFind(t)
	target := docs[0]

	tb.open("")
	if v := tb.view(); v != "search" {
		t.Fatalf("view at %s = %q, want search", base, v)
	}
	if !eval[bool](tb, `!!document.querySelector('input#q[type=search]') &&
		!!(document.querySelector('label[for=q]') || document.querySelector('input#q').closest('label') ||
		   document.querySelector('input#q').getAttribute('aria-label'))`) {
		t.Fatal("no labelled input#q[type=search]")
	}
	tb.do("typing the name", chromedp.SendKeys(chromedp.CSS("input#q"), name))
	// Complete results: a shard of the text index arriving later would
	// render them again, under the click.
	tb.waitFor(resultIndex(target) + ` >= 0 && !document.querySelector("#index-pending")`)

	// Every document naming the person is found, the match is marked and
	// the query is in the URL.
	for _, id := range docs {
		if eval[int](tb, resultIndex(id)) < 0 {
			t.Errorf("searching %q: no result links to %s", name, id)
		}
	}
	if marks := eval[[]string](tb, `[...document.querySelectorAll("ol#results mark")].map(m => m.innerText)`); len(marks) == 0 {
		t.Errorf("searching %q: no <mark> in the results", name)
	}
	tb.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get("q") === %s`, js(name)))
	tb.screenshot("search")

	link := fmt.Sprintf(`[...document.querySelectorAll("ol#results > li a.result-link")][%s]`, resultIndex(target))
	tb.do("clicking the result", chromedp.Click(chromedp.JSPath(link)))
	tb.waitFor(fmt.Sprintf(`window.rendaReady === true && window.rendaView === "doc" && location.pathname === %s`,
		js(base+docPath(target))))
	if got := eval[string](tb, `document.querySelector('#facts [data-field="locality"]')?.innerText ?? ""`); got != doc(t, target).Locality {
		t.Errorf("document %s: locality %q, want %q", target, got, doc(t, target).Locality)
	}

	// The person's name links to the person's page, which lists every
	// appearance.
	personLink := fmt.Sprintf(`[...document.querySelectorAll("#facts a")].find(a => decodeURIComponent(new URL(a.href).pathname) === %s)`,
		js(base+"person/"+name))
	if !eval[bool](tb, `!!`+personLink) {
		t.Fatalf("document %s: no link to person %s in #facts", target, name)
	}
	tb.do("clicking the person", chromedp.Click(chromedp.JSPath(personLink)))
	tb.waitFor(`window.rendaReady === true && window.rendaView === "person"`)
	got := eval[[]string](tb, `[...document.querySelectorAll("#appearances li a")].map(a => decodeURIComponent(new URL(a.href).pathname))`)
	for _, id := range docs {
		if !slices.Contains(got, base+"doc/"+id) {
			t.Errorf("person %s: appearances %q lack document %s", name, got, id)
		}
	}
	tb.screenshot("person")
}

// TestSearchNoResults shows the empty state for a query that matches
// nothing.
func TestSearchNoResults(t *testing.T) {
	tb := newTab(t)
	tb.open("?q=" + url.QueryEscape("zzqx"))
	tb.waitFor(`!!document.querySelector("#no-results")`)
	if n := eval[int](tb, `document.querySelectorAll("ol#results > li.result").length`); n != 0 {
		t.Errorf("query zzqx: %d results, want none", n)
	}
}

// TestSearchNamedFields opens searches for a date as a record or a report
// writes it, for a locality with its term and session abbreviated and for a
// prefecture the report never names: each finds its report, and only it.
func TestSearchNamedFields(t *testing.T) {
	tb := newTab(t)
	for _, c := range []struct{ q, want string }{
		{"2024-03-29", "002_c3a1218c27b724af"},
		{"2024年3月19日", "004_cda22a7f46baba7f"},
		{"平鲁区八届五次", "004_cda22a7f46baba7f"},
		{"清徐县 2022", "001_3c79e96bbd62c882"},
		{"枣庄", "000_4111ad20c45a337c"},
		{"长治 人大", "003_7902fc046a2bade6"},
	} {
		tb.open("?q=" + url.QueryEscape(c.q))
		tb.waitFor(`!!document.querySelector("#result-0")`)
		if got := eval[rendered](tb, resultIDs).IDs; !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: results %q, want %s alone", c.q, got, c.want)
		}
	}
}

// TestSearchKeepsElements types a query with results, one without and one
// with again: the results section and the facet groups stay the same
// elements, updated in place. go-app updates children by position and
// rebuilt from the first that changed kind: "no results" in the section's
// place, or a note before the list, rebuilt the list and the facets
// (hundreds of elements) on a keystroke.
func TestSearchKeepsElements(t *testing.T) {
	tb := newTab(t)
	tb.open("?q=" + url.QueryEscape("王德海"))
	tb.waitFor(`!!document.querySelector("#result-0")`)
	if n := eval[int](tb, `(window.kept = [document.querySelector("section.results"), ...document.querySelectorAll("#facets section.facet")]).filter(Boolean).length`); n < 2 {
		t.Fatalf("%d elements to follow, want the results section and facet groups", n)
	}
	for _, step := range []struct{ q, shown string }{{"zzqx", "#no-results"}, {"王德", "#result-0"}} {
		eval[float64](tb, `(`+keystroke+`)(`+js(step.q)+`)`)
		tb.waitFor(`!!document.querySelector(` + js(step.shown) + `)`)
	}
	if gone := eval[[]string](tb, `window.kept.filter(e => !e.isConnected).map(e => e.tagName + "." + e.className)`); len(gone) > 0 {
		t.Errorf("rebuilt rather than updated: %q", gone)
	}
}

// TestResultRowsUpdateInPlace types a person's name, then a place: the
// first result's row goes from one with people the query matched to one
// without, and its parts stay the same elements (its place's first text
// node too, though a mark now opens the place), updated in place. go-app
// updates children by position: a row whose people were left out put its
// snippet on the people's element, which was rebuilt, and so on down
// every row, on a keystroke.
func TestResultRowsUpdateInPlace(t *testing.T) {
	tb := newTab(t)
	tb.open("?q=" + url.QueryEscape("王德海"))
	tb.waitFor(`!!document.querySelector("ol#results > li:first-child .result-people")`)
	const parts = `[...document.querySelectorAll("ol#results > li:first-child > *, ol#results > li:first-child .result-meta > *"),
		document.querySelector("ol#results > li:first-child .meta-place")?.firstChild].filter(Boolean)`
	if n := eval[int](tb, `(window.keptParts = `+parts+`).length`); n < 6 {
		t.Fatalf("%d parts to follow in the first row, want at least its link, facts, people and the facts' parts", n)
	}
	eval[float64](tb, `(`+keystroke+`)(`+js("清徐县")+`)`)
	tb.waitFor(`!!document.querySelector("ol#results > li:first-child .meta-place > mark") && !document.querySelector("ol#results > li:first-child .result-people")`)
	if gone := eval[[]string](tb, `window.keptParts.filter(e => !e.isConnected).map(e => e.nodeName + "." + (e.className || ""))`); len(gone) > 0 {
		t.Errorf("parts of the first row rebuilt rather than updated: %q", gone)
	}
	if got := eval[string](tb, `document.querySelector("ol#results > li:first-child .meta-place").textContent`); got != "清徐县" {
		t.Errorf("first result %q, want a report of 清徐县", got)
	}
}

// TestFacets lists facet values with counts; choosing one narrows the
// results.
func TestFacets(t *testing.T) {
	tb := newTab(t)
	tb.open("")
	all := eval[int](tb, `document.querySelectorAll("ol#results > li.result").length`)
	if all != len(env.pack.Docs) {
		t.Errorf("empty query: %d results, want every document (%d)", all, len(env.pack.Docs))
	}
	facets := eval[[]string](tb, `[...document.querySelectorAll("li:not([hidden]) > [data-facet][data-value]")].map(e => e.dataset.facet + "=" + e.dataset.value)`)
	if len(facets) == 0 {
		t.Fatal("no facets ([data-facet][data-value])")
	}
	// Pick the county level if present, else the first facet value.
	pick := `document.querySelector('[data-facet="level"][data-value="county"]') || document.querySelector("li:not([hidden]) > [data-facet][data-value]")`
	facet := eval[[]string](tb, `(e => [e.dataset.facet, e.dataset.value])(`+pick+`)`)
	tb.do("choosing a facet", chromedp.Click(chromedp.JSPath(pick)))
	tb.waitFor(fmt.Sprintf(`window.rendaReady === true && document.querySelectorAll("ol#results > li.result").length < %d`, all))
	want := 0
	for _, d := range env.pack.Docs {
		if facet[0] == "level" && d.Level == facet[1] || facet[0] == "event" && d.Event == facet[1] ||
			facet[0] == "year" && len(d.Date) >= 4 && d.Date[:4] == facet[1] {
			want++
		}
	}
	if got := eval[int](tb, `document.querySelectorAll("ol#results > li.result").length`); want > 0 && got != want {
		t.Errorf("facet %s=%s: %d results, want %d", facet[0], facet[1], got, want)
	}
	// The facets have one click handler (facetClick): the button clicked
	// is pressed, and a second click on it lets every report back.
	if !eval[bool](tb, `(`+pick+`).getAttribute("aria-pressed") === "true"`) {
		t.Errorf("facet %s=%s is not pressed once chosen", facet[0], facet[1])
	}
	tb.do("choosing the facet again", chromedp.Click(chromedp.JSPath(pick)))
	tb.waitFor(fmt.Sprintf(`window.rendaReady === true && document.querySelectorAll("ol#results > li.result").length === %d`, all))
	if eval[bool](tb, `(`+pick+`).getAttribute("aria-pressed") === "true"`) {
		t.Errorf("facet %s=%s still pressed after a second click", facet[0], facet[1])
	}
}

// TestSearchWithoutDerivedFiles fails the downloads of the tables of names
// and of every shard of the text index, which the site builds from the
// records: the page logs each, builds the tables itself, says that matches
// in the body text may be missing, and still finds a person's reports.
func TestSearchWithoutDerivedFiles(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	failRequests(tb, "*/web/data/tables-000.bin*", "*/web/data/index-*")
	name, docs := personToFind(t)
	tb.open("?q=" + url.QueryEscape(name))
	for _, id := range docs {
		tb.waitFor(resultIndex(id) + ` >= 0 && !!document.querySelector("#index-failed")`)
	}
	logged := strings.Join(tb.consoleText(), "\n")
	for _, file := range []string{"tables-000.bin", "web/data/index-"} {
		if !strings.Contains(logged, file) {
			t.Errorf("the console does not name %s, which failed:\n%s", file, logged)
		}
	}
}

// TestDataPreloaded checks that a first visit starts downloading app.wasm
// and the data files the loader needs first from the page's head, and that
// app.js's and the loader's fetches take the preloaded responses: each file
// is downloaded once by the page, and Chromium warns of no unused or
// mismatched preload.
func TestDataPreloaded(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	files := map[string]string{ // by name, the path preloaded
		"app.wasm":        base + "web/app.wasm?v=" + env.version,
		"records-000.bin": base + "web/data/records-000.bin",
		"tables-000.bin":  base + "web/data/tables-000.bin",
	}
	for f, p := range files {
		if !eval[bool](tb, `!!document.querySelector('head link[rel=preload][as=fetch][href='+`+js(`"`+p+`"`)+`+']')`) {
			t.Errorf("the page does not preload %s as %s", f, p)
		}
	}
	got := eval[map[string][]string](tb, `(() => {
		const out = {};
		for (const e of performance.getEntriesByType("resource")) {
			const f = new URL(e.name).pathname.split("/").pop();
			(out[f] = out[f] || []).push(e.initiatorType);
		}
		return out;
	})()`)
	for f := range files {
		if !slices.Equal(got[f], []string{"link"}) {
			t.Errorf("%s was requested by %q, want once by the preload link", f, got[f])
		}
	}
	for _, m := range tb.consoleText() {
		if strings.Contains(m, "preload") {
			t.Errorf("console: %s", m)
		}
	}
	if eval[bool](tb, `!!document.querySelector('head link[href*="/web/data/index-"]')`) {
		t.Error("the page preloads a shard of the text index: the loader fetches those of the query")
	}
}

// TestStartMarks checks that the page marks the stages of its start on the
// browser's timeline (renda:program, loader, data, index, results), each
// once and in order, as DevTools and make bench read them.
func TestStartMarks(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("?q=" + url.QueryEscape("人大"))
	tb.waitFor(`!!document.querySelector("#result-0")`)
	marks := eval[[]string](tb, `performance.getEntriesByType("mark").map(m => m.name).filter(n => n.startsWith("renda:"))`)
	want := make([]string, len(loadStages))
	for i, s := range loadStages {
		want[i] = "renda:" + s
	}
	if !slices.Equal(marks, want) {
		t.Errorf("marks %q, want %q (once each, in order)", marks, want)
	}
	if got := startStages(tb); strings.Contains(got, "?") {
		t.Errorf("start stages %q: one is missing", got)
	}
}

// TestIndexShardsOnDemand checks that the text index comes in the shards
// the queries need: a deep link to a query in the body text fetches its
// shards with the records and shows the report it is in, and typing
// another fetches that one's, never all of them.
func TestIndexShardsOnDemand(t *testing.T) {
	n := envShards(t)
	if n < 4 {
		t.Fatalf("the suite's text index has %d shards: too few to tell on demand from all", n)
	}
	doc := env.pack.Docs[0]
	text := []rune(explore.Normalise(doc.Text))
	// Two phrases of the text whose shards differ.
	first, second := "", ""
	for at := len(text) / 3; at+4 < len(text) && second == ""; at++ {
		p := string(text[at : at+4])
		if strings.ContainsFunc(p, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			continue
		}
		switch {
		case first == "":
			first = p
		case !overlap(textindex.ShardsOf(first, n), textindex.ShardsOf(p, n)):
			second = p
		}
	}
	if second == "" {
		t.Fatalf("no two phrases of %s with shards apart", doc.ID)
	}
	t.Logf("%d shards; %q needs %v, %q %v", n, first, textindex.ShardsOf(first, n), second, textindex.ShardsOf(second, n))
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("?q=" + url.QueryEscape(first))
	tb.waitFor(resultIndex(doc.ID) + ` >= 0`)
	shardsFetched := func() []int {
		var ks []int
		for _, f := range eval[[]string](tb, `performance.getEntriesByType("resource").map(e => new URL(e.name).pathname).filter(p => p.includes("/web/data/index-"))`) {
			var k int
			if _, err := fmt.Sscanf(f[strings.LastIndex(f, "index-"):], "index-%03d.bin", &k); err == nil {
				ks = append(ks, k)
			}
		}
		slices.Sort(ks)
		return slices.Compact(ks)
	}
	if got, want := shardsFetched(), textindex.ShardsOf(first, n); !slices.Equal(got, want) {
		t.Errorf("the deep link to %q fetched shards %v, want %v", first, got, want)
	}
	eval[bool](tb, `(document.querySelector("input#q").value = "", true)`)
	tb.do("typing "+second, chromedp.SendKeys(chromedp.CSS("input#q"), second))
	tb.waitFor(resultIndex(doc.ID) + ` >= 0 && !document.querySelector("#index-pending")`)
	got := shardsFetched()
	for _, k := range textindex.ShardsOf(second, n) {
		if !slices.Contains(got, k) {
			t.Errorf("typing %q did not fetch shard %d (fetched %v)", second, k, got)
		}
	}
	if len(got) >= n {
		t.Errorf("every shard of the text index fetched (%d) for two phrases", len(got))
	}
}

// TestIndexPrefetched checks that a site whose text index is small fetches
// every shard once the first results are in, so that typing then fetches
// none: a phrase of the body text is found at once.
func TestIndexPrefetched(t *testing.T) {
	serveSite(t, env.pack, onlyRoot, func(o *site.Options) { o.IndexPrefetch = 0 })
	n := envShards(t)
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	indexFetches := `performance.getEntriesByType("resource").filter(e => new URL(e.name).pathname.includes("/web/data/index-")).length`
	tb.waitFor(indexFetches + ` >= ` + strconv.Itoa(n))
	doc := env.pack.Docs[0]
	text := []rune(explore.Normalise(doc.Text))
	phrase := ""
	for at := len(text) / 2; at+3 < len(text) && phrase == ""; at++ {
		if p := string(text[at : at+3]); !strings.ContainsFunc(p, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			phrase = p
		}
	}
	tb.do("typing "+phrase, chromedp.SendKeys(chromedp.CSS("input#q"), phrase))
	tb.waitFor(resultIndex(doc.ID) + ` >= 0`)
	if got := eval[int](tb, indexFetches); got != n {
		t.Errorf("%d fetches of the index's %d shards: typing fetched again", got, n)
	}
}

// envShards returns how many shards the suite's text index has.
func envShards(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(*env.site.Load(), "web", "data"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "index-") && strings.HasSuffix(e.Name(), ".bin") {
			n++
		}
	}
	return n
}

func overlap(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// TestSearchSplit types three words of one report's text run together,
// as a user naming a fact in their own words would (补选副区长 for 补选邓嘉明为
// 副区长): no report holds them so, nor near (which two words would be, to
// the index, until the texts are in), and the page shows the reports
// holding the words with a note saying they were looked for apart.
func TestSearchSplit(t *testing.T) {
	ix := explore.New(env.pack)
	var id, term, words string
	for _, d := range env.pack.Docs {
		text := []rune(explore.Normalise(d.Text))
		for at := 0; at+42 <= len(text) && term == ""; at += 7 {
			typed := string(text[at:at+2]) + string(text[at+20:at+22]) + string(text[at+40:at+42])
			if len(explore.Words(typed)) != 3 {
				continue // not Han
			}
			res := ix.Search(explore.Query{Text: typed})
			if slices.Equal(res.Split, []string{typed}) && res.Total() <= 10 && slices.Contains(ids(ix, res), d.ID) {
				id, term, words = d.ID, typed, strings.Join(res.SplitAs[0], "、")
			}
			res.Release()
		}
		if term != "" {
			break
		}
	}
	if term == "" {
		t.Fatal("no two words of a report that no report holds run together")
	}
	tb := newTab(t)
	tb.open("")
	tb.do("typing "+term, chromedp.SendKeys(chromedp.CSS("input#q"), term))
	// Until the texts of the hits come (once typing pauses), the index
	// can but guess that they hold the term near; then they are read.
	tb.waitFor(resultIndex(id) + ` >= 0 && !document.querySelector("#index-pending") && !!document.querySelector(".split-note")`)
	notes := eval[[]string](tb, `[...document.querySelectorAll(".split-note")].map(n => n.innerText)`)
	if len(notes) != 1 || !strings.Contains(notes[0], "“"+term+"”") || !strings.HasSuffix(notes[0], words) {
		t.Errorf("searching %q: split notes %q, want one naming it and its words %s", term, notes, words)
	}
}

// ids returns the ids of a result's hits in order.
func ids(ix *explore.Index, res explore.Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, ix.Docs[h.Doc].ID())
	}
	return out
}

// TestSearchSlip types a phrase of a report's text with a character left
// out, as a user quoting from memory would: the report is found though no
// text holds the phrase as typed, and its snippet marks the text's own
// words.
func TestSearchSlip(t *testing.T) {
	var id, phrase string
	for _, d := range env.pack.Docs {
		text := []rune(explore.Normalise(d.Text))
		for at := len(text) / 2; at+10 <= len(text) && phrase == ""; at++ {
			p := string(text[at : at+10])
			if strings.ContainsFunc(p, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				continue
			}
			holders := 0
			for _, o := range env.pack.Docs {
				if strings.Contains(explore.Normalise(o.Text), p) {
					holders++
				}
			}
			if holders == 1 {
				id, phrase = d.ID, p
			}
		}
		if phrase != "" {
			break
		}
	}
	if phrase == "" {
		t.Fatal("no phrase of ten characters that one report alone holds")
	}
	slipped := string([]rune(phrase)[:5]) + string([]rune(phrase)[6:])
	tb := newTab(t)
	tb.open("")
	tb.do("typing "+slipped, chromedp.SendKeys(chromedp.CSS("input#q"), slipped))
	item := fmt.Sprintf(`[...document.querySelectorAll("ol#results > li.result")][%s]`, resultIndex(id))
	tb.waitFor(resultIndex(id) + ` >= 0 && !document.querySelector("#index-pending")`)
	tb.waitFor(`!!` + item + `?.querySelector(".result-snippet mark")`) // once typing pauses
	mark := eval[string](tb, item+`.querySelector(".result-snippet mark").innerText`)
	if explore.Normalise(mark) != phrase {
		t.Errorf("searching %q (%q with a character left out): the snippet of %s marks %q, want the text's %q", slipped, phrase, id, mark, phrase)
	}
	// A note says the phrase was found near; none does for the phrase as
	// the text holds it.
	notes := `[...document.querySelectorAll(".near-note")].map(n => n.innerText)`
	if got := eval[[]string](tb, notes); len(got) != 1 || !strings.Contains(got[0], slipped) {
		t.Errorf("searching %q: near notes %q, want one naming it", slipped, got)
	}
	tb.screenshot("search-near")

	// The report opened from the results marks where its text holds the
	// phrase typed.
	link := item + `.querySelector("a.result-link")`
	tb.do("opening the report", chromedp.Click(chromedp.JSPath(link)))
	tb.waitFor(`window.rendaReady === true && window.rendaView === "doc" && !!document.querySelector("#text mark[data-q]")`)
	if got := eval[string](tb, `document.querySelector("#text mark[data-q]").innerText`); explore.Normalise(got) != phrase {
		t.Errorf("the report opened from %q marks %q, want the text's %q", slipped, got, phrase)
	}
	eval[bool](tb, `(document.querySelector("#text mark[data-q]").scrollIntoView({block: "center"}), true)`)
	tb.screenshot("document-search")

	tb.open("?q=" + url.QueryEscape(phrase))
	tb.waitFor(resultIndex(id) + ` >= 0 && !document.querySelector("#index-pending")`)
	if got := eval[[]string](tb, notes); len(got) != 0 {
		t.Errorf("searching %q as the text holds it: near notes %q", phrase, got)
	}
}
