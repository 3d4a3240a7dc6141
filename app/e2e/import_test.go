//go:build !js

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"renda/app/records"
	"renda/parse"
)

// Reports to import, each about a place the bundled corpus does not have.
const (
	gbkReport = `临江县第十七届人民代表大会第二次会议开幕
2024年1月15日上午，临江县第十七届人民代表大会第二次会议在县会议中心开幕。
大会应到代表180名，实到172名，缺席8名，符合法定人数。
大会执行主席孙启明主持会议。
`
	utf16Report = `北屯市第三届人民代表大会第四次会议闭幕
2023年12月20日下午，北屯市第三届人民代表大会第四次会议胜利闭幕。
会议选举刘建华为北屯市人民政府市长。
`
	htmlPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>云溪区新闻网</title>
<script>document.title = "changed"</script><style>p { color: red }</style></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<header>云溪区新闻网 欢迎您</header>
<article><h1>云溪区第八届人民代表大会第五次会议开幕</h1>
<p>2024年1月9日上午，云溪区第八届人民代表大会第五次会议隆重开幕。</p>
<p>区长陈立新代表区人民政府作政府工作报告。</p></article>
<aside>热点新闻</aside><footer>版权所有 云溪区新闻网</footer></body></html>`
	// importHostile is imported as text: its markup, written as entities
	// (which the parser turns into the characters, as it drops tags left in
	// a text), must show as text.
	importHostile = `  石门县第九届人民代表大会第二次会议开幕&lt;script&gt;alert(11)&lt;/script&gt;
 2024年2月1日上午，石门县第九届人民代表大会第二次会议开幕。&lt;img src=x onerror=alert(12)&gt;
详情&lt;a href="javascript:alert(13)"&gt;点击查看&lt;/a&gt;。
`
)

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// upload picks files in the import page's file input and waits until the
// import has reported on all of them.
func upload(tb *tab, paths ...string) {
	tb.t.Helper()
	eval[bool](tb, `(window.rendaImported = undefined, true)`)
	tb.waitFor(`!document.querySelector("#import-files").disabled`)
	tb.do("picking files", chromedp.SetUploadFiles(chromedp.CSS("#import-files"), paths))
	tb.waitFor(`window.rendaImported === ` + strconv.Itoa(len(paths)))
}

// outcomes returns the report's rows as "file status reason".
func outcomes(tb *tab) []string {
	return eval[[]string](tb, `[...document.querySelectorAll("#import-report tbody tr")].map(r =>
		r.querySelector(".outcome-file").textContent + " " + r.dataset.status + " " + (r.dataset.reason || ""))`)
}

// exported returns the name and the bytes, as UTF-8 text with any byte
// order mark kept, of the last file the page exported.
func exported(tb *tab) (name, text string) {
	tb.t.Helper()
	name = eval[string](tb, `window.rendaLastExport.name`)
	text = eval[string](tb, `window.rendaLastExport.blob.arrayBuffer().then(b => new TextDecoder("utf-8", {ignoreBOM: true}).decode(b))`)
	return name, text
}

// importedIDs returns the ids the import page lists.
func importedIDs(tb *tab) []string {
	return eval[[]string](tb, `[...document.querySelectorAll("#imported-list li")].map(li => li.dataset.id)`)
}

// TestImport imports reports in three encodings through the file input,
// finds them in search and the timeline, keeps them over a reload and
// offline, refuses duplicates and bad files, deletes one, exports CSV and
// renders hostile markup as text.
func TestImport(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(gbkReport)
	if err != nil {
		t.Fatal(err)
	}
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(utf16Report)
	if err != nil {
		t.Fatal(err)
	}
	gbkPath := writeFile(t, dir, "gbk-report.txt", []byte(gbk))
	files := []string{gbkPath, writeFile(t, dir, "utf16-report.txt", []byte(u16)), writeFile(t, dir, "page.html", []byte(htmlPage))}

	tb.open("import")
	if v := tb.view(); v != "import" {
		t.Fatalf("view = %q, want import", v)
	}
	upload(tb, files...)
	want := []string{"gbk-report.txt imported ", "utf16-report.txt imported ", "page.html imported "}
	if got := outcomes(tb); !slices.Equal(got, want) {
		t.Fatalf("report %q, want %q", got, want)
	}
	ids := []string{"imported-gbk-report", "imported-utf16-report", "imported-page"}
	places := []string{"临江县", "北屯市", "云溪区"}
	checkFound := func(when string) {
		t.Helper()
		for i, id := range ids {
			tb.open("?q=" + url.QueryEscape(places[i]))
			tb.waitFor(resultIndex(id) + ` >= 0`)
			if !eval[bool](tb, `!!document.querySelector("ol#results .badge-imported")`) {
				t.Errorf("%s: result %s has no imported badge", when, id)
			}
			tb.open("timeline?q=" + url.QueryEscape(places[i]))
			if !strings.Contains(eval[string](tb, `document.querySelector("main").innerText`), places[i]) {
				t.Errorf("%s: timeline for %s does not show it", when, places[i])
			}
		}
	}
	checkFound("after import")
	tb.open(docPath("imported-page"))
	if title := eval[string](tb, `document.querySelector("#doc-title").textContent`); title != "云溪区第八届人民代表大会第五次会议开幕" {
		t.Errorf("HTML page title %q", title)
	}
	if text := eval[string](tb, `document.querySelector("#text").innerText`); strings.Contains(text, "首页") || strings.Contains(text, "版权所有") || strings.Contains(text, "color") {
		t.Errorf("HTML page text keeps the chrome: %q", text)
	}

	// The files were read in the parser worker (app.wasm has no parser);
	// the service worker keeps it for imports offline.
	for _, f := range []string{"web/parser.wasm", "web/parser-worker.js"} {
		tb.waitFor(strings.Replace(cachedWasm(), "web/app.wasm", f, 1))
	}

	// Reload, then offline: the imported documents come back from IndexedDB.
	tb.waitFor(cachedWasm())
	tb.reload()
	checkFound("after a reload")
	goOffline(tb)
	tb.reload()
	checkFound("offline")

	// The same file again: a duplicate, nothing added.
	tb.open("import")
	upload(tb, gbkPath)
	if got := outcomes(tb); !slices.Equal(got, []string{"gbk-report.txt duplicate "}) {
		t.Errorf("re-import: %q", got)
	}
	// A binary and an empty file, read by the parser worker offline: both
	// named in the report, nothing changes.
	upload(tb, writeFile(t, dir, "photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), writeFile(t, dir, "empty.txt", nil))
	if got := outcomes(tb); !slices.Equal(got, []string{"photo.png failed not-text", "empty.txt failed empty"}) {
		t.Errorf("bad files: %q", got)
	}
	if got := importedIDs(tb); len(got) != 3 {
		t.Errorf("after duplicate and bad files: imported %q, want 3", got)
	}

	// Delete one document from the list.
	tb.do("deleting", chromedp.Click(chromedp.CSS(`button.remove-doc[data-id="imported-page"]`)))
	tb.waitFor(`document.querySelectorAll("#imported-list li").length === 2`)
	tb.open("?q=" + url.QueryEscape("云溪区"))
	tb.waitFor(`!!document.querySelector("#no-results") || ` + resultIndex("imported-page") + ` < 0`)
	if eval[int](tb, resultIndex("imported-page")) >= 0 {
		t.Error("the deleted document is still found")
	}

	// The parser worker spelled the imported place: its pinyin finds it.
	tb.open("?q=linjiang")
	tb.waitFor(resultIndex(ids[0]) + ` >= 0`)

	// Export the results of a search as CSV.
	tb.open("?q=" + url.QueryEscape("临江县"))
	tb.waitFor(resultIndex(ids[0]) + ` >= 0`)
	eval[bool](tb, `(window.rendaLastExport = undefined, true)`)
	tb.do("exporting CSV", chromedp.Click(chromedp.ID("export-csv")))
	tb.waitFor(`!!window.rendaLastExport`)
	name, text := exported(tb)
	if name != "renda-results.csv" || !strings.HasPrefix(text, "\uFEFF") {
		t.Errorf("export %s starts %q: want a .csv with a byte order mark", name, text[:min(len(text), 10)])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	if !slices.Equal(rows[0], records.CSVColumns()) {
		t.Errorf("CSV header %q", rows[0])
	}
	n := eval[int](tb, `document.querySelectorAll("ol#results > li.result").length`)
	if len(rows)-1 != n || rows[1][0] != ids[0] || rows[1][2] != "临江县" || rows[1][4] != "17" {
		t.Errorf("CSV rows %q for %d results", rows[1:], n)
	}

	// Bundled documents keep their texts in shards fetched on demand: an
	// export waits for them and never writes an empty text cell.
	tb.open("?q=" + url.QueryEscape("会议"))
	tb.waitFor(`document.querySelectorAll("ol#results > li.result").length > 0`)
	eval[bool](tb, `(window.rendaLastExport = undefined, true)`)
	tb.do("exporting CSV of bundled documents", chromedp.Click(chromedp.ID("export-csv")))
	tb.waitFor(`!!window.rendaLastExport`)
	_, text = exported(tb)
	rows, err = csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	textCol := slices.Index(records.CSVColumns(), "text")
	for _, row := range rows[1:] {
		if strings.TrimSpace(row[textCol]) == "" {
			t.Errorf("exported %s without its text", row[0])
		}
	}
	// Nor without its lists, which ship apart too: each bundled row is the
	// CLI's.
	for _, row := range rows[1:] {
		for _, d := range env.pack.Docs {
			if d.ID != row[0] {
				continue
			}
			var want bytes.Buffer
			if err := records.WriteCSV(&want, []parse.Record{d.Record}, false); err != nil {
				t.Fatal(err)
			}
			cli, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(want.String(), "\uFEFF"))).ReadAll()
			if err != nil || len(cli) != 2 {
				t.Fatalf("the CLI's CSV of %s: %v", d.ID, err)
			}
			for c, col := range records.CSVColumns() {
				if col != "text" && row[c] != cli[1][c] {
					t.Errorf("exported %s: %s = %q, the CLI's %q", d.ID, col, row[c], cli[1][c])
				}
			}
		}
	}
	if len(rows) < 2 {
		t.Errorf("no rows exported for a search that finds documents")
	}

	// A document carrying markup, imported as text and as a page: it shows
	// as text and nothing runs.
	tb.open("import")
	upload(tb, writeFile(t, dir, "hostile.txt", []byte(importHostile)),
		writeFile(t, dir, "hostile.html", []byte(`<title>x</title><h1>石门县第九届人民代表大会第三次会议开幕</h1><p>会议开幕<img src=x onerror=alert(14)><script>alert(15)</script><a href="javascript:alert(16)">链接</a></p>`)))
	tb.open(docPath("imported-hostile"))
	if body := eval[string](tb, `document.querySelector("#text").innerText`); !strings.Contains(body, `<img src=x onerror=alert(12)>`) {
		t.Errorf("the markup does not show as text: %q", body)
	}
	if found := eval[[]string](tb, noInjection); len(found) > 0 {
		t.Errorf("markup became elements: %q", found)
	}
	tb.open("?q=" + url.QueryEscape("石门县"))
	tb.waitFor(resultIndex("imported-hostile") + ` >= 0`)
	if found := eval[[]string](tb, noInjection); len(found) > 0 {
		t.Errorf("search results: markup became elements: %q", found)
	}
	eval[bool](tb, `new Promise(r => setTimeout(() => r(true), 50))`)
	if d := tb.seenDialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
	for _, e := range tb.errors() {
		if strings.Contains(e, "alert") || strings.Contains(e, "javascript:") || strings.Contains(e, "/x") {
			t.Errorf("console: %s", e)
		}
	}
}

// paste types text into the import page's textarea and imports it: one
// more document in the list. The page signals the report it shows again
// as its state changes (typing into the box), so window.rendaImported
// alone may still speak of the import before.
func paste(tb *tab, text string) {
	tb.t.Helper()
	before := len(importedIDs(tb))
	eval[bool](tb, `(window.rendaImported = undefined, true)`)
	tb.waitFor(`!document.querySelector("#paste-text").disabled`)
	eval[bool](tb, `(() => { const t = document.querySelector("#paste-text"); t.value = `+js(text)+`;
		t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
	tb.do("importing the pasted text", chromedp.Click(chromedp.ID("paste-import")))
	tb.waitFor(`window.rendaImported === 1 && document.querySelectorAll("#imported-list li").length > ` + strconv.Itoa(before))
}

// TestImportPasteExportJSON pastes reports, exports one document's record
// and the results as JSON in the CLI's format, then removes a document
// from its page and the rest at once, after a confirmation.
func TestImportPasteExportJSON(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("import")
	paste(tb, gbkReport)
	paste(tb, utf16Report)
	if got := importedIDs(tb); !slices.Equal(got, []string{"imported-pasted-2", "imported-pasted"}) {
		t.Fatalf("pasted: %q (report %q)", got, outcomes(tb))
	}

	// One document's record, as `renda parse FILE` writes it.
	tb.open(docPath("imported-pasted"))
	if !eval[bool](tb, `!!document.querySelector(".doc-tools .badge-imported")`) {
		t.Error("the document page shows no imported badge")
	}
	tb.do("exporting the record", chromedp.Click(chromedp.ID("export-doc-json")))
	tb.waitFor(`!!window.rendaLastExport`)
	name, text := exported(tb)
	recs := checkCLIJSON(t, text)
	if name != "imported-pasted.json" || len(recs) != 1 || recs[0].ID != "imported-pasted" || recs[0].Locality != "临江县" {
		t.Errorf("document export %s: %d records %+v", name, len(recs), recs)
	}

	// The results of a search.
	tb.open("?q=" + url.QueryEscape("北屯市"))
	tb.waitFor(resultIndex("imported-pasted-2") + ` >= 0`)
	eval[bool](tb, `(window.rendaLastExport = undefined, true)`)
	tb.do("exporting JSON", chromedp.Click(chromedp.ID("export-json")))
	tb.waitFor(`!!window.rendaLastExport`)
	_, text = exported(tb)
	if recs := checkCLIJSON(t, text); len(recs) != eval[int](tb, `document.querySelectorAll("ol#results > li.result").length`) {
		t.Errorf("JSON export: %d records", len(recs))
	}

	// Remove one from its page, then the rest at once.
	tb.open(docPath("imported-pasted"))
	tb.do("removing the document", chromedp.Click(chromedp.ID("remove-doc")))
	tb.waitFor(`window.rendaView === "import" && document.querySelectorAll("#imported-list li").length === 1`)
	tb.do("asking to remove all", chromedp.Click(chromedp.ID("remove-all")))
	tb.waitFor(`!!document.querySelector("#confirm-remove-all")`)
	if n := len(importedIDs(tb)); n != 1 {
		t.Errorf("removed before the confirmation: %d left", n)
	}
	tb.do("confirming", chromedp.Click(chromedp.ID("remove-all-yes")))
	tb.waitFor(`document.querySelectorAll("#imported-list li").length === 0`)
	tb.reload()
	if got := importedIDs(tb); len(got) != 0 {
		t.Errorf("after removing all and a reload: %q", got)
	}
}

// checkCLIJSON decodes an exported JSON file and checks that it holds the
// bytes the CLI's json format gives for the same records.
func checkCLIJSON(t *testing.T, text string) []parse.Record {
	t.Helper()
	var recs []parse.Record
	if err := json.Unmarshal([]byte(text), &recs); err != nil {
		t.Fatalf("exported JSON: %v", err)
	}
	var want bytes.Buffer
	if err := records.WriteJSON(&want, recs); err != nil {
		t.Fatal(err)
	}
	if text != want.String() {
		t.Errorf("exported JSON differs from the CLI's format:\n%s", text)
	}
	if !strings.Contains(text, `"presiding": [`) || strings.Contains(text, `"presiding": null`) {
		t.Errorf("lists must be [] never null:\n%s", text)
	}
	return recs
}
