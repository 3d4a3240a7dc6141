package textindex

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// A near phrase is a term the user typed with one slip: a character left
// out (常委主任 for 常委会主任), one wrong or one too many, or two adjacent
// characters swapped. Such a term matches no text as a phrase, so a search
// that finds it nowhere looks for it near (NearIn). Read as pairs, a text
// that holds it so lacks only pairs of the term that lie within three
// adjacent ones (those the slip broke), which the index answers without
// the texts (NearCandidates). A term of three characters is looked for
// with one left out only (降卓玛 for 降央卓玛, 乡村兴 for 乡村振兴): one too
// many or a wrong one would leave two characters, found anywhere.
const (
	// NearMin is the fewest characters a term needs to be looked for near:
	// a shorter one keeps too little of itself once a character slips.
	NearMin = 3
	// NearMax is the most: a longer term is looked for as typed only (its
	// pairs fit one 32-bit mask).
	NearMax = 25
)

// Nearable reports whether term, of NearMin to NearMax characters, may be
// looked for near.
func Nearable(term string) bool {
	n := utf8.RuneCountInString(term)
	return n >= NearMin && n <= NearMax
}

// maxSlip is the most adjacent pairs of a term of n characters that a
// near match may lack: three (two characters swapped break three pairs),
// and fewer in short terms, which must keep two pairs of their own; a term
// of three keeps one, and every character (a character left out breaks
// one pair).
func maxSlip(n int) int { return max(1, min(3, n-3)) }

// slipFits reports whether a text lacking the pairs of missing (bit i:
// pair i) of a term of n characters may hold it near: it lacks none, or
// all it lacks lie within maxSlip(n) adjacent pairs.
func slipFits(missing uint32, n int) bool {
	if missing == 0 {
		return true
	}
	span := 32 - bits.LeadingZeros32(missing) - bits.TrailingZeros32(missing)
	return span <= maxSlip(n)
}

// termPairs returns the keys of term's pairs, pair i of characters i and
// i+1, in order.
func termPairs(term string) []uint64 {
	var keys []uint64
	prev := rune(-1)
	for _, r := range term {
		if prev >= 0 {
			keys = append(keys, keyOf(prev, r))
		}
		prev = r
	}
	return keys
}

// NearCandidate is a document whose pairs allow a term near, and the
// share, in percent, of the term's weight that its pairs hold (a pair
// weighs more the fewer documents hold it): of the candidates a slip
// leaves, those holding the term's rare pairs (a name, say) are likelier
// to hold it than those lacking them.
type NearCandidate struct {
	Doc, Weight int
}

// NearCandidates returns, in ascending order, the documents whose pairs
// allow term (normalised) near: those that lack none of its pairs or only
// pairs within a slip (see NearIn, which a text at hand verifies). When
// within is not nil the answer is restricted to those documents
// (ascending). A term that is not Nearable has none.
func (ix *Index) NearCandidates(term string, within []int) []NearCandidate {
	return nearCandidates(nil, term, within, ix.docs, ix.posting, &nearScratch{})
}

// NearCandidates is Index.NearCandidates over the shards loaded; it has
// none while a shard of term's pairs is missing (Needs), rather than
// candidates that lack the pairs it would give.
func (s *Sharded) NearCandidates(term string, within []int) []NearCandidate {
	return s.AppendNearCandidates(nil, term, within)
}

// AppendNearCandidates is NearCandidates appending to dst, for a caller
// that reuses its array from one search to the next.
func (s *Sharded) AppendNearCandidates(dst []NearCandidate, term string, within []int) []NearCandidate {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, k := range termPairs(term) {
		if s.shards[shardOf(k, len(s.shards))] == nil {
			return dst
		}
	}
	sc, ok := s.near.Get().(*nearScratch)
	if !ok {
		sc = &nearScratch{}
	}
	defer s.near.Put(sc)
	return nearCandidates(dst, term, within, s.docs, func(k uint64) []byte {
		return s.shards[shardOf(k, len(s.shards))].posting(k)
	}, sc)
}

// nearScratch holds nearCandidates' working arrays from one call to the
// next: a search looks for a term near at each keystroke that types it
// with a slip, and the pairs' decoded lists made anew each time were a
// tenth of what typing allocated at 100,000 reports.
type nearScratch struct {
	a, b  []int    // the two rarest pairs' documents
	cands []int    // their union
	held  []int    // the candidates holding a pair
	have  []uint32 // per candidate: bit i set when it holds pair i
}

// nearCandidates answers NearCandidates for an index of docs documents
// whose encoded lists posting returns (nil: the key is in no document).
// No slip breaks two pairs maxSlip apart or more, so every candidate holds
// one of the two such pairs that the fewest documents hold: those
// documents are decoded, and the other pairs' lists are read for them
// only, a bitmap (a common pair's) by looking them up.
func nearCandidates(dst []NearCandidate, term string, within []int, docs int, posting func(uint64) []byte, sc *nearScratch) []NearCandidate {
	if !Nearable(term) {
		return dst
	}
	pairs := termPairs(term)
	n := len(pairs) + 1
	lists := make([][]byte, len(pairs))
	counts := make([]int, len(pairs)) // documents holding each pair
	weight := make([]float64, len(pairs))
	total := 0.0
	for i, k := range pairs {
		if lists[i] = posting(k); lists[i] != nil {
			counts[i] = header(lists[i], docs).count
			weight[i] = math.Log2(float64(docs+1) / float64(counts[i]+1))
			total += weight[i]
		}
	}
	a, b := 0, len(pairs)-1 // apart enough: maxSlip(n) <= max(1, n-3) <= len(pairs)-1
	for i := range pairs {
		for j := i + maxSlip(n); j < len(pairs); j++ {
			if counts[i]+counts[j] < counts[a]+counts[b] {
				a, b = i, j
			}
		}
	}
	cands := sc.union(lists[a], lists[b], docs)
	if within != nil {
		cands = intersectSorted(cands, within)
	}
	have := slices.Grow(sc.have[:0], len(cands))[:len(cands)]
	clear(have)
	sc.have = have
	for i, p := range lists {
		if p == nil {
			continue
		}
		l := header(p, docs)
		if l.kind == listBitmap {
			for j, d := range cands {
				if l.has(d) {
					have[j] |= 1 << i
				}
			}
			continue
		}
		sc.held = intersect(sc.held, cands, p, docs)
		j := 0
		for _, d := range sc.held { // a subset of cands
			for cands[j] < d {
				j++
			}
			have[j] |= 1 << i
		}
	}
	all, fit := uint32(1)<<len(pairs)-1, 0
	for j, d := range cands { // those that fit, first
		if slipFits(all&^have[j], n) {
			cands[fit], have[fit] = d, have[j]
			fit++
		}
	}
	out := slices.Grow(dst, fit)
	for j, d := range cands[:fit] {
		held := 0.0
		for i := range pairs {
			if have[j]&(1<<i) != 0 {
				held += weight[i]
			}
		}
		w := 100
		if total > 0 {
			w = int(100 * held / total)
		}
		out = append(out, NearCandidate{Doc: d, Weight: w})
	}
	return out
}

// union returns the documents of postings a and b (either may be nil),
// ascending, in sc.cands.
func (sc *nearScratch) union(a, b []byte, docs int) []int {
	sc.a = decodePostingTo(sc.a[:0], a, docs)
	sc.b = decodePostingTo(sc.b[:0], b, docs)
	da, db := sc.a, sc.b
	out := slices.Grow(sc.cands[:0], len(da)+len(db))
	for len(da) > 0 || len(db) > 0 {
		switch {
		case len(db) == 0 || (len(da) > 0 && da[0] < db[0]):
			out, da = append(out, da[0]), da[1:]
		case len(da) == 0 || db[0] < da[0]:
			out, db = append(out, db[0]), db[1:]
		default:
			out, da, db = append(out, da[0]), da[1:], db[1:]
		}
	}
	sc.cands = out
	return out
}

// intersectSorted returns the documents of a (ascending) that b
// (ascending) holds, in a's array.
func intersectSorted(a, b []int) []int {
	out, j := a[:0], 0
	for _, d := range a {
		for j < len(b) && b[j] < d {
			j++
		}
		if j < len(b) && b[j] == d {
			out = append(out, d)
		}
	}
	return out
}

// NearIn returns the first place where text holds term near, both
// normalised (see Near.In); ok is false when it does not, or when term is
// not Nearable. To look for one term in many texts, make its Near once.
func NearIn(text, term string) (start, end int, ok bool) {
	if nt := NewNear(term); nt != nil {
		return nt.In(text)
	}
	return 0, 0, false
}

// Near is a term prepared to be looked for near in texts (In).
type Near struct {
	n     int      // characters
	pairs []uint64 // the keys of its pairs, pair i of characters i and i+1
	// firstPair and lastPair are its first two characters and its last
	// two.
	firstPair, lastPair string
	lead                uint64 // bit r%64 set for the first character r of each pair
	slips               []slip // how it may have been typed, the term as typed first
}

// slip is a way the text may hold the term: left, then one character of
// any kind when any, then mid, then right. It breaks the term's pairs
// first to last (none when last < first).
type slip struct {
	left, mid, right string
	any              bool
	first, last      int
}

// NewNear prepares term (normalised) to be looked for near; nil when it is
// not Nearable. Its slips, each keeping at least two of the term's pairs
// (a term of three characters: all its characters, so only the first):
//
//   - a character left out: the text has one more between two of the term's;
//   - a character too many: the text lacks one of the term's;
//   - a wrong character: the text has another in its place (not at an end,
//     where it is one too many);
//   - two adjacent characters swapped.
func NewNear(term string) *Near {
	if !Nearable(term) {
		return nil
	}
	at := make([]int, 0, NearMax+1) // byte offset of each character, then the end
	for i := range term {
		at = append(at, i)
	}
	n := len(at)
	at = append(at, len(term))
	nt := &Near{n: n, pairs: termPairs(term), firstPair: term[:at[2]], lastPair: term[at[n-2]:]}
	for i := range nt.pairs {
		r, _ := utf8.DecodeRuneInString(term[at[i]:])
		nt.lead |= 1 << (uint(r) % 64)
	}
	nt.slips = append(nt.slips, slip{left: term, first: 0, last: -1})
	for k := range n {
		left := term[:at[k]]
		for kind := range 4 {
			sl := slip{left: left, first: k - 1, last: k}
			switch {
			case kind == 0 && n > 3: // character k too many
				sl.right = term[at[k+1]:]
			case kind == 1 && k > 0 && k+1 < n: // character k wrong
				sl.right, sl.any = term[at[k+1]:], true
			case kind == 2 && k > 0: // one left out before k
				sl.right, sl.any, sl.last = term[at[k]:], true, k-1
			case kind == 3 && k+1 < n: // characters k and k+1 swapped
				sl.mid, sl.right, sl.last = term[at[k+1]:at[k+2]]+term[at[k]:at[k+1]], term[at[k+2]:], k+1
			default:
				continue
			}
			if sl.first, sl.last = max(sl.first, 0), min(sl.last, n-2); sl.last-sl.first+1 <= maxSlip(n) {
				nt.slips = append(nt.slips, sl)
			}
		}
	}
	return nt
}

// In returns the first place where text (normalised) holds the term near:
// as typed or with one slip (NewNear); of two ways to read one place, the
// longer. Most texts lack the term's first pair and its last, which no
// slip breaks together; in the others one pass finds the pairs the text
// holds and where the first and last are, and a slip is tried only where
// one of them anchors it.
func (nt *Near) In(text string) (start, end int, ok bool) {
	if !strings.Contains(text, nt.firstPair) && !strings.Contains(text, nt.lastPair) {
		return 0, 0, false // no slip breaks both: the quick answer for most texts
	}
	missing, firsts, lasts := nt.scan(text)
	if !slipFits(missing, nt.n) {
		return 0, 0, false
	}
	start = -1
	for _, sl := range nt.slips {
		window := uint32(0)
		if sl.last >= sl.first {
			window = uint32(1)<<(sl.last+1) - uint32(1)<<sl.first
		}
		if missing&^window != 0 {
			continue // the text lacks a pair this slip keeps
		}
		if utf8.RuneCountInString(sl.left) >= 2 { // starts with the first pair
			for _, s := range firsts {
				if e, ok := sl.at(text, s); ok {
					if start < 0 || s < start || (s == start && e > end) {
						start, end = s, e
					}
					break
				}
			}
			continue
		}
		for _, e := range lasts { // its right part ends with the last pair
			if s, ok := sl.before(text, e); ok && (start < 0 || s <= start) {
				if e2, ok := sl.at(text, s); ok {
					if start < 0 || s < start || e2 > end {
						start, end = s, e2
					}
					break
				}
			}
		}
	}
	return start, end, start >= 0
}

// maxAnchors is how many places of the term's first pair (and of its
// last) a text is read at. A report holds a pair tens of times; a file of
// one character repeated holds it millions of times, each a place that
// almost matches: 18 MB of 人 took 0.56 s for 人人人人人人人人人人人XY, 0.09 s
// with the bound (the one pass over the text, natively). A near match past
// that many places in one text is not seen.
const maxAnchors = 4096

// scan returns which of the term's pairs text lacks (bit i: pair i), where
// its first pair starts and where its last ends, in order, at most
// maxAnchors of each.
func (nt *Near) scan(text string) (missing uint32, firsts, lasts []int) {
	var have uint32
	first, last := nt.pairs[0], nt.pairs[len(nt.pairs)-1]
	prev, prevAt := rune(-1), 0
	for i, r := range text {
		if prev >= 0 && nt.lead&(1<<(uint(prev)%64)) != 0 {
			k := keyOf(prev, r)
			for j, p := range nt.pairs {
				if p == k {
					have |= 1 << j
				}
			}
			if k == first && len(firsts) < maxAnchors {
				firsts = append(firsts, prevAt)
			}
			if k == last && len(lasts) < maxAnchors {
				_, size := utf8.DecodeRuneInString(text[i:]) // 1 for a byte that is not UTF-8
				lasts = append(lasts, i+size)
			}
		}
		prev, prevAt = r, i
	}
	return uint32(1)<<len(nt.pairs) - 1 - have, firsts, lasts
}

// at reports whether text holds the slip from byte s, and where it ends.
func (sl *slip) at(text string, s int) (end int, ok bool) {
	rest := text[s:]
	if !strings.HasPrefix(rest, sl.left) {
		return 0, false
	}
	rest = rest[len(sl.left):]
	if sl.any {
		if rest == "" {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
	}
	if !strings.HasPrefix(rest, sl.mid) || !strings.HasPrefix(rest[len(sl.mid):], sl.right) {
		return 0, false
	}
	return len(text) - len(rest) + len(sl.mid) + len(sl.right), true
}

// before returns where the slip would start in text if it ended at byte e.
func (sl *slip) before(text string, e int) (start int, ok bool) {
	s := e - len(sl.right) - len(sl.mid)
	if s < 0 {
		return 0, false
	}
	if sl.any {
		_, size := utf8.DecodeLastRuneInString(text[:s])
		s -= size
	}
	s -= len(sl.left)
	return s, s >= 0
}
