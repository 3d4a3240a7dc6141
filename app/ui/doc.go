package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/parse/schema"
)

// Strings of the document page.
const (
	docTitleSuffix  = " · 人大 Renda"
	docFacts        = "要素"
	docFactsHint    = "点击带 ◎ 的要素可在正文中定位"
	docWarnings     = "解析存疑"
	docText         = "正文"
	docOriginal     = "原始文本"
	docShowOriginal = "显示原始文本"
	docHideOriginal = "隐藏原始文本"
	docCite         = "复制引用"
	docCited        = "已复制引用："
	docCiteManual   = "无法访问剪贴板，请手动复制："
	docPrev         = "上一篇"
	docNext         = "下一篇"
	docSessionNav   = "本次会议的其他报道"
	docNone         = "未提及"
	docLocate       = "在正文中定位："
	docEmptyText    = "（无正文）"
	docNotFound     = "没有编号为“%s”的报道。"
)

// docPage is the document view (/doc/{id}): the record's facts beside the
// text with every evidence span marked.
type docPage struct {
	app.Compo

	lib          library
	loc          locale
	id           string
	query        explore.Query // the search the page was opened from (?q=): its terms are marked
	doc          int           // position in the index, -1 when not found
	showOriginal bool
	citeStatus   string // confirmation of the last copy
	citeManual   string // the citation, when the clipboard refused it
}

func newDocPage() *docPage { return &docPage{doc: -1} }

func (p *docPage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { p.refresh(ctx) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *docPage) OnNav(ctx app.Context) {
	signalBusy()
	p.id = routeParam(ctx, "/doc/")
	p.query = explore.ParseQuery(ctx.Page().URL().Query())
	p.showOriginal, p.citeStatus, p.citeManual = false, "", ""
	p.refresh(ctx)
	if p.doc >= 0 && p.lib.ready() { // again after a failure
		requestTexts(ctx, p.lib, textRequest{Docs: []int{p.doc}}, true)
		requestLists(ctx, p.lib, listFiles(p.lib.Index, p.doc), true)
	}
	app.Window().Call("scrollTo", 0, 0)
}

func (p *docPage) refresh(ctx app.Context) {
	if !p.lib.ready() {
		ctx.Page().SetTitle("%s%s", p.id, p.loc.T(docTitleSuffix))
		return
	}
	p.doc = -1
	if i, ok := p.lib.Index.Doc(p.id); ok {
		p.doc = i
		d := &p.lib.Index.Docs[i]
		ctx.Page().SetTitle("%s%s", explore.Label(d), p.loc.T(docTitleSuffix))
		// Ready once the text and the lists are in, or failed.
		waiting := false
		if !p.lib.Index.HasText(i) && p.lib.TextErr == "" {
			requestTexts(ctx, p.lib, textRequest{Docs: []int{i}}, false)
			waiting = true
		}
		if ks := listFiles(p.lib.Index, i); len(ks) > 0 && p.lib.ListsErr == "" {
			requestLists(ctx, p.lib, ks, false)
			waiting = true
		}
		if !waiting {
			signalReady(ctx, viewDoc)
		}
		return
	}
	ctx.Page().SetTitle("%s%s", p.loc.T(notFoundHeading), p.loc.T(docTitleSuffix))
	signalReady(ctx, viewNotFound)
}

// current returns the document shown, whole (explore.Index.Whole): the
// page shows its people, reports, resolutions, warnings and texts.
func (p *docPage) current() *corpus.Doc {
	d := p.lib.Index.Whole(p.doc)
	return &d
}

func (p *docPage) toggleOriginal(ctx app.Context, e app.Event) {
	p.showOriginal = !p.showOriginal
	if p.showOriginal {
		ctx.Defer(func(app.Context) {
			app.Window().GetElementByID("original").Call("scrollIntoView", map[string]any{"block": "start"})
		})
	}
}

// cite copies the citation to the clipboard and confirms it.
func (p *docPage) cite(ctx app.Context, e app.Event) {
	d := &p.lib.Index.Docs[p.doc]
	text := explore.Citation(d, permalink(docPath(d.ID())))
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		p.citeManual = text
		return
	}
	p.citeStatus, p.citeManual = "", ""
	var ok, fail app.Func
	settle := func(copied bool) {
		ok.Release()
		fail.Release()
		ctx.Dispatch(func(app.Context) {
			if copied {
				p.citeStatus = p.loc.T(docCited) + text
			} else {
				p.citeManual = text
			}
		})
	}
	ok = app.FuncOf(func(app.Value, []app.Value) any { settle(true); return nil })
	fail = app.FuncOf(func(app.Value, []app.Value) any { settle(false); return nil })
	clip.Call("writeText", text).Call("then", ok, fail)
}

// locate scrolls to the first evidence mark of field and flashes them all.
func (p *docPage) locate(field string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		doc := app.Window().Get("document")
		marks := doc.Call("querySelectorAll", `#text mark[data-fields~="`+field+`"]`)
		n := marks.Length()
		if n == 0 {
			return
		}
		smooth := !app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
		behavior := "auto"
		if smooth {
			behavior = "smooth"
		}
		first := marks.Index(0)
		first.Call("scrollIntoView", map[string]any{"behavior": behavior, "block": "center"})
		first.Call("focus", map[string]any{"preventScroll": true})
		for i := 0; i < n; i++ {
			cl := marks.Index(i).Get("classList")
			cl.Call("remove", "flash")
			marks.Index(i).Get("offsetWidth") // restart the animation
			cl.Call("add", "flash")
		}
	}
}

func (p *docPage) Render() app.UI {
	var content app.UI
	switch {
	case !p.lib.ready():
		content = newLoadView().Lib(p.lib).Loc(p.loc)
	case p.doc < 0:
		content = notFound(p.loc, p.loc.T(docNotFound, p.id))
	default:
		content = p.renderDoc()
	}
	return newShell().View(viewDoc).Loc(p.loc).Content(content)
}

func (p *docPage) renderDoc() app.UI {
	d := p.current()
	s := p.lib.Index.SessionOf(p.doc)
	return app.Article().Class("doc-page").Body(
		app.Header().Class("doc-header").Body(
			app.P().Class("doc-kicker").Body(
				app.If(d.Locality != "", func() app.UI {
					return app.A().Href(href(placePath(d.Locality))).Text(d.Locality)
				}),
				app.Text(" "),
				app.Span().Attr("data-i18n", true).Text(p.loc.session(s, false)),
				app.Text(" · "),
				app.Span().Class("badge badge-"+d.Event).Attr("data-i18n", true).Text(p.loc.event(d.Event)),
			),
			app.H1().ID("doc-title").Text(explore.Label(&p.lib.Index.Docs[p.doc])),
			p.renderActions(d),
			p.renderSessionNav(),
		),
		app.Div().Class("doc-layout").Body(
			p.renderFacts(d),
			app.Div().Class("doc-body").Body(
				p.renderWarnings(d),
				app.Section().Class("doc-text").Aria("labelledby", "text-title").Body(
					app.H2().ID("text-title").Class("section-title").Attr("data-i18n", true).Text(p.loc.T(docText)),
					p.renderText(d),
				),
				app.If(p.showOriginal, func() app.UI {
					return app.Section().Class("doc-original").Aria("label", p.loc.T(docOriginal)).Body(
						app.H2().Class("section-title").Attr("data-i18n", true).Text(p.loc.T(docOriginal)),
						app.Pre().ID("original").Class("original").Text(d.Original),
					)
				}),
			),
		),
	)
}

func (p *docPage) renderActions(d *corpus.Doc) app.UI {
	toggle := p.loc.T(docShowOriginal)
	if p.showOriginal {
		toggle = p.loc.T(docHideOriginal)
	}
	return app.Div().Class("doc-actions").Body(
		app.Button().ID("cite").Type("button").Attr("data-i18n", true).Text(p.loc.T(docCite)).OnClick(p.cite),
		app.Button().ID("show-original").Type("button").
			Aria("expanded", p.showOriginal).Aria("controls", "original").
			Attr("data-i18n", true).Text(toggle).OnClick(p.toggleOriginal),
		newDocTools().Doc(d).Whole(p.lib.Index.HasText(p.doc) && p.lib.Index.Docs[p.doc].ListsIn()).Imported(p.lib.Own.has(d.ID)).Loc(p.loc),
		app.Span().ID("cite-status").Class("cite-status").Role("status").Text(p.citeStatus),
		app.If(p.citeManual != "", func() app.UI {
			return app.Div().Class("cite-manual").Body(
				app.Label().For("cite-text").Attr("data-i18n", true).Text(p.loc.T(docCiteManual)),
				app.Textarea().ID("cite-text").ReadOnly(true).Rows(3).Text(p.citeManual),
			)
		}),
	)
}

// renderSessionNav links the reports before and after in the session.
func (p *docPage) renderSessionNav() app.UI {
	prev, next := p.lib.Index.Neighbours(p.doc)
	if prev < 0 && next < 0 {
		return nil
	}
	link := func(id, label string, doc int) app.UI {
		if doc < 0 {
			return app.Span().Class("session-nav-empty")
		}
		d := &p.lib.Index.Docs[doc]
		return app.A().ID(id).Href(href(docPath(d.ID()))).Attr("rel", id).Body(
			app.Span().Class("session-nav-dir").Attr("data-i18n", true).Text(label),
			app.Span().Class("session-nav-title").Body(
				app.Span().Attr("data-i18n", true).Text(p.loc.event(d.Event())),
				app.Text(" · "+explore.Label(d)),
			),
		)
	}
	return app.Nav().Class("session-nav").Aria("label", p.loc.T(docSessionNav)).Body(
		link("prev", "← "+p.loc.T(docPrev), prev),
		link("next", p.loc.T(docNext)+" →", next),
	)
}

func (p *docPage) renderWarnings(d *corpus.Doc) app.UI {
	if len(d.Warnings) == 0 {
		return nil
	}
	return app.Section().ID("warnings").Class("notice notice-warn").Aria("labelledby", "warnings-title").Body(
		app.H2().ID("warnings-title").Attr("data-i18n", true).Text(p.loc.T(docWarnings)),
		app.Ul().Body(app.Range(d.Warnings).Slice(func(i int) app.UI {
			w := d.Warnings[i]
			shown := p.loc.warning(w)
			if shown == w {
				return app.Li().Text(w)
			}
			return app.Li().Title(w).Text(shown) // the record's words, as tools read them, on hover
		})),
	)
}

// renderText renders the document's text, or that it is loading.
func (p *docPage) renderText(d *corpus.Doc) app.UI {
	if !p.lib.Index.HasText(p.doc) {
		if p.lib.TextErr != "" { // the facts stand; the text may come online
			return app.P().ID("text").Class("doc-text-body empty").Text(p.lib.TextErr)
		}
		return app.P().ID("text").Class("doc-text-loading").Aria("busy", true).Text("…")
	}
	return renderText(p.loc, d, p.lib.Index.Found(p.doc, p.query))
}

// queryField marks, among the evidence spans, where the text holds the
// search's terms: no field of the record has that name.
const queryField = "query"

// renderText renders the text with its evidence marks and the places of
// the search's terms (found, data-q): text nodes only.
func renderText(loc locale, d *corpus.Doc, found []explore.Span) app.UI {
	if strings.TrimSpace(d.Text) == "" {
		return app.P().ID("text").Class("doc-text-body empty").Attr("data-i18n", true).Text(loc.T(docEmptyText))
	}
	ev := d.Evidence
	if len(found) > 0 {
		ev = slices.Clip(ev) // appended to, never written in
		for _, s := range found {
			ev = append(ev, schema.Evidence{Field: queryField, Start: s.Start, End: s.End})
		}
	}
	segs := explore.Segments(d.Text, ev)
	nodes := make([]app.UI, len(segs))
	for i, s := range segs {
		t := d.Text[s.Start:s.End]
		if s.Fields == nil {
			nodes[i] = app.Text(t)
			continue
		}
		m, fields := app.Mark(), s.Fields
		if i := slices.Index(fields, queryField); i >= 0 {
			m = m.DataSet("q", true)
			fields = append(fields[:i:i], fields[i+1:]...)
		}
		if len(fields) > 0 {
			labels := make([]string, len(fields))
			for j, f := range fields {
				labels[j] = loc.field(f)
			}
			sep := "、"
			if loc.en() {
				sep = ", "
			}
			m = m.DataSet("field", fields[0]).
				DataSet("fields", strings.Join(fields, " ")).
				Title(strings.Join(labels, sep)).
				TabIndex(-1)
		}
		nodes[i] = m.Text(t)
	}
	return app.Div().ID("text").Class("doc-text-body").Lang("zh").Body(nodes...)
}
