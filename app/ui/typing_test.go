package ui

import (
	"slices"
	"testing"
	"time"
)

// TestTypingClockWaitsForPause drives the clock with a fake time: waitPause
// sleeps until the pause after the last keystroke, again when a keystroke
// comes as it wakes, and not at all when none was typed or typing
// paused long enough.
func TestTypingClockWaitsForPause(t *testing.T) {
	const pause = time.Second
	start := time.Date(2026, 11, 22, 3, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		typed []time.Duration // keystrokes, after start
		now   time.Duration   // when waitPause is called
		woken int             // a keystroke as each of the first woken sleeps ends
		want  []time.Duration // the sleeps
	}{
		{name: "nothing typed", now: 5 * time.Second},
		{name: "paused long enough", typed: []time.Duration{0}, now: 2 * time.Second},
		{name: "just typed", typed: []time.Duration{0, 300 * time.Millisecond}, now: 400 * time.Millisecond, want: []time.Duration{900 * time.Millisecond}},
		{name: "typed while waiting", typed: []time.Duration{0}, now: 200 * time.Millisecond,
			woken: 1, want: []time.Duration{800 * time.Millisecond, time.Second}},
	} {
		now := start
		c := newTypingClock()
		c.now = func() time.Time { return now }
		var slept []time.Duration
		c.sleep = func(d time.Duration) {
			slept = append(slept, d)
			now = now.Add(d)
			if len(slept) <= tc.woken {
				c.typed()
			}
		}
		for _, at := range tc.typed {
			now = start.Add(at)
			c.typed()
		}
		now = start.Add(tc.now)
		c.waitPause(pause)
		if !slices.Equal(slept, tc.want) {
			t.Errorf("%s: slept %v, want %v", tc.name, slept, tc.want)
		}
	}
}
