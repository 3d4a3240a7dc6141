package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/explore"
	"renda/app/importer"
)

// viewImport is the import page's view, as announced to browser tests.
const viewImport = "import"

// listedOwn is how many imported documents the import page lists.
const listedOwn = 200

// importPage is the import view (/import): pick, drop or paste reports,
// follow the import, read its report and manage the imported documents.
type importPage struct {
	app.Compo

	lib        library
	loc        locale // the interface language
	status     importStatus
	paste      string   // the textarea's text
	confirmAll bool     // asking to confirm removing everything
	onDrag     app.Func // the window's dragover listener
	onDrop     app.Func // the window's drop listener
}

func newImportPage() *importPage { return &importPage{} }

func (p *importPage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { ctx.Page().SetTitle(p.loc.T(importTitle)) })
	ctx.ObserveState(stateImport, &p.status).OnChange(func() { p.signalReport(ctx) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
	p.listenDrop(ctx)
}

func (p *importPage) OnDismount() {
	w := app.Window()
	if p.onDrag != nil {
		w.Call("removeEventListener", "dragover", p.onDrag)
		w.Call("removeEventListener", "drop", p.onDrop)
		p.onDrag.Release()
		p.onDrop.Release()
		p.onDrag, p.onDrop = nil, nil
	}
}

func (p *importPage) OnNav(ctx app.Context) {
	signalBusy()
	ctx.Page().SetTitle(p.loc.T(importTitle))
	p.confirmAll = false
	p.refresh(ctx)
}

func (p *importPage) refresh(ctx app.Context) {
	if p.lib.ready() {
		signalReady(ctx, viewImport)
	}
}

// signalReport tells browser tests, once a finished import's report is
// in the DOM, how many files it covers: window.rendaImported.
func (p *importPage) signalReport(ctx app.Context) {
	if rep := p.status.Report; rep != nil && !p.status.Running {
		n := len(rep.Outcomes)
		ctx.Defer(func(app.Context) { app.Window().Set("rendaImported", n) })
	}
}

// listenDrop takes files and folders dropped anywhere on the page. The
// listeners run in the browser's event (not dispatched), so that they can
// stop the browser from opening the file and read the DataTransfer before
// it empties.
func (p *importPage) listenDrop(ctx app.Context) {
	if app.IsServer || p.onDrag != nil {
		return
	}
	p.onDrag = app.FuncOf(func(_ app.Value, args []app.Value) any {
		args[0].Call("preventDefault")
		return nil
	})
	p.onDrop = app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		e.Call("preventDefault")
		dt := e.Get("dataTransfer")
		if !dt.Truthy() {
			return nil
		}
		var entries []app.Value
		items := dt.Get("items")
		for i := range items.Length() {
			it := items.Index(i)
			if it.Get("kind").String() != "file" || !it.Get("webkitGetAsEntry").Truthy() {
				continue
			}
			if en := it.Call("webkitGetAsEntry"); en.Truthy() {
				entries = append(entries, en)
			}
		}
		if len(entries) > 0 {
			p.start(ctx, func() []importer.Source { return entrySources(entries) })
			return nil
		}
		files := dt.Get("files")
		p.start(ctx, func() []importer.Source { return fileSources(files) })
		return nil
	})
	w := app.Window()
	w.Call("addEventListener", "dragover", p.onDrag)
	w.Call("addEventListener", "drop", p.onDrop)
}

// start asks the shelf to import what list returns.
func (p *importPage) start(ctx app.Context, list func() []importer.Source) {
	if !p.lib.ready() || p.status.Running {
		return
	}
	ctx.NewActionWithValue(actionImport, list)
}

// onFiles imports the files picked in an input, then empties it so that
// picking the same files again imports (and reports) them again.
func (p *importPage) onFiles(ctx app.Context, e app.Event) {
	input := e.Get("target")
	files := input.Get("files")
	var picked []app.Value
	for i := range files.Length() {
		picked = append(picked, files.Index(i))
	}
	input.Set("value", "")
	p.start(ctx, func() []importer.Source {
		out := make([]importer.Source, len(picked))
		for i, f := range picked {
			name := f.Get("name").String()
			if rel := f.Get("webkitRelativePath"); rel.Truthy() {
				name = rel.String()
			}
			out[i] = fileSource(name, f)
		}
		return out
	})
}

func (p *importPage) onPasteInput(ctx app.Context, e app.Event) {
	p.paste = e.Get("target").Get("value").String()
}

// importPaste imports the pasted text as one UTF-8 file.
func (p *importPage) importPaste(ctx app.Context, e app.Event) {
	text := p.paste
	if strings.TrimSpace(text) == "" {
		return
	}
	data := []byte(text)
	p.start(ctx, func() []importer.Source {
		return []importer.Source{{Name: importPasteName, Size: int64(len(data)), Open: func() ([]byte, error) { return data, nil }}}
	})
	p.paste = ""
}

func (p *importPage) cancel(ctx app.Context, e app.Event) { ctx.NewAction(actionImportCancel) }

func (p *importPage) remove(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actionRemove, id) }
}

func (p *importPage) askRemoveAll(ctx app.Context, e app.Event) { p.confirmAll = true }
func (p *importPage) keepAll(ctx app.Context, e app.Event)      { p.confirmAll = false }

func (p *importPage) removeAll(ctx app.Context, e app.Event) {
	p.confirmAll = false
	ctx.NewAction(actionRemoveAll)
}

func (p *importPage) Render() app.UI {
	busy := !p.lib.ready() || p.status.Running
	return newShell().View(viewImport).Loc(p.loc).Content(
		app.Div().ID("import-page").Class("import-page").Body(
			app.H1().Attr("data-i18n", true).Text(p.loc.T(importHeading)),
			app.P().Class("import-privacy").Attr("data-i18n", true).Text(p.loc.T(importPrivacy)),
			app.P().Class("import-accept").Attr("data-i18n", true).Text(p.loc.T(importAccept)),
			app.If(!p.lib.ready(), func() app.UI {
				return app.P().ID("import-wait").Role("status").Attr("data-i18n", true).Text(p.loc.T(importNotReady))
			}),
			app.Div().ID("drop-zone").Class("drop-zone").Body(
				app.P().Attr("data-i18n", true).Text(p.loc.T(importDrop)),
				app.Div().Class("import-pickers").Body(
					app.Label().For("import-files").Class("button").Attr("data-i18n", true).Text(p.loc.T(importPickFiles)),
					app.Input().ID("import-files").Type("file").Multiple(true).Class("visually-hidden").
						Accept(".txt,.htm,.html,text/plain,text/html").Disabled(busy).OnChange(p.onFiles),
					app.Label().For("import-folder").Class("button").Attr("data-i18n", true).Text(p.loc.T(importPickFolder)),
					app.Input().ID("import-folder").Type("file").Multiple(true).Class("visually-hidden").
						Attr("webkitdirectory", true).Disabled(busy).OnChange(p.onFiles),
				),
				app.Label().For("paste-text").Class("paste-label").Attr("data-i18n", true).Text(p.loc.T(importPasteLabel)),
				app.Textarea().ID("paste-text").Rows(5).Disabled(busy).Text(p.paste).OnInput(p.onPasteInput),
				app.Button().ID("paste-import").Type("button").Disabled(busy).Attr("data-i18n", true).Text(p.loc.T(importPasteButton)).OnClick(p.importPaste),
			),
			p.renderProgress(),
			p.renderReport(),
			p.renderOwn(),
		),
	)
}

func (p *importPage) renderProgress() app.UI {
	st := p.status
	if !st.Running {
		return nil
	}
	bar := app.Progress().ID("import-progress").Aria("label", p.loc.T(importProgressBar))
	label := p.loc.T(importListing)
	if !st.Listing {
		bar = bar.Max(max(st.Total, 1)).Value(st.Done)
		label = p.loc.T(importProgress, st.Done, st.Total)
	}
	return app.Div().Class("import-running").Role("status").Body(
		bar,
		app.Span().ID("import-count").Text(label),
		app.Button().ID("import-cancel").Type("button").Attr("data-i18n", true).Text(p.loc.T(importCancel)).OnClick(p.cancel),
	)
}

func (p *importPage) renderReport() app.UI {
	rep := p.status.Report
	if rep == nil || p.status.Running {
		return nil
	}
	failed := rep.Count(importer.StatusFailed) + rep.Count(importer.StatusCanceled)
	return app.Section().ID("import-report").Class("import-report").Aria("labelledby", "import-report-title").Body(
		app.H2().ID("import-report-title").Attr("data-i18n", true).Text(p.loc.T(importReport)),
		app.P().ID("import-summary").Role("status").Attr("data-i18n", true).Text(p.loc.T(importSummary,
			rep.Count(importer.StatusImported), rep.Count(importer.StatusDuplicate), failed)),
		app.If(rep.Canceled, func() app.UI { return app.P().Attr("data-i18n", true).Text(p.loc.T(importCanceledNote)) }),
		app.Table().Class("import-outcomes").Body(
			app.THead().Body(app.Tr().Body(app.Th().Attr("data-i18n", true).Text(p.loc.T(importColFile)), app.Th().Attr("data-i18n", true).Text(p.loc.T(importColOutcome)))),
			app.TBody().Body(app.Range(rep.Outcomes).Slice(func(i int) app.UI {
				o := rep.Outcomes[i]
				return app.Tr().Class("outcome outcome-"+string(o.Status)).DataSet("status", o.Status).DataSet("reason", o.Reason).Body(
					app.Td().Class("outcome-file").Text(o.Name),
					app.Td().Body(
						app.If(o.ID != "", func() app.UI {
							return app.A().Href(href(docPath(o.ID))).Text(p.loc.S(outcomeLabel(o)))
						}).Else(func() app.UI {
							return app.Span().Title(o.Detail).Text(p.loc.S(outcomeLabel(o)))
						}),
					),
				)
			})),
		),
	)
}

func (p *importPage) renderOwn() app.UI {
	own := p.lib.Own
	entries := slices.Clone(own.Entries)
	slices.Reverse(entries) // newest first
	shown := entries[:min(len(entries), listedOwn)]
	return app.Section().ID("imported").Class("imported").Aria("labelledby", "imported-title").Body(
		app.H2().ID("imported-title").Attr("data-i18n", true).Text(p.loc.T(importMine, len(entries))),
		app.If(own.Err != "", func() app.UI {
			return app.P().ID("store-error").Class("notice notice-error").Role("alert").Text(p.loc.T(importStoreError) + own.Err)
		}),
		app.If(len(entries) == 0, func() app.UI {
			return app.P().Class("imported-none").Attr("data-i18n", true).Text(p.loc.T(importNone))
		}).Else(func() app.UI {
			return app.Div().Body(
				p.renderRemoveAll(len(entries)),
				app.Ul().ID("imported-list").Class("imported-list").Body(
					app.Range(shown).Slice(func(i int) app.UI { return p.renderEntry(shown[i]) }),
				),
				app.If(len(entries) > len(shown), func() app.UI {
					return app.P().Attr("data-i18n", true).Text(p.loc.Tn(importMore, len(entries)-len(shown)))
				}),
			)
		}),
	)
}

func (p *importPage) renderEntry(e importer.Entry) app.UI {
	return app.Li().Class("imported-doc").DataSet("id", e.ID).Body(
		app.A().Href(href(docPath(e.ID))).Text(explore.Label(new(e.Doc.Summary()))),
		app.Span().Class("imported-file").Text(e.Name),
		app.Button().Type("button").Class("remove-doc link-button").DataSet("id", e.ID).
			Attr("data-i18n", true).Text(p.loc.T(importRemove)).OnClick(p.remove(e.ID), app.EventScope(e.ID)),
	)
}

func (p *importPage) renderRemoveAll(n int) app.UI {
	if !p.confirmAll {
		return app.Button().ID("remove-all").Type("button").Disabled(p.status.Running).Attr("data-i18n", true).Text(p.loc.T(importRemoveAll)).OnClick(p.askRemoveAll)
	}
	return app.Div().ID("confirm-remove-all").Class("notice notice-warn").Role("alertdialog").Body(
		app.P().Attr("data-i18n", true).Text(p.loc.T(importConfirmAll, n)),
		app.Button().ID("remove-all-yes").Type("button").Attr("data-i18n", true).Text(p.loc.T(importConfirmYes)).OnClick(p.removeAll),
		app.Button().ID("remove-all-no").Type("button").Attr("data-i18n", true).Text(p.loc.T(importConfirmNo)).OnClick(p.keepAll),
	)
}
