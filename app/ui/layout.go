package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Strings of the shared layout.
const (
	layoutBrand      = "人大"
	layoutBrandLatin = "Renda"
	layoutTagline    = "地方人代会报道检索"
	layoutSkip       = "跳到正文"
	layoutNavLabel   = "主导航"
	layoutSearch     = "搜索"
	layoutTimeline   = "时间线"
	layoutUpdate     = "新版本已就绪。"
	layoutReload     = "立即更新"
	layoutFooter     = "离线可用 · 数据来自公开报道，以原文为准"
	layoutShortcut   = "按 / 键搜索"
)

// shell is the layout every page shares: header with the navigation, the
// page's content in <main>, a notice when an update is ready, and the /
// shortcut to the search box. It builds the page's tree (Content): the
// header and the footer are components of their own, which go-app renders
// again only when the view or the language changes, not at every keystroke
// of a search (a shell component holding the content rendered them all
// each time: 4% of what typing allocated at 100,000 reports).
type shell struct {
	view string // the current view, to mark the navigation entry
	loc  locale // the interface language
}

func newShell() *shell { return &shell{} }

// View sets the current view (viewSearch, viewTimeline, …).
func (s *shell) View(v string) *shell { s.view = v; return s }

// Loc sets the interface language.
func (s *shell) Loc(l locale) *shell { s.loc = l; return s }

// Content returns the page: the layout around its content.
func (s *shell) Content(v ...app.UI) app.UI {
	return app.Div().Class("app").Body(
		&siteTop{Iview: s.view, Iloc: s.loc},
		app.Main().ID("main").TabIndex(-1).Body(v...),
		&siteFooter{Iloc: s.loc},
	)
}

// siteTop is the top of every page: the skip link, the header with the
// navigation and the notice when an update is ready. It listens for the /
// shortcut. Its root takes no box (.site-top: display: contents): the
// parts are laid out as the page's own.
type siteTop struct {
	app.Compo

	Iview string // the current view, to mark the navigation entry
	Iloc  locale // the interface language

	updateReady bool
	onKey       app.Func // the window's keydown listener
}

// switchLang switches the interface to the other language, keeping the
// current view, and remembers the choice.
func (s *siteTop) switchLang(ctx app.Context, e app.Event) {
	lang := langEn
	if s.Iloc.en() {
		lang = langZh
	}
	setLocale(ctx, lang, true)
}

// langSwitch renders #lang-switch, named in the language it switches to.
func (s *siteTop) langSwitch() app.UI {
	text, lang := "English", "en"
	if s.Iloc.en() {
		text, lang = "中文", "zh"
	}
	return app.Button().ID("lang-switch").Type("button").Class("lang-switch").
		Title(s.Iloc.T(layoutLangLabel)).Lang(lang).Text(text).OnClick(s.switchLang)
}

func (s *siteTop) OnMount(ctx app.Context) {
	s.updateReady = ctx.AppUpdateAvailable()
	s.listenKeys(ctx)
}

func (s *siteTop) OnDismount() {
	if s.onKey != nil {
		app.Window().Call("removeEventListener", "keydown", s.onKey)
		s.onKey.Release()
		s.onKey = nil
	}
}

func (s *siteTop) OnAppUpdate(ctx app.Context) { s.updateReady = ctx.AppUpdateAvailable() }

// listenKeys makes / focus the search box, or open the search page where
// there is none.
func (s *siteTop) listenKeys(ctx app.Context) {
	if app.IsServer || s.onKey != nil {
		return
	}
	s.onKey = app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("key").String() != "/" || e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() || e.Get("altKey").Truthy() {
			return nil
		}
		switch e.Get("target").Get("tagName").String() {
		case "INPUT", "TEXTAREA", "SELECT":
			return nil
		}
		e.Call("preventDefault")
		if q := app.Window().GetElementByID("q"); q.Truthy() {
			q.Call("focus")
			q.Call("select")
			return nil
		}
		ctx.Dispatch(func(ctx app.Context) { ctx.Navigate(href("/")) })
		return nil
	})
	app.Window().Call("addEventListener", "keydown", s.onKey)
}

func (s *siteTop) reload(ctx app.Context, e app.Event) { ctx.Reload() }

func (s *siteTop) Render() app.UI {
	return app.Div().Class("site-top").Body(
		app.A().Class("skip-link").Href("#main").Attr("data-i18n", true).Text(s.Iloc.T(layoutSkip)),
		app.Header().Class("site-header").Body(
			app.Div().Class("site-header-inner").Body(
				app.A().Class("brand").Href(href("/")).Body(
					app.Span().Class("brand-mark").Lang("zh").Text(layoutBrand),
					app.Span().Class("brand-name").Lang("en").Text(layoutBrandLatin),
					app.Span().Class("brand-tagline").Attr("data-i18n", true).Text(s.Iloc.T(layoutTagline)),
				),
				app.Nav().Class("site-nav").Aria("label", s.Iloc.T(layoutNavLabel)).Body(
					s.navLink("/", viewSearch, layoutSearch, "Search"),
					s.navLink("/timeline", viewTimeline, layoutTimeline, "Timeline"),
					s.navLink("/import", viewImport, importNav, importNavLatin),
				),
				s.langSwitch(),
			),
		),
		app.If(s.updateReady, func() app.UI {
			return app.Div().ID("update").Class("update-banner").Role("status").Body(
				app.Span().Attr("data-i18n", true).Text(s.Iloc.T(layoutUpdate)),
				app.Button().Type("button").Attr("data-i18n", true).Text(s.Iloc.T(layoutReload)).OnClick(s.reload),
			)
		}),
	)
}

// navLink renders an entry of the navigation; the Chinese interface adds
// the English name below.
func (s *siteTop) navLink(path, view, label, latin string) app.UI {
	a := app.A().Href(href(path)).Body(
		app.Span().Attr("data-i18n", true).Text(s.Iloc.S(label)),
		app.If(!s.Iloc.en(), func() app.UI {
			return app.Span().Class("nav-latin").Lang("en").Text(latin)
		}),
	)
	if s.Iview == view {
		a = a.Aria("current", "page")
	}
	return a
}

// siteFooter is the foot of every page: what the data is, keeping
// everything offline and the / shortcut.
type siteFooter struct {
	app.Compo

	Iloc locale // the interface language
}

func (f *siteFooter) Render() app.UI {
	return app.Footer().Class("site-footer").Body(
		app.Span().Attr("data-i18n", true).Text(f.Iloc.T(layoutFooter)),
		newOfflineKeeper().Loc(f.Iloc),
		app.Span().Class("shortcut-hint").Attr("data-i18n", true).Text(f.Iloc.T(layoutShortcut)),
	)
}

// Strings of the loading state.
const (
	loadingFetch    = "正在下载数据"
	loadingIndex    = "正在建立索引…"
	loadingFailed   = "数据加载失败"
	loadingRetry    = "重试"
	loadingWaiting  = "正在加载…"
	loadingOffline  = "如果处于离线状态，请在联网后重新打开一次，之后即可离线使用。"
	loadingProgress = "数据下载进度"
)

// loadView shows how loading the library goes, with a retry button when it
// failed.
type loadView struct {
	app.Compo
	Ilib library
	Iloc locale
}

func newLoadView() *loadView { return &loadView{} }

// Lib sets the library whose loading to show.
func (v *loadView) Lib(l library) *loadView { v.Ilib = l; return v }

// Loc sets the interface language.
func (v *loadView) Loc(l locale) *loadView { v.Iloc = l; return v }

func (v *loadView) retry(ctx app.Context, e app.Event) {
	ctx.NewAction(actionLoad)
}

func (v *loadView) Render() app.UI {
	l, t := v.Ilib, v.Iloc.T
	switch l.Status {
	case loadFailed:
		return app.Div().ID("load-error").Class("notice notice-error").Role("alert").Body(
			app.P().Body(app.Strong().Text(t(loadingFailed)), app.Text(t("%s：%s", "", v.Iloc.errText(l.Err)))),
			app.P().Text(t(loadingOffline)),
			app.Button().Type("button").Text(t(loadingRetry)).OnClick(v.retry),
		)
	case loadIndexing:
		return app.Div().ID("loading").Class("loading").Role("status").Body(
			app.Progress().Aria("label", t(loadingProgress)),
			app.P().Text(t(loadingIndex)),
		)
	case loadFetching:
		label := t(loadingFetch)
		bar := app.Progress().Aria("label", t(loadingProgress))
		if l.Total > 0 && l.Loaded <= l.Total {
			pct := l.Loaded * 100 / l.Total
			bar = bar.Max(100).Value(pct)
			label += " " + strconv.Itoa(pct) + "%"
		} else if l.Loaded > 0 {
			label += " " + megabytes(l.Loaded)
		}
		return app.Div().ID("loading").Class("loading").Role("status").Body(bar, app.P().Text(label+"…"))
	}
	return app.Div().ID("loading").Class("loading").Role("status").Body(
		app.Progress().Aria("label", t(loadingProgress)),
		app.P().Text(t(loadingWaiting)),
	)
}

// megabytes formats n bytes as "1.2 MB".
func megabytes(n int) string {
	tenths := (n*10 + 1<<19) >> 20
	return strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10) + " MB"
}
