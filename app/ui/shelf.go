package ui

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/importer"
)

const (
	// actionImport imports files; its value is a func() []importer.Source
	// that lists them (it may read folders, so it runs off the UI).
	actionImport = "renda/import"
	// actionImportCancel stops the import under way.
	actionImportCancel = "renda/import/cancel"
	// actionRemove removes one imported document; its value is the id.
	actionRemove = "renda/import/remove"
	// actionRemoveAll removes every imported document.
	actionRemoveAll = "renda/import/remove-all"
	// stateImport holds how the current or last import goes (importStatus).
	stateImport = "renda/import"
)

// ownDocs are the documents imported in this browser, as the library
// shows them.
type ownDocs struct {
	Entries []importer.Entry // oldest first
	Err     string           // why the store could not be read or changed, "" if fine
	ids     map[string]bool
}

// has reports whether id is an imported document.
func (o ownDocs) has(id string) bool { return o.ids[id] }

// importStatus is how the current or last import goes.
type importStatus struct {
	Running bool             // an import is under way
	Listing bool             // reading the list of files
	Done    int              // files looked at
	Total   int              // files to look at
	Report  *importer.Report // the last finished import, nil before
}

// shelf holds the bundled corpus next to the imported documents and their
// store, rebuilds the library when either changes and handles the import
// actions. One shelf serves the whole app; its methods are safe for
// concurrent use.
type shelf struct {
	store  importer.Store
	parser parser // reads the imported files

	mu      sync.Mutex
	loaded  bool           // bundled is set
	bundled corpus.Records // the data pack's records
	// lists gives the bundled records every lists file (lists.go), which
	// an index with imported documents reads; nil: they have them
	lists   func() error
	text    *textStore // the bundled corpus's text index and shards; nil: texts in the pack
	size    int        // the pack's size in bytes
	entries []importer.Entry
	err     string
	cancel  context.CancelFunc // stops the import under way, nil if none
}

func newShelf(s importer.Store, p parser) *shelf { return &shelf{store: s, parser: p} }

// register registers the shelf's action handlers.
func (s *shelf) register() {
	app.Handle(actionImport, s.handleImport)
	app.Handle(actionImportCancel, s.handleCancel)
	app.Handle(actionRemove, s.handleRemove)
	app.Handle(actionRemoveAll, s.handleRemoveAll)
}

// open takes the loaded pack, reads the imported documents from the store
// and returns the library over both. A store that cannot be read leaves
// the bundled corpus usable, with the error shown on the import page.
//
// With imported documents the index reads the lists of every bundled
// one: lists fetches those that ship apart first (textStore.newIndex), and
// when it fails the library fails with its error (offline before the
// service worker kept them), rather than miss the bundled documents'
// people.
func (s *shelf) open(p corpus.Records, text *textStore, size int, lists func() error) library {
	entries, err := s.store.Load()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loaded, s.bundled, s.text, s.size, s.lists = true, p, text, size, lists
	s.entries, s.err = entries, ""
	if err != nil {
		s.err = err.Error()
	}
	return s.libraryLocked()
}

// libraryLocked indexes the bundled and imported documents together; a
// failed library says why when the bundled documents' lists, which an
// index with imports reads, did not come (textStore.newIndex).
//
// Until documents are imported the index works on the bundled summaries
// themselves, not a copy: at 100,000 reports a copy is 21 MB more for as
// long as the page lives. An index writes nothing into them (the texts
// it is given stay beside them: explore.Index.SetText), so every library
// shares them; the text store gives each new index the texts it holds
// (textStore.newIndex).
func (s *shelf) libraryLocked() library {
	docs := s.bundled.Docs
	own := ownDocs{Entries: slices.Clip(slices.Clone(s.entries)), Err: s.err, ids: make(map[string]bool, len(s.entries))}
	if len(own.Entries) > 0 {
		docs = make([]corpus.Summary, 0, len(s.bundled.Docs)+len(own.Entries))
		docs = append(docs, s.bundled.Docs...)
		for i := range own.Entries { // the library's own copy: its documents never change
			docs = append(docs, own.Entries[i].Doc.Summary())
			own.ids[own.Entries[i].ID] = true
		}
	}
	docs = slices.Clip(docs) // the index must never append into bundled's array
	records := corpus.Records{Version: s.bundled.Version, Docs: docs}
	var ix *explore.Index
	people := fetchDone // the documents were spelled as they were imported
	if s.text != nil {
		var err error
		if ix, err = s.text.newIndex(records, len(s.bundled.Docs), s.lists); err != nil {
			return library{Status: loadFailed, Err: err.Error()}
		}
		people = s.text.peopleState()
	} else {
		ix = explore.NewWithoutPinyin(records)
		ix.UseSpellings(ownSpellings(docs))
	}
	return library{Status: loadReady, Index: ix, Version: s.bundled.Version, Loaded: s.size, Own: own, People: people}
}

// publish rebuilds the library and sets it. When the new one fails (with
// imported documents, the bundled documents' lists did not come), the
// library stays as it was and says why (the imports are kept, and join
// it at the next start).
func (s *shelf) publish(ctx app.Context) {
	s.mu.Lock()
	lib := s.libraryLocked()
	s.mu.Unlock()
	if lib.Status == loadFailed {
		ctx.Dispatch(func(ctx app.Context) {
			msg := lib.Err
			ctx.GetState(stateLibrary, &lib)
			lib.Own.Err = msg
			ctx.SetState(stateLibrary, lib)
		})
		return
	}
	ctx.SetState(stateLibrary, lib)
}

// handleImport imports the files its value lists, publishing progress at
// most every 100 ms, then the report and the new library.
func (s *shelf) handleImport(ctx app.Context, a app.Action) {
	list, ok := a.Value.(func() []importer.Source)
	if !ok || app.IsServer {
		return
	}
	s.mu.Lock()
	if !s.loaded || s.cancel != nil {
		s.mu.Unlock()
		return
	}
	ictx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	existing := slices.Clone(s.entries)
	bundled := make(map[string]bool, len(s.bundled.Docs))
	for i := range s.bundled.Docs {
		bundled[s.bundled.Docs[i].ID()] = true
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()

	st := importStatus{Running: true, Listing: true}
	ctx.SetState(stateImport, st)
	sources := list()
	st.Listing, st.Total = false, len(sources)
	ctx.SetState(stateImport, st)

	y := &yielder{last: time.Now()}
	shown := time.Now()
	im := importer.New(s.store, existing, func(id string) bool { return bundled[id] }, s.parser.Read).Yield(y.yield)
	rep := im.Import(ictx, sources, func(p importer.Progress) {
		if time.Since(shown) < 100*time.Millisecond && p.Done < p.Total {
			return
		}
		shown = time.Now()
		st.Done = p.Done
		ctx.SetState(stateImport, st)
	})

	s.mu.Lock()
	s.entries = append(s.entries, rep.Added...)
	s.mu.Unlock()
	if len(rep.Added) > 0 {
		s.publish(ctx)
		persistStorage()
	}
	ctx.SetState(stateImport, importStatus{Done: st.Total, Total: st.Total, Report: &rep})
}

// handleCancel stops the import under way: files not yet looked at are
// reported as canceled, the others stay imported.
func (s *shelf) handleCancel(ctx app.Context, a app.Action) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
}

// handleRemove removes the imported document whose id is the value.
func (s *shelf) handleRemove(ctx app.Context, a app.Action) {
	id, ok := a.Value.(string)
	if !ok || app.IsServer {
		return
	}
	err := s.store.Delete(id)
	s.mu.Lock()
	if err != nil {
		s.err = err.Error()
	} else {
		s.err = ""
		s.entries = slices.DeleteFunc(slices.Clone(s.entries), func(e importer.Entry) bool { return e.ID == id })
	}
	s.mu.Unlock()
	s.publish(ctx)
}

// handleRemoveAll removes every imported document.
func (s *shelf) handleRemoveAll(ctx app.Context, a app.Action) {
	if app.IsServer {
		return
	}
	err := s.store.Clear()
	s.mu.Lock()
	if err != nil {
		s.err = err.Error()
	} else {
		s.err, s.entries = "", nil
	}
	s.mu.Unlock()
	s.publish(ctx)
}

// persistStorage asks the browser to keep the site's storage under
// pressure instead of evicting it (best effort: browsers may say no, and
// the answer is not needed).
func persistStorage() {
	st := app.Window().Get("navigator").Get("storage")
	if st.Truthy() && st.Get("persist").Truthy() {
		st.Call("persist")
	}
}

// yielder lets the browser paint and handle events during a long import:
// in wasm, time.Sleep returns to the JavaScript event loop.
type yielder struct{ last time.Time }

// yield sleeps a moment when the import has held the thread for a frame.
func (y *yielder) yield() {
	if time.Since(y.last) >= 16*time.Millisecond {
		time.Sleep(time.Millisecond)
		y.last = time.Now()
	}
}
