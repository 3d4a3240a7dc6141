package fold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"renda/parse/t2s"
)

// foldRune normalises the single non-ASCII rune r, which is not a
// traditional character. It returns the replacement and whether there is
// one; the replacement may alias b.scratch until the next call.
func (b *builder) foldRune(r0 rune) (string, bool) {
	r := r0
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII, the common case
		b.enc[0] = byte(r - 0xFEE0)
		return string(b.enc[:1]), true
	case r > 0x3000 && r <= 0x3035: // CJK punctuation: NFKC and width leave it
		return "", false
	case isSpace(r):
		return " ", true
	}
	enc := b.enc[:]
	if f := width.LookupRune(r).Folded(); f != 0 {
		if f < utf8.RuneSelf {
			// A one-byte conversion allocates nothing.
			enc[0] = byte(f)
			return string(enc[:1]), true
		}
		if unicode.In(f, unicode.M) {
			return "", false // e.g. half-width ﾞ → combining U+3099
		}
		r = f
	}
	n := utf8.EncodeRune(enc, r)
	folded := r != r0
	if r >= 0x2000 && r <= 0x206F || norm.NFKC.QuickSpan(enc[:n]) == n {
		if !folded {
			return "", false
		}
		return string(enc[:n]), true
	}
	b.scratch = norm.NFKC.Append(b.scratch[:0], enc[:n]...)
	out := string(b.scratch)
	for _, m := range out {
		if unicode.In(m, unicode.M) {
			// NFKC would leave a combining mark to attach to the
			// previous character: keep the rune.
			if !folded {
				return "", false
			}
			return string(enc[:n]), true
		}
	}
	// Compatibility ideographs unify to characters that may be traditional.
	return t2s.Convert(out), true
}

// isSpace reports the Unicode space separators other than ' '.
func isSpace(r rune) bool {
	switch {
	case r == 0xA0, r == 0x1680, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	return false
}
