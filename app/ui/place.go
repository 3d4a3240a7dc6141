package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/explore"
)

// Strings of the place page.
const (
	placeTitleSuffix = " · 地区 · 人大 Renda"
	placeKicker      = "地区"
	placeSummary     = "%d 次会议 · 按届次和会次排列"
	placeCorner      = "届次 \\ 会次"
	placeTerm        = "第%d届"
	placeNumber      = "第%d次会议"
	placeOther       = "届次或会次未注明"
	placeGridCaption = "各届人代会会议"
	placeNotFound    = "没有关于“%s”的报道。"
	placeSearch      = "搜索“%s”的全部报道"
	placeNoReport    = "无报道"
	placeRegion      = "行政区划"
	placeCode        = "区划代码 %s"
	placeUnresolved  = "未能在行政区划表中确定此地区。"
)

// placePage is the place view (/place/{locality}): the sessions of a place
// as a term × session grid.
type placePage struct {
	app.Compo

	lib      library
	loc      locale
	locality string
	place    *explore.Place
}

func newPlacePage() *placePage { return &placePage{} }

func (p *placePage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { p.setTitle(ctx) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *placePage) setTitle(ctx app.Context) {
	ctx.Page().SetTitle("%s%s", p.locality, p.loc.T(placeTitleSuffix))
}

func (p *placePage) OnNav(ctx app.Context) {
	signalBusy()
	p.locality = routeParam(ctx, "/place/")
	p.setTitle(ctx)
	p.refresh(ctx)
}

func (p *placePage) refresh(ctx app.Context) {
	if !p.lib.ready() {
		return
	}
	var ok bool
	p.place, ok = p.lib.Index.Place(p.locality)
	if !ok {
		signalReady(ctx, viewNotFound)
		return
	}
	signalReady(ctx, viewPlace)
}

func (p *placePage) Render() app.UI {
	var content app.UI
	switch {
	case !p.lib.ready():
		content = newLoadView().Lib(p.lib).Loc(p.loc)
	case p.place == nil:
		content = notFound(p.loc, p.loc.T(placeNotFound, p.locality))
	default:
		content = p.renderPlace()
	}
	return newShell().View(viewPlace).Loc(p.loc).Content(content)
}

func (p *placePage) renderPlace() app.UI {
	pl := p.place
	return app.Article().Class("place-page").Body(
		app.Header().Class("page-header").Body(
			app.P().Class("doc-kicker").Attr("data-i18n", true).Text(p.loc.T(placeKicker)),
			app.H1().Body(
				app.Text(pl.Locality),
				app.Span().Class("pinyin").Lang("zh-Latn-pinyin").Text(pinyinOf(p.lib.Index, pl.Locality, false)),
			),
			p.renderRegion(),
			app.P().Class("result-count").Body(
				app.Span().Attr("data-i18n", true).Text(p.loc.Tn(placeSummary, pl.Sessions())),
				app.Text(" · "),
				app.A().Href(href(withQuery("/", explore.Query{Text: pl.Locality}))).
					Text(p.loc.T(placeSearch, pl.Locality)),
			),
		),
		app.If(len(pl.Terms) > 0, func() app.UI {
			return app.Div().Class("grid-scroll").Body(p.renderGrid())
		}),
		app.If(len(pl.Other) > 0, func() app.UI {
			return app.Section().ID("place-other").Body(
				app.H2().Attr("data-i18n", true).Text(p.loc.T(placeOther)),
				app.Ul().Class("place-other").Body(app.Range(pl.Other).Slice(func(i int) app.UI {
					s := pl.Other[i]
					return app.Li().Body(
						app.Span().Attr("data-i18n", true).Text(p.loc.session(s, false)+" "),
						p.renderDocs(s),
					)
				})),
			)
		}),
	)
}

// renderGrid renders #grid: a row per term, a column per session number,
// each cell the session's reports.
func (p *placePage) renderGrid() app.UI {
	pl := p.place
	return app.Table().ID("grid").Class("grid").Body(
		app.Caption().Attr("data-i18n", true).Text(p.loc.T(placeGridCaption)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Attr("data-i18n", true).Text(p.loc.T(placeCorner)),
			app.Range(pl.Numbers).Slice(func(j int) app.UI {
				return app.Th().Scope("col").Attr("data-i18n", true).Text(p.loc.number(pl.Numbers[j]))
			}),
		)),
		app.TBody().Body(app.Range(pl.Terms).Slice(func(i int) app.UI {
			term := pl.Terms[i]
			return app.Tr().Body(
				app.Th().Scope("row").Attr("data-i18n", true).Text(p.loc.term(term)),
				app.Range(pl.Numbers).Slice(func(j int) app.UI {
					s := pl.Cell(term, pl.Numbers[j])
					if s == nil {
						return app.Td().Class("cell-empty").Aria("label", p.loc.T(placeNoReport)).Text("—")
					}
					return app.Td().DataSet("term", term).DataSet("session", pl.Numbers[j]).Body(
						app.Time().Class("cell-date").DateTime(s.Date).Text(p.loc.dateOr(s.Date)),
						p.renderDocs(s),
					)
				}),
			)
		})),
	)
}

// renderDocs lists a session's reports as links named by their event.
func (p *placePage) renderDocs(s *explore.Session) app.UI {
	ix := p.lib.Index
	return app.Ul().Class("cell-docs").Body(app.Range(s.Docs).Slice(func(i int) app.UI {
		d := &ix.Docs[s.Docs[i]]
		label := p.loc.event(d.Event())
		if d.Plenary > 0 && d.Event() == "plenary" {
			label = p.loc.plenary(d.Plenary)
		}
		return app.Li().Body(
			app.A().Href(href(docPath(d.ID()))).Title("%s", explore.Label(d)).Attr("data-i18n", true).Text(label),
		)
	}))
}

// renderRegion shows the place in the administrative hierarchy, province ›
// prefecture › county, each level's name with its pinyin, and the GB/T 2260
// code (#region).
func (p *placePage) renderRegion() app.UI {
	r := p.place.Region
	if r == nil {
		return app.P().ID("region").Class("region region-unknown").Attr("data-i18n", true).Text(p.loc.T(placeUnresolved))
	}
	var levels []string
	for _, n := range []string{r.Province, r.Prefecture, r.County} {
		if n != "" {
			levels = append(levels, n)
		}
	}
	return app.Nav().ID("region").Class("region").Aria("label", p.loc.T(placeRegion)).DataSet("code", r.Code).Body(
		app.Ol().Class("region-levels").Body(app.Range(levels).Slice(func(i int) app.UI {
			return app.Li().Body(
				app.Span().Class("region-name").Lang("zh").Text(levels[i]),
				app.Text(" "),
				app.Span().Class("pinyin").Lang("zh-Latn-pinyin").Text(pinyinOf(p.lib.Index, levels[i], false)),
			)
		})),
		app.Span().Class("region-code").Attr("data-i18n", true).Text(p.loc.T(placeCode, r.Code)),
	)
}
