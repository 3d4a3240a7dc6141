package explore

import (
	"slices"
	"strings"
	"sync"

	"renda/app/corpus"
	"renda/app/textindex"
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
//
// A text is normalised when it is first scanned, not when it comes: a
// text shard brings 64 texts, most of which no search will scan.
type ScanSearcher struct {
	missing []bool // per document: its text is not loaded yet; nil: none is
	pending int    // documents 0 … pending-1 have texts that come and go (text shards)

	mu    sync.Mutex
	texts []string    // normalised body texts, once normalised
	raw   []string    // per document: its text until normalised, then ""
	last  string      // the phrase of the last unrestricted Find
	hits  []TextMatch // its answer
}

// NewScanSearcher takes the body texts of docs, to normalise when scanned.
func NewScanSearcher(docs []corpus.Doc) *ScanSearcher {
	s := &ScanSearcher{texts: make([]string, len(docs)), raw: make([]string, len(docs))}
	for i := range docs {
		s.raw[i] = docs[i].Text
	}
	return s
}

// text returns document doc's normalised text.
func (s *ScanSearcher) text(doc int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.raw[doc]; r != "" {
		s.texts[doc], s.raw[doc] = Normalise(r), ""
	}
	return s.texts[doc]
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

// setText gives document doc its (raw) body text.
func (s *ScanSearcher) setText(doc int, text string) {
	if s.missing != nil {
		s.missing[doc] = false
	}
	s.mu.Lock()
	s.texts[doc], s.raw[doc] = "", text
	s.last, s.hits = "", nil // answers without this text
	s.mu.Unlock()
}

// dropText takes document doc's text back: it is missing again.
func (s *ScanSearcher) dropText(doc int) {
	s.missing[doc] = true
	s.mu.Lock()
	s.texts[doc], s.raw[doc] = "", ""
	s.last, s.hits = "", nil // answers with this text
	s.mu.Unlock()
}

// has reports whether document doc's text is loaded.
func (s *ScanSearcher) has(doc int) bool { return s.missing == nil || !s.missing[doc] }

// scan appends the match of phrase in document doc, if any, to out.
func (s *ScanSearcher) scan(out []TextMatch, doc int, phrase string) []TextMatch {
	t := s.text(doc)
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

// IndexSearcher is the TextSearcher of a prebuilt text index: it scans
// only the documents the index names as candidates for a phrase, and every
// document the index does not cover (those after its last). A candidate
// whose text is not loaded yet is a match at offset -1: exact for phrases
// of one or two characters, unverified for longer ones until its text
// comes.
type IndexSearcher struct {
	index *textindex.Sharded
	scan  *ScanSearcher // normalised texts of every document
}

// Find implements TextSearcher.
func (s *IndexSearcher) Find(phrase string, within []int) []TextMatch {
	return s.appendFind(nil, phrase, within)
}

// appendFind is Find appending to out: a search gives the array back to
// a pool when it is done with it (a broad term's matches took 2.4 MB a
// keystroke at 100,000 reports).
func (s *IndexSearcher) appendFind(out []TextMatch, phrase string, within []int) []TextMatch {
	if phrase == "" {
		return out
	}
	n := s.index.Docs()
	var rest []int // documents beyond the index, to scan
	if within == nil {
		for d := n; d < len(s.scan.texts); d++ {
			rest = append(rest, d)
		}
	} else {
		i, _ := slices.BinarySearch(within, n)
		within, rest = within[:i], within[i:]
		if len(within) == 0 {
			within = []int{} // not nil: nothing indexed to search
		}
	}
	if within == nil || len(within) > 0 {
		cands := s.index.Candidates(phrase, within)
		out = slices.Grow(out, len(cands)+len(rest))
		for _, d := range cands {
			if !s.scan.has(d) {
				out = append(out, TextMatch{Doc: d, At: -1, Count: 1})
				continue
			}
			out = s.scan.scan(out, d, phrase)
		}
	}
	for _, d := range rest {
		out = s.scan.scan(out, d, phrase)
	}
	return out
}
