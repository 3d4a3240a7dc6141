package explore

import (
	"strings"

	"renda/app/corpus"
)

// TextSearcher finds exact phrases in the documents' body text. The default
// scans every text; a real full-text index can replace it
// (Index.SetTextSearcher) without touching the rest of the search.
type TextSearcher interface {
	// Find returns the documents whose normalised text contains phrase
	// (already normalised: see Normalise), each with the byte offset of
	// its first occurrence in the normalised text, in ascending document order.
	Find(phrase string) []TextMatch
}

// TextMatch is a document whose text contains a phrase.
type TextMatch struct {
	Doc   int // position in Index.Docs
	At    int // byte offset of the first occurrence in the normalised text
	Count int // occurrences, counted up to maxCount
}

// maxCount caps how many occurrences of a phrase are counted per document.
const maxCount = 10

// ScanSearcher is the TextSearcher that scans each normalised text with
// strings.Index: a few milliseconds for a few thousand reports.
type ScanSearcher struct {
	texts []string // normalised body texts
}

// NewScanSearcher normalises the body texts of docs.
func NewScanSearcher(docs []corpus.Doc) *ScanSearcher {
	s := &ScanSearcher{texts: make([]string, len(docs))}
	for i := range docs {
		s.texts[i] = Normalise(docs[i].Text)
	}
	return s
}

// Find implements TextSearcher.
func (s *ScanSearcher) Find(phrase string) []TextMatch {
	if phrase == "" {
		return nil
	}
	var out []TextMatch
	for i, t := range s.texts {
		at := strings.Index(t, phrase)
		if at < 0 {
			continue
		}
		n, rest := 1, t[at+len(phrase):]
		for n < maxCount {
			j := strings.Index(rest, phrase)
			if j < 0 {
				break
			}
			n++
			rest = rest[j+len(phrase):]
		}
		out = append(out, TextMatch{Doc: i, At: at, Count: n})
	}
	return out
}
