package explore

import (
	"cmp"
	"slices"

	"renda/parse"
)

// Result is the answer to a query.
type Result struct {
	Hits   []Hit   // matching documents that pass the filters, best first
	Facets []Facet // level, event, year, province
}

// Docs returns the positions of the hits' documents, in hit order.
func (r Result) Docs() []int {
	out := make([]int, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = h.Doc
	}
	return out
}

// Facet is one filter dimension with the values found and their counts.
type Facet struct {
	Name   string       // FacetLevel, FacetEvent, FacetYear or FacetProvince
	Values []FacetValue // fixed order for level and event, newest year first, provinces by pinyin
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
	return []string{parse.LevelProvince, parse.LevelCity, parse.LevelDistrict,
		parse.LevelCounty, parse.LevelTownship, None}
}

// EventOrder returns the events in the order of a session, as the event
// facet lists them.
func EventOrder() []string {
	return []string{parse.EventPreparatory, parse.EventOpening, parse.EventPresidium,
		parse.EventPlenary, parse.EventClosing, parse.EventOther, None}
}

// facetValue returns the value document doc has in dimension dim.
func (ix *Index) facetValue(doc int, dim string) string {
	d := &ix.Docs[doc]
	var v string
	switch dim {
	case FacetLevel:
		v = d.Level
	case FacetEvent:
		v = d.Event
	case FacetYear:
		v = Year(d.Date)
	case FacetProvince:
		if d.Region != nil {
			v = d.Region.Province
		}
	}
	return cmp.Or(v, None)
}

// passes reports whether document doc passes the filters of q, ignoring
// dimension skip.
func (ix *Index) passes(doc int, q Query, skip string) bool {
	for dim, vals := range q.filters() {
		if dim == skip || len(vals) == 0 {
			continue
		}
		if !slices.Contains(vals, ix.facetValue(doc, dim)) {
			return false
		}
	}
	return true
}

// facets counts, for each dimension, the hits that pass the other
// dimensions' filters.
func (ix *Index) facets(hits []Hit, q Query) []Facet {
	dims := []string{FacetLevel, FacetEvent, FacetYear, FacetProvince}
	out := make([]Facet, len(dims))
	for i, dim := range dims {
		counts := map[string]int{}
		for _, h := range hits {
			if ix.passes(h.Doc, q, dim) {
				counts[ix.facetValue(h.Doc, dim)]++
			}
		}
		for _, v := range q.filters()[dim] {
			if _, ok := counts[v]; !ok {
				counts[v] = 0 // keep a selected value visible, to unselect it
			}
		}
		f := Facet{Name: dim}
		for _, v := range facetOrder(dim, counts) {
			f.Values = append(f.Values, FacetValue{Value: v, Count: counts[v], Selected: q.Has(dim, v)})
		}
		out[i] = f
	}
	return out
}

// facetOrder returns the values of counts in display order: the fixed order
// of levels and events (unknown values after it, sorted), years newest
// first and provinces by pinyin, with None last.
func facetOrder(dim string, counts map[string]int) []string {
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
	vs := sortedKeys(counts)
	if dim == FacetProvince {
		vs = PinyinSorted(vs, false)
	}
	slices.SortStableFunc(vs, func(a, b string) int {
		if c := cmp.Compare(rank(a), rank(b)); c != 0 || dim != FacetYear {
			return c
		}
		return cmp.Compare(b, a)
	})
	return vs
}
