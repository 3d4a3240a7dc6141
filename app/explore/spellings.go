package explore

import (
	"cmp"
	"errors"
	"fmt"
	"runtime"
	"slices"
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
	places, people []named
}

// named is a name with its spelling.
type named struct {
	name string
	spelling
}

// find returns the spelling of name in l, sorted by name.
func find(l []named, name string) (spelling, bool) {
	i, ok := slices.BinarySearchFunc(l, name, func(e named, n string) int { return strings.Compare(e.name, n) })
	if !ok {
		return spelling{}, false
	}
	return l[i].spelling, true
}

// unionNamed returns the names of a and b, both sorted, with a's spelling of a
// name in both. It appends to a when b's names all come after a's (the
// parts of a split file).
func unionNamed(a, b []named) []named {
	switch {
	case len(b) == 0:
		return a
	case len(a) == 0:
		// b itself, without room to append: appending to the union
		// must not write into b's array, which another set may hold.
		return b[:len(b):len(b)]
	case a[len(a)-1].name < b[0].name:
		return append(a, b...)
	}
	out := make([]named, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i].name, b[j].name); {
		case c < 0:
			out = append(out, a[i])
			i++
		case c > 0:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// sortedNames sorts l by name and keeps the last of equal names, as a
// file read in order and stored by name would.
func sortedNames(l []named) []named {
	if ascending(l) {
		return l
	}
	slices.SortStableFunc(l, func(a, b named) int { return strings.Compare(a.name, b.name) })
	out := l[:0]
	for i, e := range l {
		if i+1 < len(l) && l[i+1].name == e.name {
			continue
		}
		out = append(out, e)
	}
	return out
}

// ascending reports whether every name of l comes after the one before.
func ascending(l []named) bool {
	for i := 1; i < len(l); i++ {
		if l[i].name <= l[i-1].name {
			return false
		}
	}
	return true
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

// NewSpellings computes the spellings of every locality, every place of
// their regions and every person the documents name, on all cores. The
// browser app never computes pinyin: app.wasm does without the reading
// table (the parser worker spells imported documents).
func NewSpellings(docs []corpus.Doc) *Spellings {
	places, people := map[string]bool{}, map[string]bool{}
	for i := range docs {
		if l := docs[i].Locality; l != "" {
			places[l] = true
		}
		if r := docs[i].Region; r != nil {
			for _, n := range []string{r.Province, r.Prefecture, r.County} {
				if n != "" {
					places[n] = true
				}
			}
		}
		forNames(&docs[i], func(n string) {
			if n != "" {
				people[n] = true
			}
		})
	}
	return &Spellings{places: spellAll(places, false), people: spellAll(people, true)}
}

func spellAll(names map[string]bool, person bool) []named {
	if len(names) == 0 {
		return nil
	}
	list := sortedKeys(names)
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

// MarshalBinary encodes the spellings.
func (s *Spellings) MarshalBinary() ([]byte, error) {
	var b strings.Builder
	b.WriteString(spellingsHeader)
	for _, part := range []struct {
		kind  string
		names []named
	}{{"L", s.places}, {"P", s.people}} {
		for _, e := range part.names {
			n, sp := e.name, e.spelling
			if strings.ContainsAny(n, unitSep+recordSep+"\n") {
				return nil, fmt.Errorf("spellings: name %q holds a separator", n)
			}
			b.WriteString(part.kind + unitSep + n + unitSep + sp.shown)
			if sp.readings != "" {
				b.WriteString(unitSep + sp.readings)
			}
			b.WriteByte('\n')
		}
	}
	return []byte(b.String()), nil
}

// UnmarshalBinary decodes spellings that MarshalBinary encoded.
func (s *Spellings) UnmarshalBinary(b []byte) error {
	var out Spellings
	if err := out.AddBinary(b); err != nil {
		return err
	}
	*s = out
	return nil
}

// AddBinary decodes spellings that MarshalBinary encoded (or a part of
// them, SplitSpellings) and adds those s lacks: the parts of a large
// corpus's spellings, in order, are appended to one set without copying.
// After an error s is unchanged.
func (s *Spellings) AddBinary(b []byte) error {
	text, ok := strings.CutPrefix(string(b), spellingsHeader)
	if !ok {
		return errors.New("spellings: not a spellings file")
	}
	var out Spellings
	for line := range strings.Lines(text) {
		kind, rest, ok1 := strings.Cut(strings.TrimSuffix(line, "\n"), unitSep)
		name, rest, ok2 := strings.Cut(rest, unitSep)
		var sp spelling
		sp.shown, sp.readings, _ = strings.Cut(rest, unitSep)
		if !ok1 || !ok2 || strings.Contains(sp.shown, recordSep) ||
			(sp.readings != "" && strings.Count(sp.readings, unitSep) != 1) {
			return fmt.Errorf("spellings: malformed line %q", line)
		}
		switch kind {
		case "L":
			out.places = append(out.places, named{name, sp})
		case "P":
			out.people = append(out.people, named{name, sp})
		default:
			return fmt.Errorf("spellings: unknown kind in line %q", line)
		}
	}
	s.places = unionNamed(s.places, sortedNames(out.places))
	s.people = unionNamed(s.people, sortedNames(out.people))
	return nil
}

// SplitSpellings cuts an encoded spellings file (MarshalBinary) into the
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
func (s *Spellings) empty() bool { return len(s.places) == 0 && len(s.people) == 0 }

// Merge adds the spellings of o that s lacks.
func (s *Spellings) Merge(o *Spellings) {
	s.places = unionNamed(s.places, o.places)
	s.people = unionNamed(s.people, o.people)
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
		if l := ix.Docs[i].Locality; l != "" {
			byPlace[l] = append(byPlace[l], i)
		}
	}
	ix.pyPlaces = make([]pyEntry, 0, len(byPlace))
	for _, l := range sortedKeys(byPlace) {
		sp, _ := find(all.places, l)
		ix.pyPlaces = append(ix.pyPlaces, pyEntry{name: l, spelling: sp, docs: byPlace[l]})
	}
	// Both lists are sorted by name: one pass joins them.
	ix.pyPeople = nil
	if len(all.people) > 0 {
		ix.pyPeople = make([]pyPerson, 0, len(ix.names))
	}
	j := 0
	for i, n := range ix.names {
		if j == len(all.people) {
			break
		}
		for j < len(all.people) && all.people[j].name < n.name {
			j++
		}
		if j < len(all.people) && all.people[j].name == n.name {
			ix.pyPeople = append(ix.pyPeople, pyPerson{name: int32(i), spell: int32(j)})
		}
	}
	t := &ix.facetTabs[provinceFacet]
	t.pinyin = map[string]int{}
	for i, v := range ix.bySpelling(t.values, false) {
		t.pinyin[v] = i
	}
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
	l := ix.spellings.places
	if person {
		l = ix.spellings.people
	}
	sp, _ := find(l, name)
	return sp.shown
}

// bySpelling returns names sorted by their spelling (长沙 under c, 厦门
// under x), then by name; names without one last.
func (ix *Index) bySpelling(names []string, person bool) []string {
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int {
		pa, pb := ix.Pinyin(a, person), ix.Pinyin(b, person)
		if (pa == "") != (pb == "") {
			if pa == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(pa, pb), strings.Compare(a, b))
	})
	return out
}
