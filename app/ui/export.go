package ui

import (
	"bytes"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/records"
	"renda/parse"
)

// Export file names and types.
const (
	exportCSVName  = "renda-results.csv"
	exportJSONName = "renda-results.json"
	mimeCSV        = "text/csv;charset=utf-8"
	mimeJSON       = "application/json;charset=utf-8"
)

// exportBar offers the current result set (after search and filters) as
// CSV or JSON, in the CLI's formats (app/cli), so page and CLI agree.
type exportBar struct {
	app.Compo

	Iindex *explore.Index
	Idocs  []int  // positions in Iindex, in result order
	Iloc   locale // the interface language

	err string
}

func newExportBar() *exportBar { return &exportBar{} }

// Index sets the index the documents are in.
func (b *exportBar) Index(ix *explore.Index) *exportBar { b.Iindex = ix; return b }

// Docs sets the documents to export, by position in the index.
func (b *exportBar) Docs(docs []int) *exportBar { b.Idocs = docs; return b }

// Loc sets the interface language.
func (b *exportBar) Loc(l locale) *exportBar { b.Iloc = l; return b }

func (b *exportBar) records() []parse.Record {
	recs := make([]parse.Record, len(b.Idocs))
	for i, d := range b.Idocs {
		recs[i] = b.Iindex.Docs[d].Record
	}
	return recs
}

func (b *exportBar) exportCSV(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	err := records.WriteCSV(&buf, b.records(), true)
	if err == nil {
		err = download(exportCSVName, mimeCSV, buf.Bytes())
	}
	b.setErr(err)
}

func (b *exportBar) exportJSON(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	err := records.WriteJSON(&buf, b.records())
	if err == nil {
		err = download(exportJSONName, mimeJSON, buf.Bytes())
	}
	b.setErr(err)
}

func (b *exportBar) setErr(err error) {
	b.err = ""
	if err != nil {
		b.err = b.Iloc.T(exportFailed) + err.Error()
	}
}

func (b *exportBar) Render() app.UI {
	return app.Div().ID("export").Class("export-bar").Role("group").Aria("label", b.Iloc.T(exportLabel)).Body(
		app.Span().Class("export-label").Attr("data-i18n", true).Text(b.Iloc.T(exportLabel)),
		app.Button().ID("export-csv").Type("button").Attr("data-i18n", true).Text(b.Iloc.T(exportCSV)).OnClick(b.exportCSV),
		app.Button().ID("export-json").Type("button").Attr("data-i18n", true).Text(b.Iloc.T(exportJSON)).OnClick(b.exportJSON),
		app.If(b.err != "", func() app.UI {
			return app.Span().Class("export-error").Role("alert").Text(b.err)
		}),
	)
}

// docTools are the document page's tools of issue 5: the record as JSON
// and, for an imported document, its badge and a button that removes it.
type docTools struct {
	app.Compo

	Idoc      *corpus.Doc
	Iimported bool
	Iloc      locale // the interface language

	err string
}

func newDocTools() *docTools { return &docTools{} }

// Doc sets the document.
func (t *docTools) Doc(d *corpus.Doc) *docTools { t.Idoc = d; return t }

// Imported marks the document as imported in this browser.
func (t *docTools) Imported(v bool) *docTools { t.Iimported = v; return t }

// Loc sets the interface language.
func (t *docTools) Loc(l locale) *docTools { t.Iloc = l; return t }

func (t *docTools) exportJSON(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	err := records.WriteJSON(&buf, []parse.Record{t.Idoc.Record})
	if err == nil {
		err = download(t.Idoc.ID+".json", mimeJSON, buf.Bytes())
	}
	t.err = ""
	if err != nil {
		t.err = t.Iloc.T(exportFailed) + err.Error()
	}
}

// remove removes the document and opens the import page, which lists
// what is left.
func (t *docTools) remove(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionRemove, t.Idoc.ID)
	ctx.Navigate(href("/import"))
}

func (t *docTools) Render() app.UI {
	return app.Span().Class("doc-tools").Body(
		app.Button().ID("export-doc-json").Type("button").Attr("data-i18n", true).Text(t.Iloc.T(exportDocJSON)).OnClick(t.exportJSON),
		app.If(t.Iimported, func() app.UI {
			return app.Span().Body(
				importedBadge(t.Iloc),
				app.Button().ID("remove-doc").Type("button").Attr("data-i18n", true).Text(t.Iloc.T(docRemove)).OnClick(t.remove),
			)
		}),
		app.If(t.err != "", func() app.UI {
			return app.Span().Class("export-error").Role("alert").Text(t.err)
		}),
	)
}

// importedBadge marks a document imported in this browser.
func importedBadge(loc locale) app.UI {
	return app.Span().Class("badge badge-imported").Title(loc.T(importBadgeTitle)).Attr("data-i18n", true).Text(loc.T(importBadge))
}

// badgeIf returns the imported badge when id is an imported document of
// lib, else nil.
func badgeIf(loc locale, lib library, id string) app.UI {
	if !lib.Own.has(id) {
		return nil
	}
	return importedBadge(loc)
}

// download hands data to the browser as a file: a Blob, an object URL and
// a click on an <a download>. window.rendaLastExport keeps {name, type,
// blob} for browser tests.
func download(name, mime string, data []byte) error {
	if app.IsServer {
		return errNoBrowser
	}
	w := app.Window()
	u8 := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(u8, data)
	parts := w.Get("Array").New()
	parts.Call("push", u8)
	blob := w.Get("Blob").New(parts, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	time.AfterFunc(time.Minute, func() { w.Get("URL").Call("revokeObjectURL", url) })
	hook := w.Get("Object").New()
	hook.Set("name", name)
	hook.Set("type", mime)
	hook.Set("blob", blob)
	w.Set("rendaLastExport", hook)
	return nil
}
