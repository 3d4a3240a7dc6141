package fold

//go:generate go run ./internal/gen -o table.go

// foldRune normalises the single non-ASCII rune r, which is not a
// traditional character. It returns the replacement and whether there is
// one.
func (b *builder) foldRune(r rune) (string, bool) {
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII, the common case
		b.enc[0] = byte(r - 0xFEE0)
		return string(b.enc[:1]), true // one byte: no allocation
	}
	return lookupRune(r)
}

// lookupRune returns the replacement of r in the generated table
// (table.go) and whether it has one.
func lookupRune(r rune) (string, bool) {
	lo, hi := 0, len(runeKeys)/3
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k := rune(runeKeys[3*m])<<16 | rune(runeKeys[3*m+1])<<8 | rune(runeKeys[3*m+2])
		switch {
		case k < r:
			lo = m + 1
		case k > r:
			hi = m
		default:
			start := 0
			if m > 0 {
				start = int(runeEnds[2*m-2])<<8 | int(runeEnds[2*m-1])
			}
			return runeVals[start : int(runeEnds[2*m])<<8|int(runeEnds[2*m+1])], true
		}
	}
	return "", false
}
