//go:build !js

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
)

// TestPagedPack opens a site whose records come in two pages (one more
// document than corpus.PageSize, and a few): documents of both pages are
// found, ranked and opened, as the loader decodes each page in its place
// in the whole.
func TestPagedPack(t *testing.T) {
	n := corpus.PageSize + 40
	pack := corpus.Pack{Version: "paged-e2e", Docs: make([]corpus.Doc, n)}
	for i := range pack.Docs {
		d := env.pack.Docs[i%len(env.pack.Docs)]
		d.ID = fmt.Sprintf("p%05d", i)
		d.Title = fmt.Sprintf("%s 编号%s", d.Title, d.ID)
		d.Text, d.Original = "正文 "+d.ID, "原文 "+d.ID
		d.Evidence = nil
		pack.Docs[i] = d
	}
	pack.Docs[n-1].Presiding = []string{"末页主持人"} // its lists come from the last file
	dir := serveSite(t, pack, onlyRoot)
	if _, err := os.Stat(filepath.Join(dir, "web/data/records-001.bin")); err != nil {
		t.Fatalf("no second page of records: %v", err)
	}

	tb := newTab(t, chromedp.WithNewBrowserContext())
	for _, i := range []int{0, corpus.PageSize - 1, corpus.PageSize, n - 1} {
		d := pack.Docs[i]
		tb.open("?q=" + d.ID)
		if got := eval[int](tb, resultIndex(d.ID)); got != 0 {
			t.Errorf("searching %s: its document at %d, want first", d.ID, got)
		}
	}
	// Several pages: the garbage collector was on again before the first
	// results (TestCollectorBackOn: one page has it on after).
	if !eval[bool](tb, `window.rendaCollectorOn > 0 && window.rendaCollectorOn < window.rendaReadyAt`) {
		t.Errorf("collector on at %v, first results at %v: want it on before", eval[any](tb, `window.rendaCollectorOn`), eval[any](tb, `window.rendaReadyAt`))
	}
	// Its target (window.rendaGOGC): 15 once the page shows them and has
	// prefetched the text index (50 meanwhile).
	tb.waitFor(`window.rendaGOGC === 15`)
	last := pack.Docs[n-1]
	tb.open(docPath(last.ID))
	if v := tb.view(); v != "doc" {
		t.Fatalf("view of %s = %q, want doc", docPath(last.ID), v)
	}
	if got := eval[string](tb, `document.querySelector('#facts [data-field="locality"]')?.innerText ?? ""`); got != last.Locality {
		t.Errorf("document %s: locality %q, want %q", last.ID, got, last.Locality)
	}
	if got := eval[string](tb, `document.querySelector("h1")?.innerText ?? ""`); got != last.Title {
		t.Errorf("document %s: title %q, want %q", last.ID, got, last.Title)
	}
	// Its lists came in the one file of its 1,024 (corpus.ListsSize),
	// not with the first page's.
	lists := fmt.Sprintf("lists-%03d.bin", corpus.ListsOf(n-1))
	if !eval[bool](tb, fetched(lists)) || eval[bool](tb, fetched("lists-000.bin")) {
		t.Errorf("document %s: %s fetched %v, lists-000.bin %v", last.ID, lists, eval[bool](tb, fetched(lists)), eval[bool](tb, fetched("lists-000.bin")))
	}
	if got, _ := field(tb, "presiding"); !strings.Contains(got, last.Presiding[0]) {
		t.Errorf("document %s: presiding %q, want %s", last.ID, got, last.Presiding[0])
	}
}
