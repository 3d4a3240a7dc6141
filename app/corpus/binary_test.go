package corpus

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"renda/parse"
	"renda/parse/region"
	"renda/parse/schema"
)

// packOf is a pack whose documents use every field, nil and empty lists,
// nil and set pointers.
func packOf() Pack {
	full := Doc{Record: parse.Record{
		ID: "a", Title: "清徐县第十七届人民代表大会第三次会议开幕", Locality: "清徐县", Places: []string{"清徐县", "东于镇", "西谷乡"}, Level: "county",
		Term: 17, Session: 3, Event: "opening", Plenary: 1, Date: "2024-01-10", DateBasis: "stated",
		Published:  "2024-01-11T08:00:00",
		Attendance: &parse.Attendance{Expected: 200, Present: 190, Absent: 10, Quorum: true},
		Presiding:  []string{"王珍"}, Speakers: []string{}, Reports: []parse.Report{{Title: "政府工作报告", By: "苑冬梅"}},
		ExecutiveChairs: []string{"甲", "乙"}, Rostrum: []string{"甲", "丙"},
		Elected:     []parse.Election{{Name: "丁", Position: "县长"}, {Name: "戊"}},
		Resolutions: []string{"关于政府工作报告的决议"}, Source: "清徐县融媒体中心", Photographers: []string{"冯晓磊"},
		Text: "正文", Evidence: []parse.Evidence{{Field: "title", Start: 0, End: 60}, {Field: "date", Start: -1, End: 1 << 40}},
		Warnings:         []string{"year inferred"},
		Region:           &region.Region{Province: "山西省", Prefecture: "太原市", County: "清徐县", Code: "140121"},
		Mentioned:        []string{"欧阳晓川", "谢立平"},
		ReportsInWriting: []string{"关于2024年预算执行情况和2025年预算草案的报告"},
	}, Original: "原文"}
	empty := Doc{Record: parse.Record{ID: "b", Attendance: &parse.Attendance{}}}
	// places: the locality alone, none, and others without the locality
	alone := Doc{Record: parse.Record{ID: "c", Locality: "清徐县", Places: []string{"清徐县"}}}
	none := Doc{Record: parse.Record{ID: "d", Places: []string{}, Mentioned: []string{}, ReportsInWriting: []string{}}}
	others := Doc{Record: parse.Record{ID: "e", Places: []string{"低庄镇", "大江口镇"}}}
	return Pack{Version: "v1", Docs: []Doc{full, empty, {}, full, alone, none, others}}
}

// testPacks are packOf, an empty pack and one of no documents, by name.
func testPacks() map[string]Pack {
	texts := func(ev []schema.Evidence, original string) Doc { // texts of one kind each, no text
		return Doc{Record: schema.Record{ID: "t", Evidence: ev}, Original: original}
	}
	return map[string]Pack{"full": packOf(), "empty": {}, "no docs": {Version: "x", Docs: []Doc{}},
		"texts without text": {Version: "y", Docs: []Doc{texts([]schema.Evidence{}, ""), texts(nil, "原文"), texts(nil, "")}}}
}

func TestBinaryRoundTrip(t *testing.T) {
	for name, p := range testPacks() {
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Pack
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(back, p) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", name, back, p)
		}
	}
}

// TestBinaryInto decodes packs into storage that has room for them, and
// into storage that has not: the same pack comes back, in place only in
// the first case.
func TestBinaryInto(t *testing.T) {
	for name, p := range testPacks() {
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		for _, room := range []int{0, len(p.Docs) - 1, len(p.Docs), len(p.Docs) + 3} {
			into := make([]Doc, max(room, 0))
			var back Pack
			if err := back.UnmarshalBinaryInto(b, into); err != nil {
				t.Fatalf("%s into %d: %v", name, room, err)
			}
			if !reflect.DeepEqual(back, p) {
				t.Errorf("%s into %d: decoded\n%+v\nwant\n%+v", name, room, back, p)
			}
			inPlace := len(back.Docs) > 0 && len(into) > 0 && &back.Docs[0] == &into[0]
			if want := len(p.Docs) > 0 && room >= len(p.Docs); inPlace != want {
				t.Errorf("%s into %d: decoded in place %v, want %v", name, room, inPlace, want)
			}
			if inPlace && cap(back.Docs) != len(back.Docs) {
				t.Errorf("%s into %d: the documents' capacity reaches past them (%d)", name, room, cap(back.Docs))
			}
		}
	}
}

// hasAnyTexts reports whether a document of p carries texts.
func hasAnyTexts(p Pack) bool {
	return slices.ContainsFunc(p.Docs, func(d Doc) bool { return hasTexts(&d) })
}

// TestRecords decodes packs as records: the summaries carry the
// documents' fields of one value, Whole gives back each encoded document,
// which encode as the pack does, the lists held encoded. A pack whose
// documents carry texts (not Split) is refused: the records the site
// ships have none.
func TestRecords(t *testing.T) {
	for name, whole := range testPacks() {
		split, _ := Split(whole)
		for _, p := range []Pack{whole, split} {
			b, err := p.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var recs Records
			err = recs.UnmarshalBinaryInto(b, make([]Summary, len(p.Docs)))
			if texts := hasAnyTexts(p); texts || err != nil {
				if !texts || err == nil || !strings.Contains(err.Error(), "a document with texts") {
					t.Errorf("%s (texts %v): %v", name, texts, err)
				}
				continue
			}
			if recs.Version != p.Version || len(recs.Docs) != len(p.Docs) {
				t.Fatalf("%s: version %q, %d documents; want %q, %d", name, recs.Version, len(recs.Docs), p.Version, len(p.Docs))
			}
			back := Pack{Version: recs.Version}
			if recs.Docs != nil {
				back.Docs = []Doc{}
			}
			for i := range recs.Docs {
				s, want := &recs.Docs[i], p.Docs[i]
				own := want.Summary()
				strs := func(s *Summary) []string {
					return []string{s.ID(), s.Title(), s.Locality(), s.Date(), s.Published(), s.Source(), s.Level(), s.Event(), s.DateBasis()}
				}
				if g, w := strs(s), strs(&own); !slices.Equal(g, w) || !slices.Equal(w, []string{want.ID, want.Title, want.Locality, want.Date, want.Published, want.Source, want.Level, want.Event, want.DateBasis}) {
					t.Errorf("%s: document %d: strings %q, want %q", name, i, g, w)
				}
				if g, w := s.Attendance(), want.Attendance; !reflect.DeepEqual(g, w) {
					t.Errorf("%s: document %d: attendance %+v, want %+v", name, i, g, w)
				}
				if g, w := s.Region(), want.Region; !reflect.DeepEqual(g, w) {
					t.Errorf("%s: document %d: region %+v, want %+v", name, i, g, w)
				}
				var places []string
				for k := range s.NumPlaces() {
					places = append(places, s.Place(k))
				}
				if len(places) != len(want.Places) || !slices.Equal(places, want.Places) {
					t.Errorf("%s: document %d: places %q, want %q", name, i, places, want.Places)
				}
				got := *s // the other fields, without the way to the rest
				got.whole, got.page, got.strs, got.held, got.pos, got.attendance, got.region, got.places = nil, nil, [9]uint32{}, span{}, 0, 0, 0, 0
				own.whole, own.page, own.strs = nil, nil, [9]uint32{}
				if !reflect.DeepEqual(got, own) {
					t.Errorf("%s: document %d: summary\n%+v\nwant\n%+v", name, i, got, own)
				}
				if s.held == (span{}) || s.whole != nil {
					t.Errorf("%s: document %d: lists held %v, whole %v", name, i, s.held != (span{}), s.whole != nil)
				}
				if got := s.Text(); got != want.Text {
					t.Errorf("%s: document %d: Text %q, want %q", name, i, got, want.Text)
				}
				w := s.Whole()
				if !reflect.DeepEqual(w, want) {
					t.Errorf("%s: document %d: Whole\n%+v\nwant\n%+v", name, i, w, want)
				}
				back.Docs = append(back.Docs, w)
			}
			if again, _ := back.MarshalBinary(); string(again) != string(b) {
				t.Errorf("%s: the records encode to other bytes", name)
			}
		}
	}
}

// withoutLists returns p's documents without their lists, which ship
// apart.
func withoutLists(p Pack) Pack {
	out := Pack{Version: p.Version, ListsApart: true}
	if p.Docs != nil {
		out.Docs = []Doc{}
	}
	for _, d := range p.Docs {
		r := &d.Record
		r.Presiding, r.Speakers, r.Reports, r.ExecutiveChairs, r.Rostrum = nil, nil, nil, nil, nil
		r.Elected, r.Resolutions, r.Photographers, r.Warnings, r.Mentioned, r.ReportsInWriting = nil, nil, nil, nil, nil, nil
		out.Docs = append(out.Docs, d)
	}
	return out
}

// TestListsApart splits packs into records whose lists ship apart and
// their lists files: the records decode as the pack without its lists,
// and as summaries that say their lists are not in (ListsIn) and give
// none (Whole) until the lists file is added; then each gives its
// document back, lists and all, for each of two pages of records decoded
// into one array as a browser's loader does.
func TestListsApart(t *testing.T) {
	for name, whole := range testPacks() {
		split, _ := Split(whole)
		apart := split
		apart.ListsApart = true
		b, err := apart.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		with, _ := split.MarshalBinary()
		if len(split.Docs) > 0 && len(b) >= len(with) {
			t.Errorf("%s: %d bytes with the lists apart, %d with them", name, len(b), len(with))
		}
		var back Pack
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := withoutLists(split); !reflect.DeepEqual(back, want) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", name, back, want)
		}

		n := len(split.Docs)
		all := Records{Version: split.Version, Docs: make([]Summary, 2*n)}
		for k := range 2 { // two pages of the same documents, one after the other
			var page Records
			if err := page.UnmarshalBinaryInto(b, all.Docs[k*n:(k+1)*n]); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		for k := range 2 {
			for i := range n {
				s := &all.Docs[k*n+i]
				if s.ListsIn() {
					t.Errorf("%s: page %d, document %d: lists in before they were added", name, k, i)
				}
				if got, want := s.Whole(), withoutLists(split).Docs[i]; !reflect.DeepEqual(got, want) {
					t.Errorf("%s: page %d, document %d: Whole before the lists\n%+v\nwant\n%+v", name, k, i, got, want)
				}
			}
		}
		if n == 0 {
			if err := all.AddLists(split.MarshalLists(0)); err == nil {
				t.Errorf("%s: lists of no documents added", name)
			}
			continue
		}
		if err := all.AddLists(split.MarshalLists(n)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range 2 {
			for i := range n {
				s := &all.Docs[k*n+i]
				if in := s.ListsIn(); in != (k == 1) {
					t.Errorf("%s: page %d, document %d: lists in %v after the second page's came", name, k, i, in)
				}
				want := split.Docs[i]
				if k == 0 {
					want = withoutLists(split).Docs[i]
				}
				if got := s.Whole(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: page %d, document %d: Whole\n%+v\nwant\n%+v", name, k, i, got, want)
				}
			}
		}
		if err := all.AddLists(split.MarshalLists(0)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i := range 2 * n {
			if s := &all.Docs[i]; !s.ListsIn() || !reflect.DeepEqual(s.Whole(), split.Docs[i%n]) {
				t.Errorf("%s: document %d: lists in %v, Whole %+v", name, i, s.ListsIn(), s.Whole())
			}
		}
	}
}

// records encodes p and decodes it as records.
func records(t *testing.T, p Pack) Records {
	t.Helper()
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var r Records
	if err := r.UnmarshalBinaryInto(b, nil); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestListsParts decodes a page of 2·ListsSize+3 documents whose lists
// ship apart and adds its lists files one by one: each gives exactly its
// documents their lists; a file cut elsewhere than at ListsSize, or of
// fewer documents than its part, is refused.
func TestListsParts(t *testing.T) {
	if PageSize%ListsSize != 0 { // ListsOf numbers the files across pages
		t.Fatalf("a page of %d documents is not a whole number of lists files of %d", PageSize, ListsSize)
	}
	n := 2*ListsSize + 3
	p := Pack{Version: "v", Docs: make([]Doc, n)}
	for i := range p.Docs {
		p.Docs[i].ID = strconv.Itoa(i)
		p.Docs[i].Presiding = []string{"主持" + strconv.Itoa(i)}
	}
	apart := p
	apart.ListsApart = true
	r := records(t, apart)
	part := func(first, end int) []byte { return Pack{Version: "v", Docs: p.Docs[first:end]}.MarshalLists(first) }
	for _, bad := range [][]byte{part(1, ListsSize+1), part(0, 10), part(ListsSize, 2*ListsSize-1), part(2*ListsSize, n-1)} {
		if err := r.AddLists(bad); err == nil || !strings.Contains(err.Error(), "not a part of a page") {
			t.Errorf("a file cut elsewhere: error %v", err)
		}
	}
	for k, file := range []int{1, 2, 0} {
		first := file * ListsSize
		if err := r.AddLists(part(first, min(first+ListsSize, n))); err != nil {
			t.Fatalf("file %d: %v", file, err)
		}
		for i := range r.Docs {
			in := i >= ListsSize // files 1, then 2, then 0 added
			if k == 0 {
				in = i >= ListsSize && i < 2*ListsSize
			}
			if k == 2 {
				in = true
			}
			got := r.Docs[i].Whole().Presiding
			if r.Docs[i].ListsIn() != in || (in && (len(got) != 1 || got[0] != p.Docs[i].Presiding[0])) || (!in && got != nil) {
				t.Fatalf("after %d files: document %d lists in %v, presiding %q", k+1, i, r.Docs[i].ListsIn(), got)
			}
		}
	}
}

// TestListsRejected gives records lists files that are not theirs, or
// corrupt: each is an error saying why, and the records keep no lists.
func TestListsRejected(t *testing.T) {
	p, _ := Split(packOf())
	apart := p
	apart.ListsApart = true
	good := p.MarshalLists(0)
	other := p
	other.Version = "v2"
	for _, tc := range []struct {
		name    string
		records Pack
		lists   []byte
		want    string
	}{
		{"not lists", apart, mustShard(t), "not in the binary format"},
		{"a pack", apart, func() []byte { b, _ := p.MarshalBinary(); return b }(), "not in the binary format"},
		{"other build", apart, other.MarshalLists(0), `build "v2"`},
		{"beyond the records", apart, p.MarshalLists(1), "documents 1 to 8, not a part of a page"},
		{"fewer documents", apart, Pack{Version: p.Version, Docs: p.Docs[:3]}.MarshalLists(0), "not a part of a page"},
		{"lists in the records", p, good, "not a part of a page"},
		{"truncated", apart, good[:len(good)-2], "truncated"},
		{"trailing", apart, append(slices.Clip(good), 0), "after the last document"},
		{"format", apart, append([]byte("RNDL"), 9), "format 9"},
	} {
		r := records(t, tc.records)
		err := r.AddLists(tc.lists)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
		if errors.Is(err, ErrOtherBuild) != (tc.name == "other build") {
			t.Errorf("%s: error %v is ErrOtherBuild: %v", tc.name, err, errors.Is(err, ErrOtherBuild))
		}
		if tc.records.ListsApart && r.Docs[0].ListsIn() {
			t.Errorf("%s: the records have lists", tc.name)
		}
	}
	if _, err := (Pack{Version: "v", ListsApart: true, Docs: packOf().Docs}).MarshalBinary(); err == nil || !strings.Contains(err.Error(), "has texts") {
		t.Errorf("a pack with texts and its lists apart: error %v, want one saying it has texts", err)
	}
}

// FuzzAddLists feeds corrupt lists files to records whose lists ship
// apart: an error, or lists that decode (Whole) without a panic.
func FuzzAddLists(f *testing.F) {
	p, _ := Split(packOf())
	f.Add(p.MarshalLists(0))
	apart := p
	apart.ListsApart = true
	b, err := apart.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lists []byte) {
		var r Records
		if err := r.UnmarshalBinaryInto(b, nil); err != nil {
			t.Fatal(err)
		}
		if err := r.AddLists(lists); err != nil {
			if r.Docs[0].ListsIn() {
				t.Fatalf("lists in after an error: %v", err)
			}
			return
		}
		for i := range r.Docs {
			if !r.Docs[i].ListsIn() {
				t.Fatalf("document %d: lists not in", i)
			}
			r.Docs[i].Whole()
		}
	})
}

// TestSummarySize keeps a summary small: a browser holds one a document,
// 100,000 of them for a large corpus.
func TestSummarySize(t *testing.T) {
	if got, doc := unsafe.Sizeof(Summary{}), unsafe.Sizeof(Doc{}); got > 104 || got*3 > doc {
		t.Errorf("a summary takes %d bytes (a Doc %d), want 104 at most", got, doc)
	}
}

// TestSummaryPointers keeps the collector's work small: a summary's only
// fields with pointers are the way to its document or its page, what
// every collection marks 100,000 times over a large corpus.
func TestSummaryPointers(t *testing.T) {
	var with []string
	st := reflect.TypeFor[Summary]()
	for i := range st.NumField() {
		if f := st.Field(i); hasPointers(f.Type) {
			with = append(with, f.Name)
		}
	}
	if want := []string{"whole", "page"}; !slices.Equal(with, want) {
		t.Errorf("fields with pointers %q, want %q", with, want)
	}
}

// hasPointers reports whether a value of type t holds pointers.
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	}
	return true // pointers, strings, slices, maps, channels, funcs, interfaces
}

// TestBinarySharesStrings checks that repeated strings are stored once.
func TestBinarySharesStrings(t *testing.T) {
	p := packOf()
	one, _ := Pack{Docs: p.Docs[:1]}.MarshalBinary()
	two, _ := Pack{Docs: append(p.Docs[:1:1], p.Docs[0])}.MarshalBinary()
	if grown, limit := len(two)-len(one), 120; grown > limit {
		t.Errorf("a second identical document adds %d bytes, want at most %d", grown, limit)
	}
}

func TestBinaryErrors(t *testing.T) {
	split, _ := Split(packOf()) // records, which have no texts
	good, _ := split.MarshalBinary()
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "not in the binary format"},
		{"json", []byte(`{"version":"v"}`), "not in the binary format"},
		{"shard", mustShard(t), "not in the binary format"},
		{"format", append([]byte("RNDP"), 9), "format 9"},
		{"truncated", good[:len(good)-3], "truncated"},
		{"trailing", append(append([]byte{}, good...), 0), "after the last document"},
		{"huge count", append([]byte("RNDP"), binaryVersion, 0xff, 0xff, 0xff, 0xff, 0x0f), "truncated"},
	} {
		var p Pack
		err := p.UnmarshalBinary(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
		var recs Records
		err = recs.UnmarshalBinaryInto(tc.in, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s, lists held: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

// FuzzUnmarshalBinary feeds corrupt packs to the decoder: an error or a pack
// that encodes back to the same bytes, never a panic; decoding as records,
// the lists held, fails on the same input and on a pack with texts, else
// gives the same documents.
func FuzzUnmarshalBinary(f *testing.F) {
	good, _ := packOf().MarshalBinary()
	f.Add(good)
	f.Add(good[:len(good)/2])
	split, _ := Split(packOf())
	records, _ := split.MarshalBinary()
	f.Add(records)
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Pack
		var held Records
		err := p.UnmarshalBinary(b)
		if herr := held.UnmarshalBinaryInto(b, nil); (herr == nil) != (err == nil && !hasAnyTexts(p)) {
			t.Fatalf("decoded: %v (texts %v); with the lists held: %v", err, err == nil && hasAnyTexts(p), herr)
		}
		if err != nil || hasAnyTexts(p) {
			return
		}
		for i := range held.Docs {
			if !reflect.DeepEqual(held.Docs[i].Whole(), p.Docs[i]) {
				t.Fatalf("document %d: held lists decode to another document", i)
			}
		}
		again, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var q Pack
		if err := q.UnmarshalBinary(again); err != nil || !reflect.DeepEqual(p, q) {
			t.Fatalf("re-encoded pack does not decode to itself: %v", err)
		}
	})
}

// within reports whether s's bytes lie in b's memory.
func within(s string, b []byte) bool {
	p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return p >= start && p+uintptr(len(s)) <= start+uintptr(len(b))
}

// FuzzShardShared feeds corrupt text shards to both decoders: they fail
// together or decode the same shard, never a panic, and a shard decoded
// in place stays equal to its copy when its bytes are reused.
func FuzzShardShared(f *testing.F) {
	good, _ := Shard{Version: "v", First: 64, Texts: []Texts{{Text: "正文", Original: "原文", Evidence: []parse.Evidence{{Field: "date", Start: 0, End: 6}}}}}.MarshalBinary()
	f.Add(good)
	f.Add(good[:len(good)-3])
	f.Fuzz(func(t *testing.T, b []byte) {
		var copied, shared Shard
		err := copied.UnmarshalBinary(b)
		if serr := shared.UnmarshalBinaryShared(b); (serr == nil) != (err == nil) {
			t.Fatalf("decoded: %v; sharing the bytes: %v", err, serr)
		}
		if err == nil && !reflect.DeepEqual(copied, shared) {
			t.Fatalf("shared decoding gives %+v, want %+v", shared, copied)
		}
		before := fmt.Sprint(copied)
		clear(b) // the buffer reused: what was copied out stays
		if after := fmt.Sprint(copied); after != before {
			t.Fatalf("the copied shard changed with its input: %s, was %s", after, before)
		}
	})
}

func mustShard(t *testing.T) []byte {
	b, err := Shard{First: 3, Texts: []Texts{{Text: "正文", Original: "原文"}}}.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestShardBinary(t *testing.T) {
	for _, sh := range []Shard{{}, {Version: "v1", First: 512, Texts: []Texts{}}, {First: 256, Texts: []Texts{
		{"正文", "原文", []parse.Evidence{{Field: "date", Start: 0, End: 6}, {Field: "title", Start: -1, End: 1 << 40}}},
		{"", "", nil}, {"正文", "原 文", []parse.Evidence{}}}}} {
		b, err := sh.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back, shared Shard
		if err := back.UnmarshalBinary(b); err != nil || !reflect.DeepEqual(back, sh) {
			t.Errorf("shard %+v decoded as %+v, %v", sh, back, err)
		}
		if err := shared.UnmarshalBinaryShared(b); err != nil || !reflect.DeepEqual(shared, sh) {
			t.Errorf("shard %+v decoded sharing its bytes as %+v, %v", sh, shared, err)
		}
		for _, tx := range shared.Texts {
			for _, str := range []string{tx.Text, tx.Original} {
				if str != "" && !within(str, b) {
					t.Errorf("shared decoding copied %q out of the shard's bytes", str)
				}
			}
		}
		for _, tx := range back.Texts {
			if tx.Text != "" && within(tx.Text, b) {
				t.Errorf("decoding shares %q with the shard's bytes", tx.Text)
			}
		}
		if err := back.UnmarshalBinary(b[:len(b)-1]); len(sh.Texts) > 0 && err == nil {
			t.Errorf("truncated shard %+v decoded", sh)
		}
		if err := back.UnmarshalBinaryShared(b[:len(b)-1]); len(sh.Texts) > 0 && err == nil {
			t.Errorf("truncated shard %+v decoded sharing its bytes", sh)
		}
	}
	pack, _ := packOf().MarshalBinary()
	var s Shard
	if err := s.UnmarshalBinary(pack); err == nil || !strings.Contains(err.Error(), "not in the binary format") {
		t.Errorf("a pack decoded as a shard: %v", err)
	}
}

// TestDecodedConstants checks that a decoded document's level, event and
// date basis are the program's strings, not copies in the page's, which
// would keep the page alive.
func TestDecodedConstants(t *testing.T) {
	b, _ := packOf().MarshalBinary()
	var p Pack
	if err := p.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	d := p.Docs[0]
	for _, c := range []struct{ got, want string }{
		{d.Level, schema.LevelCounty}, {d.Event, schema.EventOpening}, {d.DateBasis, "stated"},
	} {
		if c.got != c.want || unsafe.StringData(c.got) != unsafe.StringData(c.want) {
			t.Errorf("%q is not the program's %q", c.got, c.want)
		}
	}
}
