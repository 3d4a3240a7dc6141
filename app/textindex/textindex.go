// Package textindex is the body-text index of the explorer: for every
// character and every pair of adjacent characters of the documents'
// normalised texts, the list of documents that contain it.
//
// Chinese has no spaces and many words are two characters long (人大, 选举),
// so character pairs answer most queries exactly: a term of one character is
// looked up as such, a term of two is one pair, and a longer term is the
// intersection of its pairs' lists, verified as a phrase against the text
// when the text is at hand. The index is built once, at dist time (Build),
// split by key into shards (Index.Split), each shipped as compact bytes
// (Index.Encode), and decoded in the browser (Decode), which keeps
// the posting lists encoded and decodes only those a query needs. The
// browser fetches only the shards the terms typed need (ShardsOf, Sharded).
package textindex

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/app/internal/keysort"
)

// Index maps characters and character pairs to the documents that contain
// them. It is read-only once built or decoded, and safe for concurrent use.
type Index struct {
	tag  string   // what its user says it belongs to (SetTag): encoded with it
	docs int      // number of documents
	keys []uint64 // sorted keys: see keyOf
	offs []uint32 // posting i is data[offs[i]:offs[i+1]]
	data []byte   // encoded posting lists
}

// keyOf is the key of a character (b < 0) or of a pair of characters. Runes
// are below 1<<21; a lone character has the second slot at zero, a pair
// stores b+1 there.
func keyOf(a, b rune) uint64 {
	return uint64(a)<<22 | uint64(b+1)
}

// Build indexes texts, already normalised by the caller (the explorer uses
// explore.Normalise); document i is texts[i]. Invalid UTF-8 bytes count as
// U+FFFD.
func Build(texts []string) *Index {
	lists := map[uint64][]int32{}
	add := func(k uint64, doc int32) {
		l := lists[k]
		if n := len(l); n > 0 && l[n-1] == doc {
			return
		}
		lists[k] = append(l, doc)
	}
	for d, t := range texts {
		prev := rune(-1)
		for _, r := range t {
			add(keyOf(r, -1), int32(d))
			if prev >= 0 {
				add(keyOf(prev, r), int32(d))
			}
			prev = r
		}
	}
	ix := &Index{docs: len(texts), keys: make([]uint64, 0, len(lists))}
	for k := range lists {
		ix.keys = append(ix.keys, k)
	}
	keysort.Uint64s(ix.keys)
	ix.offs = make([]uint32, 0, len(ix.keys)+1)
	for _, k := range ix.keys {
		ix.offs = append(ix.offs, uint32(len(ix.data)))
		ix.data = appendPosting(ix.data, lists[k], len(texts))
	}
	ix.offs = append(ix.offs, uint32(len(ix.data)))
	return ix
}

// Docs returns the number of documents indexed.
func (ix *Index) Docs() int { return ix.docs }

// Keys returns the number of distinct characters and pairs indexed.
func (ix *Index) Keys() int { return len(ix.keys) }

// posting returns the encoded list of key k, or nil.
func (ix *Index) posting(k uint64) []byte {
	i, ok := slices.BinarySearch(ix.keys, k)
	if !ok {
		return nil
	}
	return ix.data[ix.offs[i]:ix.offs[i+1]]
}

// Candidates returns, in ascending order, the documents that may contain
// term (normalised, as the texts): exactly those that do when term has one
// or two characters, else those that contain each of its pairs. When within
// is not nil the answer is restricted to those documents (ascending). The
// empty term has no candidates.
func (ix *Index) Candidates(term string, within []int) []int {
	return candidates(nil, term, within, ix.docs, ix.posting)
}

// candidates answers Candidates for an index of docs documents whose
// encoded lists posting returns (nil: the key is in no document), in
// dst[:0] when it has the room (dst must not share within's array).
func candidates(dst []int, term string, within []int, docs int, posting func(uint64) []byte) []int {
	keys := termKeys(term)
	if len(keys) == 0 {
		return nil
	}
	ps := make([][]byte, len(keys))
	for i, k := range keys {
		if ps[i] = posting(k); ps[i] == nil {
			return nil
		}
	}
	// Shortest encoding first: usually the rarest pair. A term has a few
	// keys (one a character), so an insertion sort does: slices.SortFunc
	// over [][]byte was 20 KB of app.wasm's code.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j]) < len(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	out := dst[:0]
	for i, p := range ps {
		switch {
		case i == 0 && within == nil:
			out = decodePostingTo(out, p, docs)
		case i == 0:
			out = intersect(out, within, p, docs)
		default:
			out = intersect(out, out, p, docs) // in place
		}
		if len(out) == 0 {
			return nil
		}
	}
	return out
}

// Find returns the documents whose text contains every term of query
// (terms are separated by white space; each is normalised as the texts), in
// ascending order. text returns document i's normalised text when it is at
// hand: then a term longer than two characters is verified as a phrase;
// otherwise its candidates stand. text may be nil.
func (ix *Index) Find(query string, text func(doc int) (string, bool)) []int {
	terms := strings.Fields(query)
	if len(terms) == 0 {
		return nil
	}
	// Short terms first: their lists are exact and narrow the rest.
	slices.SortStableFunc(terms, func(a, b string) int {
		return utf8.RuneCountInString(a) - utf8.RuneCountInString(b)
	})
	var docs []int
	for i, t := range terms {
		var within []int
		if i > 0 {
			within = docs
		}
		docs = ix.Candidates(t, within)
		if text != nil && utf8.RuneCountInString(t) > 2 {
			docs = slices.DeleteFunc(docs, func(d int) bool {
				s, ok := text(d)
				return ok && !strings.Contains(s, t)
			})
		}
		if len(docs) == 0 {
			return nil
		}
	}
	return docs
}

// Size returns the bytes of the index's encoded lists.
func (ix *Index) Size() int { return len(ix.data) }
