package textindex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestPartsEqualWhole checks that an index split into parts of documents
// (as a large site ships it) answers every term as the whole index does,
// over all documents and within random subsets that cross part boundaries.
func TestPartsEqualWhole(t *testing.T) {
	texts := generated(t, 200, 3)
	whole := Build(texts)
	r := rand.New(rand.NewPCG(3, 4))
	for _, cuts := range [][]int{{200}, {1, 200}, {64, 128, 200}, {7, 8, 100, 199, 200}} {
		var parts Parts
		prev := 0
		for _, c := range cuts {
			// Each part round-trips through its file, as in the browser.
			b, err := Build(texts[prev:c]).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			p, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, p)
			prev = c
		}
		if parts.Docs() != len(texts) {
			t.Fatalf("cuts %v: Docs() = %d, want %d", cuts, parts.Docs(), len(texts))
		}
		for _, q := range queries(texts, r, 150) {
			for _, term := range strings.Fields(q) {
				if got, want := parts.Candidates(term, nil), whole.Candidates(term, nil); !slices.Equal(got, want) {
					t.Fatalf("cuts %v: Candidates(%q) = %v, whole %v", cuts, term, got, want)
				}
				var within []int
				for d := range texts {
					if r.IntN(3) == 0 {
						within = append(within, d)
					}
				}
				within = append([]int{}, within...) // not nil: may be empty
				if got, want := parts.Candidates(term, within), whole.Candidates(term, within); !slices.Equal(got, want) {
					t.Fatalf("cuts %v: Candidates(%q, within %d docs) = %v, whole %v", cuts, term, len(within), got, want)
				}
			}
		}
	}
}
