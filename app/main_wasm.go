//go:build wasm

package main

import (
	"math"
	"runtime/debug"
	"sync"

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
	var (
		mu sync.Mutex // go-app runs each action handler in a goroutine
		c  collector
	)
	app.Handle(ui.ActionCollect, func(_ app.Context, a app.Action) {
		why, ok := a.Value.(ui.Collect)
		if !ok {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		c.note(why)
		setCollector(c.target())
	})
	app.RunWhenOnBrowser()
}

// setCollector sets the garbage collector's target (collector.target); the
// first time it turns the collector on, window.rendaCollectorOn = when
// (Date.now()) tells browser tests it was off until then, and
// window.rendaGOGC the target.
func setCollector(target int) {
	if target < 0 {
		return
	}
	was := debug.SetGCPercent(target)
	w := app.Window()
	if was < 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		w.Set("rendaCollectorOn", w.Get("Date").Call("now"))
	}
	w.Set("rendaGOGC", target)
}
