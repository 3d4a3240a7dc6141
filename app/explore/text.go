package explore

import (
	"strings"
	"sync"

	"renda/app/corpus"
)

// TextSearcher finds exact phrases in the documents' body text. The default
// scans every text; a real full-text index can replace it
// (Index.SetTextSearcher) without touching the rest of the search.
type TextSearcher interface {
	// Find returns the documents whose normalised text contains phrase
	// (already normalised: see Normalise), each with the byte offset of
	// its first occurrence in the normalised text, in ascending document
	// order. When within is not nil, only those documents (ascending) are
	// searched.
	Find(phrase string, within []int) []TextMatch
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
// strings.Index: tens of milliseconds for thousands of reports. As the user
// types, each phrase usually extends the previous one, so it remembers the
// last answer and scans only the documents that contained the previous
// phrase.
type ScanSearcher struct {
	texts []string // normalised body texts

	mu   sync.Mutex
	last string      // the phrase of the last unrestricted Find
	hits []TextMatch // its answer
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
func (s *ScanSearcher) Find(phrase string, within []int) []TextMatch {
	if phrase == "" {
		return nil
	}
	if within == nil {
		s.mu.Lock()
		last, hits := s.last, s.hits
		s.mu.Unlock()
		if last == phrase {
			return hits
		}
		var out []TextMatch
		if last != "" && strings.Contains(phrase, last) {
			for _, h := range hits {
				out = s.scan(out, h.Doc, phrase)
			}
		} else {
			for i := range s.texts {
				out = s.scan(out, i, phrase)
			}
		}
		s.mu.Lock()
		s.last, s.hits = phrase, out
		s.mu.Unlock()
		return out
	}
	var out []TextMatch
	for _, i := range within {
		out = s.scan(out, i, phrase)
	}
	return out
}

// scan appends the match of phrase in document doc, if any, to out.
func (s *ScanSearcher) scan(out []TextMatch, doc int, phrase string) []TextMatch {
	t := s.texts[doc]
	at := strings.Index(t, phrase)
	if at < 0 {
		return out
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
	return append(out, TextMatch{Doc: doc, At: at, Count: n})
}
