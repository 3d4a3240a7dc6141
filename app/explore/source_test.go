package explore

import (
	"slices"
	"strings"
	"testing"
)

// TestSourceTableHolding checks the sources a term is checked against
// (sourceTable.holding) against a scan of every source: for every piece of
// every source, and terms no source holds, the sources holding the term as
// typed are among them.
func TestSourceTableHolding(t *testing.T) {
	t.Parallel()
	names := []string{"隆回县融媒体中心", "邵阳日报", "爱石坪网", "古陵县人大常委会办公室",
		"湄潭永兴", "县融媒体中心", "xinhua", "人民日报人民网", "日日新",
		"𠀋岗融媒体", "𡈽屯日报"} // two characters beyond the BMP, filed together
	tb := sourceTable{names: names}
	tb.indexRunes()
	terms := []string{"", "报刊", "中心县", "zz", "人民人民", "𠀋屯"}
	for _, n := range names {
		r := []rune(n)
		for i := range r {
			for j := i + 1; j <= len(r); j++ {
				terms = append(terms, string(r[i:j]))
			}
		}
	}
	for _, term := range terms {
		var want, got []int32
		for i, n := range names {
			if strings.Contains(n, term) {
				want = append(want, int32(i))
			}
		}
		for _, i := range tb.holding(term) {
			if strings.Contains(names[i], term) {
				got = append(got, i)
			}
		}
		if term != "" && !slices.Equal(got, want) {
			t.Errorf("holding(%q) keeps %v of the sources holding it, want %v", term, got, want)
		}
	}
}
