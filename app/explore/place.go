package explore

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"renda/app/internal/keysort"
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
//
// The sessions are sorted by number, the rank of their locality among the
// distinct ones then their position (keysort): sorting them by comparing
// their localities took 150 ms of the 100,000 reports' first results in
// wasm (53,000 sessions, 6,800 places).
func (ix *Index) indexPlaces() {
	ids := map[string]uint32{} // locality → its position in names
	var names []string
	keys := make([]uint64, 0, len(ix.sessions)) // id<<32 | session, then rank<<32 | session
	for si := range ix.sessions {
		l := ix.sessionLocality(si)
		if l == "" {
			continue
		}
		id, ok := ids[l]
		if !ok {
			id = uint32(len(names))
			ids[l] = id
			names = append(names, l)
		}
		keys = append(keys, uint64(id)<<32|uint64(si))
	}
	rank := make([]uint64, len(names))
	sorted := slices.Clone(names)
	slices.Sort(sorted)
	for r, l := range sorted {
		rank[ids[l]] = uint64(r) << 32
	}
	for i, k := range keys {
		keys[i] = rank[k>>32] | k&math.MaxUint32
	}
	keysort.Uint64s(keys)
	ix.byPlace = ix.byPlace[:0]
	for _, k := range keys {
		ix.byPlace = append(ix.byPlace, int32(k))
	}
	ix.inRegion = map[string][]placeSpan{}
	for from := 0; from < len(keys); { // a place's sessions share their rank
		p := placeSpan{int32(from), int32(from + 1)}
		for int(p.to) < len(keys) && keys[p.to]>>32 == keys[from]>>32 {
			p.to++
		}
		if r := ix.placeRegion(p); r != nil {
			for _, n := range regionNames(r) {
				ix.inRegion[n] = append(ix.inRegion[n], p)
			}
		}
		from = int(p.to)
	}
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
