package ui

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const (
	// actionTyped tells the loader that the user typed in a search box
	// (typingClock).
	actionTyped = "renda/typed"
	// actionFirstResults tells the loader that the page shows its data
	// (signalReady): it tells the service worker, once typing pauses.
	actionFirstResults = "renda/first-results"
)

// typingPause is how long nothing must be typed, from the first results
// on, before the service worker is told that the page has them. On a
// first visit the worker then precaches the build and its data (hundreds
// of files at 100,000 reports), work that took a core of a 2-core machine
// from the page: 36 keystrokes typed right after the first results took
// 2.5–3.0 s on a first visit, 1.9 s on a visit the worker already
// controlled, and 1.1 s once everything had settled (Chrome's profiler).
const typingPause = time.Second

// typingClock knows when the user last typed, for work that can wait for
// a pause: it must not compete with typing for the page's one thread, nor
// for the machine's cores. Safe for concurrent use.
type typingClock struct {
	mu    sync.Mutex
	last  time.Time
	now   func() time.Time    // time.Now but in tests
	sleep func(time.Duration) // time.Sleep but in tests
}

func newTypingClock() *typingClock { return &typingClock{now: time.Now, sleep: time.Sleep} }

// typed notes a keystroke.
func (c *typingClock) typed() {
	c.mu.Lock()
	c.last = c.now()
	c.mu.Unlock()
}

// waitPause returns once no keystroke came for pause: at once when typing
// paused that long already, or none was typed.
func (c *typingClock) waitPause(pause time.Duration) {
	for {
		c.mu.Lock()
		never, wait := c.last.IsZero(), pause-c.now().Sub(c.last)
		c.mu.Unlock()
		if never || wait <= 0 {
			return
		}
		c.sleep(wait)
	}
}

// handleTyped is the handler of actionTyped.
func (l *loader) handleTyped(app.Context, app.Action) { l.typing.typed() }

// handleFirstResults tells the service worker that the page has its first
// results (tellWorkerReady) once nothing was typed for typingPause since
// they came: a user starts typing a moment after them. Once told, or while
// a wait is under way, it does nothing.
func (l *loader) handleFirstResults(ctx app.Context, _ app.Action) {
	if app.IsServer || l.told.Load() || !l.telling.CompareAndSwap(false, true) {
		return
	}
	defer l.telling.Store(false)
	l.typing.typed() // the pause counts from the results
	l.typing.waitPause(typingPause)
	tellWorkerReady()
	l.told.Store(true)
}
