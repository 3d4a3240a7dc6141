package ui

import (
	"context"
	"testing"

	"renda/app/corpus"
	"renda/app/importer"
	"renda/app/reader"
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
	lib := sh.open(testPack(), nil, 100)
	if !lib.ready() {
		t.Fatal("library not ready")
	}
	i, ok := lib.Index.Doc("imported-mine")
	if !ok || lib.Index.Docs[i].Locality != "白河市" {
		t.Fatalf("imported document not indexed: %v", lib.Index.IDs())
	}
	if len(lib.Index.Docs) != len(testPack().Docs)+1 {
		t.Errorf("%d documents, want the pack's and one more", len(lib.Index.Docs))
	}
	if !lib.Own.has("imported-mine") || lib.Own.has(testPack().Docs[0].ID) {
		t.Error("imported marks are wrong")
	}
	if badgeIf(locale{}, lib, "imported-mine") == nil || badgeIf(locale{}, lib, testPack().Docs[0].ID) != nil {
		t.Error("badge on the wrong documents")
	}

	broken := newShelf(&failingStore{}, newParser())
	lib = broken.open(corpus.Pack{Docs: testPack().Docs}, nil, 1)
	if !lib.ready() || lib.Own.Err == "" || len(lib.Index.Docs) != len(testPack().Docs) {
		t.Errorf("unreadable store: ready %v, err %q", lib.ready(), lib.Own.Err)
	}
}

// failingStore is a store that cannot be read.
type failingStore struct{ importer.MemStore }

func (*failingStore) Load() ([]importer.Entry, error) { return nil, importer.ErrQuota }
