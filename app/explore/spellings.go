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
// at dist time and ships them beside the records (pinyin.bin); the
// browser's index goes without them until they arrive (UseSpellings).
type Spellings struct {
	places map[string]spelling
	people map[string]spelling
}

// spelling is the pinyin of one name.
type spelling struct {
	shown string // the first spelling in syllables: qing xu xian
	// The full pinyin spellings, the name's own reading first, and their
	// initials; both nil when the name reads one way only, as shown.
	full, initials []string
}

func spell(name string, person bool) spelling {
	var s spelling
	if person {
		s.full, s.initials = pinyin.Person(name), pinyin.PersonInitials(name)
	} else {
		s.full, s.initials = pinyin.Place(name), pinyin.PlaceInitials(name)
	}
	s.shown, _, _ = strings.Cut(pinyin.SortKey(name, person), "\x00")
	if full, initials := plain(s.shown); slices.Equal(full, s.full) && slices.Equal(initials, s.initials) {
		s.full, s.initials = nil, nil // read one way: matchPlain needs no keys
	}
	return s
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
		forNames(&docs[i].Record, func(n string) {
			if n != "" {
				people[n] = true
			}
		})
	}
	return &Spellings{places: spellAll(places, false), people: spellAll(people, true)}
}

func spellAll(names map[string]bool, person bool) map[string]spelling {
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	out := make([]spelling, len(list))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(list); i += workers {
				out[i] = spell(list[i], person)
			}
		})
	}
	wg.Wait()
	m := make(map[string]spelling, len(list))
	for i, n := range list {
		m[n] = out[i]
	}
	return m
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
		names map[string]spelling
	}{{"L", s.places}, {"P", s.people}} {
		for _, n := range sortedKeys(part.names) {
			if strings.ContainsAny(n, unitSep+recordSep+"\n") {
				return nil, fmt.Errorf("spellings: name %q holds a separator", n)
			}
			sp := part.names[n]
			b.WriteString(part.kind + unitSep + n + unitSep + sp.shown)
			if sp.full != nil {
				b.WriteString(unitSep + strings.Join(sp.full, recordSep) + unitSep + strings.Join(sp.initials, recordSep))
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
// them, SplitSpellings) and adds them to s, a name's later spelling
// replacing an earlier one: the parts of a large corpus's spellings are
// decoded into one set without copying each into it. After an error s
// holds the names read before it.
func (s *Spellings) AddBinary(b []byte) error {
	text, ok := strings.CutPrefix(string(b), spellingsHeader)
	if !ok {
		return errors.New("spellings: not a spellings file")
	}
	if s.places == nil {
		s.places, s.people = map[string]spelling{}, map[string]spelling{}
	}
	out := s
	for line := range strings.Lines(text) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), unitSep)
		if len(f) != 3 && len(f) != 5 {
			return fmt.Errorf("spellings: malformed line %q", line)
		}
		sp := spelling{shown: f[2]}
		if len(f) == 5 {
			sp.full, sp.initials = split(f[3]), split(f[4])
		}
		switch f[0] {
		case "L":
			out.places[f[1]] = sp
		case "P":
			out.people[f[1]] = sp
		default:
			return fmt.Errorf("spellings: unknown kind in line %q", line)
		}
	}
	return nil
}

// SplitSpellings cuts an encoded spellings file (MarshalBinary) into files
// of at most about max bytes (a name's line is never cut), each one a
// spellings file that UnmarshalBinary reads; merged, they are the whole. A
// large corpus ships its spellings in such parts rather than one file of
// tens of megabytes. A file that is not a spellings file is an error.
func SplitSpellings(b []byte, max int) ([][]byte, error) {
	text, ok := strings.CutPrefix(string(b), spellingsHeader)
	if !ok {
		return nil, errors.New("spellings: not a spellings file")
	}
	var parts [][]byte
	var cur strings.Builder
	flush := func() {
		parts = append(parts, []byte(spellingsHeader+cur.String()))
		cur.Reset()
	}
	for line := range strings.Lines(text) {
		if cur.Len() > 0 && len(spellingsHeader)+cur.Len()+len(line) > max {
			flush()
		}
		cur.WriteString(line)
	}
	if cur.Len() > 0 || len(parts) == 0 {
		flush()
	}
	return parts, nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, recordSep)
}

// empty reports whether s holds no spelling.
func (s *Spellings) empty() bool { return len(s.places) == 0 && len(s.people) == 0 }

// Merge adds the spellings of o that s lacks.
func (s *Spellings) Merge(o *Spellings) {
	if s.places == nil {
		s.places, s.people = map[string]spelling{}, map[string]spelling{}
	}
	for n, sp := range o.places {
		if _, ok := s.places[n]; !ok {
			s.places[n] = sp
		}
	}
	for n, sp := range o.people {
		if _, ok := s.people[n]; !ok {
			s.people[n] = sp
		}
	}
}

// UseSpellings turns on pinyin matching with the given spellings, added to
// those the index has: names without one (imported before spellings were
// stored with them) match no pinyin. The index keeps sp itself when it has
// no spellings yet (a large corpus's are hundreds of megabytes at 100,000
// reports): neither changes sp afterwards.
func (ix *Index) UseSpellings(sp *Spellings) {
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
		ix.pyPlaces = append(ix.pyPlaces, pyEntry{name: l, spelling: all.places[l], docs: byPlace[l]})
	}
	ix.pyPeople = make([]pyEntry, len(ix.names))
	for i, n := range ix.names {
		ix.pyPeople[i] = pyEntry{name: n.name, spelling: all.people[n.name], docs: n.docs}
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
	if person {
		return ix.spellings.people[name].shown
	}
	return ix.spellings.places[name].shown
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
