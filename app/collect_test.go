package main

import "testing"

func TestShownGOGC(t *testing.T) {
	if one, several := shownGOGC(false), shownGOGC(true); one != 50 || several != 15 {
		t.Errorf("shownGOGC: %d for a pack of one page, %d for several; want 50 and 15", one, several)
	}
}
