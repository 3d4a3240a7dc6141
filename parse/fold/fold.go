// Package fold normalises report text for matching and keeps a map from the
// normalised text back to the original.
package fold

// Text is a string normalised for matching with a map back to its original.
type Text struct {
	Norm string // the normalised text
	orig []int  // orig[i] is the original byte offset of Norm's byte i
}

// New normalises s. (Stub: identity; the real normaliser replaces it.)
func New(s string) *Text {
	m := make([]int, len(s)+1)
	for i := range m {
		m[i] = i
	}
	return &Text{Norm: s, orig: m}
}

// Orig maps byte offset i of Norm (0 ≤ i ≤ len(Norm)) to a byte offset of the
// original string.
func (t *Text) Orig(i int) int { return t.orig[i] }

// String normalises s without keeping a map, for queries and match keys.
func String(s string) string { return New(s).Norm }
