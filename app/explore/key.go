package explore

import (
	"unicode/utf8"

	"renda/app/internal/keysort"
	"renda/parse/fold"
)

// Span is a byte range [Start, End) of a string, e.g. the characters a query
// matched.
type Span struct {
	Start int // first byte
	End   int // one past the last byte
}

// key is a string normalised for matching: width and traditional characters
// folded (parse/fold), ASCII lower-cased. It maps offsets in the normal form
// back to the original string when folding changed its length.
type key struct {
	norm string
	fold *fold.Text // nil when norm and the original have equal offsets
}

// Normalise returns s as search compares it: width and traditional
// characters folded (parse/fold), ASCII letters lower-cased.
func Normalise(s string) string { return lowerASCII(fold.String(s)) }

func newKey(s string) key {
	norm := fold.String(s) // s itself, unallocated, when nothing folds
	k := key{norm: lowerASCII(norm)}
	if len(norm) != len(s) {
		k.fold = fold.New(s) // the map back, only when offsets move
	}
	return k
}

// orig maps byte offset i of the normal form to the original string.
func (k key) orig(i int) int {
	if k.fold == nil {
		return i
	}
	return k.fold.Orig(i)
}

// origSpans maps spans of the normal form to the original string.
func (k key) origSpans(ss []Span) []Span {
	if k.fold == nil {
		return ss
	}
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = Span{k.orig(s.Start), k.orig(s.End)}
	}
	return out
}

// lowerASCII lower-cases ASCII letters only, so byte offsets do not move.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// runeSpans turns the byte offsets of matched runes in s (as sahilm/fuzzy
// reports them) into spans, merging neighbours.
func runeSpans(s string, starts []int) []Span {
	var out []Span
	for _, i := range starts {
		if i < 0 || i >= len(s) {
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if k := len(out) - 1; k >= 0 && out[k].End == i {
			out[k].End = i + n
			continue
		}
		out = append(out, Span{i, i + n})
	}
	return out
}

// mergeSpans sorts spans and joins those that overlap or touch. Spans are
// offsets into a key (below 2³¹), sorted as numbers start<<32 | end: so
// they share the code of every other sort of uint64 in app.wasm, where a
// sort of Span was 16 KB.
func mergeSpans(ss []Span) []Span {
	if len(ss) < 2 {
		return ss
	}
	packed := make([]uint64, len(ss))
	for i, s := range ss {
		packed[i] = uint64(s.Start)<<32 | uint64(s.End)
	}
	keysort.Uint64s(packed)
	out := make([]Span, 0, len(ss))
	for _, p := range packed {
		s := Span{Start: int(p >> 32), End: int(uint32(p))}
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
