package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Strings of the 404 page.
const (
	notFoundTitle   = "页面不存在 · 人大 Renda"
	notFoundHeading = "页面不存在"
	notFoundText    = "找不到这个地址对应的页面。"
	notFoundSearch  = "返回搜索"
	notFoundBrowse  = "浏览时间线"
)

// notFoundPage is the 404 view, for every path no other route takes.
type notFoundPage struct {
	app.Compo
	loc locale
}

func (p *notFoundPage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { ctx.Page().SetTitle(p.loc.T(notFoundTitle)) })
}

func newNotFoundPage() *notFoundPage { return &notFoundPage{} }

func (p *notFoundPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(p.loc.T(notFoundTitle))
	signalReady(ctx, viewNotFound)
}

func (p *notFoundPage) Render() app.UI {
	return newShell().Loc(p.loc).Content(notFound(p.loc, p.loc.T(notFoundText)))
}

// notFound renders the #notfound block with a message and a way on.
func notFound(loc locale, message string) app.UI {
	return app.Section().ID("notfound").Class("notfound").Body(
		app.P().Class("notfound-code").Aria("hidden", true).Text("404"),
		app.H1().Attr("data-i18n", true).Text(loc.T(notFoundHeading)),
		app.P().Text(message),
		app.P().Class("notfound-links").Body(
			app.A().Href(href("/")).Attr("data-i18n", true).Text(loc.T(notFoundSearch)),
			app.A().Href(href("/timeline")).Attr("data-i18n", true).Text(loc.T(notFoundBrowse)),
		),
	)
}
