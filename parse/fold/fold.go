// Package fold normalises report text for matching and keeps a map from the
// normalised text back to the original.
//
// Each rune of the original is normalised on its own, in order; nothing is
// deleted, collapsed or reordered:
//
//   - ASCII is kept as it is;
//   - traditional characters become simplified ones (package t2s, phrase
//     first), e.g. 會議 → 会议;
//   - full-width ASCII becomes half-width (x/text/width.Fold), which also
//     turns the Chinese ，：（）；！？ into ,:();!? for matching, while
//     。、《》“”【】 stay as they are;
//   - NBSP, the ideographic space U+3000 and other Unicode spaces become ' ';
//   - other compatibility forms take their NFKC form (compatibility
//     ideographs, ①, ⑴, ㎡), unless that would produce a combining mark;
//     general punctuation (U+2000–U+206F, e.g. …) is left alone.
//
// Invalid UTF-8 bytes are copied unchanged, one unit each.
package fold

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/t2s"
)

// Text is a string normalised for matching with a map back to its original.
// Offsets are kept as int32: texts must be shorter than 2 GiB (the parser
// refuses files over 256 MiB).
type Text struct {
	Norm string  // the normalised text
	orig []int32 // orig[i] is the original byte offset of Norm's byte i
}

// New normalises s and keeps the map from Norm back to s.
func New(s string) *Text {
	norm, orig := fold(s, true)
	return &Text{Norm: norm, orig: orig}
}

// String normalises s without keeping a map, for queries and match keys.
// It returns s itself when nothing changes.
func String(s string) string {
	norm, _ := fold(s, false)
	return norm
}

// Orig maps byte offset i of Norm (0 ≤ i ≤ len(Norm)) to a byte offset of
// the original string: the start of the original character (or phrase)
// that produced Norm's byte i, and the original length for len(Norm). The
// map is monotonic and always lands on a rune boundary of the original.
// Offsets out of range are clamped.
func (t *Text) Orig(i int) int {
	if len(t.orig) == 0 {
		return 0
	}
	return int(t.orig[max(0, min(i, len(t.orig)-1))])
}

// Span maps the span Norm[start:end] to the span of the original that
// produced it, covering whole original characters: start maps as in Orig,
// end to the end of the original character (or phrase) that produced
// Norm[end-1]. An empty span maps to an empty span at Orig(start). Offsets
// out of range are clamped.
func (t *Text) Span(start, end int) (int, int) {
	n := len(t.orig) - 1
	if n < 0 {
		return 0, 0
	}
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	s := int(t.orig[start])
	if end == start {
		return s, s
	}
	last := t.orig[end-1]
	for end < n && t.orig[end] == last {
		end++
	}
	return s, int(t.orig[end])
}

// builder accumulates the normalised text and, when mapping, the offsets.
type builder struct {
	sb      strings.Builder
	orig    []int32
	mapping bool
	enc     [utf8.UTFMax]byte // the rune being folded
	scratch []byte            // its NFKC form
}

// fold normalises s, returning the map too when mapping is set.
func fold(s string, mapping bool) (string, []int32) {
	b := builder{mapping: mapping}
	dict := t2s.Load()
	run := 0 // s[run:i] is unchanged and not yet written
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if size == 1 { // invalid byte: one unit of its own, unchanged
			b.begin(s, run, i)
			b.unit(s[i:i+1], i)
			i++
			run = i
			continue
		}
		if dict.Starts(r) {
			if out, n := dict.Match(s[i:]); n > 0 {
				b.begin(s, run, i)
				b.converted(s[i:i+n], out, i)
				i += n
				run = i
				continue
			}
		}
		if plainHan(r) {
			i += size
			continue
		}
		repl, changed := b.foldRune(r)
		if !changed {
			i += size
			continue
		}
		b.begin(s, run, i)
		b.unit(repl, i)
		i += size
		run = i
	}
	if run == 0 {
		// Nothing changed: Norm is s.
		if !mapping {
			return s, nil
		}
		b.orig = make([]int32, 0, len(s)+1)
		b.identity(s, 0, len(s))
		return s, append(b.orig, int32(len(s)))
	}
	b.copyRun(s, run, len(s))
	if mapping {
		b.orig = append(b.orig, int32(len(s)))
	}
	return b.sb.String(), b.orig
}

// begin is called at the first change: it sets up the buffers, then writes
// the pending unchanged run s[run:i].
func (b *builder) begin(s string, run, i int) {
	if b.sb.Cap() == 0 {
		b.sb.Grow(len(s) + 8)
		if b.mapping {
			b.orig = make([]int32, 0, len(s)+9)
		}
	}
	b.copyRun(s, run, i)
}

// copyRun writes s[from:to], which needs no change and is valid UTF-8.
func (b *builder) copyRun(s string, from, to int) {
	if from == to {
		return
	}
	b.sb.WriteString(s[from:to])
	if b.mapping {
		b.identity(s, from, to)
	}
}

// identity maps each byte of the valid UTF-8 s[from:to] to the start of its
// rune.
func (b *builder) identity(s string, from, to int) {
	n := len(b.orig)
	b.orig = slices.Grow(b.orig, to-from)[:n+to-from]
	o := b.orig[n:]
	start := int32(from)
	for j := range o {
		if utf8.RuneStart(s[from+j]) {
			start = int32(from + j)
		}
		o[j] = start
	}
}

// unit writes out, all of whose bytes map to the original offset at.
func (b *builder) unit(out string, at int) {
	b.sb.WriteString(out)
	if b.mapping {
		n := len(b.orig)
		b.orig = slices.Grow(b.orig, len(out))[:n+len(out)]
		for j := n; j < len(b.orig); j++ {
			b.orig[j] = int32(at)
		}
	}
}

// decodeRune decodes the non-ASCII rune at s[i:], with a fast path for the
// three-byte sequences of CJK text. Invalid bytes give (RuneError, 1).
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// converted writes out, the simplified form of in, which starts at original
// offset at. Runes pair up one to one when the counts agree; otherwise the
// whole output maps to the phrase start.
func (b *builder) converted(in, out string, at int) {
	if !b.mapping || utf8.RuneCountInString(in) != utf8.RuneCountInString(out) {
		b.unit(out, at)
		return
	}
	for j, o := 0, 0; j < len(in); {
		_, a := utf8.DecodeRuneInString(in[j:])
		_, c := utf8.DecodeRuneInString(out[o:])
		b.unit(out[o:o+c], at+j)
		j, o = j+a, o+c
	}
}

// plainHan reports whether r is a CJK ideograph from the blocks that need
// nothing but traditional → simplified conversion.
func plainHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}
