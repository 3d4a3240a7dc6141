package ui

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/explore"
)

// Strings of the search box and facets, shared by search and timeline.
const (
	finderLabel       = "搜索标题、地区、人名或正文"
	finderPlaceholder = "例如：政府工作报告、清徐县、王德海"
	finderFilters     = "筛选"
	finderClear       = "清除筛选"
	finderFacetsLabel = "按层级、会议、年份和省份筛选"
	finderFiltersN    = "筛选（%d）"
)

// finder is the query state of a page that searches: the query from the
// URL, updated as the user types or picks facets, and its result. Pages
// embed it and call its methods from their handlers.
type finder struct {
	loc        locale // the interface language
	query      explore.Query
	input      string // the search box's value attribute: follows navigation, not typing
	res        explore.Result
	needs      []int // shards of the text index the last search lacked (explore.Index.TextNeeds)
	facetsOpen bool  // the facet panel is open on narrow screens
	composing  bool  // an input method is composing: do not search yet
	urlWaits   int   // replaceURLOncePaused's calls: only the last one writes
}

// fromURL reads the query of the current URL.
func (f *finder) fromURL(ctx app.Context) {
	f.query = explore.ParseQuery(ctx.Page().URL().Query())
	f.input = f.query.Text
}

// want asks for what the last search (find) lacked: the shards of the
// text index its terms need (the page searches again when they come) and
// the people's pinyin for a latin query. After a failure it asks again
// only when force is set, for a user's action: a page refreshing on the
// failure must not ask in a loop.
func (f *finder) want(ctx app.Context, lib library, force bool) {
	if f.asksIndex(lib, force) {
		ctx.NewActionWithValue(actionIndex, f.needs)
	}
	f.wantPinyin(ctx, lib, force)
}

// find runs the query over the library's index, with the details of the
// first n hits (explore.Index.SearchTop), noting the shards of the text
// index it lacked.
func (f *finder) find(lib library, n int) {
	if !lib.ready() {
		return
	}
	// Before the search: a shard that comes during it is not searched.
	f.needs = lib.Index.TextNeeds(f.query)
	f.res.Release() // its rank keys serve this search
	f.res = lib.Index.SearchTop(f.query, n)
}

// asksIndex reports whether want asks for the shards of the text index
// the last search lacked.
func (f *finder) asksIndex(lib library, force bool) bool {
	return lib.ready() && len(f.needs) > 0 && (lib.IndexErr == "" || force)
}

// indexPending reports whether the last search lacked shards of the text
// index that are on their way: its results will change when they come.
func (f *finder) indexPending(lib library) bool { return len(f.needs) > 0 && lib.IndexErr == "" }

// indexFailed reports whether the last search lacked shards of the text
// index that failed to load (offline and not cached): matches in the body
// text may be missing.
func (f *finder) indexFailed(lib library) bool { return len(f.needs) > 0 && lib.IndexErr != "" }

// wantPinyin asks for the people's pinyin when the query is latin and the
// library has not got it or asked for it yet; after a failure only when
// force is set, for a user's action: a page refreshing on the failure must
// not ask in a loop.
func (f *finder) wantPinyin(ctx app.Context, lib library, force bool) {
	if f.asksPinyin(lib, force) {
		ctx.NewAction(actionPinyin)
	}
}

// asksPinyin reports whether wantPinyin asks.
func (f *finder) asksPinyin(lib library, force bool) bool {
	return lib.ready() && (lib.People == fetchIdle || lib.People == fetchFailed && force) &&
		explore.WantsPinyin(f.query.Text)
}

// pinyinPending reports whether the query is latin and the people's pinyin
// that would match it is still to come (not after a failure).
func (f *finder) pinyinPending(lib library) bool {
	return (lib.People == fetchIdle || lib.People == fetchRunning) && explore.WantsPinyin(f.query.Text)
}

// pendingNotes tells what the results still lack: the shards of the text
// index the query needs (fetched as it is typed), or that they failed to
// come; the people's pinyin a latin query matches (fetched on the first).
func (f *finder) pendingNotes(lib library) []app.UI {
	var notes []app.UI
	note := func(id, text string) {
		notes = append(notes, app.P().ID(id).Class("pending-note").Role("status").Attr("data-i18n", true).Text(text))
	}
	if f.indexPending(lib) {
		note("index-pending", f.loc.T(searchIndex))
	}
	if f.indexFailed(lib) {
		note("index-failed", f.loc.T(searchIndexFailed))
	}
	if f.pinyinPending(lib) {
		note("pinyin-pending", f.loc.T(searchPinyin))
	}
	return notes
}

// replaceURL puts the query in the address bar without a navigation, so that
// the search can be shared and survives a reload.
func (f *finder) replaceURL(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = f.query.Encode()
	ctx.Page().ReplaceURL(&u)
}

// urlDelay is how long typing pauses before the address bar takes the
// query: replacing the URL on every keystroke took more than half as much
// of the page's time as the search itself over 100,000 reports
// (history.replaceState, which Chromium also throttles when called
// hundreds of times).
const urlDelay = 300 * time.Millisecond

// replaceURLOncePaused puts the query in the address bar once typing has
// paused for urlDelay, unless the user left the page meanwhile.
func (f *finder) replaceURLOncePaused(ctx app.Context) {
	f.urlWaits++
	n, path := f.urlWaits, ctx.Page().URL().Path
	ctx.After(urlDelay, func(ctx app.Context) {
		if n == f.urlWaits && ctx.Page().URL().Path == path {
			f.replaceURL(ctx)
		}
	})
}

// searchBox renders the labelled search input #q inside a search form.
// onInput runs after every change of the text, onSubmit on Enter.
func (f *finder) searchBox(onInput, onSubmit, onKey app.EventHandler) app.UI {
	return app.Form().Class("search-form").Role("search").OnSubmit(onSubmit).Body(
		app.Label().For("q").Class("search-label").Attr("data-i18n", true).Text(f.loc.T(finderLabel)),
		app.Input().
			ID("q").
			Type("search").
			Name("q").
			Value(f.input).
			Placeholder(f.loc.T(finderPlaceholder)).
			AutoComplete(false).
			Attr("autocapitalize", "off").
			Attr("spellcheck", "false").
			Attr("enterkeyhint", "search").
			Aria("controls", "results").
			OnInput(onInput).
			On("compositionstart", f.compositionStart).
			On("compositionend", onInput).
			OnKeyDown(onKey),
	)
}

func (f *finder) compositionStart(ctx app.Context, e app.Event) { f.composing = true }

// readInput takes the text of the search box from an input or
// compositionend event; it reports false while an input method composes.
func (f *finder) readInput(e app.Event) bool {
	if e.Get("type").String() == "compositionend" {
		f.composing = false
	} else if f.composing || e.Get("isComposing").Truthy() {
		return false
	}
	f.query.Text = e.Get("target").Get("value").String()
	return true
}

// facetPanel renders the facets of the result: toggle buttons with counts,
// in a panel that folds away on narrow screens. A click on a value calls
// onToggle with its dimension and value.
func (f *finder) facetPanel(onToggle func(ctx app.Context, dim, value string), onOpen, onClear app.EventHandler) app.UI {
	selected := len(f.query.Levels) + len(f.query.Events) + len(f.query.Years) + len(f.query.Provinces)
	toggleText := f.loc.T(finderFilters)
	if selected > 0 {
		toggleText = f.loc.T(finderFiltersN, selected)
	}
	navClass := "facets"
	if f.facetsOpen {
		navClass += " open"
	}
	return app.Aside().Class("facets-panel").Body(
		app.Button().
			ID("facets-toggle").
			Type("button").
			Class("facets-toggle").
			Aria("expanded", f.facetsOpen).
			Aria("controls", "facets").
			Attr("data-i18n", true).
			Text(toggleText).
			OnClick(onOpen),
		app.Nav().ID("facets").Class(navClass).Aria("label", f.loc.T(finderFacetsLabel)).OnClick(facetClick(onToggle)).Body(
			&facetGroups{Ifacets: f.res.Facets, Iloc: f.loc},
			app.If(selected > 0, func() app.UI {
				return app.Button().ID("clear-filters").Type("button").Class("link-button").Attr("data-i18n", true).Text(f.loc.T(finderClear)).OnClick(onClear)
			}),
		),
	)
}

// facetClick returns the facets' one click handler: it calls toggle with
// the dimension and value of the button clicked, if a value's. One handler
// for every value rather than one each: at 100,000 reports the facets'
// handlers (a closure and a map each in go-app, rebuilt at every render)
// were 8% of what typing allocated, and the garbage of typing is what
// makes collections, each a slow keystroke on wasm's one thread.
func facetClick(toggle func(ctx app.Context, dim, value string)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		b := e.Get("target").Call("closest", "button[data-facet]")
		if !b.Truthy() {
			return // the clear button, or between the values
		}
		toggle(ctx, b.Get("dataset").Get("facet").String(), b.Get("dataset").Get("value").String())
	}
}

// facetGroups is the facets' groups: a component, so that go-app renders
// them again only when a count or a selection changes, which more than
// half the keystrokes of the benchmark's queries over 100,000 reports do
// not (571 of 1,029).
type facetGroups struct {
	app.Compo

	Ifacets []explore.Facet
	Iloc    locale // the interface language
}

func (g *facetGroups) Render() app.UI {
	return app.Div().Class("facet-groups").Body(
		app.Range(g.Ifacets).Slice(func(i int) app.UI {
			return facetGroup(g.Iloc, g.Ifacets[i])
		}),
	)
}

// facetGroup renders one dimension's values: those no result has are
// hidden, not left out, and a dimension without any value to show is
// hidden too, so that every value and group keeps its place whatever the
// query and a keystroke changes counts alone (go-app updates children by
// position: a value left out shifted every value after it onto another
// element, and the last ones were rebuilt; see renderResults). A hidden
// value keeps its button: rendered as an empty item it allocated less,
// but the first character of a query, which shows most values again,
// built their buttons anew — the DOM's p95 at 100,000 reports went from
// 28 to 34–39 ms in the twenty-third session.
func facetGroup(loc locale, fc explore.Facet) app.UI {
	id := "facet-" + fc.Name
	group := app.Section().Class("facet").Aria("labelledby", id)
	if !slices.ContainsFunc(fc.Values, shownValue) {
		// Only then: go-app writes hidden="false" into prerendered pages,
		// which hides as well as "true" until the app takes over.
		group = group.Hidden(true)
	}
	return group.Body(
		app.H2().ID(id).Class("facet-title").Attr("data-i18n", true).Text(loc.facet(fc.Name)),
		app.Ul().Class("facet-values").Body(
			app.Range(fc.Values).Slice(func(i int) app.UI {
				v := fc.Values[i]
				return &facetValue{
					Idim: fc.Name, Ivalue: v.Value, Ilabel: loc.facetValue(fc.Name, v.Value),
					Icount: loc.N(v.Count), Ishown: shownValue(v), Iselected: v.Selected,
				}
			}),
		),
	)
}

// facetValue is one value of a facet: an item with a toggle button, its
// label and its count. A component, so that go-app renders it again only
// when a field changes: a keystroke changes some counts and leaves the
// other values as they were — most of them once a query narrows — and the
// 80 or so values built anew at every keystroke were a quarter of what
// typing allocated at 100,000 reports (the twenty-fourth session's heap
// profile), whose garbage is what starts collections. Its fields are
// strings and booleans, which go-app compares cheaply, rather than the
// locale, a struct it copies to compare.
type facetValue struct {
	app.Compo

	Idim, Ivalue string // the facet and the value (data-facet, data-value)
	Ilabel       string // the value in the interface language
	Icount       string // how many documents have it, formatted
	Ishown       bool   // listed (shownValue)
	Iselected    bool   // the query selects it
}

// Render renders the value's item: its button holds the label as text and
// the count; a province's name is data, marked as Chinese, the other
// labels interface strings.
func (v *facetValue) Render() app.UI {
	b := app.Button().
		Type("button").
		Class("facet-value").
		DataSet("facet", v.Idim).
		DataSet("value", v.Ivalue).
		Aria("pressed", v.Iselected)
	if v.Idim == explore.FacetProvince && v.Ivalue != explore.None {
		b = b.Lang("zh")
	} else {
		b = b.Attr("data-i18n", true)
	}
	li := app.Li() // no attribute when shown (see facetGroup), and no map of go-app's
	if !v.Ishown {
		li = li.Hidden(true)
	}
	return li.Body(b.Body(app.Text(v.Ilabel), app.Span().Class("count").Text(v.Icount)))
}

// shownValue reports whether a facet lists a value: some result has it, or
// the query selects it (to unselect it).
func shownValue(v explore.FacetValue) bool { return v.Count > 0 || v.Selected }
