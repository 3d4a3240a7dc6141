package explore

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

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

// NearSearcher is a TextSearcher that also finds phrases typed with a
// slip: a character left out, wrong or extra, or two adjacent ones swapped
// (textindex.NearIn). The search looks for a term near when its body text
// holds it nowhere as typed. ScanSearcher and IndexSearcher are
// NearSearchers.
type NearSearcher interface {
	TextSearcher
	// FindNear returns the documents whose normalised text holds phrase
	// near, as Find does for phrase as typed; none when the phrase is
	// too short or too long to look for near (textindex.Nearable).
	FindNear(phrase string, within []int) []TextMatch
}

// TextMatch is a document whose text contains a phrase.
type TextMatch struct {
	Doc int // position in Index.Docs
	At  int // byte offset of the first occurrence in the normalised text
	// Count is the occurrences, counted up to maxCount. A near match
	// (NearSearcher) counts how sure it is: nearSure when its text was
	// read, less for a candidate by the text index alone, the more of
	// the phrase's rare pairs it holds.
	Count int
}

const (
	// maxCount caps how many occurrences of a phrase are counted per
	// document.
	maxCount = 10
	// nearSure is the count of a near match read in its text.
	nearSure = 10
)

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
func NewScanSearcher(docs []corpus.Summary) *ScanSearcher {
	s := &ScanSearcher{texts: make([]string, len(docs)), raw: make([]string, len(docs))}
	for i := range docs {
		s.raw[i] = docs[i].Text()
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

// FindNear returns the documents whose normalised text holds phrase near
// (textindex.NearIn: with a character left out, wrong or extra, or two
// swapped), each with the byte offset where, as Find does for phrase as
// typed. A phrase too short or too long to look for near
// (textindex.Nearable) has none.
func (s *ScanSearcher) FindNear(phrase string, within []int) []TextMatch {
	nt := textindex.NewNear(phrase)
	if nt == nil {
		return nil
	}
	var out []TextMatch
	if within == nil {
		for i := range s.texts {
			out = s.scanNear(out, i, nt)
		}
		return out
	}
	for _, i := range within {
		out = s.scanNear(out, i, nt)
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

// scanNear appends the near match of phrase in document doc, if any, to
// out.
func (s *ScanSearcher) scanNear(out []TextMatch, doc int, nt *textindex.Near) []TextMatch {
	if at, _, ok := nt.In(s.text(doc)); ok {
		out = append(out, TextMatch{Doc: doc, At: at, Count: nearSure})
	}
	return out
}

// IndexSearcher is the TextSearcher of a prebuilt text index: it scans
// only the documents the index names as candidates for a phrase, and every
// document the index does not cover (those after its last). A candidate
// whose text is not loaded yet is a match at offset -1: exact for phrases
// of one or two characters, unverified for longer ones until its text
// comes.
type IndexSearcher struct {
	index *textindex.Sharded
	scan  *ScanSearcher                    // normalised texts of every document
	cands scratch[int]                     // the index's candidates, for the next search
	nears scratch[textindex.NearCandidate] // the same, for a term near
}

// Find implements TextSearcher.
func (s *IndexSearcher) Find(phrase string, within []int) []TextMatch {
	return s.appendFind(nil, phrase, within, false)
}

// FindNear is ScanSearcher.FindNear with the index's candidates: a
// candidate whose text is not loaded yet is a match at offset -1,
// unverified.
func (s *IndexSearcher) FindNear(phrase string, within []int) []TextMatch {
	return s.appendFind(nil, phrase, within, true)
}

// appendFind is Find, or FindNear when near, appending to out: a search
// gives the array back to a pool when it is done with it (a broad term's
// matches took 2.4 MB a keystroke at 100,000 reports).
func (s *IndexSearcher) appendFind(out []TextMatch, phrase string, within []int, near bool) []TextMatch {
	if phrase == "" {
		return out
	}
	var nt *textindex.Near
	if near {
		if nt = textindex.NewNear(phrase); nt == nil {
			return out
		}
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
	// The index's candidates: read in their texts when at hand, else
	// matches at offset -1 until their texts come.
	switch {
	case within != nil && len(within) == 0: // nothing indexed to search
	case near:
		cands := s.index.AppendNearCandidates(s.nears.take(0), phrase, within)
		out = slices.Grow(out, len(cands)+len(rest))
		// A candidate for a term of three characters holds one of its two
		// pairs, and is likelier not to hold it: below every phrase found
		// (its swapped forms'), with nothing to rank it by.
		three := utf8.RuneCountInString(phrase) == 3
		for _, c := range cands {
			switch {
			case s.scan.has(c.Doc):
				out = s.scan.scanNear(out, c.Doc, nt)
			case three:
				out = append(out, TextMatch{Doc: c.Doc, At: -1})
			default: // below the matches read in their texts, the likelier higher
				out = append(out, TextMatch{Doc: c.Doc, At: -1, Count: 1 + c.Weight*(nearSure-2)/100})
			}
		}
		s.nears.give(cands)
	default:
		buf := s.cands.take(0)
		cands := s.index.AppendCandidates(buf, phrase, within)
		out = slices.Grow(out, len(cands)+len(rest))
		for _, d := range cands {
			if s.scan.has(d) {
				out = s.scan.scan(out, d, phrase)
				continue
			}
			out = append(out, TextMatch{Doc: d, At: -1, Count: 1})
		}
		if cands == nil {
			cands = buf // none: the array is still of use
		}
		s.cands.give(cands)
	}
	for _, d := range rest {
		if near {
			out = s.scan.scanNear(out, d, nt)
		} else {
			out = s.scan.scan(out, d, phrase)
		}
	}
	return out
}
