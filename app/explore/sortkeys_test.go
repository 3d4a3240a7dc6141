package explore

import (
	"math/rand/v2"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
)

// TestSortKeys checks sortKeys against slices.Sort, below and above the
// length it sorts by digits from, for keys that differ in every byte, in
// a few, or not at all.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		name string
		n    int
		key  func() uint64
	}{
		{"empty", 0, r.Uint64},
		{"few", 100, r.Uint64},
		{"many, every byte", radixMin + 7, r.Uint64},
		{"many, ranks and places", 3 * radixMin, func() uint64 { return uint64(r.IntN(4))<<56 | uint64(r.IntN(1<<20))<<1 }},
		{"many, duplicates", radixMin, func() uint64 { return uint64(r.IntN(10)) << 32 }},
		{"many, all equal", radixMin, func() uint64 { return 42 }},
	} {
		keys := make([]uint64, tt.n)
		for i := range keys {
			keys[i] = tt.key()
		}
		want := slices.Sorted(slices.Values(keys))
		sortKeys(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("%s: sortKeys differs from slices.Sort", tt.name)
		}
	}
}

// TestSmallest checks smallest against the first n of the sorted keys,
// for n below, at and beyond their number, and that it leaves keys as
// they were.
func TestSmallest(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	keys := make([]uint64, 1000)
	for i := range keys {
		keys[i] = r.Uint64() >> r.IntN(64)
	}
	sorted := slices.Sorted(slices.Values(keys))
	before := slices.Clone(keys)
	for _, n := range []int{0, 1, 2, 20, 999, 1000, 1500} {
		if got := smallest(keys, n); !slices.Equal(got, sorted[:min(n, len(keys))]) {
			t.Errorf("smallest(keys, %d) = %v…, want %v…", n, got[:min(3, len(got))], sorted[:min(3, n)])
		}
	}
	if !slices.Equal(keys, before) {
		t.Error("smallest changed the keys")
	}
}

// TestSearchTop checks that the first n hits of SearchTop are Search's
// first n, whatever n, with every hit's document in Docs in the same order
// and in Matched as a set, with and without a filter.
func TestSearchTop(t *testing.T) {
	ix := New(genPack(t, 300, 6))
	for _, q := range []Query{{Text: "会议"}, {Text: "人大 选举"}, {Text: "县"}, {}, {Text: "会议", Events: []string{"opening"}}, {Text: "县", Levels: []string{"county"}}} {
		all := ix.Search(q)
		if all.Total() < 30 {
			t.Fatalf("%+v: %d hits, too few to test", q, all.Total())
		}
		for _, n := range []int{0, 1, 20, all.Total(), all.Total() + 5} {
			top := ix.SearchTop(q, n)
			if want := all.Hits[:min(n, all.Total())]; !reflect.DeepEqual(top.Hits, want) {
				t.Errorf("%+v: SearchTop(%d) hits differ from Search's first", q, n)
			}
			if len(top.Hits) != min(n, all.Total()) || top.Total() != all.Total() || !slices.Equal(top.Docs(), all.Docs()) {
				t.Errorf("%+v: SearchTop(%d): %d hits of %d, or the order of every hit differs", q, n, len(top.Hits), top.Total())
			}
			if m := top.Matched(); !slices.Equal(slices.Sorted(slices.Values(m)), slices.Sorted(slices.Values(all.Docs()))) {
				t.Errorf("%+v: SearchTop(%d): Matched is not the set of Docs", q, n)
			}
		}
	}
}

// TestSlotsReused checks that searches reusing the slot arrays of those
// before (slotPool) answer as on an index that never searched, broad
// terms after narrow ones and back.
func TestSlotsReused(t *testing.T) {
	p := genPack(t, 300, 7)
	queries := []string{"会议", "王", "人大 选举", "县", "不存在的词组", "会议 开幕", "选举"}
	want := make([]Result, len(queries))
	for i, q := range queries {
		want[i] = New(p).Search(Query{Text: q})
	}
	ix := New(p)
	for round := range 2 {
		for i, q := range queries {
			if got := ix.SearchTop(Query{Text: q}, 20); !reflect.DeepEqual(got.Hits, want[i].Hits[:min(20, len(want[i].Hits))]) || !slices.Equal(got.Docs(), want[i].Docs()) {
				t.Errorf("round %d: SearchTop(%q) differs from a fresh index's", round, q)
			}
		}
	}
}

// TestResultRelease checks that a page releasing each result before the
// next search (Result.Release) gets the answers of an index that never
// released one, broad terms after narrow ones and back; that a released
// result and its copies have no hits; and that the keys given back serve
// a later search.
func TestResultRelease(t *testing.T) {
	p := genPack(t, 300, 7)
	queries := []string{"会议", "王", "人大 选举", "县", "不存在的词组", "会议 开幕", "选举", ""}
	want := make([]Result, len(queries))
	for i, q := range queries {
		want[i] = New(p).Search(Query{Text: q})
	}
	ix := New(p)
	var res Result
	for round := range 2 {
		for i, q := range queries {
			res.Release()
			res = ix.SearchTop(Query{Text: q}, 20)
			if !reflect.DeepEqual(res.Hits, want[i].Hits[:min(20, len(want[i].Hits))]) || res.Total() != want[i].Total() ||
				!slices.Equal(slices.Sorted(slices.Values(res.Matched())), slices.Sorted(slices.Values(want[i].Docs()))) {
				t.Errorf("round %d: SearchTop(%q) after releasing the result before differs from a fresh index's", round, q)
			}
		}
	}

	res = ix.SearchTop(Query{Text: "会议"}, 20)
	held := res // a copy, as a page's handler may keep
	if res.Total() == 0 {
		t.Fatal("会议: no hits")
	}
	res.Release()
	res.Release() // twice: nothing more
	if res.Total() != 0 || held.Total() != 0 || held.Docs() != nil && len(held.Docs()) > 0 || len(held.Matched()) > 0 {
		t.Errorf("after Release: Total %d, copy's Total %d, Docs %v, Matched %v; want no hits", res.Total(), held.Total(), held.Docs(), held.Matched())
	}

	// sync.Pool may drop what it is given (the race detector makes it do so
	// at random, a collection empties it) or keep it where another
	// processor does not look (given on one P, asked for on another), and
	// a search drops keys too short for it: under make test's load, ten
	// tries of 县 then 会议 missed once. One P, no collection, the same
	// query, a few tries.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	reused := false
	for range 10 {
		r := ix.SearchTop(Query{Text: "会议"}, 20)
		keys := r.order.keys
		r.Release()
		if again := ix.SearchTop(Query{Text: "会议"}, 20); len(again.order.keys) > 0 && &again.order.keys[:1][0] == &keys[:1][0] {
			reused = true
			break
		}
	}
	if !reused {
		t.Error("a search after Release did not reuse the keys given back")
	}
}
