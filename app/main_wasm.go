//go:build wasm

package main

import (
	"math"
	"runtime/debug"
	"sync/atomic"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/ui"
)

// loadMemoryLimit is how large the heap may grow while the collector is
// off, before it runs anyway: a page of records (16,384 reports) and its
// tables allocate about 70 MB while loading.
const loadMemoryLimit = 256 << 20

// main in the browser: only the interface, no server or CLI code, so that
// app.wasm stays small.
//
// The garbage collector is off while the page loads its data, until the
// page shows it (ui.ActionCollect): wasm has one thread, and each
// collection scans the heap while nothing else runs. Loading 10,000
// reports from the cache collected four times, for a heap of 44 MB that
// is all the load allocates (probes: the page of records decoded in 21–25
// ms instead of 60–100, the index built in 42–97 ms instead of 86–100).
// A pack of several pages turns it back on at once (at 100,000 reports the
// collections cost as much before the first results as after, and the
// heap would pass any small limit).
func main() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(loadMemoryLimit)
	ui.Register()
	var severalPages atomic.Bool // a pack of several pages loaded (go-app runs each action handler in a goroutine)
	app.Handle(ui.ActionCollect, func(_ app.Context, a app.Action) {
		why, _ := a.Value.(ui.Collect)
		if why == ui.CollectLoading {
			severalPages.Store(true)
		}
		collectAgain(why, severalPages.Load())
	})
	app.RunWhenOnBrowser()
}

// loadGOGC is the collector's target while a pack of several pages loads:
// Go's default. At 50 from the start, the first results over 100,000
// reports came 0.2–0.3 s later (2.3–3.1 s in five runs against 2.1–2.7 s in
// four).
const loadGOGC = 100

// collectAgain turns the garbage collector back on when ui.ActionCollect
// says why: at loadGOGC while a pack of several pages loads, at shownGOGC
// once the page shows its data; window.rendaCollectorOn = when
// (Date.now()) tells browser tests it was off until the first time.
func collectAgain(why ui.Collect, severalPages bool) {
	target := loadGOGC
	if why != ui.CollectLoading {
		target = shownGOGC(severalPages)
	}
	if debug.SetGCPercent(target) < 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		w := app.Window()
		w.Set("rendaCollectorOn", w.Get("Date").Call("now"))
	}
}
