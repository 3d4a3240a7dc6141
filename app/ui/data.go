package ui

import (
	"encoding/json"
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
)

const (
	// actionLoad asks the loader to fetch the data pack (once per page load).
	actionLoad = "renda/load"
	// stateLibrary holds the library: the loaded, indexed corpus.
	stateLibrary = "renda/library"
	// packPath is where the site keeps the data pack.
	packPath = "/web/data/pack.json"
	// textIndexPath is where the site keeps the pack's body-text index
	// (app/textindex), built at dist time.
	textIndexPath = "/web/data/index.bin"
)

// loadStatus is how far the library got.
type loadStatus int

const (
	loadIdle     loadStatus = iota // nothing asked yet
	loadFetching                   // downloading the pack
	loadIndexing                   // decoding and indexing it
	loadReady                      // Index is set
	loadFailed                     // Err says why
)

// library is the app state every page reads: the corpus index once loaded,
// else how loading goes.
type library struct {
	Status  loadStatus
	Index   *explore.Index // set when Status is loadReady
	Version string         // the pack's version
	Loaded  int            // bytes fetched so far
	Total   int            // bytes to fetch, 0 when unknown (e.g. compressed)
	Err     string         // why loading failed
	Own     ownDocs        // the documents imported in this browser (shelf.go)
}

func (l library) ready() bool { return l.Status == loadReady && l.Index != nil }

// packFetcher downloads the data pack, reporting progress.
type packFetcher interface {
	Fetch(url string, progress func(loaded, total int)) ([]byte, error)
}

// errNoBrowser is what fetching returns outside a browser.
var errNoBrowser = errors.New("no browser to fetch with")

// loader fetches and indexes the pack, once: its handle method is the
// handler of actionLoad.
type loader struct {
	fetch packFetcher

	mu      sync.Mutex
	running bool // a load is under way or done

	shelf *shelf // adds the imported documents, nil: the pack alone
}

func newLoader(f packFetcher) *loader { return &loader{fetch: f} }

// onShelf makes the loader index the pack with the shelf's imported
// documents.
func (l *loader) onShelf(s *shelf) *loader { l.shelf = s; return l }

// handle loads the pack unless a load is under way or done. go-app runs
// action handlers in their own goroutine.
func (l *loader) handle(ctx app.Context, _ app.Action) {
	if app.IsServer {
		return // prerendered pages show the loading state
	}
	l.mu.Lock()
	if l.running {
		l.mu.Unlock()
		return
	}
	l.running = true
	l.mu.Unlock()

	lib := l.load(ctx)
	if lib.Status == loadFailed {
		l.mu.Lock()
		l.running = false // allow a retry
		l.mu.Unlock()
	}
	ctx.SetState(stateLibrary, lib)
}

// load fetches, decodes and indexes the pack, publishing progress.
func (l *loader) load(ctx app.Context) library {
	lib := library{Status: loadFetching}
	ctx.SetState(stateLibrary, lib)
	lastShown := 0
	// The site tells the pack's uncompressed size: the browser reports
	// decompressed bytes, and Content-Length counts compressed ones.
	size, _ := strconv.Atoi(app.Getenv("RENDA_PACK_SIZE"))
	data, err := l.fetch.Fetch(ctx.ResolveStaticResource(packPath), func(loaded, total int) {
		if total == 0 {
			total = size
		}
		// Publish every 128 KiB at most: each publication re-renders.
		if loaded-lastShown < 128<<10 && (total == 0 || loaded < total) {
			return
		}
		lastShown = loaded
		lib.Loaded, lib.Total = loaded, total
		ctx.SetState(stateLibrary, lib)
	})
	if err != nil {
		return library{Status: loadFailed, Err: err.Error()}
	}
	lib.Status, lib.Loaded = loadIndexing, len(data)
	ctx.SetState(stateLibrary, lib)
	time.Sleep(20 * time.Millisecond) // let the browser paint "indexing"

	var p corpus.Pack
	if err := json.Unmarshal(data, &p); err != nil {
		return library{Status: loadFailed, Err: "数据格式错误：" + err.Error()}
	}
	text := l.textIndex(ctx, len(p.Docs))
	if l.shelf != nil {
		return l.shelf.open(p, text, len(data))
	}
	return library{Status: loadReady, Index: newIndex(p, text), Version: p.Version, Loaded: len(data)}
}

// textIndex fetches and decodes the body-text index of a pack of n
// documents. Without it (a site built before it, a failed download) search
// scans the texts: nil.
func (l *loader) textIndex(ctx app.Context, n int) *textindex.Index {
	data, err := l.fetch.Fetch(ctx.ResolveStaticResource(textIndexPath), func(int, int) {})
	if err != nil {
		app.Log("text index:", err)
		return nil
	}
	t, err := textindex.Decode(data)
	if err != nil || t.Docs() != n {
		app.Log("text index: unusable, scanning the texts instead:", err)
		return nil
	}
	return t
}

// newIndex indexes p, with t as its body-text index when it is not nil.
func newIndex(p corpus.Pack, t *textindex.Index) *explore.Index {
	ix := explore.New(p)
	if t != nil {
		if err := ix.UseTextIndex(t); err != nil {
			app.Log("text index:", err)
		}
	}
	return ix
}

// observeLibrary keeps *lib up to date with the library state, calling
// changed on every change, and asks for the pack to be loaded.
func observeLibrary(ctx app.Context, lib *library, changed func()) {
	ctx.ObserveState(stateLibrary, lib).OnChange(changed)
	ctx.NewAction(actionLoad)
}
