package ui

import (
	"cmp"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/explore"
)

// Strings of the person page.
const (
	personTitleSuffix = " · 人物 · 人大 Renda"
	personKicker      = "人物"
	personSummary     = "在 %d 篇报道中出现"
	personSearch      = "搜索全文中的“%s”"
	personNotFound    = "报道中没有名为“%s”的人物。"
)

// personPage is the person view (/person/{name}): every report naming the
// person, with their roles, oldest first.
type personPage struct {
	app.Compo

	lib    library
	loc    locale
	name   string
	person *explore.Person
}

func newPersonPage() *personPage { return &personPage{} }

func (p *personPage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { p.setTitle(ctx) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *personPage) setTitle(ctx app.Context) {
	ctx.Page().SetTitle("%s%s", p.name, p.loc.T(personTitleSuffix))
}

func (p *personPage) OnNav(ctx app.Context) {
	signalBusy()
	p.name = routeParam(ctx, "/person/")
	p.setTitle(ctx)
	p.refresh(ctx)
	if p.person != nil {
		requestLists(ctx, p.lib, p.listsLacking(), true) // again after a failure
	}
}

func (p *personPage) refresh(ctx app.Context) {
	if !p.lib.ready() {
		return
	}
	if p.lib.People == fetchIdle {
		ctx.NewAction(actionPinyin) // the pinyin beside the name
	}
	var ok bool
	p.person, ok = p.lib.Index.Person(p.name)
	if !ok {
		signalReady(ctx, viewNotFound)
		return
	}
	// The roles are read from the reports' lists: ready once they are in,
	// or failed.
	if ks := p.listsLacking(); len(ks) > 0 && p.lib.ListsErr == "" {
		requestLists(ctx, p.lib, ks, false)
		return
	}
	signalReady(ctx, viewPerson)
}

// listsLacking returns the lists files the person's reports lack.
func (p *personPage) listsLacking() []int {
	docs := make([]int, len(p.person.Appearances))
	for i, a := range p.person.Appearances {
		docs[i] = a.Doc
	}
	return listFiles(p.lib.Index, docs...)
}

func (p *personPage) Render() app.UI {
	var content app.UI
	switch {
	case !p.lib.ready():
		content = newLoadView().Lib(p.lib).Loc(p.loc)
	case p.person == nil:
		content = notFound(p.loc, p.loc.T(personNotFound, p.name))
	default:
		content = p.renderPerson()
	}
	return newShell().View(viewPerson).Loc(p.loc).Content(content)
}

func (p *personPage) renderPerson() app.UI {
	ix := p.lib.Index
	apps := p.person.Appearances
	return app.Article().Class("person-page").Body(
		app.Header().Class("page-header").Body(
			app.P().Class("doc-kicker").Attr("data-i18n", true).Text(p.loc.T(personKicker)),
			app.H1().Body(
				app.Text(p.person.Name),
				app.Span().Class("pinyin").Lang("zh-Latn-pinyin").Text(pinyinOf(p.lib.Index, p.person.Name, true)),
			),
			app.P().Class("result-count").Body(
				app.Span().Attr("data-i18n", true).Text(p.loc.Tn(personSummary, len(apps))),
				app.Text(" · "),
				app.A().Href(href(withQuery("/", explore.Query{Text: p.person.Name}))).
					Text(p.loc.T(personSearch, p.person.Name)),
			),
		),
		app.Ol().ID("appearances").Class("appearances").Body(
			app.Range(apps).Slice(func(i int) app.UI {
				a := apps[i]
				d := &ix.Docs[a.Doc]
				return app.Li().Class("appearance").DataSet("date", d.Date()).Body(
					app.Time().Class("appearance-date").DateTime(d.Date()).Text(p.loc.dateOr(d.Date())),
					app.Div().Class("appearance-main").Body(
						app.A().Href(href(docPath(d.ID()))).Text(explore.Label(d)),
						app.Div().Class("result-meta").Body(
							app.If(d.Locality() != "", func() app.UI {
								return app.A().Class("meta-place").Href(href(placePath(d.Locality()))).Text(d.Locality())
							}),
							app.Span().Class("badge badge-"+d.Event()).Attr("data-i18n", true).Text(p.loc.event(d.Event())),
						),
						app.If(!d.ListsIn(), func() app.UI { // the roles are on their way (lists.go), or failed
							return app.Div().Class("roles loading").Body(app.Text(cmp.Or(p.lib.ListsErr, "…")))
						}),
						app.Div().Class("roles").Body(app.Range(a.Roles).Slice(func(j int) app.UI {
							r := a.Roles[j]
							text := p.loc.role(r.Field)
							if r.Detail != "" {
								text = p.loc.colon(text, r.Detail)
							}
							return app.Span().Class("role").DataSet("role", r.Field).Text(text)
						})),
					),
				)
			}),
		),
	)
}
