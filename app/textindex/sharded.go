package textindex

import (
	"fmt"
	"slices"
	"sync"

	"renda/app/internal/keysort"
)

// Split cuts the index by key into n shards (at least one): shard k holds
// the keys that ShardsOf places in shard k, with their lists, over all the
// index's documents. A site ships each shard as a file, and the browser
// fetches only those a query needs (Sharded): a body-text search never
// waits for the whole index, and a large corpus's index is never all in
// memory unless it is all used.
func (ix *Index) Split(n int) []*Index {
	n = max(n, 1)
	shards := make([]*Index, n)
	for k := range shards {
		shards[k] = &Index{docs: ix.docs}
	}
	for i, key := range ix.keys { // ascending: so is every shard's
		s := shards[shardOf(key, n)]
		s.keys = append(s.keys, key)
		s.offs = append(s.offs, uint32(len(s.data)))
		s.data = append(s.data, ix.data[ix.offs[i]:ix.offs[i+1]]...)
	}
	for _, s := range shards {
		s.offs = append(s.offs, uint32(len(s.data)))
	}
	return shards
}

// shardOf is the shard of key k among n: a multiplicative hash, so that
// the characters and pairs of a text, whose keys are close, spread over the
// shards.
func shardOf(k uint64, n int) int {
	return int((k * 0x9E3779B97F4A7C15 >> 32) % uint64(n))
}

// termKeys returns the keys a term is looked up by, sorted and distinct:
// its character when it has one, else its pairs; none for the empty term.
func termKeys(term string) []uint64 {
	var keys []uint64
	prev, n := rune(-1), 0
	for _, r := range term {
		n++
		if prev >= 0 {
			keys = append(keys, keyOf(prev, r))
		}
		prev = r
	}
	if n == 1 {
		keys = []uint64{keyOf(prev, -1)}
	}
	keysort.Uint64s(keys)
	return slices.Compact(keys)
}

// ShardsOf returns the shards, of an index split into n (Split), that
// hold the keys term (normalised) is looked up by: ascending, distinct, none
// for the empty term. A page knows them from the query alone, before any of
// the index is loaded.
func ShardsOf(term string, n int) []int {
	var ks []int
	for _, k := range termKeys(term) {
		ks = append(ks, shardOf(k, max(n, 1)))
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// Sharded is an index split by key (Split) whose shards come one by one:
// it answers a term exactly once the shards of its keys are in (Needs
// tells which are missing), and as if they held nothing before. It is safe
// for concurrent use: shards may be added while others search.
type Sharded struct {
	docs int

	mu     sync.RWMutex
	shards []*Index // nil: not loaded
	loaded int
	near   sync.Pool // *nearScratch, for NearCandidates
}

// NewSharded returns an index of docs documents split into n shards (at
// least one), none of them loaded.
func NewSharded(docs, n int) *Sharded {
	return &Sharded{docs: docs, shards: make([]*Index, max(n, 1))}
}

// Whole returns ix as a Sharded index of one shard, loaded.
func Whole(ix *Index) *Sharded {
	s := NewSharded(ix.docs, 1)
	s.shards[0], s.loaded = ix, 1
	return s
}

// Docs returns the number of documents the index covers.
func (s *Sharded) Docs() int { return s.docs }

// Shards returns the number of shards, loaded or not.
func (s *Sharded) Shards() int { return len(s.shards) }

// Loaded returns the number of shards loaded.
func (s *Sharded) Loaded() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.loaded
}

// Has reports whether shard k is loaded.
func (s *Sharded) Has(k int) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return k >= 0 && k < len(s.shards) && s.shards[k] != nil
}

// Add gives the index shard k, decoded from its file. It fails, leaving
// the index as it was, when k is out of range, when the shard covers
// another number of documents, or when it holds a key of another shard (a
// file of another build or split).
func (s *Sharded) Add(k int, ix *Index) error {
	if k < 0 || k >= len(s.shards) {
		return fmt.Errorf("text index: shard %d of %d", k, len(s.shards))
	}
	if ix.docs != s.docs {
		return fmt.Errorf("text index: shard %d covers %d documents, not %d", k, ix.docs, s.docs)
	}
	for _, key := range ix.keys {
		if shardOf(key, len(s.shards)) != k {
			return fmt.Errorf("text index: shard %d holds a key of shard %d", k, shardOf(key, len(s.shards)))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shards[k] == nil {
		s.loaded++
	}
	s.shards[k] = ix
	return nil
}

// Needs returns the shards that term needs and that are not loaded yet,
// ascending; none when it can be answered.
func (s *Sharded) Needs(term string) []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.DeleteFunc(ShardsOf(term, len(s.shards)), func(k int) bool { return s.shards[k] != nil })
}

// Candidates is Index.Candidates over the shards loaded: exact when Needs
// reports none for term; a key of a missing shard reads as found nowhere.
func (s *Sharded) Candidates(term string, within []int) []int {
	return s.AppendCandidates(nil, term, within)
}

// AppendCandidates is Candidates written in dst[:0] when it has the room,
// so that a caller can use one array search after search: a frequent
// character's list over 100,000 reports is 800 KB decoded. dst must not
// share within's array.
func (s *Sharded) AppendCandidates(dst []int, term string, within []int) []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return candidates(dst, term, within, s.docs, func(k uint64) []byte {
		if ix := s.shards[shardOf(k, len(s.shards))]; ix != nil {
			return ix.posting(k)
		}
		return nil
	})
}

// Join returns one index over the documents of parts, in order: part 0's
// documents first, then part 1's, and so on. A large corpus is indexed a
// page of documents at a time (Build's memory grows with the documents it
// holds) and joined before it is split by key.
func Join(parts ...*Index) *Index {
	if len(parts) == 1 {
		return parts[0]
	}
	out := &Index{}
	var keys []uint64
	for _, p := range parts {
		out.docs += p.docs
		keys = append(keys, p.keys...)
	}
	keysort.Uint64s(keys)
	out.keys = slices.Compact(keys)
	out.offs = make([]uint32, 0, len(out.keys)+1)
	at := make([]int, len(parts)) // per part: its next key
	var docs []int32
	for _, k := range out.keys {
		docs = docs[:0]
		first := 0 // the part's first document in the whole
		for i, p := range parts {
			if j := at[i]; j < len(p.keys) && p.keys[j] == k {
				for _, d := range decodePosting(p.data[p.offs[j]:p.offs[j+1]], p.docs) {
					docs = append(docs, int32(first+d))
				}
				at[i]++
			}
			first += p.docs
		}
		out.offs = append(out.offs, uint32(len(out.data)))
		out.data = appendPosting(out.data, docs, out.docs)
	}
	out.offs = append(out.offs, uint32(len(out.data)))
	return out
}
