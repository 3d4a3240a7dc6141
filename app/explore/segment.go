package explore

import (
	"slices"
	"unicode/utf8"

	"renda/app/internal/keysort"
	"renda/parse/schema"
)

// Segment is a piece of a document's text: either plain or covered by the
// evidence of one or more fields.
type Segment struct {
	Start, End int      // byte range in the text
	Fields     []string // the fields whose evidence covers it, narrowest span first; nil if plain
}

// Segments cuts text into consecutive, non-overlapping segments so that each
// evidence span is a run of marked segments: overlapping spans split into
// pieces. Spans outside the text, empty or not on character boundaries are
// ignored. Concatenating text[s.Start:s.End] over the segments gives text.
func Segments(text string, ev []schema.Evidence) []Segment {
	valid := make([]schema.Evidence, 0, len(ev))
	cuts := []int{0, len(text)}
	for _, e := range ev {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End ||
			!boundary(text, e.Start) || !boundary(text, e.End) || e.Field == "" {
			continue
		}
		valid = append(valid, e)
		cuts = append(cuts, e.Start, e.End)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	valid = narrowestFirst(valid)

	var out []Segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var fields []string
		for _, e := range valid {
			if e.Start <= a && b <= e.End && !slices.Contains(fields, e.Field) {
				fields = append(fields, e.Field)
			}
		}
		if n := len(out); n > 0 && slices.Equal(out[n-1].Fields, fields) {
			out[n-1].End = b
			continue
		}
		out = append(out, Segment{Start: a, End: b, Fields: fields})
	}
	return out
}

// boundary reports whether byte offset i of s starts a character (or is the
// end of s).
func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// Piece is a piece of a highlighted string.
type Piece struct {
	Text string
	Mark bool // the piece matched the query
}

// Marks cuts s into pieces, marking the bytes covered by spans. Spans are
// clamped to s and moved off the middle of characters.
func Marks(s string, spans []Span) []Piece {
	var out []Piece
	at := 0
	for _, sp := range mergeSpans(spans) {
		start, end := max(sp.Start, at), min(sp.End, len(s))
		for start < end && !boundary(s, start) {
			start++
		}
		for end < len(s) && !boundary(s, end) {
			end++
		}
		if start >= end {
			continue
		}
		if at < start {
			out = append(out, Piece{Text: s[at:start]})
		}
		out = append(out, Piece{Text: s[start:end], Mark: true})
		at = end
	}
	if at < len(s) {
		out = append(out, Piece{Text: s[at:]})
	}
	return out
}

// narrowestFirst returns ev ordered by width, narrowest first, in their
// order among spans as wide: so Segment.Fields[0] names the most specific
// fact. The spans are sorted as numbers width<<32 | position, the code of
// every sort of uint64 in app.wasm, rather than with a sort of their own.
func narrowestFirst(ev []schema.Evidence) []schema.Evidence {
	keys := make([]uint64, len(ev))
	for i, e := range ev {
		keys[i] = uint64(e.End-e.Start)<<32 | uint64(i)
	}
	keysort.Uint64s(keys)
	out := make([]schema.Evidence, len(ev))
	for i, k := range keys {
		out[i] = ev[uint32(k)]
	}
	return out
}
