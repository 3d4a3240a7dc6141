package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/explore"
)

// Strings of the timeline page.
const (
	timelineTitle     = "时间线 · 人大 Renda"
	timelineHeading   = "会议时间线"
	timelineSummary   = "%d 次会议 · %d 篇报道"
	timelineHistogram = "每月报道数量"
	timelineUndated   = "未注明日期的报道"
	timelineEmpty     = "没有符合条件的会议。"
	timelineReports   = "篇报道"
	timelineYear      = "年"
	timelineMonth     = "月"
	timelineMore      = "显示更多会议（还有 %d 次）"
)

// timelinePage is the timeline view (/timeline): the sessions of the
// current search on a time axis, with a per-month histogram.
type timelinePage struct {
	app.Compo
	finder

	lib   library
	tl    explore.Timeline
	shown int // sessions rendered
}

// sessionPageSize is how many sessions the timeline renders at a time.
const sessionPageSize = 100

func newTimelinePage() *timelinePage { return &timelinePage{shown: sessionPageSize} }

func (p *timelinePage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { ctx.Page().SetTitle(p.loc.T(timelineTitle)) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *timelinePage) OnNav(ctx app.Context) {
	signalBusy()
	ctx.Page().SetTitle(p.loc.T(timelineTitle))
	p.fromURL(ctx)
	p.shown = sessionPageSize
	p.refresh(ctx)
}

func (p *timelinePage) refresh(ctx app.Context) {
	if !p.lib.ready() {
		return
	}
	p.update(ctx, false)
	if !p.indexPending(p.lib) {
		signalReady(ctx, viewTimeline)
	}
}

// update searches, lays the result out in time and asks for what the
// search lacked; force asks again for what failed to load (finder.want).
func (p *timelinePage) update(ctx app.Context, force bool) {
	p.layOut()
	p.want(ctx, p.lib, force)
}

// layOut searches and lays the result out in time.
func (p *timelinePage) layOut() {
	p.shown = sessionPageSize
	// The timeline lists documents in its own order: no hit details, no
	// ranking.
	p.find(p.lib, 0)
	p.tl = p.lib.Index.Timeline(p.res.Matched())
}

func (p *timelinePage) onInput(ctx app.Context, e app.Event) {
	if !p.readInput(e) {
		return
	}
	ctx.NewAction(actionTyped)
	p.update(ctx, true)
	p.replaceURLOncePaused(ctx)
}

func (p *timelinePage) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

func (p *timelinePage) onKey(ctx app.Context, e app.Event) {}

func (p *timelinePage) showMore(ctx app.Context, e app.Event) { p.shown += sessionPageSize }

func (p *timelinePage) toggleFacet(ctx app.Context, dim, value string) {
	p.query = p.query.Toggle(dim, value)
	p.update(ctx, true)
	p.replaceURL(ctx)
}

func (p *timelinePage) toggleFacets(ctx app.Context, e app.Event) { p.facetsOpen = !p.facetsOpen }

func (p *timelinePage) clearFilters(ctx app.Context, e app.Event) {
	p.query = p.query.WithoutFilters()
	p.update(ctx, true)
	p.replaceURL(ctx)
}

func (p *timelinePage) Render() app.UI {
	return newShell().View(viewTimeline).Loc(p.loc).Content(
		app.Div().Class("timeline-page").Body(
			app.H1().Attr("data-i18n", true).Text(p.loc.T(timelineHeading)),
			p.searchBox(p.onInput, p.onSubmit, p.onKey),
			app.If(!p.lib.ready(), func() app.UI {
				return newLoadView().Lib(p.lib).Loc(p.loc)
			}).Else(func() app.UI {
				notes := p.pendingNotes(p.lib)
				return app.Div().Class("search-layout").Body(
					p.facetPanel(p.toggleFacet, p.toggleFacets, p.clearFilters),
					app.Div().Class("timeline-main").Body(
						p.renderSummary(),
						app.Range(notes).Slice(func(i int) app.UI { return notes[i] }),
						histogram(p.loc, p.tl.Months),
						p.renderSessions(),
						p.renderUndated(),
					),
				)
			}),
		),
	)
}

func (p *timelinePage) renderSummary() app.UI {
	n := len(p.tl.Sessions) + len(p.tl.Undated)
	return app.P().ID("timeline-summary").Class("result-count").Role("status").Attr("data-i18n", true).
		Text(p.loc.T(timelineSummary, n, p.res.Total()))
}

// renderSessions lists the dated sessions under year and month headings.
func (p *timelinePage) renderSessions() app.UI {
	if len(p.tl.Sessions)+len(p.tl.Undated) == 0 {
		return app.P().ID("no-results").Class("no-results").Attr("data-i18n", true).Text(p.loc.T(timelineEmpty))
	}
	var body []app.UI
	year, month := "", ""
	sessions := p.tl.Sessions[:min(p.shown, len(p.tl.Sessions))]
	for _, s := range sessions {
		if y := explore.Year(s.Date); y != year {
			year, month = y, ""
			body = append(body, app.H2().Class("tl-year").ID("y-"+y).Attr("data-i18n", true).Text(p.loc.Date(y)))
		}
		if m := explore.Month(s.Date); m != month && m != "" {
			month = m
			body = append(body, app.H3().Class("tl-month").ID("m-"+m).Attr("data-i18n", true).Text(p.loc.month(m)))
		}
		body = append(body, p.renderSession(s))
	}
	return app.Div().Body(
		app.Div().ID("timeline").Class("timeline").Body(body...),
		app.If(len(sessions) < len(p.tl.Sessions), func() app.UI {
			return app.Button().ID("more").Type("button").Class("more").Attr("data-i18n", true).
				Text(p.loc.T(timelineMore, len(p.tl.Sessions)-len(sessions))).
				OnClick(p.showMore)
		}),
	)
}

func (p *timelinePage) renderUndated() app.UI {
	if len(p.tl.Undated) == 0 {
		return nil
	}
	return app.Section().ID("undated").Class("undated").Aria("labelledby", "undated-title").Body(
		app.H2().ID("undated-title").Attr("data-i18n", true).Text(p.loc.T(timelineUndated)),
		app.Range(p.tl.Undated).Slice(func(i int) app.UI { return p.renderSession(p.tl.Undated[i]) }),
	)
}

// renderSession shows a session with its reports in meeting order.
func (p *timelinePage) renderSession(s *explore.Session) app.UI {
	ix := p.lib.Index
	heading := app.Span().Text(p.loc.session(s, true))
	if s.Locality != "" {
		heading = app.Span().Body(
			app.A().Href(href(placePath(s.Locality))).Text(s.Locality),
			app.Text(" "+p.loc.session(s, false)),
		)
	}
	art := app.Article().Class("session").Body(
		app.Div().Class("session-head").Body(
			app.Time().Class("session-date").DateTime(s.Date).Text(cmpOr(p.loc.Date(s.Date), "—")),
			app.H4().Class("session-name").Body(heading),
			app.Span().Class("session-count").Attr("data-i18n", true).Text(p.loc.reports(len(s.Docs))),
		),
		app.Ol().Class("session-docs").Body(
			app.Range(s.Docs).Slice(func(i int) app.UI {
				d := &ix.Docs[s.Docs[i]]
				title, a := explore.Label(d), d.Attendance()
				return app.Li().Body(
					app.Span().Class("badge badge-"+d.Event()).Attr("data-i18n", true).Text(p.loc.event(d.Event())),
					app.A().Href(href(docPath(d.ID()))).Text(title),
					app.Span().Class("doc-date").Text(p.loc.Date(d.Date())),
					app.If(a != nil, func() app.UI {
						return app.Span().Class("meta-attendance").Text(p.loc.attendance(a))
					}),
				)
			}),
		),
	)
	if s.Date != "" {
		art = art.DataSet("date", s.Date)
	}
	return art
}

// monthLabel names a month: 2023-02 → 2023年2月.
func monthLabel(m string) string {
	n, _ := strconv.Atoi(m[5:7])
	return m[:4] + timelineYear + strconv.Itoa(n) + timelineMonth
}

func cmpOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// svgNS is the namespace of SVG elements.
const svgNS = "http://www.w3.org/2000/svg"

// histogram draws the reports per month as SVG bars stretched to the
// width of the page, with the years as text below (HTML, so that it stays
// legible at any width).
func histogram(loc locale, months []explore.MonthCount) app.UI {
	if len(months) == 0 {
		return nil
	}
	const barW, gap, height = 8, 2, 60
	peak := 1
	for _, m := range months {
		peak = max(peak, m.Count)
	}
	width := len(months) * (barW + gap)
	var bars, ticks []app.UI
	for i, m := range months {
		x := i * (barW + gap)
		if m.Count > 0 {
			h := max(2, m.Count*height/peak)
			bars = append(bars, app.Elem("rect").XMLNS(svgNS).
				Class("bar").
				Attr("x", x).Attr("y", height-h).
				Attr("width", barW).Attr("height", h).
				Body(app.Elem("title").XMLNS(svgNS).Text(loc.T("%s：%d 篇报道", loc.month(m.Month), m.Count))))
		}
		if i == 0 || m.Month[5:7] == "01" {
			left := strconv.FormatFloat(float64(x)*100/float64(width), 'f', 2, 64)
			ticks = append(ticks, app.Span().Class("tick").Style("left", left+"%").Text(m.Month[:4]))
		}
	}
	return app.Figure().Class("histogram").Body(
		app.Elem("svg").XMLNS(svgNS).
			ID("histogram").
			Attr("viewBox", "0 0 "+strconv.Itoa(width)+" "+strconv.Itoa(height)).
			Attr("preserveAspectRatio", "none").
			Attr("role", "img").
			Aria("label", loc.T(timelineHistogram)).
			Style("max-width", strconv.Itoa(width*3)+"px").
			Body(bars...),
		app.Div().Class("histogram-axis").Aria("hidden", true).Style("max-width", strconv.Itoa(width*3)+"px").Body(ticks...),
		app.FigCaption().Attr("data-i18n", true).Text(loc.T(timelineHistogram)),
	)
}
