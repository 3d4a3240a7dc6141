package ui

import (
	"bytes"
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/records"
	"renda/parse/schema"
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
	// Idocs returns the documents, by position in Iindex, in result order:
	// asked for on export only (ranking every hit of a broad term costs),
	// and no list of 100,000 positions for go-app to compare on each
	// render.
	Idocs func() []int
	Iloc  locale // the interface language

	err string
}

func newExportBar() *exportBar { return &exportBar{} }

// Index sets the index the documents are in.
func (b *exportBar) Index(ix *explore.Index) *exportBar { b.Iindex = ix; return b }

// Docs sets what returns the documents to export, by position in the
// index.
func (b *exportBar) Docs(docs func() []int) *exportBar { b.Idocs = docs; return b }

// Loc sets the interface language.
func (b *exportBar) Loc(l locale) *exportBar { b.Iloc = l; return b }

func (b *exportBar) records(docs []int) []schema.Record {
	recs := make([]schema.Record, len(docs))
	for i, d := range docs {
		recs[i] = b.Iindex.Whole(d).Record
	}
	return recs
}

func (b *exportBar) exportCSV(ctx app.Context, e app.Event) {
	docs := b.Idocs()
	withWhole(ctx, docs, func(app.Context) {
		var buf bytes.Buffer
		err := records.WriteCSV(&buf, b.records(docs), true)
		if err == nil {
			err = download(exportCSVName, mimeCSV, buf.Bytes())
		}
		b.setErr(err)
	}, b.setErr)
}

func (b *exportBar) exportJSON(ctx app.Context, e app.Event) {
	docs := b.Idocs()
	withWhole(ctx, docs, func(app.Context) {
		var buf bytes.Buffer
		err := records.WriteJSON(&buf, b.records(docs))
		if err == nil {
			err = download(exportJSONName, mimeJSON, buf.Bytes())
		}
		b.setErr(err)
	}, b.setErr)
}

// errTextsNotLoaded is reported when the texts or the lists of documents to
// export could not be fetched: exporting without them would write empty
// cells.
var errTextsNotLoaded = errors.New("the texts or lists of some documents did not load")

// textWait bounds how long an export waits for text shards.
const textWait = time.Minute

// withWhole calls f on the UI goroutine once every document of docs has its
// text and its lists (a split pack fetches texts in shards, lists in files
// of their own), asking the loader for the missing ones first; when they do
// not come within textWait it calls fail with errTextsNotLoaded. An export
// never writes a record without its text or its lists.
func withWhole(ctx app.Context, docs []int, f func(app.Context), fail func(error)) {
	pending := func(ctx app.Context) (library, []int, []int) {
		var lib library
		ctx.GetState(stateLibrary, &lib)
		if !lib.ready() {
			return lib, docs, nil
		}
		var out []int
		for _, d := range docs {
			if !lib.Index.HasText(d) {
				out = append(out, d)
			}
		}
		return lib, out, listFiles(lib.Index, docs...)
	}
	lib, missing, lists := pending(ctx)
	if len(missing) == 0 && len(lists) == 0 {
		f(ctx)
		return
	}
	requestTexts(ctx, lib, textRequest{Docs: missing, Hold: time.Now().Add(textWait)}, true)
	requestLists(ctx, lib, lists, true)
	ctx.Async(func() {
		deadline := time.Now().Add(textWait)
		for time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
			done := make(chan bool, 1)
			ctx.Dispatch(func(ctx app.Context) {
				if _, left, lists := pending(ctx); len(left) == 0 && len(lists) == 0 {
					f(ctx)
					done <- true
					return
				}
				done <- false
			})
			select {
			case ok := <-done:
				if ok {
					return
				}
			case <-time.After(time.Second):
				return // the page went away
			}
		}
		ctx.Dispatch(func(app.Context) { fail(errTextsNotLoaded) })
	})
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
	Iwhole    bool // the document's text and lists are in
	Iimported bool
	Iloc      locale // the interface language

	err string
}

func newDocTools() *docTools { return &docTools{} }

// Doc sets the document.
func (t *docTools) Doc(d *corpus.Doc) *docTools { t.Idoc = d; return t }

// Whole says the document's text and lists are in: its record exports.
func (t *docTools) Whole(v bool) *docTools { t.Iwhole = v; return t }

// Imported marks the document as imported in this browser.
func (t *docTools) Imported(v bool) *docTools { t.Iimported = v; return t }

// Loc sets the interface language.
func (t *docTools) Loc(l locale) *docTools { t.Iloc = l; return t }

func (t *docTools) exportJSON(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	var err error
	if !t.Iwhole {
		err = errTextsNotLoaded // its shard or lists are still on their way: try again in a moment
	} else {
		err = records.WriteJSON(&buf, []schema.Record{t.Idoc.Record})
	}
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

// badgeSlot returns the imported badge when id is an imported document of
// lib, else an empty span in its place (see searchPage.renderHit).
func badgeSlot(loc locale, lib library, id string) app.UI {
	if !lib.Own.has(id) {
		return app.Span() // empty: hidden by the style sheet (renderHit)
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
	detachBuffer(u8.Get("buffer")) // the blob has the bytes
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
