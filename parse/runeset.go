package parse

// runeSet is a set of runes of the Basic Multilingual Plane, a bit each:
// the first pass over a text and the furniture's markers test a rune with
// a shift and a mask. Runes beyond the plane are in no set.
type runeSet [1 << 16 / 64]uint64

// add puts c in the set (a rune beyond the plane is left out).
func (s *runeSet) add(c rune) {
	if c >= 0 && c < 1<<16 {
		s[c/64] |= 1 << (c % 64)
	}
}

// has reports whether c is in the set.
func (s *runeSet) has(c rune) bool {
	return c >= 0 && c < 1<<16 && s[c/64]&(1<<(c%64)) != 0
}
