package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
)

// Strings of the search page.
const (
	searchTitle       = "搜索 · 人大 Renda"
	searchHeading     = "检索地方人代会报道"
	searchCount       = "共 %d 篇报道"
	searchAll         = "全部 %d 篇报道，按日期排列"
	searchMore        = "显示更多（还有 %d 篇）"
	searchNone        = "没有找到匹配的报道"
	searchNoneHint    = "可以试试："
	searchTryShorter  = "减少或缩短关键词，多个关键词之间用空格分开（须全部匹配）；"
	searchTryPerson   = "只输入人名或地名，例如“王德海”“清徐县”；"
	searchTryFilters  = "清除左侧的筛选条件；"
	searchTryTimeline = "或在时间线中浏览全部会议。"
	searchPeople      = "人物："
	searchKeys        = "↑↓ 选择结果，回车打开"
	searchPinyin      = "正在加载人名拼音，结果随后更新…"
	searchIndex       = "正在加载正文索引，结果随后更新…"
	searchIndexFailed = "正文索引未能加载（离线？），正文中的匹配可能不全"
	searchNear        = "正文中没有原样的“%s”，以下报道含相近的写法（少字、多字、错字或两字颠倒）"
	searchSplit       = "没有报道原样含“%s”，以下报道分别含其中的词：%s"
)

// pageSize is how many results are rendered at a time: rendering, not
// searching, is what costs in the browser, and the ranking puts the
// report a user means in the first 20 (README, "Recall").
const pageSize = 20

// snippetDelay is how long typing pauses before the texts of the hits
// shown are fetched for their snippets: fetching and indexing text shards
// between keystrokes would slow each of them.
const snippetDelay = 300 * time.Millisecond

// searchPage is the search view (/): the search box, facets and results.
type searchPage struct {
	app.Compo
	finder

	lib     library
	shown   int       // results rendered
	typed   time.Time // the last input event: snippets wait until typing pauses
	snipped int       // requests for snippets so far: only the last one, once typing pauses, asks
}

func newSearchPage() *searchPage { return &searchPage{shown: pageSize} }

func (p *searchPage) OnMount(ctx app.Context) {
	observeLocale(ctx, &p.loc, func() { ctx.Page().SetTitle(p.loc.T(searchTitle)) })
	observeLibrary(ctx, &p.lib, func() { p.refresh(ctx) })
}

func (p *searchPage) OnNav(ctx app.Context) {
	signalBusy()
	ctx.Page().SetTitle(p.loc.T(searchTitle))
	p.fromURL(ctx)
	p.shown = pageSize
	p.refresh(ctx)
	ctx.Defer(focusSearch)
}

// run searches, asks for what the search lacked and, once typing pauses,
// for the texts of the shown hits found in the body text, for their
// snippets; force asks even after a failure (see requestTexts). It reports
// whether the search was complete: tests and benchmarks are told of a
// search only then, once the shards of the text index it needs are in (or
// failed to come).
func (p *searchPage) run(ctx app.Context, force bool) bool {
	start := time.Now()
	p.find(p.lib, p.shown)
	took := time.Since(start)
	p.want(ctx, p.lib, force)
	p.snippetsOncePaused(ctx, force)
	if p.indexPending(p.lib) {
		return false
	}
	signalSearched(ctx, took)
	return true
}

// snippetsOncePaused asks for the snippets' texts (wantSnippets) now, or
// once typing has paused for snippetDelay: a search that completes while
// the user types (a shard of the index came) must not fetch and decode
// text shards between keystrokes either.
func (p *searchPage) snippetsOncePaused(ctx app.Context, force bool) {
	p.snipped++
	wait := snippetDelay - time.Since(p.typed)
	if wait <= 0 {
		p.wantSnippets(ctx, force)
		return
	}
	n := p.snipped
	ctx.After(wait, func(ctx app.Context) {
		if n == p.snipped {
			p.wantSnippets(ctx, force)
		}
	})
}

// wantSnippets asks for the texts of the shown hits that have a snippet.
func (p *searchPage) wantSnippets(ctx app.Context, force bool) {
	var docs []int
	for _, h := range p.res.Hits[:min(p.shown, len(p.res.Hits))] {
		if len(h.Body) > 0 {
			docs = append(docs, h.Doc)
		}
	}
	requestTexts(ctx, p.lib, textRequest{Docs: docs}, force)
}

// refresh searches again and, once the library is there, tells tests.
func (p *searchPage) refresh(ctx app.Context) {
	if p.lib.ready() && p.run(ctx, false) {
		signalReady(ctx, viewSearch)
	}
}

func focusSearch(app.Context) {
	if q := app.Window().GetElementByID("q"); q.Truthy() {
		q.Call("focus")
	}
}

func (p *searchPage) onInput(ctx app.Context, e app.Event) {
	if !p.readInput(e) {
		return
	}
	ctx.NewAction(actionTyped)
	p.shown = pageSize
	p.typed = time.Now()
	p.run(ctx, true)
	p.replaceURLOncePaused(ctx)
}

// onSubmit opens the first result (Enter in the search box).
func (p *searchPage) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if len(p.res.Hits) > 0 {
		ctx.Navigate(href(docPath(p.lib.Index.Docs[p.res.Hits[0].Doc].ID()) + p.linkQuery()))
	}
}

// onKey moves from the search box into the results with the down arrow.
func (p *searchPage) onKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "ArrowDown" && len(p.res.Hits) > 0 {
		e.PreventDefault()
		focusResult(0)
	}
}

// onResultKey moves between results with the arrow keys; Enter follows the
// focused link natively.
func (p *searchPage) onResultKey(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(e.Get("target").Call("getAttribute", "data-index").String())
	if err != nil {
		return
	}
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		if i+1 < min(p.shown, len(p.res.Hits)) {
			focusResult(i + 1)
		}
	case "ArrowUp":
		e.PreventDefault()
		if i == 0 {
			focusSearch(ctx)
		} else {
			focusResult(i - 1)
		}
	case "Home":
		e.PreventDefault()
		focusResult(0)
	case "End":
		e.PreventDefault()
		focusResult(min(p.shown, len(p.res.Hits)) - 1)
	}
}

func focusResult(i int) {
	if a := app.Window().GetElementByID("result-" + strconv.Itoa(i)); a.Truthy() {
		a.Call("focus")
	}
}

func (p *searchPage) showMore(ctx app.Context, e app.Event) {
	first := p.shown
	p.shown += pageSize
	p.run(ctx, true) // the details of the hits now shown
	ctx.Defer(func(app.Context) { focusResult(first) })
}

func (p *searchPage) toggleFacet(ctx app.Context, dim, value string) {
	p.query = p.query.Toggle(dim, value)
	p.shown = pageSize
	p.run(ctx, true)
	p.replaceURL(ctx)
}

func (p *searchPage) toggleFacets(ctx app.Context, e app.Event) { p.facetsOpen = !p.facetsOpen }

func (p *searchPage) clearFilters(ctx app.Context, e app.Event) {
	p.query = p.query.WithoutFilters()
	p.shown = pageSize
	p.run(ctx, true)
	p.replaceURL(ctx)
}

func (p *searchPage) Render() app.UI {
	return newShell().View(viewSearch).Loc(p.loc).Content(
		app.Div().Class("search-page").Body(
			app.H1().Class("visually-hidden").Attr("data-i18n", true).Text(p.loc.T(searchHeading)),
			p.searchBox(p.onInput, p.onSubmit, p.onKey),
			app.If(!p.lib.ready(), func() app.UI {
				return newLoadView().Lib(p.lib).Loc(p.loc)
			}).Else(func() app.UI {
				return app.Div().Class("search-layout").Body(
					p.facetPanel(p.toggleFacet, p.toggleFacets, p.clearFilters),
					p.renderResults(),
				)
			}),
		),
	)
}

// renderResults renders the results section. Its children keep their
// places whatever the state: go-app updates children by position and
// rebuilds from the first whose element differs, so a note coming before
// the list, or "no results" taking the section's place, rebuilt the whole
// list and the facets (hundreds of elements) on a keystroke. What comes
// and goes does so inside a wrapper, or last.
func (p *searchPage) renderResults() app.UI {
	total, notes := p.res.Total(), p.pendingNotes(p.lib)
	if total == 0 && (len(notes) == 0 || (!p.pinyinPending(p.lib) && !p.indexPending(p.lib))) {
		// What is on its way may match: say so rather than that nothing
		// does (but after a failure, say both).
		notes = append(notes, p.renderNoResults())
	}
	for _, t := range p.res.Near {
		if total > 0 { // the results hold the term with a slip, or elsewhere than in the text
			notes = append(notes, app.P().Class("pending-note near-note").Role("status").Attr("data-i18n", true).Text(p.loc.T(searchNear, t)))
		}
	}
	for i, t := range p.res.Split {
		if total > 0 { // the results hold the term's words apart
			words := strings.Join(p.res.SplitAs[i], "、")
			notes = append(notes, app.P().Class("pending-note split-note").Role("status").Attr("data-i18n", true).Text(p.loc.T(searchSplit, t, words)))
		}
	}
	count := p.loc.Tn(searchCount, total)
	if p.query.Empty() {
		count = p.loc.Tn(searchAll, total)
	}
	shown := p.res.Hits[:min(p.shown, len(p.res.Hits))]
	query := p.linkQuery()
	return app.Section().Class("results").Aria("label", p.loc.T(searchResults)).Body(
		app.Div().Class("result-head").Body(
			app.If(total > 0, func() app.UI {
				return app.P().ID("result-count").Class("result-count").Role("status").Body(
					app.Span().Attr("data-i18n", true).Text(count),
					app.Span().Class("keys-hint").Attr("data-i18n", true).Text(p.loc.T(searchKeys)),
				)
			}),
		),
		app.Div().Class("result-notes").Body(
			app.Range(notes).Slice(func(i int) app.UI { return notes[i] }),
		),
		app.Div().Class("result-tools").Body(
			app.If(total > 0, func() app.UI {
				// The result of the moment of the click: the one rendered
				// here is released by the next search (explore.Result.Release).
				return newExportBar().Index(p.lib.Index).Docs(p.resultDocs).Loc(p.loc)
			}),
		),
		app.If(total > 0, func() app.UI {
			// As many rows as may be shown, the rows without a result
			// hidden and empty: a keystroke that finds fewer results, or
			// more, shows and hides rows rather than building them.
			return app.Ol().ID("results").OnKeyDown(p.onResultKey).Body(
				app.Range(make([]struct{}, p.shown)).Slice(func(i int) app.UI {
					if i >= len(shown) {
						return emptyRow()
					}
					return p.renderHit(i, shown[i], query)
				}),
			)
		}),
		app.If(total > len(shown), func() app.UI {
			return app.Button().ID("more").Type("button").Class("more").Attr("data-i18n", true).
				Text(p.loc.T(searchMore, total-len(shown))).
				OnClick(p.showMore)
		}),
	)
}

// resultDocs returns the documents of every hit of the current result,
// best first.
func (p *searchPage) resultDocs() []int { return p.res.Docs() }

// linkQuery is the query string of the links to documents opened from
// these results: the query's text goes along (?q=), and the document
// marks its terms. Encoded once for every row.
func (p *searchPage) linkQuery() string {
	return withQuery("", explore.Query{Text: p.query.Text})
}

// renderHit renders result i, its link with query (linkQuery). The slots
// of a row are there in every row, empty when the row has nothing for
// them, so that a keystroke updates the rows in place: go-app updates
// children by position and replaces those whose element differs, and a
// row without people put its snippet on the element of the people of the
// row it replaced, which was rebuilt. An empty slot has no attribute, not
// even its class, which tests and styles look for: the style sheet hides
// it (:empty). Hidden by an attribute, each cost a map of go-app's at
// every render, 3% of what typing allocated at 100,000 reports with the
// empty rows' (emptyRow).
func (p *searchPage) renderHit(i int, h explore.Hit, query string) app.UI {
	ix := p.lib.Index
	d := &ix.Docs[h.Doc]
	title := explore.Label(d)
	return app.Li().Class("result").Body(
		app.A().
			ID("result-"+strconv.Itoa(i)).
			Class("result-link").
			DataSet("index", i).
			Href(href(docPath(d.ID())+query)).
			Body(marked(title, h.Title)...),
		app.Div().Class("result-meta").Body(
			badgeSlot(p.loc, p.lib, d.ID()),
			placeSlot(d, h),
			app.Span().Class("meta-date").Attr("data-i18n", true).Text(p.loc.dateLabel(d.Date(), d.DateBasis())),
			app.Span().Class("badge badge-"+d.Event()).Attr("data-i18n", true).Text(p.loc.event(d.Event())),
			p.attendanceSlot(d),
		),
		p.peopleSlot(h),
		p.snippetSlot(h),
	)
}

// emptyRow is a result row without a result: its parts the elements of a
// row's, empty and without any attribute, not even its class; the style
// sheet hides it (#results > li:not(.result)).
func emptyRow() app.UI {
	return app.Li().Body(
		app.A().Body(app.Text("")),
		app.Div().Body(app.Span(), app.Span(), app.Span(), app.Span(), app.Span()),
		app.Div(),
		app.P(),
	)
}

// placeSlot is the row's locality, its query's marks and the pinyin it
// matched, then the other places the report covers that the query matched
// by pinyin where the title does not show them (麻旺镇 beside 龙潭镇).
func placeSlot(d *corpus.Summary, h explore.Hit) app.UI {
	if d.Locality() == "" && len(h.Places) == 0 {
		return app.Span()
	}
	body := append(marked(d.Locality(), h.Locality), pinyinLabel(h.LocalityPinyin))
	for j, p := range h.Places {
		if j > 0 || d.Locality() != "" {
			body = append(body, app.Text("、"))
		}
		body = append(body, app.Span().Class("also-place").Body(append(marked(p.Name, p.Spans), pinyinLabel(p.Pinyin))...))
	}
	return app.Span().Class("meta-place").Body(body...)
}

// attendanceSlot is the row's attendance figures.
func (p *searchPage) attendanceSlot(d *corpus.Summary) app.UI {
	a := d.Attendance()
	if a == nil {
		return app.Span()
	}
	return app.Span().Class("meta-attendance").Text(p.loc.attendance(a))
}

// peopleSlot is the people the query matched in the row.
func (p *searchPage) peopleSlot(h explore.Hit) app.UI {
	if len(h.People) == 0 {
		return app.Div()
	}
	return app.Div().Class("result-people").Body(
		app.Span().Attr("data-i18n", true).Text(p.loc.T(searchPeople)),
		app.Range(h.People).Slice(func(j int) app.UI {
			n := h.People[j]
			return app.Span().Class("person").Body(append(marked(n.Name, n.Spans), pinyinLabel(n.Pinyin))...)
		}),
	)
}

// snippetSlot is the passage of the body text the query matched, once the
// text is in.
func (p *searchPage) snippetSlot(h explore.Hit) app.UI {
	s, ok := p.lib.Index.Snippet(h, 24, 80)
	if !ok {
		return app.P()
	}
	var before, after string
	if s.Before {
		before = "…"
	}
	if s.After {
		after = "…"
	}
	return app.P().Class("result-snippet").Body(markedAround(before, s.Text, s.Spans, after)...)
}

func (p *searchPage) renderNoResults() app.UI {
	return app.Div().ID("no-results").Class("no-results").Role("status").Body(
		app.H2().Attr("data-i18n", true).Text(p.loc.T(searchNone)),
		app.P().Attr("data-i18n", true).Text(p.loc.T(searchNoneHint)),
		app.Ul().Body(
			app.Li().Attr("data-i18n", true).Text(p.loc.T(searchTryShorter)),
			app.Li().Attr("data-i18n", true).Text(p.loc.T(searchTryPerson)),
			app.If(p.query.Filtered(), func() app.UI {
				return app.Li().Body(
					app.Button().Type("button").Class("link-button").Attr("data-i18n", true).Text(p.loc.T(searchTryFilters)).OnClick(p.clearFilters),
				)
			}),
			app.Li().Body(app.A().Href(href("/timeline")).Attr("data-i18n", true).Text(p.loc.T(searchTryTimeline))),
		),
	)
}

// marked renders s with the bytes in spans wrapped in <mark>, as text nodes
// only: document strings are never parsed as HTML. Texts and marks
// alternate, a text first (empty before a mark at the start or between
// two marks): the same node kinds at the same places whatever the marks,
// so that go-app updates them in place rather than replacing them.
func marked(s string, spans []explore.Span) []app.UI { return markedAround("", s, spans, "") }

// markedAround is marked with the texts before and after s (ellipses)
// joined to its first and last texts: in the same nodes, so that a
// passage keeps its nodes' kinds whether it was cut or not.
func markedAround(before, s string, spans []explore.Span, after string) []app.UI {
	pieces := explore.Marks(s, spans)
	out := make([]app.UI, 0, len(pieces)+2)
	text := before
	for _, pc := range pieces {
		if !pc.Mark {
			text += pc.Text
			continue
		}
		out = append(out, app.Text(text), app.Mark().Text(pc.Text))
		text = ""
	}
	return append(out, app.Text(text+after))
}
