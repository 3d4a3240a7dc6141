package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ActionCollect is announced when the page no longer needs the garbage
// collector off (app/main_wasm.go turns it off until then): it first shows
// a view with its data (once the render is in the DOM), its data failed to
// load, or its pack has several pages of records (100,000 reports allocate
// hundreds of megabytes while loading, and collecting costs as much then
// as later).
//
// Its value says which (Collect): the collector's target while the rest
// loads can differ from the one once the page shows its data. It is
// announced again when a prefetch of the text index starts and ends: the
// target can differ while one is under way.
const ActionCollect = "renda/collect"

// Collect is ActionCollect's value: why the collector is needed again.
type Collect int

const (
	// CollectLoading: a pack of several pages is loading.
	CollectLoading Collect = iota
	// CollectShown: the page shows its data, or its data failed to load.
	CollectShown
	// CollectPrefetching: the page starts fetching its text index's
	// shards ahead of searches (bytes the heap grows by, nothing for the
	// collector to follow).
	CollectPrefetching
	// CollectPrefetched: the prefetch CollectPrefetching announced ended.
	CollectPrefetched
)

// Views, as announced to browser tests in window.rendaView.
const (
	viewSearch   = "search"
	viewTimeline = "timeline"
	viewDoc      = "doc"
	viewPerson   = "person"
	viewPlace    = "place"
	viewNotFound = "notfound"
)

// The stages of a page's start that markLoad marks, in order: the
// program runs (app.wasm fetched, compiled and started), the loader starts
// (go-app has mounted the page), the records pages and the tables are in
// and decoded, the index is built, the first view with its data is in the
// DOM (the search's first results, a report's page for a deep link).
const (
	markProgram = "renda:program"
	markLoader  = "renda:loader"
	markData    = "renda:data"
	markIndex   = "renda:index"
	markResults = "renda:results"
)

// markLoad marks a stage of the page's start on the browser's timeline,
// performance.mark(stage): DevTools' Performance panel shows the marks,
// and make bench reports them, where the time to the first results goes.
func markLoad(stage string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", stage)
	}
}

// signalBusy tells browser tests that the page is changing:
// window.rendaReady = false.
func signalBusy() {
	app.Window().Set("rendaReady", false)
}

// signalReady tells browser tests, once the current render is in the DOM,
// that the page shows view with its data: window.rendaReady = true,
// window.rendaView = view, window.rendaPath = the route path (no prefix),
// window.rendaReadyAt = when it first did (Date.now(), kept by later
// views). The first time it announces ActionCollect; each time it asks
// the loader to tell the service worker (actionFirstResults), which it
// does once, when typing pauses.
func signalReady(ctx app.Context, view string) {
	path := routePath(ctx)
	ctx.Defer(func(app.Context) {
		w := app.Window()
		w.Set("rendaView", view)
		w.Set("rendaPath", path)
		if !w.Get("rendaReadyAt").Truthy() {
			markLoad(markResults)
			w.Set("rendaReadyAt", w.Get("Date").Call("now"))
			ctx.NewActionWithValue(ActionCollect, CollectShown)
		}
		w.Set("rendaReady", true)
		ctx.NewAction(actionFirstResults)
	})
}

// signalSearched tells benchmarks, once the results of a search are in the
// DOM, that one more search was rendered: window.rendaSearches counts them,
// window.rendaSearchMs is how long the last search took, without
// rendering, and window.rendaSearchedAt when its results were in the DOM
// (performance.now()).
func signalSearched(ctx app.Context, took time.Duration) {
	ctx.Defer(func(app.Context) {
		w := app.Window()
		w.Set("rendaSearchedAt", w.Get("performance").Call("now"))
		w.Set("rendaSearchMs", float64(took.Microseconds())/1000)
		n := 0
		if v := w.Get("rendaSearches"); v.Truthy() {
			n = v.Int()
		}
		w.Set("rendaSearches", n+1)
	})
}
