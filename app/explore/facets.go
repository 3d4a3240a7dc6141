package explore

import (
	"cmp"
	"slices"
	"sort"

	"renda/parse/schema"
)

// Result is the answer to a query.
type Result struct {
	// Hits are the best hits with what matched where: every hit from
	// Search, the first n from SearchTop.
	Hits   []Hit
	Facets []Facet // level, event, year, province
	// Near are the terms that no document held as typed, in its body text
	// or its title, place or people (among the documents the terms before
	// them left): looked for near in the body (NearSearcher), the hits
	// hold them with a slip, or their characters in order in a title.
	Near []string
	// Split are the terms of four Han characters or more that no report
	// held with the other terms, as typed or near: the hits hold their
	// words of two characters, each anywhere (补选副区长 → 补选, 副区, 区长).
	Split []string
	// SplitAs are the words each term of Split was looked for as, in
	// order (the cut of Cuts that found reports).
	SplitAs [][]string
	order   *order // every hit, ranked; nil when none
}

// Total is the number of hits.
func (r Result) Total() int {
	if r.order == nil {
		return 0
	}
	return len(r.order.keys)
}

// Docs returns the documents of every hit, best first. The slice is the
// result's own: do not modify it. After SearchTop, the first call sorts
// them (a broad term's are most of the corpus); it is safe for concurrent
// use.
func (r Result) Docs() []int {
	if r.order == nil {
		return nil
	}
	r.order.sort()
	return r.order.docs
}

// Matched returns the documents of every hit in no particular order, as a
// set needs them: unlike Docs it sorts nothing.
func (r Result) Matched() []int {
	if r.order == nil {
		return nil
	}
	docs := make([]int, len(r.order.keys))
	for i, k := range r.order.keys {
		docs[i] = int(r.order.ix.keyDoc(k))
	}
	return docs
}

// Release gives the result's rank keys back to its index for a later
// search: a page searching at every keystroke releases the result it
// replaces (at 100,000 reports a broad term's keys are 800 KB, and the
// garbage of typing is what starts collections). After it r, and every
// copy of r, has no hits: Total is 0 and Docs and Matched are empty,
// unless Docs was called before. Not for use concurrently with them.
func (r *Result) Release() {
	o := r.order
	r.order = nil
	if o == nil || o.keys == nil {
		return
	}
	o.ix.rankKeys.give(o.keys)
	o.keys = nil
}

// Facet is one filter dimension with its values and their counts.
type Facet struct {
	Name string // FacetLevel, FacetEvent, FacetYear or FacetProvince
	// Values are every value of the corpus, with a count of 0 for those
	// no result has, and the values the query selects that no document
	// has: in the same order whatever the query (fixed for level and
	// event, newest year first, provinces by pinyin once spelled, None
	// last), so that a list of them changes in counts alone as a query is
	// typed.
	Values []FacetValue
}

// FacetValue is one value of a facet. Count is the number of documents that
// match the query text and the filters of the other dimensions, so that each
// count says how many results choosing the value would add or keep.
type FacetValue struct {
	Value    string // e.g. "county", "closing", "2023" or None
	Count    int
	Selected bool // the query filters on it
}

// LevelOrder returns the levels from the top of the state down, as the
// level facet lists them.
func LevelOrder() []string {
	return []string{schema.LevelProvince, schema.LevelCity, schema.LevelDistrict,
		schema.LevelCounty, schema.LevelTownship, None}
}

// EventOrder returns the events in the order of a session, as the event
// facet lists them.
func EventOrder() []string {
	return []string{schema.EventPreparatory, schema.EventOpening, schema.EventPresidium,
		schema.EventPlenary, schema.EventClosing, schema.EventOther, None}
}

// facetValue returns the value document doc has in dimension dim.
func (ix *Index) facetValue(doc int, dim string) string {
	d := &ix.Docs[doc]
	var v string
	switch dim {
	case FacetLevel:
		v = d.Level()
	case FacetEvent:
		v = d.Event()
	case FacetYear:
		v = Year(d.Date())
	case FacetProvince:
		if r := d.Region(); r != nil {
			v = r.Province
		}
	}
	return cmp.Or(v, None)
}

// passes reports whether document doc passes the filters of q, ignoring
// provinceFacet is the province's place in facetDims.
const provinceFacet = 3

// facetDims are the facets, in the order of Result.Facets.
func facetDims() []string { return []string{FacetLevel, FacetEvent, FacetYear, FacetProvince} }

// facetTable numbers the values of one facet and gives each document's.
type facetTable struct {
	values  []string         // by number
	number  map[string]int32 // value → number
	of      []int32          // per document: its value's number
	pinyin  map[string]int   // provinces only, once spelled: value → place in pinyin order
	ordered []string         // the values in the facet's order (facetOrder)
}

// indexFacets numbers every document's facet values, so that filtering
// and counting compare numbers.
func (ix *Index) indexFacets() {
	for d, dim := range facetDims() {
		t := facetTable{number: map[string]int32{}, of: make([]int32, len(ix.Docs))}
		for doc := range ix.Docs {
			v := ix.facetValue(doc, dim)
			n, ok := t.number[v]
			if !ok {
				n = int32(len(t.values))
				t.number[v] = n
				t.values = append(t.values, v)
			}
			t.of[doc] = n
		}
		t.ordered = facetOrder(dim, t.values, nil)
		ix.facetTabs[d] = t
	}
}

// filter is a query's facet filters over the numbered values.
type filter struct {
	tabs *[4]facetTable
	sel  [4][]bool // per facet: nil when the query does not filter on it, else per value number: selected
}

func (ix *Index) newFilter(q Query) filter {
	f := filter{tabs: &ix.facetTabs}
	filters := q.filters()
	for d, dim := range facetDims() {
		vals := filters[dim]
		if len(vals) == 0 {
			continue
		}
		t := &ix.facetTabs[d]
		f.sel[d] = make([]bool, len(t.values))
		for _, v := range vals {
			if n, ok := t.number[v]; ok {
				f.sel[d][n] = true
			}
		}
	}
	return f
}

// passes reports whether doc passes the filters of every facet but the
// skip-th (-1: every facet).
func (f filter) passes(doc, skip int) bool {
	for d, sel := range f.sel {
		if d != skip && sel != nil && !sel[f.tabs[d].of[doc]] {
			return false
		}
	}
	return true
}

// only reports whether the filters concern the skip-th facet at most
// (-1: none at all), so that every document passes the others.
func (f filter) only(skip int) bool {
	for d, sel := range f.sel {
		if d != skip && sel != nil {
			return false
		}
	}
	return true
}

// facets counts the values of each facet over the ranked documents that
// pass the filters of the other facets.
func (ix *Index) facets(ranked []rankedDoc, q Query, f filter) []Facet {
	dims := facetDims()
	filters := q.filters()
	out := make([]Facet, len(dims))
	for d, dim := range dims {
		t := &ix.facetTabs[d]
		n := make([]int, len(t.values))
		if f.only(d) { // every document passes: count without asking
			for _, r := range ranked {
				n[t.of[r.doc]]++
			}
		} else {
			for _, r := range ranked {
				if f.passes(int(r.doc), d) {
					n[t.of[r.doc]]++
				}
			}
		}
		order := t.ordered
		var unknown []string // selected, and no document has them: kept, to unselect them
		for _, v := range filters[dim] {
			if _, ok := t.number[v]; !ok && !slices.Contains(unknown, v) {
				unknown = append(unknown, v)
			}
		}
		if len(unknown) > 0 {
			order = facetOrder(dim, append(slices.Clip(t.values), unknown...), t.pinyin)
		}
		fc := Facet{Name: dim, Values: make([]FacetValue, len(order))}
		for i, v := range order {
			fc.Values[i] = FacetValue{Value: v, Selected: q.Has(dim, v)}
			if num, ok := t.number[v]; ok {
				fc.Values[i].Count = n[num]
			}
		}
		out[d] = fc
	}
	return out
}

// facetOrder returns the values of facet dim in the order it lists them:
// levels and events in their fixed order, years newest first, provinces in
// pinyin's order (what it holds, before the others: selected values no
// document has), or of their code points before they are spelled; None
// last.
func facetOrder(dim string, values []string, pinyin map[string]int) []string {
	var order []string
	switch dim {
	case FacetLevel:
		order = LevelOrder()
	case FacetEvent:
		order = EventOrder()
	}
	rank := func(v string) int {
		if i := slices.Index(order, v); i >= 0 {
			return i
		}
		if v == None {
			return len(order) + 1
		}
		return len(order)
	}
	vs := slices.Clone(values)
	slices.Sort(vs)
	if pinyin != nil {
		sort.Stable(stringsBy{vs, func(a, b string) int {
			ra, okA := pinyin[a]
			rb, okB := pinyin[b]
			if okA != okB {
				if okA {
					return -1
				}
				return 1
			}
			return cmp.Compare(ra, rb)
		}})
	}
	sort.Stable(stringsBy{vs, func(a, b string) int {
		if c := cmp.Compare(rank(a), rank(b)); c != 0 || dim != FacetYear {
			return c
		}
		return cmp.Compare(b, a)
	}})
	return vs
}
