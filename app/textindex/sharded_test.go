package textindex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// shardFiles splits ix into n shards and round-trips each through its
// file, as the browser gets them.
func shardFiles(t *testing.T, ix *Index, n int) []*Index {
	t.Helper()
	var out []*Index
	for k, s := range ix.Split(n) {
		b, err := s.Encode()
		if err != nil {
			t.Fatal(err)
		}
		d, err := Decode(b)
		if err != nil {
			t.Fatalf("shard %d of %d: %v", k, n, err)
		}
		out = append(out, d)
	}
	return out
}

// TestShardedEqualsWhole checks that an index split by key answers every
// term as the whole does once the shards Needs names are in, over all
// documents and within random subsets; that the shards partition the keys;
// and that a term whose shards are missing says so and finds nothing more
// than the whole.
func TestShardedEqualsWhole(t *testing.T) {
	texts := generated(t, 200, 3)
	whole := Build(texts)
	r := rand.New(rand.NewPCG(3, 4))
	qs := queries(texts, r, 150)
	for _, n := range []int{1, 2, 7, 64} {
		shards := shardFiles(t, whole, n)
		keys := 0
		for _, s := range shards {
			keys += s.Keys()
		}
		if keys != whole.Keys() {
			t.Fatalf("%d shards hold %d keys, the whole %d", n, keys, whole.Keys())
		}
		sh := NewSharded(whole.Docs(), n)
		asked := map[int]bool{} // the shards of the terms so far
		buf := make([]int, 0, whole.Docs())
		for _, q := range qs {
			for _, term := range strings.Fields(q) {
				want := whole.Candidates(term, nil)
				needs := sh.Needs(term)
				if !slices.Equal(needs, slices.DeleteFunc(ShardsOf(term, n), func(k int) bool { return sh.shards[k] != nil })) {
					t.Fatalf("%d shards: Needs(%q) = %v, ShardsOf %v", n, term, needs, ShardsOf(term, n))
				}
				if got := sh.Candidates(term, nil); len(needs) > 0 && !subset(got, want) {
					t.Fatalf("%d shards: Candidates(%q) with shards %v missing = %v, more than the whole's %v", n, term, needs, got, want)
				}
				for _, k := range needs {
					if err := sh.Add(k, shards[k]); err != nil {
						t.Fatal(err)
					}
				}
				for _, k := range ShardsOf(term, n) {
					asked[k] = true
				}
				if sh.Loaded() != len(asked) {
					t.Fatalf("%d shards: %d loaded after %q, want the %d its terms so far need", n, sh.Loaded(), term, len(asked))
				}
				if left := sh.Needs(term); len(left) > 0 {
					t.Fatalf("%d shards: Needs(%q) = %v after adding them", n, term, left)
				}
				if got := sh.Candidates(term, nil); !slices.Equal(got, want) {
					t.Fatalf("%d shards: Candidates(%q) = %v, whole %v", n, term, got, want)
				}
				within := []int{}
				for d := range texts {
					if r.IntN(3) == 0 {
						within = append(within, d)
					}
				}
				if got, want := sh.Candidates(term, within), whole.Candidates(term, within); !slices.Equal(got, want) {
					t.Fatalf("%d shards: Candidates(%q, within %d docs) = %v, whole %v", n, term, len(within), got, want)
				}
				// AppendCandidates answers the same in the caller's
				// array, which a search after search reuses.
				for _, in := range [][]int{nil, within} {
					before := unsafe.SliceData(buf)
					buf = sh.AppendCandidates(buf, term, in)
					if want := whole.Candidates(term, in); !slices.Equal(buf, want) {
						t.Fatalf("%d shards: AppendCandidates(%q, within %d docs) = %v, whole %v", n, term, len(in), buf, want)
					}
					if len(buf) > 0 && unsafe.SliceData(buf) != before { // it has room for every document
						t.Fatalf("%d shards: AppendCandidates(%q) did not write into the array given", n, term)
					}
					if buf == nil {
						buf = make([]int, 0, whole.Docs())
					}
				}
			}
		}
	}
}

// TestShardsOf checks the shards of terms by their kind: one key for a
// character or a pair, the pairs of a longer term, none for the empty one.
func TestShardsOf(t *testing.T) {
	const n = 1 << 20 // enough that distinct keys rarely share a shard
	tests := []struct {
		term string
		keys int
	}{
		{"", 0},
		{"人", 1},
		{"人大", 1},
		{"人大会", 2},
		{"人大人大", 2}, // 人大 大人 人大: each pair once
		{"代表大会主任", 5},
	}
	for _, tt := range tests {
		got := ShardsOf(tt.term, n)
		if len(got) != tt.keys {
			t.Errorf("ShardsOf(%q) = %v, want %d shards (one per key)", tt.term, got, tt.keys)
		}
		if !slices.IsSorted(got) {
			t.Errorf("ShardsOf(%q) = %v, not ascending", tt.term, got)
		}
	}
	if got := ShardsOf("人大", 1); !slices.Equal(got, []int{0}) {
		t.Errorf("ShardsOf(人大, 1) = %v, want [0]", got)
	}
}

// TestShardedAddRejects checks that a shard of another index, another
// split or out of range is refused and changes nothing.
func TestShardedAddRejects(t *testing.T) {
	texts := generated(t, 40, 5)
	whole := Build(texts)
	four, three := shardFiles(t, whole, 4), shardFiles(t, whole, 3)
	other := shardFiles(t, Build(texts[:30]), 4)
	tests := []struct {
		name string
		k    int
		ix   *Index
	}{
		{"out of range", 4, four[0]},
		{"negative", -1, four[0]},
		{"another number of documents", 1, other[1]},
		{"another split", 1, three[1]},
		{"another shard", 2, four[1]},
	}
	for _, tt := range tests {
		sh := NewSharded(whole.Docs(), 4)
		if err := sh.Add(tt.k, tt.ix); err == nil {
			t.Errorf("%s: Add(%d) accepted", tt.name, tt.k)
		}
		if sh.Loaded() != 0 {
			t.Errorf("%s: %d shards loaded after a refusal", tt.name, sh.Loaded())
		}
	}
	sh := NewSharded(whole.Docs(), 4)
	for k := range 4 {
		if err := sh.Add(k, four[k]); err != nil {
			t.Fatalf("shard %d: %v", k, err)
		}
	}
	if err := sh.Add(0, four[0]); err != nil || sh.Loaded() != 4 {
		t.Errorf("adding a shard again: %v, %d loaded, want 4", err, sh.Loaded())
	}
}

// TestJoinEqualsWhole checks that indexes of consecutive documents, joined,
// encode as the index of all of them does.
func TestJoinEqualsWhole(t *testing.T) {
	texts := generated(t, 120, 8)
	want, err := Build(texts).Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, cuts := range [][]int{{120}, {1, 120}, {40, 80, 120}, {0, 7, 8, 119, 120}} {
		var parts []*Index
		prev := 0
		for _, c := range cuts {
			parts = append(parts, Build(texts[prev:c]))
			prev = c
		}
		got, err := Join(parts...).Encode()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("cuts %v: the joined index (%d bytes) differs from the whole (%d)", cuts, len(got), len(want))
		}
	}
}

// TestShardedConcurrent adds shards while searches run (go test -race
// checks the locking): every answer is a subset of the whole index's, and
// all equal it at the end.
func TestShardedConcurrent(t *testing.T) {
	texts := generated(t, 60, 11)
	whole := Build(texts)
	const n = 16
	shards := whole.Split(n)
	sh := NewSharded(whole.Docs(), n)
	terms := []string{"人大", "代表", "会议", "选举", "主任", "的"}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for k := range n {
			if err := sh.Add(k, shards[k]); err != nil {
				t.Error(err)
			}
		}
	}()
	for range 50 {
		for _, term := range terms {
			if got, want := sh.Candidates(term, nil), whole.Candidates(term, nil); !subset(got, want) {
				t.Fatalf("Candidates(%q) = %v while shards come, more than the whole's %v", term, got, want)
			}
			sh.Needs(term)
		}
	}
	<-done
	for _, term := range terms {
		if got, want := sh.Candidates(term, nil), whole.Candidates(term, nil); !slices.Equal(got, want) {
			t.Errorf("Candidates(%q) = %v with every shard, want %v", term, got, want)
		}
	}
}
