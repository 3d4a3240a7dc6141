package gen

import (
	"fmt"
	"slices"
	"strings"
)

// Recall tallies, per query kind, how many queries found their intended
// report among the first RecallDepth results. The zero value is ready.
type Recall struct {
	found, total map[string]int
}

// Add records the answer to q, the ids of the results in order (only the
// first RecallDepth count), and reports whether it holds q.Want.
func (r *Recall) Add(q Query, ids []string) bool {
	if r.total == nil {
		r.found, r.total = map[string]int{}, map[string]int{}
	}
	ok := slices.Contains(ids[:min(len(ids), RecallDepth)], q.Want)
	r.total[q.Kind]++
	if ok {
		r.found[q.Kind]++
	}
	return ok
}

// Of returns the share (0–1) of the queries of kind that found their report
// and how many there were; kind "" means every query.
func (r *Recall) Of(kind string) (float64, int) {
	found, total := r.found[kind], r.total[kind]
	if kind == "" {
		found, total = 0, 0
		for k, n := range r.total {
			found, total = found+r.found[k], total+n
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(found) / float64(total), total
}

// String is the summary the benchmarks print: "recall@20 overall 91.5%
// (missing 80.0%, swapped 83.3%, slip 90.0%)".
func (r *Recall) String() string {
	pct := func(kind string) string {
		v, n := r.Of(kind)
		if n == 0 {
			return "–"
		}
		return fmt.Sprintf("%.1f%%", 100*v)
	}
	return fmt.Sprintf("recall@%d overall %s (missing %s, swapped %s, slip %s)", RecallDepth, pct(""), pct(KindMissing), pct(KindSwapped), pct(KindSlip))
}

// Table returns the recall of every kind (Kinds order, then any other) and
// overall as a Markdown table.
func (r *Recall) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "| kind | queries | found | recall@%d |\n|---|---|---|---|\n", RecallDepth)
	kinds := slices.Clone(Kinds)
	for k := range r.total {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	slices.Sort(kinds[len(Kinds):])
	for _, k := range append(kinds, "") {
		v, n := r.Of(k)
		if n == 0 && k != "" {
			continue
		}
		name, found := k, r.found[k]
		if k == "" {
			name, found = "overall", int(v*float64(n)+0.5)
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f%% |\n", name, n, found, 100*v)
	}
	return b.String()
}
