package explore

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"renda/app/corpus"
)

// The tables file carries what New computes of a corpus's names for fuzzy
// search (the key sets of titles and places, every person
// with the documents naming them and their key set), so that the browser
// decodes the bundled corpus's tables instead of building them: building
// took most of the time from a cached page to its first results (0.3 s of
// 0.45 s in wasm at 10,000 reports, mostly hashing 87,000 names).
//
//	"RNDT" format-version(1 byte)
//	string(pack version) uvarint(documents)
//	keys(titles) keys(localities)
//	uvarint(people) uvarint(their documents in all)
//	then per person: string(name) uvarint(documents) uvarint(gaps)...
//	keys(people's names)
//	uvarint(document)... : the documents newest first (Index.order)
//	uvarint(sessions) then per session: uvarint(documents) uvarint(document)...
//	uvarint(dated)
//
// (the sessions in timeline order, each's documents in the order of the
// meetings, dated 1 + the position among them of the one whose date is
// the session's, 0 when none is dated),
// where a string is a uvarint length and its bytes, and keys are a key
// set (keySet):
//
//	uvarint(keys) uvarint(distinct forms)
//	then per key: uvarint(back) uvarint(how) [string(norm) when how is 2]
//	uvarint(characters) uvarint(their forms in all)
//	then per character, ascending: uvarint(gap) uvarint(forms) uvarint(gaps)...
//
// back counts the key's distinct normal form back from the count of forms
// so far: 0 for a new form (one byte, where the form's index took three for
// the half million people of 100,000 reports, every name its own form), 1
// for the latest; how is 0 when the normal form is the original string, 1
// when it must be computed from it (folding changed it), 2 when it follows.
const (
	tablesMagic = "RNDT"
	// 3: without the session labels (indexLabels groups them); 4: forms
	// counted back, sessions' dated meetings.
	tablesVersion = 4
)

// MarshalTables encodes the index's tables of names for NewWithTables, for
// a pack of the given version. The index must hold the pack alone (no
// documents imported in the browser).
func (ix *Index) MarshalTables(version string) ([]byte, error) {
	w := tableWriter{b: append([]byte(tablesMagic), tablesVersion)}
	w.str(version)
	w.uint(len(ix.Docs))
	if err := w.keySet(&ix.title, ix.docTitle); err != nil {
		return nil, fmt.Errorf("titles: %w", err)
	}
	if err := w.keySet(&ix.locality, ix.docLocality); err != nil {
		return nil, fmt.Errorf("localities: %w", err)
	}
	w.uint(len(ix.names))
	w.uint(len(ix.nameDocs))
	for i := range ix.names {
		w.str(ix.personName(i))
		gaps(&w, ix.docsOf(i))
	}
	if err := w.keySet(&ix.nameKeys, ix.personName); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	for _, d := range ix.order {
		w.uint(int(d))
	}
	w.uint(len(ix.sessions))
	for si := range ix.sessions {
		docs := ix.docsOfSession(si)
		w.uint(len(docs))
		dated := 0
		for i, d := range docs {
			w.uint(d)
			if d == int(ix.sessions[si].dated) {
				dated = i + 1
			}
		}
		w.uint(dated)
	}
	return w.b, nil
}

// NewWithTables indexes r as NewWithoutPinyin does, taking the tables of
// names from b (MarshalTables, at dist time) instead of building them. The
// tables must be those of exactly this pack: another version, a different
// number of documents or corrupt tables are an error, and the caller builds
// the index with NewWithoutPinyin instead. The index keeps slices of b.
func NewWithTables(r corpus.Records, b string) (*Index, error) {
	ix := newIndex(r.Docs)
	if err := ix.readTables(b, r.Version); err != nil {
		return nil, fmt.Errorf("tables: %w", err)
	}
	ix.indexLabels()
	ix.indexFacets()
	ix.indexSources()
	ix.indexPlaces()
	return ix, nil
}

// readTables decodes the tables of names into ix: every string decoded is
// a slice of b.
func (ix *Index) readTables(b string, version string) error {
	if len(b) > math.MaxInt32 {
		return errors.New("over 2 GB")
	}
	r := tableReader{s: b}
	if !strings.HasPrefix(r.s, tablesMagic) || len(r.s) < len(tablesMagic)+1 {
		return errors.New("not a tables file")
	}
	if v := r.s[len(tablesMagic)]; v != tablesVersion {
		return fmt.Errorf("format version %d, want %d", v, tablesVersion)
	}
	r.at = len(tablesMagic) + 1
	if v := r.str(); r.err == nil && v != version {
		return fmt.Errorf("built for pack %q, not %q", v, version)
	}
	if n := r.uint(len(r.s)); r.err == nil && n != len(ix.Docs) {
		return fmt.Errorf("built for %d documents, not %d", n, len(ix.Docs))
	}
	ix.title = r.keySet(len(ix.Docs), ix.docTitle, "")
	ix.locality = r.keySet(len(ix.Docs), ix.docLocality, "")
	// Counts are bounded by the bytes left (a person takes two at least,
	// a document of a list one), so corrupt counts cannot allocate much
	// more than the file.
	ix.names = make([]name, r.uint((len(r.s)-r.at)/2))
	all := make([]int32, 0, r.uint(len(r.s)-r.at)) // one array for every list
	if r.err != nil {
		return r.err
	}
	// The names are copied out of b into one string of their own, which
	// lets b go once read (16 MB at 100,000 reports, where names are 5).
	starts := make([]int32, len(ix.names)) // where name i sits in b
	prev, end := "", 0
	for i := range ix.names {
		n := r.str()
		if i > 0 && r.err == nil && n <= prev {
			r.fail("people out of order")
		}
		prev, end, starts[i] = n, end+len(n), int32(r.at-len(n))
		ix.names[i] = name{end: int32(end), at: int32(len(all))}
		all = readGaps(&r, all, len(ix.Docs))
	}
	if r.err != nil {
		return r.err
	}
	var text strings.Builder
	text.Grow(end)
	start := int32(0)
	for i, at := range starts {
		text.WriteString(b[at : at+ix.names[i].end-start])
		start = ix.names[i].end
	}
	ix.nameText = text.String()
	ix.nameDocs = all
	ix.nameKeys = r.keySet(len(ix.names), ix.personName, ix.nameText)
	ix.readOrder(&r)
	ix.readSessions(&r)
	if r.err == nil && r.at != len(r.s) {
		r.fail("trailing bytes")
	}
	return r.err
}

// readOrder reads the documents newest first (indexDates): a permutation
// of the documents.
func (ix *Index) readOrder(r *tableReader) {
	n := len(ix.Docs)
	ix.order, ix.newest = make([]int32, n), make([]int32, n)
	for i := range ix.newest {
		ix.newest[i] = -1
	}
	for i := range ix.order {
		d := r.uint(n - 1)
		if r.err != nil {
			return
		}
		if ix.newest[d] != -1 {
			r.fail("a document twice in the order")
			return
		}
		ix.order[i], ix.newest[d] = int32(d), int32(i)
	}
}

// readSessions reads the sessions (indexSessions): every document in one,
// a session's locality, term and number those of its documents, its date
// the one of the document the tables say (their earliest, at dist time:
// finding it again read every document's date, 15% of reading the tables).
func (ix *Index) readSessions(r *tableReader) {
	n := len(ix.Docs)
	count := r.uint(n)
	if r.err != nil {
		return
	}
	ix.sessions, ix.sessionDocs = make([]session, 0, count), make([]int, 0, n)
	ix.sessionOf = make([]int32, n)
	for i := range ix.sessionOf {
		ix.sessionOf[i] = -1
	}
	for si := range count {
		k := r.uint(n - len(ix.sessionDocs))
		if r.err == nil && k == 0 {
			r.fail("a session without documents")
		}
		start := len(ix.sessionDocs)
		for range k {
			d := r.uint(n - 1)
			if r.err != nil {
				return
			}
			if ix.sessionOf[d] != -1 {
				r.fail("a document in two sessions")
				return
			}
			ix.sessionOf[d] = int32(si)
			ix.sessionDocs = append(ix.sessionDocs, d)
		}
		dated := r.uint(k) - 1 // of the session's documents, -1: none
		if r.err != nil {
			return
		}
		if dated >= 0 {
			dated = ix.sessionDocs[start+dated]
		}
		ix.endSession(start, dated)
	}
	if r.err == nil && len(ix.sessionDocs) != n {
		r.fail("documents in no session")
	}
}

// The originals of the keys of a key set, by position.
func (ix *Index) docTitle(i int) string    { return ix.Docs[i].Title() }
func (ix *Index) docLocality(i int) string { return ix.Docs[i].Locality() }

// tableWriter appends to a tables file.
type tableWriter struct{ b []byte }

func (w *tableWriter) uint(n int) { w.b = binary.AppendUvarint(w.b, uint64(n)) }

func (w *tableWriter) str(s string) {
	w.uint(len(s))
	w.b = append(w.b, s...)
}

// gaps writes an ascending list as its length and the gaps between its
// values (the first from -1).
func gaps[T int | int32](w *tableWriter, l []T) {
	w.uint(len(l))
	prev := -1
	for _, v := range l {
		w.uint(int(v) - prev)
		prev = int(v)
	}
}

// keySet writes ks, whose keys are those of the strings orig gives (nil:
// keys made otherwise, written out).
func (w *tableWriter) keySet(ks *keySet, orig func(int) string) error {
	w.uint(ks.len())
	w.uint(ks.forms())
	seen := 0 // distinct forms so far
	for i, d := range ks.formOf {
		w.uint(seen - int(d))
		seen = max(seen, int(d)+1)
		norm, folded := ks.norm(i), ks.folds[int32(i)] != nil
		switch {
		case orig != nil && !folded && norm == orig(i):
			w.uint(0)
		case orig != nil && newKey(orig(i)).norm == norm:
			w.uint(1)
		default:
			if folded {
				return fmt.Errorf("key %d: folded key without its original", i)
			}
			w.uint(2)
			w.str(norm)
		}
	}
	runes := slices.Sorted(maps.Keys(ks.byRune))
	w.uint(len(runes))
	all := 0
	for _, l := range ks.byRune {
		all += len(l)
	}
	w.uint(all)
	prev := rune(-1)
	for _, r := range runes {
		w.uint(int(r - prev))
		prev = r
		forms := make([]int, len(ks.byRune[r]))
		for i, d := range ks.byRune[r] {
			forms[i] = int(d)
		}
		gaps(w, forms)
	}
	return nil
}

// tableReader decodes a tables file; the first error sticks and every read
// after it returns zero values.
type tableReader struct {
	s   string
	at  int
	err error
}

func (r *tableReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("corrupt at byte %d: %s", r.at, what)
	}
}

// uint reads a uvarint of at most max.
func (r *tableReader) uint(max int) int {
	if r.err != nil {
		return 0
	}
	var x uint64
	for shift := uint(0); ; shift += 7 {
		if r.at >= len(r.s) || shift > 63 {
			r.fail("truncated number")
			return 0
		}
		c := r.s[r.at]
		r.at++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if max < 0 || x > uint64(max) {
		r.fail("number out of range")
		return 0
	}
	return int(x)
}

func (r *tableReader) str() string {
	n := r.uint(len(r.s))
	if r.err == nil && n > len(r.s)-r.at {
		r.fail("truncated string")
	}
	if r.err != nil {
		return ""
	}
	s := r.s[r.at : r.at+n]
	r.at += n
	return s
}

// readGaps appends an ascending list of values below n to l (tableWriter.gaps).
func readGaps[T int | int32](r *tableReader, l []T, n int) []T {
	count := r.uint(len(r.s) - r.at) // each value takes a byte at least
	prev := -1
	for range count {
		// Most gaps take one byte, read here: the call to uint was a
		// third of reading the tables.
		var gap int
		if r.at < len(r.s) && r.s[r.at] < 0x80 {
			gap = int(r.s[r.at])
			r.at++
		} else if gap = r.uint(n); r.err != nil {
			return l
		}
		if gap == 0 || prev+gap >= n {
			r.fail("list out of order or range")
			return l
		}
		prev += gap
		l = append(l, T(prev))
	}
	return l
}

// keySet reads a key set of n keys, whose originals orig gives (nil: none),
// with its normal forms same when they are the same bytes
// (keySetLayout.done).
func (r *tableReader) keySet(n int, orig func(int) string, same string) keySet {
	if count := r.uint(n); r.err == nil && count != n {
		r.fail(fmt.Sprintf("%d keys, want %d", count, n))
	}
	forms := r.uint(n)
	if r.err != nil {
		return keySet{}
	}
	l := newKeySetLayout(n, forms)
	for i := range n {
		back := r.uint(len(l.ks.distinct))
		d := len(l.ks.distinct) - back
		if r.err == nil && d >= forms {
			r.fail(fmt.Sprintf("more than %d distinct forms", forms))
		}
		var k key
		switch how := r.uint(2); {
		case r.err != nil:
			return keySet{}
		case how == 2:
			k.norm = r.str()
		case orig == nil:
			r.fail("key without its original")
			return keySet{}
		case how == 0:
			k.norm = orig(i)
		default:
			k = newKey(orig(i))
		}
		l.add(d, k.norm, k.fold)
	}
	if len(l.ks.distinct) != forms {
		r.fail(fmt.Sprintf("%d distinct forms, want %d", len(l.ks.distinct), forms))
		return keySet{}
	}
	ks := l.done(same)
	runes := r.uint(len(r.s) - r.at)
	all := make([]int32, 0, r.uint(len(r.s))) // one array for every character's forms
	ks.byRune = make(map[rune][]int32, runes)
	prev := rune(-1)
	for range runes {
		gap := r.uint(0x10ffff + 1)
		if r.err != nil || gap == 0 || prev+rune(gap) > 0x10ffff {
			r.fail("characters out of order")
			return keySet{}
		}
		prev += rune(gap)
		start := len(all)
		if all = readGaps(r, all, forms); r.err != nil {
			return keySet{}
		}
		ks.byRune[prev] = all[start:len(all):len(all)]
	}
	return ks
}
