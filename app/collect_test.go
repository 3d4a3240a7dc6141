package main

import (
	"testing"

	"renda/app/ui"
)

// TestCollectorTarget checks the garbage collector's target for what the
// page announced, in the orders go-app may run the handlers in.
func TestCollectorTarget(t *testing.T) {
	for _, tc := range []struct {
		name string
		said []ui.Collect
		want int
	}{
		{"nothing yet", nil, -1},
		{"one page, prefetch told before the results", []ui.Collect{ui.CollectPrefetching}, -1},
		{"one page shown", []ui.Collect{ui.CollectShown}, 50},
		{"one page prefetching", []ui.Collect{ui.CollectShown, ui.CollectPrefetching}, 50},
		{"several pages loading", []ui.Collect{ui.CollectLoading}, loadGOGC},
		{"several pages shown", []ui.Collect{ui.CollectLoading, ui.CollectShown}, 15},
		{"several pages prefetching", []ui.Collect{ui.CollectLoading, ui.CollectShown, ui.CollectPrefetching}, prefetchGOGC},
		{"prefetch told before the results", []ui.Collect{ui.CollectLoading, ui.CollectPrefetching, ui.CollectShown}, prefetchGOGC},
		{"prefetched", []ui.Collect{ui.CollectLoading, ui.CollectShown, ui.CollectPrefetching, ui.CollectPrefetched}, 15},
		{"end handled before the start", []ui.Collect{ui.CollectLoading, ui.CollectShown, ui.CollectPrefetched}, 15},
		{"then the start", []ui.Collect{ui.CollectLoading, ui.CollectShown, ui.CollectPrefetched, ui.CollectPrefetching}, 15},
	} {
		var c collector
		for _, why := range tc.said {
			c.note(why)
		}
		if got := c.target(); got != tc.want {
			t.Errorf("%s (%v): target %d, want %d", tc.name, tc.said, got, tc.want)
		}
	}
	if prefetchGOGC <= shownGOGC(true) || prefetchGOGC > loadGOGC {
		t.Errorf("prefetchGOGC %d: want above %d, at most %d", prefetchGOGC, shownGOGC(true), loadGOGC)
	}
}
