package ui

import (
	"errors"
	"slices"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
)

// The lists of the bundled documents (presiding, speakers, reports,
// elected, resolutions...) ship apart from their records
// (corpus.Pack.ListsApart), a file per corpus.ListsSize documents:
// nothing before the first results reads them, and they were 61% of a
// page's bytes. A report's page, a person's page and an export ask for
// the files of their documents (actionLists, requestLists); the loader fetches those not in
// nor on their way, adds them to the records (corpus.Records.AddLists)
// and tells the library (library.Lists): the pages render again. An index
// built without the tables of names (with imported documents, or when
// the tables did not come or were refused) reads every document's lists:
// textStore.newIndex fetches them all first (listStore.all).

const (
	// actionLists asks the loader for the lists files its value ([]int,
	// file numbers: corpus.ListsOf) lists.
	actionLists = "renda/lists"
	// listsFormat names where the site keeps lists file k, the lists of
	// documents k*corpus.ListsSize... (corpus.Pack.MarshalLists).
	listsFormat = "/web/data/lists-%03d.bin"
)

// listStore fetches the lists files of the bundled records.
type listStore struct {
	fetch packFetcher

	mu      sync.Mutex
	records corpus.Records // the bundled records, once loaded
	urls    []string       // of each lists file
	loading []bool         // by file: on its way
}

func newListStore(f packFetcher) *listStore { return &listStore{fetch: f} }

// setRecords keeps the bundled records, whose lists files are at urls.
func (s *listStore) setRecords(r corpus.Records, urls []string) {
	s.mu.Lock()
	s.records, s.urls, s.loading = r, urls, make([]bool, len(urls))
	s.mu.Unlock()
}

// lacking reports whether the documents of lists file k lack their lists:
// they ship apart and are not in.
func lacking(r corpus.Records, k int) bool {
	first := k * corpus.ListsSize
	return first < len(r.Docs) && !r.Docs[first].ListsIn()
}

// claim returns the files of ks whose lists are neither in nor on their
// way, marking them on their way.
func (s *listStore) claim(ks []int) []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int
	for _, k := range ks {
		if k >= 0 && k < len(s.loading) && !s.loading[k] && lacking(s.records, k) {
			s.loading[k] = true
			out = append(out, k)
		}
	}
	return out
}

// done marks files ks no longer on their way.
func (s *listStore) done(ks []int) {
	s.mu.Lock()
	for _, k := range ks {
		s.loading[k] = false
	}
	s.mu.Unlock()
}

// get fetches lists files ks, listsInFlight at a time, and adds them to
// the records; it returns their errors joined, each naming its file (a
// file of other documents than its number says is one).
func (s *listStore) get(ks []int) error {
	s.mu.Lock()
	r, urls := s.records, s.urls
	s.mu.Unlock()
	errs := make([]error, len(ks))
	var wg sync.WaitGroup
	slots := make(chan struct{}, listsInFlight)
	for i, k := range ks {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			name := resourceName(urls[k])
			b, err := s.fetch.Fetch(urls[k], 0, nil)
			if err == nil {
				err = r.AddLists(b)
				if err == nil && lacking(r, k) {
					err = errors.New("the lists of other documents")
				}
				switch {
				case errors.Is(err, corpus.ErrOtherBuild):
					err = otherBuild(name)
				case err != nil:
					err = errors.New("数据格式错误：" + name + "：" + err.Error())
				}
			}
			errs[i] = err
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// listsInFlight is how many lists files the page fetches at once: an
// export of every report of 100,000 asks for 98.
const listsInFlight = 4

// all fetches every lists file whose documents lack them, whether or not
// others are on their way: an index over every document needs them now.
func (s *listStore) all() error {
	s.mu.Lock()
	var ks []int
	for k := range s.urls {
		if lacking(s.records, k) {
			ks = append(ks, k)
		}
	}
	s.mu.Unlock()
	return s.get(ks)
}

// handleLists fetches the lists files that the action lists ([]int) and
// that are neither in nor on their way, then tells the library: pages
// render again with them, or show why they did not come.
func (l *loader) handleLists(ctx app.Context, a app.Action) {
	ks, ok := a.Value.([]int)
	if !ok || app.IsServer {
		return
	}
	claimed := l.lists.claim(ks)
	if len(claimed) == 0 {
		return
	}
	err := l.lists.get(claimed)
	l.lists.done(claimed)
	msg := ""
	if err != nil {
		app.Log(err)
		msg = err.Error()
	}
	ctx.Dispatch(func(ctx app.Context) {
		var lib library
		ctx.GetState(stateLibrary, &lib)
		if lib.ready() {
			lib.Lists++
			lib.ListsErr = msg
			ctx.SetState(stateLibrary, lib)
		}
	})
}

// listFiles returns the lists files that documents docs of ix lack, in
// order: none when every one has its lists (imported documents always
// have theirs).
func listFiles(ix *explore.Index, docs ...int) []int {
	var ks []int
	for _, d := range docs {
		if d >= 0 && d < len(ix.Docs) && !ix.Docs[d].ListsIn() {
			if k := corpus.ListsOf(d); len(ks) == 0 || ks[len(ks)-1] != k {
				ks = append(ks, k)
			}
		}
	}
	slices.Sort(ks) // docs in any order
	return slices.Compact(ks)
}

// requestLists asks for lists files ks. After a failure
// (lib.ListsErr) it asks again only when force is set, for a user's
// action: a page refreshing on the failure must not ask in a loop.
func requestLists(ctx app.Context, lib library, ks []int, force bool) {
	if !lib.ready() || (lib.ListsErr != "" && !force) || len(ks) == 0 {
		return
	}
	ctx.NewActionWithValue(actionLists, ks)
}
