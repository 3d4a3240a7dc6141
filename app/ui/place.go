package ui

import (
	"strconv"

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
)

// placePage is the place view (/place/{locality}): the sessions of a place
// as a term × session grid.
type placePage struct {
	app.Compo

	lib      library
	locality string
	place    *explore.Place
}

func newPlacePage() *placePage { return &placePage{} }

func (p *placePage) OnMount(ctx app.Context) {
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *placePage) OnNav(ctx app.Context) {
	signalBusy()
	p.locality = routeParam(ctx, "/place/")
	ctx.Page().SetTitle("%s%s", p.locality, placeTitleSuffix)
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
		content = newLoadView().Lib(p.lib)
	case p.place == nil:
		content = notFound(app.FormatString(placeNotFound, p.locality))
	default:
		content = p.renderPlace()
	}
	return newShell().View(viewPlace).Content(content)
}

func (p *placePage) renderPlace() app.UI {
	pl := p.place
	return app.Article().Class("place-page").Body(
		app.Header().Class("page-header").Body(
			app.P().Class("doc-kicker").Text(placeKicker),
			app.H1().Text(pl.Locality),
			app.P().Class("result-count").Body(
				app.Text(app.FormatString(placeSummary, pl.Sessions())+" · "),
				app.A().Href(href(withQuery("/", explore.Query{Text: pl.Locality}))).
					Text(app.FormatString(placeSearch, pl.Locality)),
			),
		),
		app.If(len(pl.Terms) > 0, func() app.UI {
			return app.Div().Class("grid-scroll").Body(p.renderGrid())
		}),
		app.If(len(pl.Other) > 0, func() app.UI {
			return app.Section().ID("place-other").Body(
				app.H2().Text(placeOther),
				app.Ul().Class("place-other").Body(app.Range(pl.Other).Slice(func(i int) app.UI {
					s := pl.Other[i]
					return app.Li().Body(
						app.Span().Text(sessionLabel(s, false)+" "),
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
		app.Caption().Text(placeGridCaption),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(placeCorner),
			app.Range(pl.Numbers).Slice(func(j int) app.UI {
				return app.Th().Scope("col").Text(app.FormatString(placeNumber, pl.Numbers[j]))
			}),
		)),
		app.TBody().Body(app.Range(pl.Terms).Slice(func(i int) app.UI {
			term := pl.Terms[i]
			return app.Tr().Body(
				app.Th().Scope("row").Text(app.FormatString(placeTerm, term)),
				app.Range(pl.Numbers).Slice(func(j int) app.UI {
					s := pl.Cell(term, pl.Numbers[j])
					if s == nil {
						return app.Td().Class("cell-empty").Aria("label", "无报道").Text("—")
					}
					return app.Td().DataSet("term", term).DataSet("session", pl.Numbers[j]).Body(
						app.Time().Class("cell-date").DateTime(s.Date).Text(cmpOr(s.Date, "日期未注明")),
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
		label := eventLabel(d.Event)
		if d.Plenary > 0 && d.Event == "plenary" {
			label = "第" + strconv.Itoa(d.Plenary) + "次全体会议"
		}
		return app.Li().Body(
			app.A().Href(href(docPath(d.ID))).Title("%s", explore.Label(d)).Text(label),
		)
	}))
}
