package main

// shownGOGC is the collector's target once the page shows its data: the
// heap may grow by half of what is live between collections (Go's
// default, loadGOGC, is all of it), by a quarter when the pack has several
// pages of records (over 16,384 reports: a large heap). app.wasm's memory
// never shrinks, so the page holds what its heap once reached: about
// live × (1 + GOGC/100).
//
// At 50 a keystroke's garbage no longer made the collections that slowed
// typing (0.5 MB a keystroke over 100,000 reports), and the renderer
// peaked at 1.20–1.24 GB instead of 1.30–1.39 over 100,000 reports,
// keystrokes p95 37.4–42.0 ms against 35.6–37.9 (five runs against four).
// Over 100,000 reports (a live heap of about 200 MB once typing has
// fetched the whole text index), 25 took the wasm memory from 328 to
// 280 MB and the renderer from 623 to 569 MB before the reload, keystrokes
// p95 47.1 ms against 48.7 (one run each, the eighteenth session), with 25
// collections over the benchmark's typing instead of 15; with the records
// kept as summaries (the nineteenth session), 10 took the renderer from
// 528 to 483 MB but keystrokes p95 from 40–50 to 82.6 ms, 75 collections
// instead of 31. A pack of one page (10,000 reports: a heap of about
// 30 MB) keeps 50: a quarter would save a few megabytes for twice the
// collections. (Reading the heap's size instead, runtime.ReadMemStats,
// took app.wasm over its budget.)
func shownGOGC(severalPages bool) int {
	if severalPages {
		return 25
	}
	return 50
}
