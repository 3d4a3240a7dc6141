package explore

import (
	"slices"
	"sort"
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
}

// Cell returns the session of a term and number, nil if there is none.
func (p *Place) Cell(term, number int) *Session { return p.cells[[2]int{term, number}] }

// Sessions returns the number of sessions of the place.
func (p *Place) Sessions() int { return len(p.cells) + len(p.Other) }

// placeSpan is a place: its sessions are Index.byPlace[from:to].
type placeSpan struct{ from, to int32 }

// indexPlaces orders the sessions by locality and files the places under
// the names of their regions.
func (ix *Index) indexPlaces() {
	ix.byPlace = ix.byPlace[:0]
	for si := range ix.sessions {
		if ix.sessionLocality(si) != "" {
			ix.byPlace = append(ix.byPlace, int32(si))
		}
	}
	sort.Sort(sessionsByPlace{ix})
	ix.inRegion = map[string][]placeSpan{}
	for from := 0; from < len(ix.byPlace); {
		p := ix.placeAt(from)
		if r := ix.placeRegion(p); r != nil {
			for _, n := range regionNames(r) {
				ix.inRegion[n] = append(ix.inRegion[n], p)
			}
		}
		from = int(p.to)
	}
}

// sessionsByPlace sorts Index.byPlace by locality, then chronologically,
// for sort.Sort, whose code app.wasm has anyway.
type sessionsByPlace struct{ ix *Index }

func (s sessionsByPlace) Len() int { return len(s.ix.byPlace) }
func (s sessionsByPlace) Less(i, j int) bool {
	a, b := s.ix.byPlace[i], s.ix.byPlace[j]
	if c := strings.Compare(s.ix.sessionLocality(int(a)), s.ix.sessionLocality(int(b))); c != 0 {
		return c < 0
	}
	return a < b
}
func (s sessionsByPlace) Swap(i, j int) {
	s.ix.byPlace[i], s.ix.byPlace[j] = s.ix.byPlace[j], s.ix.byPlace[i]
}

// placeAt returns the place whose sessions start at byPlace[from].
func (ix *Index) placeAt(from int) placeSpan {
	l := ix.sessionLocality(int(ix.byPlace[from]))
	to := from + 1
	for to < len(ix.byPlace) && ix.sessionLocality(int(ix.byPlace[to])) == l {
		to++
	}
	return placeSpan{int32(from), int32(to)}
}

// placeRegion returns the region of the first report of place p that
// resolved one, nil when none did.
func (ix *Index) placeRegion(p placeSpan) *region.Region {
	for _, si := range ix.byPlace[p.from:p.to] {
		for _, d := range ix.docsOfSession(int(si)) {
			if r := ix.Docs[d].Region(); r != nil {
				return r
			}
		}
	}
	return nil
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
		for _, si := range ix.byPlace[p.from:p.to] {
			for _, d := range ix.docsOfSession(int(si)) {
				f(d)
			}
		}
	}
}

// Place returns the place of the given locality, laid out anew at each
// call.
func (ix *Index) Place(locality string) (*Place, bool) {
	from, found := sort.Find(len(ix.byPlace), func(i int) int {
		return strings.Compare(locality, ix.sessionLocality(int(ix.byPlace[i])))
	})
	if !found {
		return nil, false
	}
	sp := ix.placeAt(from)
	p := &Place{Locality: locality, Region: ix.placeRegion(sp), cells: map[[2]int]*Session{}}
	for _, si := range ix.byPlace[sp.from:sp.to] {
		s := ix.session(int(si))
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
	slices.Sort(p.Terms)
	slices.Reverse(p.Terms)
	return p, true
}

// Places returns every locality, sorted by pinyin.
func (ix *Index) Places() []string {
	var names []string
	for from := 0; from < len(ix.byPlace); from = int(ix.placeAt(from).to) {
		names = append(names, ix.sessionLocality(int(ix.byPlace[from])))
	}
	return ix.bySpelling(names, false)
}
