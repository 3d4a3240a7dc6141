package schema

import (
	"slices"
	"testing"
)

func TestIDs(t *testing.T) {
	names := []string{"1", "a", "1", "1-2", "1", "b", "a"}
	ids := NewIDs(names)
	var got []string
	for _, n := range names {
		got = append(got, ids.Take(n))
	}
	// 1-2 is another file's name: the second 1 skips it.
	if want := []string{"1", "a", "1-3", "1-2", "1-4", "b", "a-2"}; !slices.Equal(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
	if got := ids.Take("1-3"); got != "1-3-2" {
		t.Errorf("1-3, taken, gives %q, want 1-3-2", got)
	}
	if got := ids.Take("1-5"); got != "1-5" {
		t.Errorf("1-5, free, gives %q", got)
	}
}
