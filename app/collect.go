package main

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
