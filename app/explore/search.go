package explore

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Hit is a document that matches a query, with what to highlight.
type Hit struct {
	Doc      int    // position in Index.Docs
	Title    []Span // matched bytes of the document's Title
	Locality []Span // matched bytes of its Locality
	// LocalityPinyin is the spelling of the locality when a latin query
	// matched it by pinyin (qing xu xian), else "".
	LocalityPinyin string
	People         []NameHit // people named in it whose names matched
	Body           []int     // normalised-text offsets of phrases found only in the body
	Terms          []string  // the normalised terms matched in the body, as Body

	rank  int // sum over terms of the best tier reached
	score int // tie-breaker within a rank: fuzzy scores, occurrences
}

// NameHit is a person's name that matched, with the matched bytes.
type NameHit struct {
	Name   string
	Spans  []Span
	Pinyin string // the spelling that a latin query matched, else ""
}

// Match tiers, best first: how one term matched one document.
const (
	tierNone   = iota
	tierFuzzy  // the term's characters appear in order in a title, place or name
	tierBody   // the term appears as a phrase in the body text
	tierInside // the term appears as a whole inside a title, place or name
	tierExact  // the term is a whole place or person name
)

// termMatch is how one term matched one document.
type termMatch struct {
	tier, score int
	title, loc  []Span
	locPinyin   string
	people      []NameHit
	body        int // offset in the normalised body, -1 if none
}

func (m *termMatch) raise(tier, score int) {
	if tier > m.tier || (tier == m.tier && score > m.score) {
		m.tier, m.score = tier, score
	}
}

// match finds the documents that match the normalised term t: every
// document, or in the body text only those of within when it is not nil.
func (ix *Index) match(t string, within []int) map[int]*termMatch {
	out := map[int]*termMatch{}
	get := func(doc int) *termMatch {
		m := out[doc]
		if m == nil {
			m = &termMatch{body: -1}
			out[doc] = m
		}
		return m
	}
	// A title equal to the term is no better than one containing it; a
	// place or name equal to it is.
	for _, f := range findKeys(t, &ix.title) {
		m := get(f.index)
		m.title = ix.title.keys[f.index].origSpans(f.spans)
		m.raise(min(f.tier, tierInside), f.score)
	}
	for _, f := range findKeys(t, &ix.locality) {
		m := get(f.index)
		m.loc = ix.locality.keys[f.index].origSpans(f.spans)
		m.raise(f.tier, f.score)
	}
	for _, f := range findKeys(t, &ix.nameKeys) {
		n := ix.names[f.index]
		for _, doc := range n.docs {
			m := get(doc)
			m.people = append(m.people, NameHit{Name: n.name, Spans: n.key.origSpans(f.spans)})
			m.raise(f.tier, f.score)
		}
	}
	if q := pinyinQuery(t); q != "" {
		ix.matchPinyin(q, get)
	}
	for _, tm := range ix.body.Find(t, within) {
		m := get(tm.Doc)
		m.body = tm.At
		m.raise(tierBody, tm.Count)
	}
	return out
}

// found is one string of a list that matched a term.
type found struct {
	index       int
	tier, score int
	spans       []Span // in the normalised string
}

// findKeys matches term t against every key of ks: as a whole where it
// appears whole (contiguous matches rank first), else as sahilm/fuzzy finds
// its characters in order. Only the distinct normal forms holding every
// character of t are tried, first with a plain subsequence test (fuzzy's
// Unicode case folding is slow on CJK and both sides are already
// normalised); keys equal to a form share its match. Matches come in key
// order, then the keys equal to an earlier one.
func findKeys(t string, ks *keySet) []found {
	var (
		norms []string // candidates, for fuzzy
		owner []int    // owner[i]: the distinct form of norms[i]
		out   []found
	)
	for _, d := range ks.candidates(t) {
		k := ks.keys[ks.distinct[d]]
		if subsequence(k.norm, t) {
			norms = append(norms, k.norm)
			owner = append(owner, int(d))
		}
	}
	matches := fuzzy.FindNoSort(t, norms)
	first := make(map[int]int, len(matches)) // distinct form → index in out
	matched := make([]int, 0, len(matches))
	for _, m := range matches {
		d, s := owner[m.Index], m.Str
		i := ks.distinct[d]
		first[d] = len(out)
		matched = append(matched, d)
		if at := strings.Index(s, t); at >= 0 {
			tier := tierInside
			if s == t {
				tier = tierExact
			}
			score := 100 - min(at, 99) // earlier is better
			out = append(out, found{i, tier, score, []Span{{at, at + len(t)}}})
			continue
		}
		out = append(out, found{i, tierFuzzy, m.Score, runeSpans(s, m.MatchedIndexes)})
	}
	for _, dup := range ks.dupsOf(matched) {
		f := out[first[dup[1]]]
		f.index = dup[0]
		out = append(out, f)
	}
	return out
}

// subsequence reports whether the characters of t appear in s in order.
func subsequence(s, t string) bool {
	for _, r := range t {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return true
}

// Search returns the documents that match every term of q and its filters,
// best first, with the facet counts around them. The empty query returns
// every document, newest first.
func (ix *Index) Search(q Query) Result {
	terms := q.Terms()
	var hits []Hit
	if len(terms) == 0 {
		hits = make([]Hit, len(ix.Docs))
		for i := range hits {
			hits[i] = Hit{Doc: i}
		}
	} else {
		hits = ix.matchAll(terms)
		if q := joinedPinyin(q.Text); q != "" {
			hits = unionHits(hits, ix.matchAll([]string{q}))
		}
	}
	facets := ix.facets(hits, q)
	hits = slices.DeleteFunc(hits, func(h Hit) bool { return !ix.passes(h.Doc, q, "") })
	slices.SortFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return ix.byDateDesc(a.Doc, b.Doc)
	})
	return Result{Hits: hits, Facets: facets}
}

// matchAll returns the documents that match every term.
func (ix *Index) matchAll(terms []string) []Hit {
	// Each term searches the bodies of only the documents that matched all
	// the terms before it.
	per := make([]map[int]*termMatch, len(terms))
	var within []int // nil: every document
	for i, t := range terms {
		per[i] = ix.match(t, within)
		next := []int{}
		if i == 0 {
			for doc := range per[i] {
				next = append(next, doc)
			}
			slices.Sort(next)
		} else {
			for _, doc := range within {
				if per[i][doc] != nil {
					next = append(next, doc)
				}
			}
		}
		within = next
	}
	var hits []Hit
docs:
	for doc := range ix.Docs {
		h := Hit{Doc: doc}
		for i, t := range terms {
			m := per[i][doc]
			if m == nil {
				continue docs
			}
			h.rank += m.tier
			h.score += m.score
			h.Title = append(h.Title, m.title...)
			h.Locality = append(h.Locality, m.loc...)
			h.LocalityPinyin = cmp.Or(h.LocalityPinyin, m.locPinyin)
			h.People = addNames(h.People, m.people)
			if m.tier == tierBody {
				h.Body = append(h.Body, m.body)
				h.Terms = append(h.Terms, t)
			}
		}
		h.Title, h.Locality = mergeSpans(h.Title), mergeSpans(h.Locality)
		hits = append(hits, h)
	}
	return hits
}

// addNames adds the name hits of add to hs, joining the spans of one name.
func addNames(hs, add []NameHit) []NameHit {
	for _, a := range add {
		i := slices.IndexFunc(hs, func(h NameHit) bool { return h.Name == a.Name })
		if i < 0 {
			hs = append(hs, a)
			continue
		}
		hs[i].Spans = mergeSpans(append(hs[i].Spans, a.Spans...))
		hs[i].Pinyin = cmp.Or(hs[i].Pinyin, a.Pinyin)
	}
	return hs
}
