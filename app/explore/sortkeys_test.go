package explore

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortKeys checks sortKeys against slices.Sort, below and above the
// length it sorts by digits from, for keys that differ in every byte, in
// a few, or not at all.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		name string
		n    int
		key  func() uint64
	}{
		{"empty", 0, r.Uint64},
		{"few", 100, r.Uint64},
		{"many, every byte", radixMin + 7, r.Uint64},
		{"many, ranks and places", 3 * radixMin, func() uint64 { return uint64(r.IntN(4))<<56 | uint64(r.IntN(1<<20))<<1 }},
		{"many, duplicates", radixMin, func() uint64 { return uint64(r.IntN(10)) << 32 }},
		{"many, all equal", radixMin, func() uint64 { return 42 }},
	} {
		keys := make([]uint64, tt.n)
		for i := range keys {
			keys[i] = tt.key()
		}
		want := slices.Sorted(slices.Values(keys))
		sortKeys(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("%s: sortKeys differs from slices.Sort", tt.name)
		}
	}
}
