package keysort

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestUint64s checks Uint64s against slices.Sort, with keys on both sides
// of the top bit that it flips.
func TestUint64s(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]uint64, 1000)
	for i := range random {
		random[i] = r.Uint64()
	}
	for _, tc := range []struct {
		name string
		keys []uint64
	}{
		{"none", nil},
		{"one", []uint64{7}},
		{"top bit", []uint64{1 << 63, 1<<63 - 1, 0, 1<<64 - 1, 1, 1<<63 + 1}},
		{"repeated", []uint64{3, 1 << 63, 3, 0, 1 << 63, 0}},
		{"sorted", []uint64{0, 1, 2, 1 << 62, 1 << 63, 1<<64 - 1}},
		{"random", random},
	} {
		got := slices.Clone(tc.keys)
		Uint64s(got)
		want := slices.Clone(tc.keys)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: Uint64s gave %v, want %v (the first 8)", tc.name, got[:min(len(got), 8)], want[:min(len(want), 8)])
		}
	}
}
