package explore

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sahilm/fuzzy"
)

// TestFuzzyScorer checks fuzzyScorer against the library it stands for, on
// generated titles, places and names with patterns cut from them (whole,
// a character dropped, two swapped, characters far apart, digits, latin
// in either case, a NUL in the data): the same matches, indexes and
// scores.
func TestFuzzyScorer(t *testing.T) {
	p := genPack(t, 200, 8)
	var data []string
	for _, d := range p.Docs {
		data = append(data, Normalise(d.Title), Normalise(d.Locality), d.Title)
		forNames(&d, func(n string) { data = append(data, n) })
	}
	data = append(data, "第十八届\x00人大", "Wang德海", "wang DE hai", "a-b_c d.e/f\\g", "", "１２３届")
	r := rand.New(rand.NewPCG(5, 6))
	var patterns []string
	for range 600 {
		rs := []rune(data[r.IntN(len(data))])
		if len(rs) == 0 {
			continue
		}
		i := r.IntN(len(rs))
		j := min(len(rs), i+1+r.IntN(4))
		q := append([]rune{}, rs[i:j]...)
		switch r.IntN(4) {
		case 0: // a character dropped
			if len(q) > 2 {
				q = append(q[:1], q[2:]...)
			}
		case 1: // two swapped
			if len(q) > 1 {
				q[0], q[1] = q[1], q[0]
			}
		case 2: // far apart
			q = []rune{rs[0], rs[len(rs)-1]}
		}
		patterns = append(patterns, string(q))
	}
	patterns = append(patterns, "大会", "人大", "十八届", "18", "de", "DE", "wdh", "届", "-", "/", "\x00")
	caselessMatched := 0
	for _, q := range patterns {
		var got fuzzy.Matches
		f := newFuzzyScorer(q)
		for i, s := range data {
			if score, idx, ok := f.score(s); ok {
				got = append(got, fuzzy.Match{Str: s, Index: i, MatchedIndexes: slices.Clone(idx), Score: score})
			}
		}
		if want := fuzzy.FindNoSort(q, data); !reflect.DeepEqual(got, want) {
			t.Fatalf("fuzzyScorer(%q) differs from fuzzy.FindNoSort: %d matches, want %d", q, len(got), len(want))
		}
		if caseless(q) && len(got) > 0 {
			caselessMatched++
		}
	}
	if caselessMatched < 300 {
		t.Errorf("only %d caseless patterns matched: the copy is barely tested", caselessMatched)
	}
}
