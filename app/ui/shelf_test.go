package ui

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/importer"
	"renda/app/reader"
	"renda/app/textindex"
	"renda/parse"
)

// TestShelf indexes imported documents next to the bundled ones and marks
// them, and a store that cannot be read leaves the bundled corpus usable.
func TestShelf(t *testing.T) {
	store := &importer.MemStore{}
	report := `白河市第九届人民代表大会第二次会议开幕
2023年2月6日上午，白河市第九届人民代表大会第二次会议隆重开幕。
`
	rep := importer.New(store, nil, nil, reader.Read).Import(context.Background(), []importer.Source{{
		Name: "mine.txt", Size: int64(len(report)), Open: func() ([]byte, error) { return []byte(report), nil },
	}}, nil)
	if rep.Count(importer.StatusImported) != 1 {
		t.Fatalf("import: %+v", rep.Outcomes)
	}
	sh := newShelf(store, newParser())
	lib := sh.open(testPack().Records(), nil, 100, nil)
	if !lib.ready() {
		t.Fatal("library not ready")
	}
	i, ok := lib.Index.Doc("imported-mine")
	if !ok || lib.Index.Docs[i].Locality() != "白河市" {
		t.Fatalf("imported document not indexed: %v", lib.Index.IDs())
	}
	if len(lib.Index.Docs) != len(testPack().Docs)+1 {
		t.Errorf("%d documents, want the pack's and one more", len(lib.Index.Docs))
	}
	if !lib.Own.has("imported-mine") || lib.Own.has(testPack().Docs[0].ID) {
		t.Error("imported marks are wrong")
	}
	if !strings.Contains(app.HTMLString(badgeSlot(locale{}, lib, "imported-mine")), "badge-imported") ||
		strings.Contains(app.HTMLString(badgeSlot(locale{}, lib, testPack().Docs[0].ID)), "badge-imported") {
		t.Error("badge on the wrong documents")
	}

	broken := newShelf(&failingStore{}, newParser())
	lib = broken.open(testPack().Records(), nil, 1, nil)
	if !lib.ready() || lib.Own.Err == "" || len(lib.Index.Docs) != len(testPack().Docs) {
		t.Errorf("unreadable store: ready %v, err %q", lib.ready(), lib.Own.Err)
	}
}

// failingStore is a store that cannot be read.
type failingStore struct{ importer.MemStore }

func (*failingStore) Load() ([]importer.Entry, error) { return nil, importer.ErrQuota }

// TestShelfSharesBundled follows the bundled documents through libraries:
// without imported documents the index works on their summaries in place
// (no copy of every record), with some on a copy of its own; an index
// writes nothing into the shared summaries, and each new index has the
// texts of the shards the text store holds and no others.
func TestShelfSharesBundled(t *testing.T) {
	docs := make([]corpus.Doc, 3*corpus.ShardSize)
	for i := range docs {
		docs[i].ID, docs[i].Title = fmt.Sprintf("d%03d", i), fmt.Sprintf("第%d篇", i)
	}
	shard := func(k int) corpus.Shard {
		sh := corpus.Shard{First: k * corpus.ShardSize}
		for d := sh.First; d < sh.First+corpus.ShardSize; d++ {
			text := fmt.Sprintf("第%d篇的正文。", d)
			sh.Texts = append(sh.Texts, corpus.Texts{Text: text, Original: text})
		}
		return sh
	}
	s0, s1 := shard(0), shard(1)
	last := 2*corpus.ShardSize - 1 // in shard 1
	now := time.Now()
	ts := newTextStore()
	ts.setIndex(textindex.NewSharded(len(docs), 1), "v")
	sh := newShelf(&importer.MemStore{}, newParser())
	bundled := corpus.Pack{Version: "v", Docs: docs}.Records().Docs
	before := slices.Clone(bundled)
	shared := func(lib library) bool { return &lib.Index.Docs[0] == &bundled[0] }
	lib := sh.open(corpus.Records{Version: "v", Docs: bundled}, ts, 1, nil)
	if !shared(lib) {
		t.Fatal("without imported documents, the library copies the bundled ones")
	}
	first := make([]int, 2*corpus.ShardSize) // shards 0 and 1
	for i := range first {
		first[i] = i
	}
	ts.claim(textRequest{Docs: first}, now)
	for k, s := range []corpus.Shard{s0, s1} {
		kept, _ := ts.done(k, &s, now)
		for _, d := range kept {
			lib.Index.SetText(d.doc, d.texts)
		}
	}
	if got := lib.Index.Whole(last); got.Text != s1.Texts[corpus.ShardSize-1].Text || got.Original == "" {
		t.Fatalf("the texts given are not the document's: %q, %q", got.Text, got.Original)
	}
	if !reflect.DeepEqual(bundled, before) {
		t.Fatal("the index wrote into the shared summaries")
	}

	rebuild := func(entries []importer.Entry) library {
		sh.mu.Lock()
		defer sh.mu.Unlock()
		sh.entries = entries
		return sh.libraryLocked()
	}
	mine := importer.Entry{ID: "imported-mine", Doc: corpus.Doc{Record: parse.Record{ID: "imported-mine", Text: "导入的正文。"}}}
	lib = rebuild([]importer.Entry{mine})
	ix := lib.Index
	if len(ix.Docs) != len(docs)+1 || shared(lib) {
		t.Fatalf("with an imported document: %d documents, shared %v", len(ix.Docs), shared(lib))
	}
	if !ix.HasText(0) || ix.Whole(last).Text != s1.Texts[corpus.ShardSize-1].Text || ix.Whole(len(docs)).Text != "导入的正文。" {
		t.Fatalf("the index lacks the texts the store holds or the imported one: %q, %q", ix.Whole(last).Text, ix.Whole(len(docs)).Text)
	}

	// Asked for document 0 and one of shard 2, the store drops the other
	// texts (budget), which leave this index.
	ts.budget = 1
	ts.claim(textRequest{Docs: []int{0, 2 * corpus.ShardSize}}, now.Add(time.Second))
	s2 := shard(2)
	_, dropped := ts.done(2, &s2, now.Add(time.Second))
	for _, d := range dropped {
		ix.DropText(d)
	}
	if ix.HasText(last) || ix.Whole(last).Text != "" {
		t.Fatalf("shard 1 not dropped: %v, %q", ix.HasText(last), ix.Whole(last).Text)
	}
	lib = rebuild(nil) // the imported document removed
	ix = lib.Index
	if len(ix.Docs) != len(docs) || !shared(lib) {
		t.Fatalf("after an import: %d documents, shared %v", len(ix.Docs), shared(lib))
	}
	if ix.Whole(last).Text != "" || ix.HasText(last) {
		t.Errorf("a text the store dropped came back: %q", ix.Whole(last).Text)
	}
	if ix.Whole(0).Text != s0.Texts[0].Text || !ix.HasText(0) {
		t.Errorf("a text the store holds is missing: %q", ix.Whole(0).Text)
	}
}
