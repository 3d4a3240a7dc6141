package main

import "renda/app/ui"

// loadGOGC is the collector's target while a pack of several pages loads:
// Go's default. At 50 from the start, the first results over 100,000
// reports came 0.2–0.3 s later (2.3–3.1 s in five runs against 2.1–2.7 s in
// four).
const loadGOGC = 100

// prefetchGOGC is the collector's target over a pack of several pages while
// the page prefetches its text index's shards (ui.CollectPrefetching):
// they are bytes, nothing for the collector to follow, but they grow the
// heap, and at shownGOGC each few megabytes of it started a collection
// that marked the whole heap (40–60 ms on wasm's one thread, in the middle
// of a keystroke). Over 100,000 reports (254 shards, 34 MB) the first
// hundred keystrokes typed while they came saw nine collections where the
// next hundred saw three.
const prefetchGOGC = 50

// shownGOGC is the collector's target once the page shows its data: the
// heap may grow by half of what is live between collections (Go's
// default, loadGOGC, is all of it), by 15% when the pack has several pages
// of records (over 16,384 reports: a large heap). app.wasm's memory never
// shrinks, so the page holds what its heap once reached: about
// live × (1 + GOGC/100).
//
// At 50 a keystroke's garbage no longer made the collections that slowed
// typing (0.5 MB a keystroke over 100,000 reports), and the renderer
// peaked at 1.20–1.24 GB instead of 1.30–1.39 over 100,000 reports,
// keystrokes p95 37.4–42.0 ms against 35.6–37.9 (five runs against four).
// Over 100,000 reports (a live heap of about 170 MB once typing has
// fetched the whole text index) each collection marks the whole heap on
// wasm's one thread, so the target trades memory for keystrokes: with the
// summaries of the nineteenth session (three heap pointers each, cheap to
// mark), 25 held the renderer at 508–513 MB before the reload with
// keystrokes p95 47.0–51.9 ms, 15 at 494 MB and 50.4 ms, 10 at 482 MB and
// 59.5 ms (76 collections over the benchmark's typing against 34 at 25;
// with the summaries before, 10 had cost 82.6 ms). A pack of one page
// (10,000 reports: a heap of about 30 MB) keeps 50: less would save a few
// megabytes for twice the collections. (Reading the heap's size instead,
// runtime.ReadMemStats, took app.wasm over its budget.)
func shownGOGC(severalPages bool) int {
	if severalPages {
		return 15
	}
	return 50
}

// collector is what the page has said of its data (ui.ActionCollect),
// which sets the garbage collector's target (target).
type collector struct {
	severalPages bool // a pack of several pages of records is loading or loaded
	shown        bool // the page shows its data, or failed to load it
	// prefetching counts the prefetches under way: announced less ended.
	// go-app runs each action's handler in a goroutine of its own, so an
	// end can be told before its start: it is below zero until then.
	prefetching int
}

// note records why the page announced ui.ActionCollect.
func (c *collector) note(why ui.Collect) {
	switch why {
	case ui.CollectLoading:
		c.severalPages = true
	case ui.CollectShown:
		c.shown = true
	case ui.CollectPrefetching:
		c.prefetching++
	case ui.CollectPrefetched:
		c.prefetching--
	}
}

// target returns the collector's target (GOGC) for what the page said:
// -1, off, until a pack of one page is shown.
func (c collector) target() int {
	switch {
	case !c.shown && !c.severalPages:
		return -1
	case !c.shown:
		return loadGOGC
	case c.severalPages && c.prefetching > 0:
		return prefetchGOGC
	}
	return shownGOGC(c.severalPages)
}
