package textindex

import "slices"

// Parts is an index split by documents: part 0 indexes the first
// parts[0].Docs() documents, part 1 the next ones, and so on. A large
// corpus ships its index in parts (one file per page of documents) so that
// no file is too large for a browser's caches and the parts decode as they
// arrive; Parts answers as one Index over all of them would.
type Parts []*Index

// Docs returns the number of documents the parts index together.
func (p Parts) Docs() int {
	n := 0
	for _, ix := range p {
		n += ix.Docs()
	}
	return n
}

// Candidates is Index.Candidates over every part, in document order.
func (p Parts) Candidates(term string, within []int) []int {
	if len(p) == 1 {
		return p[0].Candidates(term, within)
	}
	var out []int
	first := 0 // the first document of the part
	for _, ix := range p {
		n := ix.Docs()
		var sub []int // within, restricted to the part and made relative to it
		if within != nil {
			lo, _ := slices.BinarySearch(within, first)
			hi, _ := slices.BinarySearch(within, first+n)
			if lo == hi {
				first += n
				continue
			}
			sub = make([]int, hi-lo)
			for i, d := range within[lo:hi] {
				sub[i] = d - first
			}
		}
		for _, d := range ix.Candidates(term, sub) {
			out = append(out, first+d)
		}
		first += n
	}
	return out
}
