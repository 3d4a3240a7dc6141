package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
	"renda/parse/schema"
)

func TestResourceName(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"/web/data/records-000.bin", "web/data/records-000.bin"},
		{"/renda/web/data/text-012.bin?v=3f2a", "web/data/text-012.bin"},
		{"https://example.org/a/web/b/web/data/index-001.bin", "web/data/index-001.bin"},
		{"/other/file.bin?x=1", "/other/file.bin"},
		{"", ""},
	} {
		if got := resourceName(c.url); got != c.want {
			t.Errorf("resourceName(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestJoinParts(t *testing.T) {
	for _, c := range []struct {
		name  string
		parts [][]byte
		want  string
		ok    bool
	}{
		{"one", [][]byte{[]byte("abc")}, "abc", true},
		{"three", [][]byte{[]byte("ab"), []byte("c"), []byte("de")}, "abcde", true},
		{"an empty one", [][]byte{{}}, "", true},
		{"a part missing", [][]byte{[]byte("ab"), nil, []byte("de")}, "", false},
		{"the one part missing", [][]byte{nil}, "", false},
	} {
		if got, ok := joinParts(c.parts); got != c.want || ok != c.ok {
			t.Errorf("%s: joinParts = %q, %v, want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
	// One part is taken as it is, several copied once into a string of
	// their size.
	one := []byte("tables")
	if got, _ := joinParts([][]byte{one}); unsafe.StringData(got) != &one[0] {
		t.Error("joinParts copied a file of one part")
	}
	parts := [][]byte{[]byte(strings.Repeat("a", 100)), []byte(strings.Repeat("b", 300))}
	var got string
	if n := testing.AllocsPerRun(100, func() { got, _ = joinParts(parts) }); n != 1 || got != string(parts[0])+string(parts[1]) {
		t.Errorf("joinParts of two parts allocated %v times: %d bytes", n, len(got))
	}
}

// TestPeopleSpellings follows the spellings of places and people through
// the text store: the people's are claimed once (again after a failure),
// and every index built afterwards spells both.
func TestPeopleSpellings(t *testing.T) {
	pack := testPack()
	b, err := explore.NewSpellings(pack.Records().Docs).Encode()
	if err != nil {
		t.Fatal(err)
	}
	placeParts, peopleParts, err := explore.SplitSpellings(b, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	read := func(parts [][]byte) *explore.Spellings {
		var sp explore.Spellings
		for _, p := range parts {
			if err := sp.AddBinary(p); err != nil {
				t.Fatal(err)
			}
		}
		return &sp
	}
	spelled := func(ts *textStore) (place, person string) {
		ix := mustIndex(t, ts, pack.Records(), len(pack.Docs))
		return ix.Pinyin("山亭区", false), ix.Pinyin("王德海", true)
	}

	ts := newTextStore()
	ts.addSpellings(read(placeParts), false)
	if place, person := spelled(ts); place != "shan ting qu" || person != "" {
		t.Errorf("places' spellings only: %q, %q", place, person)
	}
	if ts.peopleState() != fetchIdle || !ts.claimPeople() || ts.claimPeople() {
		t.Error("the people's spellings are not claimed exactly once")
	}
	ts.setPeople(fetchIdle) // the download failed
	if !ts.claimPeople() {
		t.Error("the people's spellings are not claimed again after a failure")
	}
	ts.addSpellings(read(peopleParts), true)
	if ts.peopleState() != fetchDone || ts.claimPeople() {
		t.Error("the people's spellings are claimed once in")
	}
	if place, person := spelled(ts); place != "shan ting qu" || person != "wang de hai" {
		t.Errorf("both spellings: %q, %q", place, person)
	}
}

// TestTextBudget follows texts through the store: beyond its budget it
// drops the least recently asked for, never one held (an export's), one
// just loaded nor one the latest request asked for (a page showing more
// than the budget keeps them all); asking for a loaded text counts as
// using it; a failed shard is claimed again; imported documents have no
// shard.
func TestTextBudget(t *testing.T) {
	const docs = 10 * corpus.ShardSize
	ts := newTextStore()
	ts.setIndex(textindex.NewSharded(docs, 1), "v")
	ts.budget = 3 * 300 // three texts
	t0 := time.Unix(0, 0)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	doc := func(k int) int { return k*corpus.ShardSize + 1 } // one asked for in each shard
	steps := []struct {
		name    string
		ask     []int // shards of the documents asked for
		hold    int   // held until at(hold), 0: not held
		now     int
		claimed []int
		dropped []int // shards of the texts dropped after loading the claimed ones at now+1, now+2...
	}{
		{"three fit", []int{0, 1, 2}, 0, 0, []int{0, 1, 2}, nil},
		{"a loaded text used again", []int{0}, 0, 10, nil, nil},
		{"the least recently used goes", []int{3}, 0, 11, []int{3}, []int{1}},
		{"held while loaded", []int{2}, 100, 12, nil, nil},
		{"a held one stays", []int{4}, 0, 13, []int{4}, []int{0}},
		{"held while loading", []int{5}, 200, 14, []int{5}, []int{3}},
		{"two held, one goes", []int{6}, 0, 16, []int{6}, []int{4}},
		{"a hold ends", []int{7}, 0, 150, []int{7}, []int{2}},
		{"held beyond the budget", []int{8, 9}, 300, 160, []int{8, 9}, []int{6, 7}},
		{"nothing else to drop", []int{0}, 0, 170, []int{0}, nil},
		{"a page asks for more than the budget", []int{1, 2, 3, 4, 6}, 0, 400, []int{1, 2, 3, 4, 6}, []int{5, 8, 9, 0}},
	}
	for _, s := range steps {
		r := textRequest{}
		for _, k := range s.ask {
			r.Docs = append(r.Docs, doc(k))
		}
		if s.hold > 0 {
			r.Hold = at(s.hold)
		}
		claimed := ts.claim(r, at(s.now))
		if !slices.Equal(claimed, s.claimed) {
			t.Fatalf("%s: claimed %v, want %v", s.name, claimed, s.claimed)
		}
		var dropped []int
		for i, k := range claimed {
			kept, out := ts.done(k, textShard(k), at(s.now+1+i))
			if len(kept) != 1 || kept[0].doc != doc(k) {
				t.Fatalf("%s: shard %d kept %v, want document %d alone", s.name, k, kept, doc(k))
			}
			for _, d := range out {
				dropped = append(dropped, corpus.ShardOf(d))
			}
		}
		if !slices.Equal(dropped, s.dropped) {
			t.Fatalf("%s: dropped %v, want %v", s.name, dropped, s.dropped)
		}
		for _, k := range dropped {
			if ts.loaded(k) {
				t.Fatalf("%s: shard %d dropped and still loaded", s.name, k)
			}
		}
	}
	if held := 5 * 300; ts.held != held { // shards 1, 2, 3, 4 and 6
		t.Errorf("the store counts %d bytes of text, want %d", ts.held, held)
	}

	// A failed shard is claimed again; imported documents have none.
	if got := ts.claim(textRequest{Docs: []int{doc(7), docs, docs + 5}}, at(500)); !slices.Equal(got, []int{7}) {
		t.Fatalf("claimed %v, want [7]", got)
	}
	if kept, dropped := ts.done(7, nil, at(501)); kept != nil || dropped != nil || ts.loaded(7) {
		t.Fatalf("a failed shard kept %v, dropped %v or loaded", kept, dropped)
	}
	if got := ts.claim(textRequest{Docs: []int{doc(7)}}, at(502)); !slices.Equal(got, []int{7}) {
		t.Fatalf("after the failure claimed %v, want [7]", got)
	}
}

// textShard is shard k of a test pack: each document's text and original
// are 150 bytes each, saying which document they are.
func textShard(k int) *corpus.Shard {
	sh := &corpus.Shard{Version: "v", First: k * corpus.ShardSize}
	for d := sh.First; d < sh.First+corpus.ShardSize; d++ {
		text := fmt.Sprintf("%06d", d) + strings.Repeat("字", 48)
		sh.Texts = append(sh.Texts, corpus.Texts{Text: text, Original: text, Evidence: []schema.Evidence{{Field: "presiding", Start: 0, End: 5}}})
	}
	return sh
}

// TestTextsByDocument checks that the store keeps the texts of the
// documents asked for, not their shards': copied out of the shard (which
// one of them would otherwise keep whole), each shard fetched once for
// the documents asked for while it comes, and again for a document of it
// not kept.
func TestTextsByDocument(t *testing.T) {
	ts := newTextStore()
	ts.setIndex(textindex.NewSharded(4*corpus.ShardSize, 1), "v")
	now := time.Unix(0, 0)
	a, b, c := corpus.ShardSize+3, corpus.ShardSize+9, corpus.ShardSize+20 // all in shard 1
	if got := ts.claim(textRequest{Docs: []int{a}}, now); !slices.Equal(got, []int{1}) {
		t.Fatalf("claimed %v, want [1]", got)
	}
	if got := ts.claim(textRequest{Docs: []int{b, a}}, now); len(got) != 0 {
		t.Fatalf("a shard on its way claimed again: %v", got)
	}
	sh := textShard(1)
	kept, dropped := ts.done(1, sh, now)
	if len(kept) != 2 || kept[0].doc != a || kept[1].doc != b || dropped != nil {
		t.Fatalf("kept %v, dropped %v; want documents %d and %d", kept, dropped, a, b)
	}
	for _, k := range kept {
		want := sh.Texts[k.doc-sh.First]
		if k.texts.Text != want.Text || k.texts.Original != want.Original || !slices.Equal(k.texts.Evidence, want.Evidence) {
			t.Fatalf("document %d kept %+v, want %+v", k.doc, k.texts, want)
		}
		if unsafe.StringData(k.texts.Text) == unsafe.StringData(want.Text) || unsafe.StringData(k.texts.Original) == unsafe.StringData(want.Original) ||
			unsafe.StringData(k.texts.Evidence[0].Field) == unsafe.StringData(want.Evidence[0].Field) || &k.texts.Evidence[0] == &want.Evidence[0] {
			t.Fatalf("document %d's texts share the shard's memory", k.doc)
		}
	}
	if ts.held != 2*300 || !ts.loaded(1) || ts.loaded(0) {
		t.Fatalf("held %d bytes (want 600), shard 1 loaded %v, shard 0 %v", ts.held, ts.loaded(1), ts.loaded(0))
	}
	if got := ts.claim(textRequest{Docs: []int{a, c}}, now); !slices.Equal(got, []int{1}) {
		t.Fatalf("a document of a loaded shard, not kept: claimed %v, want [1]", got)
	}
	if kept, _ := ts.done(1, sh, now); len(kept) != 1 || kept[0].doc != c {
		t.Fatalf("kept %v, want document %d alone", kept, c)
	}
	ix := mustIndex(t, ts, corpus.Records{Version: "v", Docs: make([]corpus.Summary, 4*corpus.ShardSize)}, 4*corpus.ShardSize)
	for d := range ix.Docs {
		if want := d == a || d == b || d == c; ix.HasText(d) != want || (want && ix.Whole(d).Text != sh.Texts[d-sh.First].Text) {
			t.Errorf("a new index: document %d has text %v (%q), want %v", d, ix.HasText(d), ix.Whole(d).Text, want)
		}
	}
}

// TestDecodeShardVersion checks that a text shard decodes for the pack of
// its version only, and that the error names the file and says why.
func TestDecodeShardVersion(t *testing.T) {
	b, err := corpus.Shard{Version: "build-1", First: 256, Texts: []corpus.Texts{{Text: "正文"}}}.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		version string
		want    string // in the error, "" for none
	}{
		{"build-1", ""},
		{"build-2", "web/data/text-001.bin 属于另一版本"},
		{"", "属于另一版本"},
	} {
		sh, err := decodeShard(1, b, c.version)
		switch {
		case c.want == "" && (err != nil || sh.First != 256 || len(sh.Texts) != 1):
			t.Errorf("version %q: %+v, %v", c.version, sh, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("version %q: error %v, want one saying %q", c.version, err, c.want)
		}
	}
	if _, err := decodeShard(1, b[:len(b)-1], "build-1"); err == nil || !strings.Contains(err.Error(), "text-001.bin") {
		t.Errorf("a truncated shard: error %v, want one naming the file", err)
	}
}

// TestAddIndexShardVersion checks that a shard of the text index joins the
// index of the pack of its tag only, and that the error names the file.
func TestAddIndexShardVersion(t *testing.T) {
	whole := textindex.Build([]string{"人大代表", "代表大会"})
	for _, c := range []struct {
		tag, version string
		ok           bool
	}{{"build-1", "build-1", true}, {"build-2", "build-1", false}, {"", "build-1", false}} {
		sh := whole.Split(1)[0]
		sh.SetTag(c.tag)
		b, err := sh.Encode()
		if err != nil {
			t.Fatal(err)
		}
		decoded, err := textindex.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		index := textindex.NewSharded(2, 1)
		err = addIndexShard(index, 0, decoded, c.version)
		switch {
		case c.ok && (err != nil || !index.Has(0)):
			t.Errorf("tag %q, pack %q: %v, loaded %v", c.tag, c.version, err, index.Has(0))
		case !c.ok && (err == nil || !strings.Contains(err.Error(), "web/data/index-000.bin 属于另一版本") || index.Has(0)):
			t.Errorf("tag %q, pack %q: error %v, loaded %v; want the file refused", c.tag, c.version, err, index.Has(0))
		}
	}
}

// TestKeptTextsOutliveTheirBuffer follows handleTexts: a shard fetched
// into a pooled buffer is decoded in place (decodeShard), the store keeps
// a document's texts, and the buffer is given back and overwritten by the
// next shard. The texts kept must not change.
func TestKeptTextsOutliveTheirBuffer(t *testing.T) {
	ts := newTextStore()
	ts.setIndex(textindex.NewSharded(4*corpus.ShardSize, 1), "v")
	now := time.Unix(0, 0)
	rooms := make(roomPool, 1)
	var kept []docTexts
	for _, k := range []int{1, 2} { // the second shard reuses the first's buffer
		d := k*corpus.ShardSize + 7
		ts.claim(textRequest{Docs: []int{d}}, now)
		b, err := textShard(k).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		room := rooms.take()
		if k == 2 && cap(room) < len(b) {
			t.Fatalf("the pool gave back a buffer of %d bytes for a shard of %d", cap(room), len(b))
		}
		data := append(room, b...)
		sh, err := decodeShard(k, data, "v")
		if err != nil {
			t.Fatal(err)
		}
		got, _ := ts.done(k, &sh, now)
		kept = append(kept, got...)
		rooms.put(data)
	}
	clear(rooms.take()[:1]) // and whatever comes next
	for _, k := range kept {
		want := textShard(corpus.ShardOf(k.doc)).Texts[k.doc%corpus.ShardSize]
		if k.texts.Text != want.Text || ts.texts[k.doc].Text != want.Text || ts.texts[k.doc].Original != want.Original {
			t.Errorf("document %d: text %q after its buffer was reused, want %q", k.doc, ts.texts[k.doc].Text, want.Text)
		}
	}
	if len(kept) != 2 {
		t.Fatalf("kept %d documents' texts, want 2", len(kept))
	}
}

func TestRoomPool(t *testing.T) {
	p := make(roomPool, 2)
	if b := p.take(); b != nil {
		t.Fatalf("an empty pool gave %d bytes", cap(b))
	}
	small, big := make([]byte, 10, 1<<20), make([]byte, 0, maxRoom+1)
	p.put(small)
	p.put(big) // too large to keep
	p.put(nil)
	if b := p.take(); len(b) != 0 || cap(b) != 1<<20 || unsafe.SliceData(b) != unsafe.SliceData(small) {
		t.Fatalf("took len %d cap %d, want the buffer put, emptied", len(b), cap(b))
	}
	if b := p.take(); b != nil {
		t.Fatalf("took a buffer of %d bytes, want none: the large one and nil are not kept", cap(b))
	}
	for range 3 { // beyond the pool's capacity: dropped, never blocking
		p.put(make([]byte, 0, 16))
	}
	if len(p) != 2 {
		t.Fatalf("the pool holds %d buffers, want its capacity, 2", len(p))
	}
}
