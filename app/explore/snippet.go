package explore

import (
	"strings"
	"unicode/utf8"

	"renda/app/textindex"
)

// Snippet is an excerpt of a document's text around phrases the query found
// there.
type Snippet struct {
	Text   string // the excerpt, in the text's own characters
	Spans  []Span // the phrases, as byte ranges of Text
	Before bool   // the excerpt starts after the text's start
	After  bool   // the excerpt ends before the text's end
}

// Snippet returns the excerpt of h's body text around the first phrase found
// only there, with about context characters before it; ok is false when the
// hit has no body match or its text is not loaded (Index.HasText).
func (ix *Index) Snippet(h Hit, context, width int) (s Snippet, ok bool) {
	if len(h.Body) == 0 || !ix.HasText(h.Doc) {
		return Snippet{}, false
	}
	text := ix.text(h.Doc)
	k := newKey(text)
	first := -1
	for i, b := range h.Body {
		if b < 0 { // found by the index before the text was loaded
			if sp := appendPhrases(nil, k.norm, h.Terms[i], 0, len(k.norm), 1); len(sp) > 0 {
				b = sp[0].Start
			}
		}
		if b >= 0 && (first < 0 || b < first) {
			first = b
		}
	}
	if first < 0 {
		return Snippet{}, false
	}
	// The window, in normalised offsets, moved to character boundaries.
	start := backRunes(k.norm, first, context)
	end := forwardRunes(k.norm, first, width)
	var spans []Span
	for _, t := range h.Terms {
		spans = appendPhrases(spans, k.norm, t, start, end, -1)
	}
	os, oe := k.orig(start), k.orig(end)
	s = Snippet{Text: text[os:oe], Before: os > 0, After: oe < len(text)}
	for _, sp := range mergeSpans(spans) {
		s.Spans = append(s.Spans, Span{k.orig(sp.Start) - os, k.orig(sp.End) - os})
	}
	s.Text = strings.ReplaceAll(s.Text, "\n", " ") // one byte for one: spans stay
	return s, true
}

// maxFound is the most places Found marks for one term.
const maxFound = 200

// Found returns where the text of document doc holds the terms of q, as
// spans of its text (its own characters), in order and apart: every place
// a term stands as typed or, when the text holds it nowhere so, near (with
// a slip), at most maxFound for a term; none when the text is not loaded.
// A document opened from the results shows them marked.
func (ix *Index) Found(doc int, q Query) []Span {
	if doc < 0 || doc >= len(ix.Docs) || !ix.HasText(doc) {
		return nil
	}
	k := newKey(ix.text(doc))
	var spans []Span
	for _, t := range q.Terms() {
		n := len(spans)
		spans = appendPhrases(spans, k.norm, t, 0, len(k.norm), maxFound)
		if len(spans) > n {
			continue
		}
		// Not there as typed nor near: its words, as the search found
		// them (Result.Split), the first cut that marks them all (Cuts)
		for _, cut := range Cuts(t) {
			var marked []Span
			all := true
			for _, w := range cut {
				n := len(marked)
				if marked = appendPhrases(marked, k.norm, w, 0, len(k.norm), maxFound); len(marked) == n {
					all = false
				}
			}
			if all {
				spans = append(spans, marked...)
				break
			}
		}
	}
	return k.origSpans(mergeSpans(spans))
}

// appendPhrases appends the places of the normalised phrase t in
// norm[start:end] to spans, at most limit (< 0: all): as typed, or near when
// norm holds it nowhere as typed, as the search looks for it.
func appendPhrases(spans []Span, norm, t string, start, end, limit int) []Span {
	near := !strings.Contains(norm, t)
	for at, n := start, 0; at < end && n != limit; n++ {
		i, j := findPhrase(norm[at:end], t, near)
		if i < 0 {
			break
		}
		spans = append(spans, Span{at + i, at + j})
		at += j
	}
	return spans
}

// findPhrase returns where the first occurrence of the normalised phrase t
// in the normalised text starts and ends, -1 if none: as typed, or near
// (textindex.NearIn), as the search looks for a phrase found nowhere as
// typed.
func findPhrase(text, t string, near bool) (start, end int) {
	if near {
		if i, j, ok := textindex.NearIn(text, t); ok {
			return i, j
		}
		start, end = -1, -1 // a short term swapped, as the search looks for it
		for _, f := range swappedForms(t) {
			if i := strings.Index(text, f); i >= 0 && (start < 0 || i < start) {
				start, end = i, i+len(f)
			}
		}
		return start, end
	}
	if i := strings.Index(text, t); i >= 0 {
		return i, i + len(t)
	}
	return -1, -1
}

// backRunes returns the offset n characters before i in s (or 0), stopping
// after a line break so that a snippet starts with its paragraph.
func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		if s[i-size] == '\n' {
			break
		}
		i -= size
	}
	return i
}

// forwardRunes returns the offset n characters after i in s (or len(s)).
func forwardRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
