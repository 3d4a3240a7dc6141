package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync/atomic"
	"unsafe"

	"renda/parse/region"
	"renda/parse/schema"
)

// The binary pack format (MarshalBinary, UnmarshalBinary) carries a Pack in
// a form the browser decodes without reflection and with one allocation for
// all of its strings:
//
//	"RNDP" format-version(1 byte)
//	uvarint n, then n uvarint lengths: the distinct strings, "" first
//	the strings' bytes, concatenated
//	string(version) flags(1 byte) uvarint(len(docs)) docs...
//
// where every string is a uvarint index into the table, every int a zigzag
// varint, and every list a uvarint count plus one (0 for a nil list), so
// that a decoded pack equals the encoded one, nil and empty lists included.
// A record's fields follow in the order of schema.Record, then Original.
// Flags is 1 when the documents' lists ship apart (Pack.ListsApart): the
// records then hold none of them, and a lists file (MarshalLists, magic
// "RNDL") holds them in the order Summary.Whole decodes them.
const (
	binaryMagic   = "RNDP"
	listsMagic    = "RNDL"
	binaryVersion = 6 // 2: a text shard carries its documents' evidence; 3: lists apart; 4: places; 5: mentioned; 6: reports in writing
)

// MarshalBinary encodes the pack in the binary pack format.
// A pack whose lists ship apart must hold no texts: a browser's records
// (Records) keep a document with texts whole.
func (p Pack) MarshalBinary() ([]byte, error) {
	w := newPackWriter()
	w.str(p.Version)
	w.apart = p.ListsApart
	flags := byte(0)
	if p.ListsApart {
		flags = 1
	}
	w.body = append(w.body, flags)
	w.count(len(p.Docs), p.Docs == nil)
	for i := range p.Docs {
		d := &p.Docs[i]
		if p.ListsApart && hasTexts(d) {
			return nil, fmt.Errorf("document %d (%s) has texts in a pack whose lists ship apart", i, d.ID)
		}
		w.doc(d)
	}
	return w.finish(binaryMagic), nil
}

// hasTexts reports whether d carries any of the texts a split pack ships
// in shards (Split).
func hasTexts(d *Doc) bool { return d.Text != "" || d.Original != "" || d.Evidence != nil }

// MarshalLists encodes the lists of p's documents, which are documents
// first, first+1, ... of the whole pack, as a lists file: the file a page
// of records whose lists ship apart (ListsApart) gets them from
// (Records.AddLists). It is a binary pack of magic "RNDL" whose body is
// the version, first, the count of documents and each document's
// presiding, speakers, reports, executive chairs, rostrum, elected,
// resolutions, photographers, warnings and people mentioned, encoded as in
// a pack.
func (p Pack) MarshalLists(first int) []byte {
	w := newPackWriter()
	w.str(p.Version)
	w.int(first)
	w.count(len(p.Docs), p.Docs == nil)
	for i := range p.Docs {
		w.lists(&p.Docs[i].Record)
	}
	return w.finish(listsMagic)
}

// MarshalBinary encodes the shard in the binary format of packs, magic
// "RNDS": first document, then each text, original and evidence (as in a
// record). Decoding a shard is one copy of its bytes, where JSON took
// about 0.1 s for 256 long reports in wasm and froze the page while the
// user typed.
func (s Shard) MarshalBinary() ([]byte, error) {
	w := newPackWriter()
	w.str(s.Version)
	w.int(s.First)
	w.count(len(s.Texts), s.Texts == nil)
	for _, t := range s.Texts {
		w.str(t.Text)
		w.str(t.Original)
		w.evidence(t.Evidence)
	}
	return w.finish(shardMagic), nil
}

// UnmarshalBinary decodes a shard that MarshalBinary encoded. Corrupt or
// truncated input is an error, never a panic.
func (s *Shard) UnmarshalBinary(b []byte) error { return s.unmarshal(b, false) }

// UnmarshalBinaryShared decodes as UnmarshalBinary does without copying
// the shard's strings: the texts share b's memory, so b must not change
// while they are in use, and whoever keeps a text beyond that copies it.
// A page that reads the texts of a few documents out of a shard and
// reuses the buffer it fetched it into makes no garbage of the other 60
// (a copy of the string table, 1.2 MB a generated shard, besides the
// buffer itself).
func (s *Shard) UnmarshalBinaryShared(b []byte) error { return s.unmarshal(b, true) }

func (s *Shard) unmarshal(b []byte, share bool) error {
	r, err := openPack(b, shardMagic, share)
	if err != nil {
		return fmt.Errorf("text shard: %w", err)
	}
	out := Shard{Version: r.str()}
	out.First = r.int()
	if n := r.count(); n > 0 { // the list is one allocation: no pool
		out.Texts = make([]Texts, n-1)
	}
	for i := range out.Texts {
		out.Texts[i] = Texts{Text: r.str(), Original: r.str(), Evidence: r.evidence()}
	}
	if err := r.end(); err != nil {
		return fmt.Errorf("text shard: %w", err)
	}
	*s = out
	return nil
}

// shardMagic starts a text shard in the binary format.
const shardMagic = "RNDS"

func newPackWriter() *packWriter {
	return &packWriter{index: map[string]int{"": 0}, strs: []string{""}}
}

// finish returns the magic, the format version, the string table and the
// body.
func (w *packWriter) finish(magic string) []byte {
	out := make([]byte, 0, len(w.body)+len(w.strs)*2+16)
	out = append(out, magic...)
	out = append(out, binaryVersion)
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	total := 0
	for _, s := range w.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		total += len(s)
	}
	out = slices.Grow(out, total+len(w.body))
	for _, s := range w.strs {
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// packWriter accumulates the body of a binary pack and its string table.
type packWriter struct {
	body  []byte
	strs  []string       // distinct strings, in order of first use
	index map[string]int // string → position in strs
	apart bool           // the documents' lists ship apart: not written
}

func (w *packWriter) str(s string) {
	i, ok := w.index[s]
	if !ok {
		i = len(w.strs)
		w.index[s] = i
		w.strs = append(w.strs, s)
	}
	w.body = binary.AppendUvarint(w.body, uint64(i))
}

func (w *packWriter) int(n int) { w.body = binary.AppendVarint(w.body, int64(n)) }

// count writes a list's length, plus one unless the list is nil.
func (w *packWriter) count(n int, isNil bool) {
	if isNil {
		w.body = append(w.body, 0)
		return
	}
	w.body = binary.AppendUvarint(w.body, uint64(n)+1)
}

func (w *packWriter) strs1(ss []string) {
	w.count(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s)
	}
}

func (w *packWriter) evidence(ev []schema.Evidence) {
	w.count(len(ev), ev == nil)
	for _, e := range ev {
		w.str(e.Field)
		w.int(e.Start)
		w.int(e.End)
	}
}

func (w *packWriter) doc(d *Doc) {
	r := &d.Record
	w.str(r.ID)
	w.str(r.Title)
	w.str(r.Locality)
	w.str(r.Level)
	w.int(r.Term)
	w.int(r.Session)
	w.str(r.Event)
	w.int(r.Plenary)
	w.str(r.Date)
	w.str(r.DateBasis)
	w.str(r.Published)
	if a := r.Attendance; a == nil {
		w.body = append(w.body, 0)
	} else {
		quorum := byte(1)
		if a.Quorum {
			quorum = 2
		}
		w.body = append(w.body, quorum)
		w.int(a.Expected)
		w.int(a.Present)
		w.int(a.Absent)
	}
	if !w.apart {
		w.firstLists(r)
	}
	w.str(r.Source)
	if !w.apart {
		w.strs1(r.Photographers)
	}
	w.str(r.Text)
	w.evidence(r.Evidence)
	if !w.apart {
		w.strs1(r.Warnings)
	}
	if g := r.Region; g == nil {
		w.body = append(w.body, 0)
	} else {
		w.body = append(w.body, 1)
		w.str(g.Province)
		w.str(g.Prefecture)
		w.str(g.County)
		w.str(g.Code)
	}
	w.strs1(r.Places)
	if !w.apart {
		w.strs1(r.Mentioned)
		w.strs1(r.ReportsInWriting)
	}
	w.str(d.Original)
}

// firstLists writes the lists a record holds before its source.
func (w *packWriter) firstLists(r *schema.Record) {
	w.strs1(r.Presiding)
	w.strs1(r.Speakers)
	w.count(len(r.Reports), r.Reports == nil)
	for _, x := range r.Reports {
		w.str(x.Title)
		w.str(x.By)
	}
	w.strs1(r.ExecutiveChairs)
	w.strs1(r.Rostrum)
	w.count(len(r.Elected), r.Elected == nil)
	for _, x := range r.Elected {
		w.str(x.Name)
		w.str(x.Position)
	}
	w.strs1(r.Resolutions)
}

// lists writes a record's lists as a lists file holds them, in the order
// of the bytes a summary holds (heldPage).
func (w *packWriter) lists(r *schema.Record) {
	w.firstLists(r)
	w.strs1(r.Photographers)
	w.strs1(r.Warnings)
	w.strs1(r.Mentioned)
	w.strs1(r.ReportsInWriting)
}

// ErrOtherBuild is the error, wrapped, of a lists file of another build
// than the records (Records.AddLists): the site was deployed again while a
// page was open.
var ErrOtherBuild = errors.New("another build")

// errTruncated is the error of a binary pack that ends too early.
var errTruncated = errors.New("truncated")

// UnmarshalBinary decodes a pack in the binary pack format. Corrupt or
// truncated input is an error, never a panic.
func (p *Pack) UnmarshalBinary(b []byte) error { return p.UnmarshalBinaryInto(b, nil) }

// UnmarshalBinaryInto decodes as UnmarshalBinary does, into the first
// documents of into when it has room for them all (p.Docs is then a
// prefix of into), else into new storage. into's documents must be zero;
// after an error they are undefined.
func (p *Pack) UnmarshalBinaryInto(b []byte, into []Doc) error {
	head, docs, err := unmarshal(b, into, (*packReader).doc)
	if err != nil {
		return err
	}
	*p = Pack{Version: head.version, ListsApart: head.apart, Docs: docs}
	return nil
}

// UnmarshalBinaryInto decodes a pack in the binary pack format as the
// summaries of its documents, their strings in the page's table and their
// lists held encoded,
// into the first summaries of into when it has room for them all (r.Docs
// is then a prefix of into), else into new storage: a loader assembling
// a corpus from pages decodes each page in its place in the whole instead
// of copying tens of megabytes of records together afterwards. The pack
// must be records (Split): a document with texts is an error (decoding it
// whole took app.wasm 2.7 KB brotli larger for packs the site never ships).
// Everything UnmarshalBinary checks is checked here too, so a held list
// decodes without error later.
//
// A browser keeps 100,000 records for the search, the timeline and the
// lists, which read none of their lists: decoded, these are about 1.9
// million strings and 900,000 slices that the garbage collector walks at
// every collection, which holds the page's one thread.
func (r *Records) UnmarshalBinaryInto(b []byte, into []Summary) error {
	head, docs, err := unmarshal(b, into, (*packReader).summary)
	if err != nil {
		return err
	}
	*r = Records{Version: head.version, Docs: docs}
	return nil
}

// packHead is what a binary pack says before its documents.
type packHead struct {
	version string
	apart   bool // the documents' lists ship apart
}

// unmarshal decodes a binary pack's head and documents, each with
// read, into into when it has room for them all.
func unmarshal[T any](b []byte, into []T, read func(*packReader, *T)) (packHead, []T, error) {
	r, err := openPack(b, binaryMagic, false)
	if err != nil {
		return packHead{}, nil, fmt.Errorf("binary data pack: %w", err)
	}
	head := packHead{version: r.str()}
	switch r.byte() {
	case 0:
	case 1:
		head.apart, r.apart = true, true
	default:
		r.corrupt("flags")
	}
	var docs []T
	if n := r.count(); n > 0 {
		if len(into) > 0 && n-1 <= len(into) {
			docs = into[: n-1 : n-1]
		} else {
			docs = make([]T, n-1)
		}
		for i := range docs {
			read(r, &docs[i])
			if r.err != nil {
				return packHead{}, nil, fmt.Errorf("binary data pack: document %d: %w", i, r.err)
			}
		}
	}
	if err := r.end(); err != nil {
		return packHead{}, nil, fmt.Errorf("binary data pack: %w", err)
	}
	if r.held != nil {
		r.held.b = slices.Clip(r.held.b)
		r.held.docs = int(r.pos)
		if r.apart {
			r.held.lists = make([]atomic.Pointer[pageLists], (r.held.docs+ListsSize-1)/ListsSize)
		}
	}
	return head, docs, nil
}

// openPack checks the magic and version of a binary pack or shard and
// reads its string table: one string of all the strings and where each
// starts, no pointer a string (a page of 16,384 records has 200,000). The
// string of all the strings is a copy, or, with share, b's own bytes.
func openPack(b []byte, magic string, share bool) (*packReader, error) {
	if len(b) < len(magic)+1 || string(b[:len(magic)]) != magic {
		return nil, errors.New("not in the binary format")
	}
	if v := b[len(magic)]; v != binaryVersion {
		return nil, fmt.Errorf("format %d, want %d", v, binaryVersion)
	}
	r := &packReader{b: b[len(magic)+1:]}
	n := r.count()
	offs := make([]uint32, n+1)
	total := uint64(0)
	for i := range n {
		total += r.uvarint()
		if total > uint64(len(r.b)) || total > math.MaxUint32 {
			r.fail()
		}
		offs[i+1] = uint32(total)
	}
	if r.err != nil || total > uint64(len(r.b)) {
		return nil, fmt.Errorf("string table: %w", errTruncated)
	}
	r.table = stringTable{offs: offs}
	if share {
		r.table.blob = unsafe.String(unsafe.SliceData(r.b), total)
	} else {
		r.table.blob = string(r.b[:total])
	}
	r.b = r.b[total:]
	return r, nil
}

// stringTable is a binary pack's distinct strings: string i is
// blob[offs[i]:offs[i+1]].
type stringTable struct {
	blob string
	offs []uint32
}

// len is how many strings the table holds.
func (t stringTable) len() int { return len(t.offs) - 1 }

// at returns string i, which must be in the table.
func (t stringTable) at(i uint64) string { return t.blob[t.offs[i]:t.offs[i+1]] }

// end returns the reader's error, or one if bytes are left over.
func (r *packReader) end() error {
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%d bytes after the last document", len(r.b))
	}
	return nil
}

// packReader reads a binary pack's body; after the first error every read
// returns a zero value and err keeps the error.
//
// The lists and structures of the records are cut from a few large
// arrays (pool) rather than allocated one by one: a page of 16,384
// records made 94,624 allocations (about 1,200 now).
type packReader struct {
	b     []byte
	table stringTable
	err   error

	held  *heldPage // nil: lists are decoded, else copied here encoded
	apart bool      // the documents' lists ship apart: none to read
	pos   uint32    // summaries of the held page read so far
	// regions decoded so far, by their strings' indexes: the documents
	// of a place share one (a page of 16,384 has a few hundred)
	regionOf map[[4]uint64]*region.Region
	// 1 + their indexes in held.regions (heldRegion)
	heldRegions map[*region.Region]uint32

	lists      pool[string]
	reports    pool[schema.Report]
	elected    pool[schema.Election]
	spans      pool[schema.Evidence]
	attendance pool[schema.Attendance]
}

// pool hands out slices of larger arrays, each with its length as its
// capacity, so that appending to one never writes into the next.
type pool[T any] struct{ free []T }

// poolChunk is how many items a pool allocates at a time, at least: the
// unused end of the last chunk stays allocated as long as the lists cut
// from it (a text shard's evidence, kept with the shard, wastes at most
// 8 KB of the ~1,800 spans of its 64 documents).
const poolChunk = 256

// take returns a slice of n zero items, never nil.
func (p *pool[T]) take(n int) []T {
	if n == 0 {
		return []T{} // not a slice of a nil free
	}
	if n > len(p.free) {
		p.free = make([]T, max(n, poolChunk))
	}
	s := p.free[:n:n]
	p.free = p.free[n:]
	return s
}

func (r *packReader) fail() {
	if r.err == nil {
		r.err = errTruncated
	}
	r.b = nil
}

func (r *packReader) uvarint() uint64 {
	if len(r.b) > 0 && r.b[0] < 0x80 { // one byte, as most are
		x := r.b[0]
		r.b = r.b[1:]
		return uint64(x)
	}
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *packReader) int() int {
	x, n := binary.Varint(r.b)
	if n <= 0 || x != int64(int(x)) {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(x)
}

func (r *packReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// count reads a count that the rest of the input can hold (every item takes
// a byte at least), so corrupt counts cannot make huge allocations.
func (r *packReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b))+1 {
		r.fail()
		return 0
	}
	return int(n)
}

// strIndex reads a string as its index in the table.
func (r *packReader) strIndex() uint32 {
	i := r.uvarint()
	if i >= uint64(r.table.len()) {
		if r.err == nil {
			r.err = fmt.Errorf("string %d of a table of %d", i, r.table.len())
		}
		r.b = nil
		return 0
	}
	return uint32(i)
}

func (r *packReader) str() string {
	i := r.strIndex()
	if r.err != nil {
		return ""
	}
	return r.table.at(uint64(i))
}

// list takes from p a list of the length read, nil for a nil list.
func list[T any](r *packReader, p *pool[T]) []T {
	n := r.count()
	if n == 0 {
		return nil
	}
	return p.take(n - 1)
}

func (r *packReader) strList() []string {
	ss := list(r, &r.lists)
	for i := range ss {
		ss[i] = r.str()
	}
	return ss
}

func (r *packReader) evidence() []schema.Evidence {
	ev := list(r, &r.spans)
	for i := range ev {
		ev[i] = schema.Evidence{Field: r.str(), Start: r.int(), End: r.int()}
	}
	return ev
}

// attendanceOrNone reads a record's attendance, nil if none.
func (r *packReader) attendanceOrNone() *schema.Attendance {
	if a, ok := r.attendanceValue(); ok {
		p := &r.attendance.take(1)[0]
		*p = a
		return p
	}
	return nil
}

// attendanceValue reads a record's attendance; false if it has none.
func (r *packReader) attendanceValue() (schema.Attendance, bool) {
	switch tag := r.byte(); tag {
	case 0:
	case 1, 2:
		return schema.Attendance{Quorum: tag == 2, Expected: r.int(), Present: r.int(), Absent: r.int()}, true
	default:
		r.corrupt("attendance")
	}
	return schema.Attendance{}, false
}

// maybeRegion reads a region or its absence.
func (r *packReader) maybeRegion() *region.Region {
	switch r.byte() {
	case 0:
	case 1:
		return r.region()
	default:
		r.corrupt("region")
	}
	return nil
}

func (r *packReader) doc(d *Doc) {
	rec := &d.Record
	rec.ID = r.str()
	rec.Title = r.str()
	rec.Locality = r.str()
	rec.Level = constant(r.str())
	rec.Term = r.int()
	rec.Session = r.int()
	rec.Event = constant(r.str())
	rec.Plenary = r.int()
	rec.Date = r.str()
	rec.DateBasis = constant(r.str())
	rec.Published = r.str()
	rec.Attendance = r.attendanceOrNone()
	if !r.apart {
		r.firstLists(rec)
	}
	rec.Source = r.str()
	if !r.apart {
		rec.Photographers = r.strList()
	}
	rec.Text = r.str()
	rec.Evidence = r.evidence()
	if !r.apart {
		rec.Warnings = r.strList()
	}
	rec.Region = r.maybeRegion()
	rec.Places = r.strList()
	if !r.apart {
		rec.Mentioned = r.strList()
		rec.ReportsInWriting = r.strList()
	}
	d.Original = r.str()
	if r.apart && hasTexts(d) {
		r.corrupt("pack: texts in a pack whose lists ship apart")
	}
}

// summary reads a document as its summary: its strings as indexes into
// the page's table, its lists copied to the held page. A document with
// texts is an error (Records.UnmarshalBinaryInto).
func (r *packReader) summary(s *Summary) {
	if r.held == nil {
		r.held = &heldPage{table: r.table, apart: r.apart}
	}
	s.pos = r.pos
	r.pos++
	at := len(r.held.b)
	s.strs[strID] = r.strIndex()
	s.strs[strTitle] = r.strIndex()
	s.strs[strLocality] = r.strIndex()
	s.strs[strLevel] = r.strIndex()
	s.Term = r.int()
	s.Session = r.int()
	s.strs[strEvent] = r.strIndex()
	s.Plenary = r.int()
	s.strs[strDate] = r.strIndex()
	s.strs[strDateBasis] = r.strIndex()
	s.strs[strPublished] = r.strIndex()
	if a, ok := r.attendanceValue(); ok { // kept by the held page, not the pool
		r.held.attendance = append(r.held.attendance, a)
		s.attendance = uint32(len(r.held.attendance))
	}
	r.hold(r.skipFirstLists)
	s.strs[strSource] = r.strIndex()
	r.hold(r.skipStrs1)
	text := r.str()
	evidence := r.count()
	for range max(evidence-1, 0) {
		r.str()
		r.int()
		r.int()
	}
	r.hold(r.skipStrs1)
	s.region = r.heldRegion(r.maybeRegion())
	s.places = r.heldPlaces(s.strs[strLocality])
	r.hold(r.skipStrs1) // mentioned
	r.hold(r.skipStrs1) // reports in writing
	original := r.str()
	switch {
	case r.err != nil:
	case text != "" || original != "" || evidence != 0:
		r.corrupt("records: a document with texts") // a browser's records have none (Split)
	default:
		s.page, s.held = r.held, span{at: uint32(at), end: uint32(len(r.held.b))}
	}
}

// The places of a summary (Summary.places) other than a list kept in its
// held page: most records' is the locality alone.
const (
	placesNil      = iota // a nil list
	placesEmpty           // an empty list
	placesLocality        // the locality alone
	placesHeld            // placesHeld + k: the list at page.places[k:]
)

// heldPlaces reads a record's places as a summary keeps them: a list other
// than none, an empty one or the locality's (string loc of the table)
// goes to the held page as its length and its strings' indexes.
func (r *packReader) heldPlaces(loc uint32) uint32 {
	n := r.count()
	switch {
	case n == 0:
		return placesNil
	case n == 1:
		return placesEmpty
	}
	first := r.strIndex()
	if n == 2 && first == loc {
		return placesLocality
	}
	at := len(r.held.places)
	r.held.places = append(r.held.places, uint32(n-1), first)
	for range n - 2 {
		r.held.places = append(r.held.places, r.strIndex())
	}
	return placesHeld + uint32(at)
}

// constant returns s as the program's own string when it is a value of a
// record's enumerated fields (level, event, date basis), else s: decoded,
// these point into the program's data rather than a page's strings,
// which a document would otherwise keep alive.
func constant(s string) string {
	for _, c := range [...]string{
		schema.LevelProvince, schema.LevelCity, schema.LevelDistrict, schema.LevelCounty, schema.LevelTownship,
		schema.EventOpening, schema.EventClosing, schema.EventPreparatory, schema.EventPresidium,
		schema.EventPlenary, schema.EventOther, "stated", "inferred",
	} {
		if s == c {
			return c
		}
	}
	return s
}

// heldRegion returns 1 + the index of g in the held page's regions, which
// it is added to if new; 0 for nil.
func (r *packReader) heldRegion(g *region.Region) uint32 {
	if g == nil {
		return 0
	}
	if i, ok := r.heldRegions[g]; ok {
		return i
	}
	if r.heldRegions == nil {
		r.heldRegions = map[*region.Region]uint32{}
	}
	r.held.regions = append(r.held.regions, g)
	r.heldRegions[g] = uint32(len(r.held.regions))
	return uint32(len(r.held.regions))
}

// region reads a region, the same pointer for the same strings.
func (r *packReader) region() *region.Region {
	var k [4]uint64
	for i := range k {
		k[i] = r.uvarint()
	}
	if g, ok := r.regionOf[k]; ok {
		return g
	}
	for _, i := range k {
		if i >= uint64(r.table.len()) {
			r.corrupt("region")
			return nil
		}
	}
	t := r.table
	g := &region.Region{Province: t.at(k[0]), Prefecture: t.at(k[1]), County: t.at(k[2]), Code: t.at(k[3])}
	if r.regionOf == nil {
		r.regionOf = map[[4]uint64]*region.Region{}
	}
	r.regionOf[k] = g
	return g
}

// firstLists reads the lists a record holds before its source: presiding,
// speakers, reports, executive chairs, rostrum, elected, resolutions.
func (r *packReader) firstLists(rec *schema.Record) {
	rec.Presiding = r.strList()
	rec.Speakers = r.strList()
	rec.Reports = list(r, &r.reports)
	for i := range rec.Reports {
		rec.Reports[i] = schema.Report{Title: r.str(), By: r.str()}
	}
	rec.ExecutiveChairs = r.strList()
	rec.Rostrum = r.strList()
	rec.Elected = list(r, &r.elected)
	for i := range rec.Elected {
		rec.Elected[i] = schema.Election{Name: r.str(), Position: r.str()}
	}
	rec.Resolutions = r.strList()
}

// skipFirstLists reads past what firstLists reads, checking it, without
// keeping it.
func (r *packReader) skipFirstLists() {
	for _, strs := range [...]int{1, 1, 2, 1, 1, 2, 1} { // strings an item
		r.skipStrs(strs)
	}
}

func (r *packReader) skipStrs1() { r.skipStrs(1) }

// skipStrs reads past a list of items of strs strings each, checking that
// they are in the string table.
func (r *packReader) skipStrs(strs int) {
	n := r.count()
	for range max(n-1, 0) * strs {
		r.strIndex() // the index checked, the string not made (a third of decoding)
	}
}

// hold copies to the held page the bytes that skip reads past.
func (r *packReader) hold(skip func()) {
	if r.apart {
		return // the page has none: they ship apart
	}
	from := r.b
	skip()
	r.held.b = append(r.held.b, from[:len(from)-len(r.b)]...)
}

// span is where a summary's lists are in its heldPage's bytes.
type span struct{ at, end uint32 }

// heldPage is the string table of a page of records and their lists
// kept encoded (Records.UnmarshalBinaryInto): presiding, speakers,
// reports, executive chairs, rostrum, elected, resolutions, photographers,
// warnings and the people mentioned; bytes, no pointers in them. Its
// summaries' attendances and regions are here too, which they refer to by
// index.
//
// A page whose lists ship apart (Pack.ListsApart) holds none; they come
// in lists files of ListsSize documents each (Records.AddLists), which the
// page keeps whole (lists, by the position of their first document in the
// page over ListsSize): a summary reads its own by its position.
type heldPage struct {
	table      stringTable
	b          []byte
	attendance []schema.Attendance
	places     []uint32         // the summaries' places (heldPlaces): a length, then as many strings
	regions    []*region.Region // distinct: a few hundred a page
	docs       int              // how many summaries the page has
	apart      bool             // the lists ship apart, in lists once added
	lists      []atomic.Pointer[pageLists]
}

// pageLists is a lists file as a page keeps it: its string table, its
// body and where each document's lists start in the body (one more, its
// end), checked when the file was added.
type pageLists struct {
	table stringTable
	b     []byte
	at    []uint32
}

// decode sets rec's lists from the held bytes sp, checked when they were
// read.
func (p *heldPage) decode(sp span, rec *schema.Record) { decodeLists(p.b[sp.at:sp.end], p.table, rec) }

// decodeLists sets rec's lists from b, checked when they were read, whose
// strings are table's.
func decodeLists(b []byte, table stringTable, rec *schema.Record) {
	r := &packReader{b: b, table: table}
	r.firstLists(rec)
	rec.Photographers = r.strList()
	rec.Warnings = r.strList()
	rec.Mentioned = r.strList()
	rec.ReportsInWriting = r.strList()
}

// AddLists gives documents of r their lists from a lists file
// (Pack.MarshalLists) of ListsSize documents of a page of records whose
// lists ship apart (Pack.ListsApart), the page's last ones excepted: until
// then Whole gives them none (Summary.ListsIn). The page keeps b, which
// must not change afterwards. A file of another build, or of documents
// that are not such a part of a page of r, is an error, and so are
// corrupt or truncated files, never a panic; lists added already stay as
// they were.
func (r Records) AddLists(b []byte) error {
	rd, err := openPack(b, listsMagic, true)
	if err != nil {
		return fmt.Errorf("lists: %w", err)
	}
	version, first, n := rd.str(), rd.int(), rd.count()-1
	if version != r.Version {
		return fmt.Errorf("%w: lists of build %q, the records are of %q", ErrOtherBuild, version, r.Version)
	}
	// The documents must be a part of a page whose lists ship apart: its
	// summaries are consecutive, its first at a multiple of ListsSize, and
	// they are ListsSize, or the page's last.
	var page *heldPage
	var part int
	if rd.err == nil && n > 0 && first >= 0 && first < len(r.Docs) && n <= len(r.Docs)-first {
		s, last := &r.Docs[first], &r.Docs[first+n-1]
		part = int(s.pos) / ListsSize
		if page = s.page; page == nil || !page.apart || int(s.pos)%ListsSize != 0 || n != min(ListsSize, page.docs-int(s.pos)) ||
			last.page != page || int(last.pos) != int(s.pos)+n-1 {
			page = nil
		}
	}
	if page == nil {
		return fmt.Errorf("lists of documents %d to %d, not a part of a page of these %d records whose lists ship apart", first, first+n, len(r.Docs))
	}
	body := rd.b
	at := make([]uint32, n+1)
	for i := range n {
		at[i] = uint32(len(body) - len(rd.b))
		rd.skipFirstLists()
		for range 4 { // photographers, warnings, mentioned, reports in writing
			rd.skipStrs1()
		}
		if rd.err != nil {
			return fmt.Errorf("lists: document %d: %w", first+i, rd.err)
		}
	}
	at[n] = uint32(len(body) - len(rd.b))
	if err := rd.end(); err != nil {
		return fmt.Errorf("lists: %w", err)
	}
	page.lists[part].CompareAndSwap(nil, &pageLists{table: rd.table, b: body, at: at})
	return nil
}

func (r *packReader) corrupt(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("corrupt %s", what)
	}
	r.b = nil
}
