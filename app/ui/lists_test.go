package ui

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/importer"
	"renda/app/reader"
)

// fakeFetcher serves files by URL and counts the fetches; one it lacks
// fails, naming it.
type fakeFetcher struct {
	mu      sync.Mutex
	files   map[string][]byte
	fetched map[string]int
}

func (f *fakeFetcher) Fetch(url string, _ int, _ func(int, int)) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fetched[url]++
	b, ok := f.files[url]
	if !ok {
		return nil, errors.New(resourceName(url) + ": 404")
	}
	return slices.Clone(b), nil
}

func (f *fakeFetcher) FetchInto(url string, _ []byte, progress func(int, int)) ([]byte, error) {
	return f.Fetch(url, 0, progress)
}

// apartPages returns the records of n copies of testPack's documents, cut
// into pages whose lists ship apart and decoded in place as the loader
// does, the lists files (corpus.ListsSize documents each) by URL, and the
// pack.
func apartPages(t *testing.T, n int) (corpus.Records, map[string][]byte, corpus.Pack) {
	t.Helper()
	pack := corpus.Pack{Version: "t"}
	for i := range n {
		d := testPack().Docs[i%len(testPack().Docs)]
		d.ID += "-" + strconv.Itoa(i)
		d.Text, d.Original, d.Evidence = "", "", nil
		pack.Docs = append(pack.Docs, d)
	}
	records := corpus.Records{Version: pack.Version, Docs: make([]corpus.Summary, n)}
	files := map[string][]byte{}
	for first := 0; first < n; first += corpus.ListsSize {
		part := corpus.Pack{Version: pack.Version, Docs: pack.Docs[first:min(first+corpus.ListsSize, n)]}
		files[dataPath(listsFormat, corpus.ListsOf(first))] = part.MarshalLists(first)
	}
	for k, page := range corpus.Pages(pack) {
		page.ListsApart = true
		b, err := page.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var r corpus.Records
		if err := r.UnmarshalBinaryInto(b, records.Docs[k*corpus.PageSize:]); err != nil {
			t.Fatal(err)
		}
	}
	return records, files, pack
}

// TestListStore fetches the lists of two pages of records, in files of
// corpus.ListsSize documents, on demand: a file is claimed once, fetched
// once, and then in; a file that does not come, or holds other documents'
// lists, is an error naming it, and leaves its documents lacking; all
// fetches every file lacking.
func TestListStore(t *testing.T) {
	n := corpus.PageSize + 3
	records, files, pack := apartPages(t, n)
	f := &fakeFetcher{files: files, fetched: map[string]int{}}
	s := newListStore(f)
	last := corpus.ListsOf(n - 1) // the second page's only file
	var urls []string
	for k := range last + 1 {
		urls = append(urls, dataPath(listsFormat, k))
	}
	if last != corpus.PageSize/corpus.ListsSize || len(files) != last+1 {
		t.Fatalf("%d lists files for %d documents, the last %d", len(files), n, last)
	}
	s.setRecords(records, urls)

	ix := explore.NewWithoutPinyin(records)
	if got := listFiles(ix, n-1, 0, 5, corpus.ListsSize, n-2, -1, n); !slices.Equal(got, []int{0, 1, last}) {
		t.Errorf("files lacking for the documents: %v, want [0 1 %d]", got, last)
	}
	if got := s.claim([]int{last, last, last + 1, -1}); !slices.Equal(got, []int{last}) {
		t.Fatalf("claimed %v, want [%d]", got, last)
	}
	if got := s.claim([]int{last}); len(got) != 0 {
		t.Errorf("claimed %v again while on its way", got)
	}
	if err := s.get([]int{last}); err != nil {
		t.Fatal(err)
	}
	s.done([]int{last})
	if got := listFiles(ix, n-1, 0); !slices.Equal(got, []int{0}) {
		t.Errorf("after the last file: %v lacking, want [0]", got)
	}
	if got := ix.Whole(n - 1).Presiding; !slices.Equal(got, pack.Docs[n-1].Presiding) {
		t.Errorf("document %d presided by %q, want %q", n-1, got, pack.Docs[n-1].Presiding)
	}
	if got := s.claim([]int{last}); len(got) != 0 {
		t.Errorf("claimed %v, whose lists are in", got)
	}

	delete(f.files, dataPath(listsFormat, 0))
	if err := s.all(); err == nil || !strings.Contains(err.Error(), "lists-000.bin") {
		t.Errorf("a missing lists file: error %v, want one naming it", err)
	}
	if records.Docs[0].ListsIn() || !records.Docs[corpus.ListsSize].ListsIn() {
		t.Error("file 0's documents have lists after it failed, or file 1's have none")
	}
	f.files[dataPath(listsFormat, 0)] = append([]byte{}, files[dataPath(listsFormat, last)]...)
	if err := s.all(); err == nil || !strings.Contains(err.Error(), "lists-000.bin") {
		t.Errorf("another file's lists as file 0: error %v, want one naming lists-000.bin", err)
	}
	other := corpus.Pack{Version: "another", Docs: pack.Docs[:corpus.ListsSize]}
	f.files[dataPath(listsFormat, 0)] = other.MarshalLists(0)
	if err := s.all(); err == nil || !strings.Contains(err.Error(), otherBuild("web/data/lists-000.bin").Error()) {
		t.Errorf("a lists file of another build: error %v, want one saying the data were updated", err)
	}
	_, files, _ = apartPages(t, n)
	f.files = files
	if err := s.all(); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, corpus.ListsSize - 1, corpus.PageSize - 1} {
		if got := ix.Whole(i).Presiding; !slices.Equal(got, pack.Docs[i].Presiding) {
			t.Errorf("document %d presided by %q, want %q", i, got, pack.Docs[i].Presiding)
		}
	}
	if got := f.fetched[dataPath(listsFormat, last)]; got != 1 {
		t.Errorf("the last lists file fetched %d times, want once", got)
	}
}

// mustIndex builds the index of p over ts, whose records have their lists.
func mustIndex(t *testing.T, ts *textStore, p corpus.Records, bundled int) *explore.Index {
	t.Helper()
	ix, err := ts.newIndex(p, bundled, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestIndexWithoutTablesWaitsForLists builds the index of records whose
// lists ship apart with tables that are refused (another build's): it
// reads every document's lists, so it fetches them first, and finds the
// people; when they do not come, it fails with the error.
func TestIndexWithoutTablesWaitsForLists(t *testing.T) {
	records, files, _ := apartPages(t, 3)
	other := testPack()
	other.Version = "another"
	tables, err := explore.NewWithoutPinyin(other.Records()).MarshalTables(other.Version)
	if err != nil {
		t.Fatal(err)
	}
	for _, fail := range []bool{true, false} {
		f := &fakeFetcher{files: files, fetched: map[string]int{}}
		if fail {
			f.files = map[string][]byte{}
		}
		s := newListStore(f)
		s.setRecords(records, []string{dataPath(listsFormat, 0)})
		ts := newTextStore()
		ts.setTables(string(tables), true)
		ix, err := ts.newIndex(records, len(records.Docs), s.all)
		if fail {
			if err == nil || !strings.Contains(err.Error(), "lists-000.bin") {
				t.Errorf("the lists missing: error %v, want one naming lists-000.bin", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := ix.Person("王德海"); !ok || f.fetched[dataPath(listsFormat, 0)] != 1 {
			t.Errorf("tables refused: person found %v, lists-000.bin fetched %d times", ok, f.fetched[dataPath(listsFormat, 0)])
		}
	}
}

// TestShelfWaitsForLists opens a shelf of imported documents over records
// whose lists ship apart: the index, which reads every document's lists,
// is built once they are in, finding the bundled documents' people; when
// they do not come, the library fails with the error.
func TestShelfWaitsForLists(t *testing.T) {
	store := &importer.MemStore{}
	report := "白河市第九届人民代表大会第二次会议开幕\n2023年2月6日上午，白河市第九届人民代表大会第二次会议隆重开幕。\n"
	rep := importer.New(store, nil, nil, reader.Read).Import(context.Background(), []importer.Source{{
		Name: "mine.txt", Size: int64(len(report)), Open: func() ([]byte, error) { return []byte(report), nil },
	}}, nil)
	if rep.Count(importer.StatusImported) != 1 {
		t.Fatalf("import: %+v", rep.Outcomes)
	}
	records, files, _ := apartPages(t, 3)
	s := newListStore(&fakeFetcher{files: map[string][]byte{}, fetched: map[string]int{}})
	s.setRecords(records, []string{dataPath(listsFormat, 0)})
	lib := newShelf(store, newParser()).open(records, newTextStore(), 1, s.all)
	if lib.Status != loadFailed || !strings.Contains(lib.Err, "lists-000.bin") {
		t.Errorf("without the lists: status %v, error %q; want failed, naming lists-000.bin", lib.Status, lib.Err)
	}

	s.fetch = &fakeFetcher{files: files, fetched: map[string]int{}}
	lib = newShelf(store, newParser()).open(records, newTextStore(), 1, s.all)
	if !lib.ready() {
		t.Fatalf("with the lists: status %v, error %q", lib.Status, lib.Err)
	}
	if _, ok := lib.Index.Person("王德海"); !ok {
		t.Errorf("the bundled documents' people are not in the index with imports: %q", lib.Index.People())
	}
}
