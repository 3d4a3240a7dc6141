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
	if !ids.Taken("1-3") || ids.Taken("1-5") {
		t.Error("Taken does not follow Take")
	}
}
