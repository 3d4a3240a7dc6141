package explore

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/sahilm/fuzzy"
)

// foundView is a found key with its spans, as tests compare them.
type foundView struct {
	index, tier, score int
	spans              []Span
}

// views returns the keys of kf, matches among the keys of ks, with their
// spans.
func views(kf keysFound, ks *keySet) []foundView {
	var out []foundView
	for _, f := range kf.list {
		out = append(out, foundView{int(f.index), int(f.tier), int(f.score), kf.spans(ks, f)})
	}
	return out
}

// bruteFindKeys is findKeys as it was before keySet: every key screened,
// equal keys grouped on the fly.
func bruteFindKeys(t string, keys []key) []foundView {
	var (
		norms []string
		owner []int
		out   []foundView
	)
	seen := map[string]int{}
	var dups [][2]int
	for i, k := range keys {
		if j, ok := seen[k.norm]; ok {
			dups = append(dups, [2]int{i, j})
			continue
		}
		seen[k.norm] = i
		if subsequence(k.norm, t) {
			norms = append(norms, k.norm)
			owner = append(owner, i)
		}
	}
	first := map[int]int{}
	// Forms matching t not even in order may match a swapped variant.
	var rest []int
	for i, k := range keys {
		if seen[k.norm] == i && !subsequence(k.norm, t) && strings.ContainsRune(k.norm, []rune(t + "\x00")[0]) {
			rest = append(rest, i)
		}
	}
	for _, i := range rest {
		for _, v := range swaps(t) {
			if m := fuzzy.FindNoSort(v, []string{keys[i].norm}); len(m) == 1 {
				first[i] = len(out)
				out = append(out, foundView{i, tierFuzzy, int(clampScore(m[0].Score - swapPenalty)), runeSpans(m[0].Str, m[0].MatchedIndexes)})
				break
			}
		}
	}
	for _, m := range fuzzy.FindNoSort(t, norms) {
		i, s := owner[m.Index], m.Str
		first[i] = len(out)
		if at := strings.Index(s, t); at >= 0 {
			tier := tierInside
			if s == t {
				tier = tierExact
			}
			out = append(out, foundView{i, tier, 100 - min(at, 99), []Span{{at, at + len(t)}}})
			continue
		}
		out = append(out, foundView{i, tierFuzzy, int(clampScore(m.Score)), runeSpans(s, m.MatchedIndexes)})
	}
	for _, d := range dups {
		if j, ok := first[d[1]]; ok {
			f := out[j]
			f.index = d[0]
			out = append(out, f)
		}
	}
	return out
}

// TestFindKeysBruteForce checks that matching through a keySet's character
// index gives what screening every key gives, for titles, places and names
// of a synthetic corpus and terms that match whole, fuzzily, or not at all.
func TestFindKeysBruteForce(t *testing.T) {
	p := bigPack(1200)
	sets := map[string][]key{}
	for _, d := range p.Docs {
		sets["title"] = append(sets["title"], newKey(d.Title))
		sets["place"] = append(sets["place"], newKey(d.Locality))
		for _, n := range append(d.Presiding, d.Rostrum...) {
			sets["name"] = append(sets["name"], newKey(n))
		}
	}
	sets["odd"] = []key{newKey("ＡＢｃ縣"), newKey("abc县"), newKey("a\xffb"), newKey(""), newKey("县县")}
	terms := []string{"某12县", "某1县", "某县", "县某", "张1", "张", "李70", "闭幕", "会议第", "第11届", "不存在",
		"12", "a", "abc县", "\xff", "县县", "x", "某12县第11届人民代表大会第2次会议闭幕",
		"1某2县", "张李1", "幕闭会"} // two characters swapped
	for name, keys := range sets {
		ks := newKeySet(keys, "")
		if ks.len() != len(keys) {
			t.Fatalf("%s: %d keys laid out of %d", name, ks.len(), len(keys))
		}
		for i, k := range keys {
			spans := []Span{{0, len(k.norm)}}
			if ks.norm(i) != k.norm || !reflect.DeepEqual(ks.origSpans(i, spans), k.origSpans(spans)) {
				t.Errorf("%s key %d: %q %v laid out as %q %v", name, i, k.norm, k.origSpans(spans), ks.norm(i), ks.origSpans(i, spans))
			}
		}
		reused := &keyScratch{} // one term's arrays serve the next, as pooled
		for _, term := range terms {
			want := bruteFindKeys(term, keys)
			// In any order: each key is found once.
			byIndex := func(a, b foundView) int { return a.index - b.index }
			slices.SortFunc(want, byIndex)
			for how, sc := range map[string]*keyScratch{"new": nil, "reused": reused} {
				got := views(findKeys(term, &ks, sc, 1), &ks)
				slices.SortFunc(got, byIndex)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %q, arrays %s: got %d matches, want %d\n got %v\nwant %v", name, term, how, len(got), len(want), got, want)
				}
			}
		}
	}
}

// TestKeySetLayoutJoinsOnce checks that laying out a key set allocates its
// normal forms once, at their size: a builder growing by doubling had
// allocated two to three times as much, garbage of the page's load.
func TestKeySetLayoutJoinsOnce(t *testing.T) {
	const n = 5000
	forms := make([]string, n)
	size := 0
	for i := range forms {
		forms[i] = strings.Repeat(string(rune('一'+i)), 30) // 90 bytes
		size += len(forms[i])
	}
	var ks keySet
	for _, c := range []struct {
		name   string
		same   string
		shared bool
	}{
		{"own string", "", false},
		{"the same bytes", strings.Join(forms, ""), true},
	} {
		l := newKeySetLayout(n, n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i, f := range forms {
			l.add(i, f, nil)
		}
		ks = l.done(c.same)
		runtime.ReadMemStats(&after)
		if got := int(after.TotalAlloc - before.TotalAlloc); c.shared && got > 64<<10 || !c.shared && got > size+64<<10 {
			t.Errorf("%s: laying out %d bytes of forms allocated %d bytes", c.name, size, got)
		}
		if shared := unsafe.StringData(ks.norms) == unsafe.StringData(c.same); shared != c.shared {
			t.Errorf("%s: norms share the string given: %t, want %t", c.name, shared, c.shared)
		}
		for d, f := range forms {
			if ks.form(d) != f {
				t.Fatalf("%s: form %d = %q, want %q", c.name, d, ks.form(d), f)
			}
		}
	}
}
