package explore

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"renda/app/corpus"
	"renda/app/pinyin"
)

// Spellings are the pinyin keys of the localities and people of a corpus,
// as latin queries match them. Computing them takes most of the time of
// indexing a large corpus (0.7 s natively for the 87,000 names of 10,000
// generated reports, several seconds in wasm), so the site computes them
// at dist time and ships them beside the records (pinyin-NNN.bin); the
// browser's index goes without them until they arrive (UseSpellings).
type Spellings struct {
	// Sorted by name, each name once: at 100,000 reports they are 700,000
	// people, and sorted lists take half the memory of maps, decode from
	// the sorted file without hashing and join with the index's sorted
	// names in one pass.
	places, people spellList
}

// spellList is a list of names with their spellings, sorted by name, kept
// as the lines of the spellings files they were read from: each entry is
// where its name, spelling and readings sit in its file, with no pointer
// of its own. As three strings an entry took 48 bytes and three pointers
// (33 MB and 2.1 million pointers for the collector to follow at 100,000
// reports); now 16 bytes, which the collector does not scan.
type spellList struct {
	files []string // the files (or parts) the entries point into
	at    []spellAt
}

// spellAt is where one name's line parts sit: the name at off in
// files[file], its shown spelling after it and a separator, then its
// readings after another ("" when readings is 0).
type spellAt struct {
	off                   uint32
	file                  uint32
	name, shown, readings uint16 // lengths in bytes
}

// maxPart is the longest name, spelling or readings an entry holds: the
// site spells no longer name (spellable) and a file with one is malformed.
const maxPart = 1<<16 - 1

func (l *spellList) len() int { return len(l.at) }

// name returns the name of entry i.
func (l *spellList) name(i int) string { return l.nameOf(l.at[i]) }

// nameOf returns the name of entry a.
func (l *spellList) nameOf(a spellAt) string {
	return l.files[a.file][a.off : a.off+uint32(a.name)]
}

// spelling returns the spelling of entry i.
func (l *spellList) spelling(i int) spelling {
	a := l.at[i]
	f := l.files[a.file]
	at := a.off + uint32(a.name) + 1
	sp := spelling{shown: f[at : at+uint32(a.shown)]}
	if a.readings > 0 {
		at += uint32(a.shown) + 1
		sp.readings = f[at : at+uint32(a.readings)]
	}
	return sp
}

// find returns the spelling of name in l.
func (l *spellList) find(name string) (spelling, bool) {
	i, ok := slices.BinarySearchFunc(l.at, name, func(a spellAt, n string) int {
		return strings.Compare(l.nameOf(a), n)
	})
	if !ok {
		return spelling{}, false
	}
	return l.spelling(i), true
}

// unionSpelled returns the names of a and b, both sorted, with a's spelling
// of a name in both. It appends to a when b's names all come after a's
// (the parts of a split file); b's arrays are never written.
func unionSpelled(a, b spellList) spellList {
	switch {
	case b.len() == 0:
		return a
	case a.len() == 0:
		// b itself, without room to append: appending to the union
		// must not write into b's arrays, which another set may hold.
		return spellList{files: b.files[:len(b.files):len(b.files)], at: b.at[:len(b.at):len(b.at)]}
	}
	shift := uint32(len(a.files))
	fromB := func(e spellAt) spellAt { e.file += shift; return e }
	if a.name(a.len()-1) < b.name(0) {
		a.files = append(a.files, b.files...)
		for _, e := range b.at {
			a.at = append(a.at, fromB(e))
		}
		return a
	}
	out := spellList{files: append(a.files[:len(a.files):len(a.files)], b.files...)}
	out.at = make([]spellAt, 0, a.len()+b.len())
	i, j := 0, 0
	for i < a.len() && j < b.len() {
		switch c := strings.Compare(a.name(i), b.name(j)); {
		case c < 0:
			out.at = append(out.at, a.at[i])
			i++
		case c > 0:
			out.at = append(out.at, fromB(b.at[j]))
			j++
		default:
			out.at = append(out.at, a.at[i])
			i, j = i+1, j+1
		}
	}
	out.at = append(out.at, a.at[i:]...)
	for _, e := range b.at[j:] {
		out.at = append(out.at, fromB(e))
	}
	return out
}

// sortSpelled sorts l by name and keeps the last of equal names, as a
// file read in order and stored by name would.
func sortSpelled(l spellList) spellList {
	ascending := true
	for i := 1; i < l.len() && ascending; i++ {
		ascending = l.name(i) > l.name(i-1)
	}
	if ascending {
		return l
	}
	sort.Stable((*spelledByName)(&l))
	out := l.at[:0]
	for i, e := range l.at {
		if i+1 < l.len() && l.name(i+1) == l.name(i) {
			continue
		}
		out = append(out, e)
	}
	l.at = out
	return l
}

// stringsBy sorts strings by cmp for sort.Stable, whose code app.wasm has
// anyway: slices.SortStableFunc compiled its own for strings (6.7 KB of
// code, for four calls).
type stringsBy struct {
	s   []string
	cmp func(a, b string) int
}

func (b stringsBy) Len() int           { return len(b.s) }
func (b stringsBy) Less(i, j int) bool { return b.cmp(b.s[i], b.s[j]) < 0 }
func (b stringsBy) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i] }

// spelledByName sorts a list's entries by name for sort.Stable, whose code
// app.wasm has anyway: slices.SortStableFunc compiled its sort anew for
// spellAt's shape (6.4 KB of code).
type spelledByName spellList

func (s *spelledByName) Len() int           { return len(s.at) }
func (s *spelledByName) Less(i, j int) bool { return (*spellList)(s).name(i) < (*spellList)(s).name(j) }
func (s *spelledByName) Swap(i, j int)      { s.at[i], s.at[j] = s.at[j], s.at[i] }

// named is a name with its spelling, as NewSpellings computes them.
type named struct {
	name string
	spelling
}

// spelling is the pinyin of one name: two strings that point into the
// spellings file, no object of its own (700,000 people at 100,000
// reports, most of them read one way only).
type spelling struct {
	shown string // the first spelling in syllables: qing xu xian
	// readings are the keys of a name that reads several ways, as the
	// file writes them: its full spellings, its own first, then their
	// initials (full RS full… US initials RS initials…); "" when it reads
	// one way only, as shown. Split and kept as slices they took 31 MB
	// and 820,000 objects more at 100,000 reports (86.7 MB of live heap
	// for the people's spellings, now 56.1).
	readings string
}

// keys returns the full spellings and the initials of readings, each
// separated by RS.
func (e *spelling) keys() (full, initials string) {
	full, initials, _ = strings.Cut(e.readings, unitSep)
	return full, initials
}

func spell(name string, person bool) spelling {
	var full, initials []string
	if person {
		full, initials = pinyin.Person(name), pinyin.PersonInitials(name)
	} else {
		full, initials = pinyin.Place(name), pinyin.PlaceInitials(name)
	}
	var s spelling
	s.shown, _, _ = strings.Cut(pinyin.SortKey(name, person), "\x00")
	if f, i := plain(s.shown); !slices.Equal(full, f) || !slices.Equal(initials, i) {
		s.readings = joinReadings(full, initials) // read several ways (else matchPlain needs no keys)
	}
	return s
}

// joinReadings returns the readings of a spelling with the given keys.
func joinReadings(full, initials []string) string {
	return strings.Join(full, recordSep) + unitSep + strings.Join(initials, recordSep)
}

// plain returns the keys of a name read in one way only, as spelled in
// shown: qing xu xian → [qingxuxian], [qxx].
func plain(shown string) (full, initials []string) {
	if shown == "" {
		return nil, nil
	}
	syl := strings.Fields(shown)
	var b strings.Builder
	for _, s := range syl {
		b.WriteByte(s[0])
	}
	return []string{strings.Join(syl, "")}, []string{b.String()}
}

// NewSpellings computes the spellings of every place the documents cover
// (their localities, the other places of roundups and delegations:
// schema.Record.Places), every place of their regions and every person
// they name, on all cores. The browser app never computes pinyin:
// app.wasm does without the reading table (the parser worker spells
// imported documents).
func NewSpellings(docs []corpus.Summary) *Spellings {
	places, people := map[string]bool{}, map[string]bool{}
	for i := range docs {
		if l := docs[i].Locality(); l != "" {
			places[l] = true
		}
		if r := docs[i].Region(); r != nil {
			for _, n := range []string{r.Province, r.Prefecture, r.County} {
				if n != "" {
					places[n] = true
				}
			}
		}
		for k := range docs[i].NumPlaces() {
			places[docs[i].Place(k)] = true
		}
		whole := docs[i].Whole()
		forNames(&whole, func(n string) {
			if n != "" {
				people[n] = true
			}
		})
	}
	return &Spellings{places: spelledList(spellAll(places, false)), people: spelledList(spellAll(people, true))}
}

func spellAll(names map[string]bool, person bool) []named {
	if len(names) == 0 {
		return nil
	}
	list := slices.Sorted(maps.Keys(names))
	out := make([]named, len(list))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(list); i += workers {
				out[i] = named{list[i], spell(list[i], person)}
			}
		})
	}
	wg.Wait()
	return out
}

// spellable reports whether a name and its spelling fit an entry and a
// line of the spellings file: no separator, no part longer than maxPart.
func spellable(e named) bool {
	return !strings.ContainsAny(e.name, unitSep+recordSep+"\n") && e.name != "" &&
		len(e.name) <= maxPart && len(e.shown) <= maxPart && len(e.readings) <= maxPart &&
		!strings.ContainsAny(e.shown, unitSep+recordSep+"\n") &&
		(e.readings == "" || strings.Count(e.readings, unitSep) == 1 && !strings.Contains(e.readings, "\n"))
}

// spelledList lays out l, sorted by name, as the lines of one file (that
// of Encode without its header and kind) and their entries. Names
// that are not spellable get no entry.
func spelledList(l []named) spellList {
	var b strings.Builder
	at := make([]spellAt, 0, len(l))
	for _, e := range l {
		if !spellable(e) {
			continue
		}
		at = append(at, spellAt{off: uint32(b.Len()), name: uint16(len(e.name)), shown: uint16(len(e.shown)), readings: uint16(len(e.readings))})
		b.WriteString(e.name + unitSep + e.shown)
		if e.readings != "" {
			b.WriteString(unitSep + e.readings)
		}
		b.WriteByte('\n')
	}
	if len(at) == 0 {
		return spellList{}
	}
	return spellList{files: []string{b.String()}, at: at}
}

// The spellings' file: a header line, then one line a name, sorted:
//
//	kind US name US shown [US full RS full... US initials RS initials...]
//
// kind is P (person) or L (locality); US is \x1f and RS \x1e. The keys are
// written only when they differ from the plain reading of shown (a
// polyphonic character or a surname read apart): most names have none.
const (
	spellingsHeader = "renda-spellings 1\n"
	unitSep         = "\x1f"
	recordSep       = "\x1e"
)

// Encode encodes the spellings for UnmarshalBinary and AddBinary. (Named
// MarshalBinary, it was linked into app.wasm, which only decodes: packages
// there call MarshalBinary through an interface.)
func (s *Spellings) Encode() ([]byte, error) {
	var b strings.Builder
	b.WriteString(spellingsHeader)
	for _, part := range []struct {
		kind  string
		names *spellList
	}{{"L", &s.places}, {"P", &s.people}} {
		for i := range part.names.len() {
			n, sp := part.names.name(i), part.names.spelling(i)
			b.WriteString(part.kind + unitSep + n + unitSep + sp.shown)
			if sp.readings != "" {
				b.WriteString(unitSep + sp.readings)
			}
			b.WriteByte('\n')
		}
	}
	return []byte(b.String()), nil
}

// UnmarshalBinary decodes spellings that Encode encoded.
func (s *Spellings) UnmarshalBinary(b []byte) error {
	var out Spellings
	if err := out.AddBinary(b); err != nil {
		return err
	}
	*s = out
	return nil
}

// AddBinary decodes spellings that Encode encoded (or a part of
// them, SplitSpellings) and adds those s lacks: the parts of a large
// corpus's spellings, in order, are appended to one set without copying.
// After an error s is unchanged.
func (s *Spellings) AddBinary(b []byte) error {
	file := string(b)
	text, ok := strings.CutPrefix(file, spellingsHeader)
	if !ok {
		return errors.New("spellings: not a spellings file")
	}
	if len(file) > 1<<32-1 {
		return errors.New("spellings: file over 4 GB")
	}
	places, people := spellList{files: []string{file}}, spellList{files: []string{file}}
	off := len(spellingsHeader)
	for line := range strings.Lines(text) {
		kind, rest, ok1 := strings.Cut(strings.TrimSuffix(line, "\n"), unitSep)
		name, rest, ok2 := strings.Cut(rest, unitSep)
		shown, readings, _ := strings.Cut(rest, unitSep)
		if !ok1 || !ok2 || strings.Contains(shown, recordSep) ||
			(readings != "" && strings.Count(readings, unitSep) != 1) {
			return fmt.Errorf("spellings: malformed line %q", line)
		}
		if len(name) > maxPart || len(shown) > maxPart || len(readings) > maxPart {
			return fmt.Errorf("spellings: a line of %d bytes has a part over %d", len(line), maxPart)
		}
		e := spellAt{off: uint32(off + len(kind) + 1), name: uint16(len(name)), shown: uint16(len(shown)), readings: uint16(len(readings))}
		off += len(line)
		switch kind {
		case "L":
			places.at = append(places.at, e)
		case "P":
			people.at = append(people.at, e)
		default:
			return fmt.Errorf("spellings: unknown kind in line %q", line)
		}
	}
	for _, l := range []*spellList{&places, &people} {
		if l.len() == 0 {
			*l = spellList{}
		}
	}
	s.places = unionSpelled(s.places, sortSpelled(places))
	s.people = unionSpelled(s.people, sortSpelled(people))
	return nil
}

// SplitSpellings cuts an encoded spellings file (Encode) into the
// parts that hold the places and those that hold the people, at least one
// of each, every part at most about max bytes (a name's line is never cut)
// and a spellings file that UnmarshalBinary reads; merged, they are the
// whole. A large corpus ships its spellings in such parts rather than one
// file of tens of megabytes, and the browser fetches the places' (a few
// thousand names) after the first results but the people's (hundreds of
// thousands at 100,000 reports) only once a latin query or a person's page
// needs them. A file that is not a spellings file is an error.
func SplitSpellings(b []byte, max int) (places, people [][]byte, err error) {
	text, ok := strings.CutPrefix(string(b), spellingsHeader)
	if !ok {
		return nil, nil, errors.New("spellings: not a spellings file")
	}
	cut := func(lines []string) [][]byte {
		var parts [][]byte
		var cur strings.Builder
		flush := func() {
			parts = append(parts, []byte(spellingsHeader+cur.String()))
			cur.Reset()
		}
		for _, line := range lines {
			if cur.Len() > 0 && len(spellingsHeader)+cur.Len()+len(line) > max {
				flush()
			}
			cur.WriteString(line)
		}
		if cur.Len() > 0 || len(parts) == 0 {
			flush()
		}
		return parts
	}
	var of [2][]string // the lines of places, of people
	for line := range strings.Lines(text) {
		k := 0
		if strings.HasPrefix(line, "P"+unitSep) {
			k = 1
		}
		of[k] = append(of[k], line)
	}
	return cut(of[0]), cut(of[1]), nil
}

// empty reports whether s holds no spelling.
func (s *Spellings) empty() bool { return s.places.len() == 0 && s.people.len() == 0 }

// Merge adds the spellings of o that s lacks.
func (s *Spellings) Merge(o *Spellings) {
	s.places = unionSpelled(s.places, o.places)
	s.people = unionSpelled(s.people, o.people)
}

// UseSpellings turns on pinyin matching with the given spellings, added to
// those the index has: names without one (imported before spellings were
// stored with them) match no pinyin. The index keeps sp itself when it has
// no spellings yet (a large corpus's are hundreds of megabytes at 100,000
// reports): neither changes sp afterwards.
//
// Names without a spelling match no pinyin and get no entry: an index given
// no spellings (before any arrived) does no work, and one given the
// places' alone does not lay out its hundreds of thousands of people.
func (ix *Index) UseSpellings(sp *Spellings) {
	if (sp == nil || sp.empty()) && ix.spellings == nil {
		return
	}
	all := sp
	switch {
	case sp == nil || sp.empty():
		all = &Spellings{}
		if ix.spellings != nil {
			all = ix.spellings
		}
	case ix.spellings != nil && !ix.spellings.empty():
		all = &Spellings{}
		all.Merge(ix.spellings)
		all.Merge(sp)
	}
	ix.spellings = all
	byPlace := map[string][]int{}
	for i := range ix.Docs {
		l := ix.Docs[i].Locality()
		if l != "" {
			byPlace[l] = append(byPlace[l], i)
		}
		// the other places the report covers (a roundup's, a delegation's)
		for k := range ix.Docs[i].NumPlaces() {
			if p := ix.Docs[i].Place(k); p != l {
				if _, ok := all.places.find(p); ok {
					byPlace[p] = append(byPlace[p], i)
				}
			}
		}
	}
	ix.pyPlaces = make([]pyEntry, 0, len(byPlace))
	for _, l := range slices.Sorted(maps.Keys(byPlace)) {
		sp, _ := all.places.find(l)
		ix.pyPlaces = append(ix.pyPlaces, pyEntry{name: l, spelling: sp, docs: byPlace[l]})
	}
	// Both lists are sorted by name: one pass joins them.
	ix.pyPeople, ix.pyLetter = nil, [26][]int32{}
	people := &all.people
	if people.len() > 0 {
		ix.pyPeople = make([]pyPerson, 0, len(ix.names))
	}
	j := 0
	for i := range ix.names {
		if j == people.len() {
			break
		}
		n := ix.personName(i)
		for j < people.len() && people.name(j) < n {
			j++
		}
		if j < people.len() && people.name(j) == n {
			sp := people.spelling(j)
			for c := range sp.letters() {
				ix.pyLetter[c] = append(ix.pyLetter[c], int32(len(ix.pyPeople)))
			}
			ix.pyPeople = append(ix.pyPeople, pyPerson{name: int32(i), spell: int32(j)})
		}
	}
	t := &ix.facetTabs[provinceFacet]
	t.pinyin = map[string]int{}
	for i, v := range ix.bySpelling(t.values, false) {
		t.pinyin[v] = i
	}
	t.ordered = facetOrder(FacetProvince, t.values, t.pinyin)
}

// HasSpellings reports whether latin queries match the pinyin of places and
// people yet.
func (ix *Index) HasSpellings() bool { return ix.spellings != nil }

// Pinyin returns the spelling of a place (person false) or person in
// toneless syllables (qing xu xian), "" when the index has none.
func (ix *Index) Pinyin(name string, person bool) string {
	if ix.spellings == nil {
		return ""
	}
	l := &ix.spellings.places
	if person {
		l = &ix.spellings.people
	}
	sp, _ := l.find(name)
	return sp.shown
}

// bySpelling returns names sorted by their spelling (长沙 under c, 厦门
// under x), then by name; names without one last.
func (ix *Index) bySpelling(names []string, person bool) []string {
	out := slices.Clone(names)
	sort.Stable(stringsBy{out, func(a, b string) int {
		pa, pb := ix.Pinyin(a, person), ix.Pinyin(b, person)
		if (pa == "") != (pb == "") {
			if pa == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(pa, pb), strings.Compare(a, b))
	}})
	return out
}
