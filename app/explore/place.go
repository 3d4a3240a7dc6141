package explore

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/region"
)

// Place is a locality with its sessions laid out as a grid: one row per term,
// one column per session number.
type Place struct {
	Locality string
	Terms    []int      // row headings: the terms met, newest first
	Numbers  []int      // column headings: session numbers, 1 up to the largest met
	Other    []*Session // sessions whose term or number is not stated
	// Region is the place in the administrative hierarchy, from the first
	// of its reports that resolved; nil when none did.
	Region *region.Region
	cells  map[[2]int]*Session
	docs   []int32 // its documents, in the order of its sessions
}

// Cell returns the session of a term and number, nil if there is none.
func (p *Place) Cell(term, number int) *Session { return p.cells[[2]int{term, number}] }

// Sessions returns the number of sessions of the place.
func (p *Place) Sessions() int { return len(p.cells) + len(p.Other) }

// indexPlaces lays out the sessions of every locality.
func (ix *Index) indexPlaces() {
	ix.places, ix.inRegion = map[string]*Place{}, map[string][]*Place{}
	for _, s := range ix.sessions {
		if s.Locality == "" {
			continue
		}
		p := ix.places[s.Locality]
		if p == nil {
			p = &Place{Locality: s.Locality, cells: map[[2]int]*Session{}}
			ix.places[s.Locality] = p
		}
		for _, d := range s.Docs {
			if r := ix.Docs[d].Region; p.Region == nil && r != nil {
				p.Region = r
				for _, n := range regionNames(r) {
					ix.inRegion[n] = append(ix.inRegion[n], p)
				}
			}
			p.docs = append(p.docs, int32(d))
		}
		if s.Term == 0 || s.Number == 0 {
			p.Other = append(p.Other, s)
			continue
		}
		k := [2]int{s.Term, s.Number}
		if p.cells[k] != nil { // cannot happen: sessions are unique by key
			p.Other = append(p.Other, s)
			continue
		}
		p.cells[k] = s
		if !slices.Contains(p.Terms, s.Term) {
			p.Terms = append(p.Terms, s.Term)
		}
		for n := len(p.Numbers) + 1; n <= s.Number; n++ {
			p.Numbers = append(p.Numbers, n)
		}
	}
	for _, p := range ix.places {
		slices.Sort(p.Terms)
		slices.Reverse(p.Terms)
	}
}

// regionNames returns the names a query may give the province and the
// prefecture of r: in full (山东省, 枣庄市, 延边朝鲜族自治州) and without
// the kind of unit (山东, 枣庄, 内蒙古; a name of one character is not
// shortened). parse/region's short does this fully, with the peoples of
// autonomous units (延边朝鲜族自治州 → 延边); exported and called here it
// took app.wasm 6.6 KB of brotli over its budget, so the interface keeps
// this shorter list of units and leaves autonomous prefectures whole.
func regionNames(r *region.Region) []string {
	var out []string
	for _, full := range []string{r.Province, r.Prefecture} {
		if full == "" {
			continue
		}
		out = append(out, full)
		for _, unit := range []string{"特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市", "地区", "盟"} {
			if short, ok := strings.CutSuffix(full, unit); ok {
				if utf8.RuneCountInString(short) > 1 {
					out = append(out, short)
				}
				break
			}
		}
	}
	return out
}

// matchRegions calls f with every document of a place whose province or
// prefecture the term t names (regionNames): 山东 and 枣庄 reach 山亭区's
// reports, which may name neither.
func (ix *Index) matchRegions(t string, f func(doc int)) {
	for _, p := range ix.inRegion[t] {
		for _, d := range p.docs {
			f(int(d))
		}
	}
}

// Place returns the place of the given locality.
func (ix *Index) Place(locality string) (*Place, bool) {
	p, ok := ix.places[locality]
	return p, ok
}

// Places returns every locality, sorted by pinyin.
func (ix *Index) Places() []string { return ix.bySpelling(slices.Sorted(maps.Keys(ix.places)), false) }
