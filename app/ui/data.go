package ui

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
	"renda/parse/schema"
)

const (
	// actionLoad asks the loader to fetch the data pack (once per page load).
	actionLoad = "renda/load"
	// actionTexts asks the loader for the texts of the documents its value
	// (textRequest) lists: it fetches their text shards.
	actionTexts = "renda/texts"
	// actionIndex asks the loader for the shards of the text index its
	// value ([]int) lists: a search needs them (explore.Index.TextNeeds).
	actionIndex = "renda/index"
	// actionPinyin asks the loader for the pinyin of the pack's people
	// (once, unless it failed): a latin query or a person's page needs it.
	actionPinyin = "renda/pinyin"
	// stateLibrary holds the library: the loaded, indexed corpus.
	stateLibrary = "renda/library"
	// recordsFormat names where the site keeps page k of the data pack's
	// records (corpus.Pages; RENDA_PAGES says how many, RENDA_DOCS how
	// many documents they hold); the texts are in shards (shardPath).
	recordsFormat = "/web/data/records-%03d.bin"
	// indexFormat names where the site keeps shard k of the body-text
	// index of the pack (app/textindex; RENDA_INDEX_SHARDS says how many),
	// built at dist time and cut by key: the loader fetches the shards the
	// terms searched need, those of the page's query with the records.
	indexFormat = "/web/data/index-%03d.bin"
	// placeSpellingsFormat names where the site keeps part k of the
	// pinyin of the pack's places (explore.Spellings;
	// RENDA_PLACE_SPELLING says how many), computed at dist time and
	// fetched once the library is ready: the province facet is ordered by
	// it, and latin queries match places.
	placeSpellingsFormat = "/web/data/pinyin-places-%03d.bin"
	// peopleSpellingsFormat names part k of the pinyin of the pack's
	// people (RENDA_PEOPLE_SPELLING says how many), fetched on
	// actionPinyin only: at 100,000 reports they are 25 MB, decoded into
	// 56 MB of live heap, which a user who types characters never needs.
	peopleSpellingsFormat = "/web/data/pinyin-people-%03d.bin"
	// tablesFormat names where the site keeps part k of the tables of
	// names of the whole pack (explore.Index.MarshalTables; RENDA_TABLES
	// says how many), built at dist time and cut into parts: the loader
	// joins them.
	tablesFormat = "/web/data/tables-%03d.bin"
	// pagesInFlight is how many pages the loader fetches at once.
	pagesInFlight = 4
)

// dataPath returns the resource path of file k of a format.
func dataPath(format string, k int) string {
	n := strconv.Itoa(k)
	for len(n) < 3 {
		n = "0" + n
	}
	return strings.Replace(format, "%03d", n, 1)
}

// resourceName is the file a static resource's URL names, for messages:
// its path from web/ on (web/data/records-000.bin), without the query.
func resourceName(url string) string {
	url, _, _ = strings.Cut(url, "?")
	if i := strings.LastIndex(url, "/web/"); i >= 0 {
		return url[i+1:]
	}
	return url
}

// envCount reads a count the site sets in app.js's environment, at least 1.
func envCount(name string) int {
	n, _ := strconv.Atoi(app.Getenv(name))
	return max(n, 1)
}

// pageSizes reads the sizes of the n pages of records the site sets in
// app.js's environment (RENDA_PAGE_SIZES, comma-separated): 0 for a page
// it does not say, or says wrongly.
func pageSizes(env string, n int) []int {
	sizes := make([]int, n)
	for k, f := range strings.Split(env, ",") {
		if k == n {
			break
		}
		if size, err := strconv.Atoi(f); err == nil && size > 0 {
			sizes[k] = size
		}
	}
	return sizes
}

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
	Status   loadStatus
	Index    *explore.Index // set when Status is loadReady
	Version  string         // the pack's version
	Loaded   int            // bytes fetched so far
	Total    int            // bytes to fetch, 0 when unknown (e.g. compressed)
	Err      string         // why loading failed
	Own      ownDocs        // the documents imported in this browser (shelf.go)
	Texts    int            // arrivals of texts (a shard's, for the documents asked for): a new one re-renders the pages
	TextErr  string         // why the last text shard failed to load (offline?), "" if none
	People   fetchState     // the pinyin of the pack's people, which latin queries match once it is in
	Shards   int            // shards of the text index loaded: a new one re-renders the pages
	IndexErr string         // why the last shards of the text index failed to load, "" if none
	Lists    int            // arrivals of lists files (lists.go): a new one re-renders the pages
	ListsErr string         // why the last lists files asked for failed to load, "" if none
}

// fetchState is how far fetching something the library fetches on demand
// went.
type fetchState int

const (
	fetchIdle    fetchState = iota // not asked for
	fetchRunning                   // on its way
	fetchDone                      // in the library
	fetchFailed                    // the last try failed: a user's action asks again
)

func (l library) ready() bool { return l.Status == loadReady && l.Index != nil }

// packFetcher downloads the data pack, reporting progress to progress
// unless it is nil. size is the body's length when the caller knows it
// (the site says how large the pages of records are), else 0: the bytes
// go into one slice of that length, and without it into a slice per read,
// joined once (bodyBytes).
type packFetcher interface {
	Fetch(url string, size int, progress func(loaded, total int)) ([]byte, error)
	// FetchInto fetches as Fetch does, the size unknown, into room's
	// memory when the body fits in its capacity (a buffer the caller
	// reuses: roomPool), else into a slice of its own.
	FetchInto(url string, room []byte, progress func(loaded, total int)) ([]byte, error)
}

// errNoBrowser is what fetching returns outside a browser.
var errNoBrowser = errors.New("no browser to fetch with")

// loader fetches and indexes the pack, once: its handle method is the
// handler of actionLoad.
type loader struct {
	fetch packFetcher

	mu      sync.Mutex
	running bool // a load is under way or done

	shelf   *shelf // adds the imported documents, nil: the pack alone
	texts   *textStore
	lists   *listStore
	rooms   roomPool     // buffers the text shards are fetched into
	typing  *typingClock // what waits for typing to pause
	telling atomic.Bool  // handleFirstResults waits for a pause
	told    atomic.Bool  // handleFirstResults told the service worker
}

func newLoader(f packFetcher) *loader {
	return &loader{fetch: f, texts: newTextStore(), lists: newListStore(f), rooms: make(roomPool, 2), typing: newTypingClock()}
}

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
		ctx.NewActionWithValue(ActionCollect, CollectShown)
	}
	ctx.SetState(stateLibrary, lib)
	if lib.ready() {
		l.loadSpellings(ctx, placeSpellingsFormat, "RENDA_PLACE_SPELLING", false)
		if app.Getenv("RENDA_INDEX_PREFETCH") == "true" {
			ctx.NewActionWithValue(ActionCollect, CollectPrefetching)
			l.prefetchIndex(ctx)
			ctx.NewActionWithValue(ActionCollect, CollectPrefetched)
		}
	}
}

// handlePinyin fetches the pinyin of the pack's people, once the library is
// ready and unless it is in or on its way: the handler of actionPinyin.
// After a failure (offline, not cached) the next request tries again:
// pages ask again only on a user's action (wantPinyin), not on the change
// of the library that the failure publishes.
func (l *loader) handlePinyin(ctx app.Context, _ app.Action) {
	l.mu.Lock()
	loaded := l.running
	l.mu.Unlock()
	if app.IsServer || !loaded || !l.texts.claimPeople() {
		return
	}
	ctx.Dispatch(l.publishPinyin(nil))
	if !l.loadSpellings(ctx, peopleSpellingsFormat, "RENDA_PEOPLE_SPELLING", true) {
		l.texts.setPeople(fetchFailed)
		ctx.Dispatch(l.publishPinyin(nil))
	}
}

// loadSpellings fetches the parts of the spellings of a format (how many:
// the environment variable env), of people or of places, and gives them to
// the library. It reports whether they came.
func (l *loader) loadSpellings(ctx app.Context, format, env string, people bool) bool {
	var sp explore.Spellings
	for k := range envCount(env) {
		data, err := l.fetch.Fetch(ctx.ResolveStaticResource(dataPath(format, k)), 0, nil)
		if err == nil {
			err = sp.AddBinary(data)
		}
		if err != nil {
			app.Log("pinyin:", dataPath(format, k), err) // latin queries match what the index has
			return false
		}
	}
	l.texts.addSpellings(&sp, people)
	ctx.Dispatch(l.publishPinyin(&sp))
	return true
}

// publishPinyin returns a dispatch that gives the library's index the
// spellings sp (nil: none) and its state of the people's pinyin.
func (l *loader) publishPinyin(sp *explore.Spellings) func(app.Context) {
	return func(ctx app.Context) {
		var lib library
		ctx.GetState(stateLibrary, &lib)
		if !lib.ready() {
			return
		}
		if sp != nil {
			lib.Index.UseSpellings(sp)
		}
		lib.People = l.texts.peopleState()
		ctx.SetState(stateLibrary, lib)
	}
}

// page is what the loader got of one page of the data pack.
type page struct {
	records corpus.Records
	size    int   // bytes of its records
	err     error // why its records failed to load
}

// load fetches the pages of the pack (a few at a time, each decoded as it
// comes) and indexes them, publishing progress.
func (l *loader) load(ctx app.Context) library {
	markLoad(markLoader)
	lib := library{Status: loadFetching}
	ctx.SetState(stateLibrary, lib)
	// The site tells the records' uncompressed sizes: the browser reports
	// decompressed bytes, and Content-Length counts compressed ones.
	pages := make([]page, envCount("RENDA_PAGES"))
	sizes := pageSizes(app.Getenv("RENDA_PAGE_SIZES"), len(pages))
	total := 0
	for _, n := range sizes {
		total += n
	}
	if len(pages) > 1 {
		ctx.NewActionWithValue(ActionCollect, CollectLoading)
	}
	loaded := make([]int, len(pages)) // bytes so far, per page
	var mu sync.Mutex
	lastShown := 0
	progress := func(k, n int) {
		mu.Lock()
		defer mu.Unlock()
		loaded[k] = n
		sum := 0
		for _, b := range loaded {
			sum += b
		}
		// Publish every 128 KiB at most: each publication re-renders.
		if sum-lastShown < 128<<10 && (total == 0 || sum < total) {
			return
		}
		lastShown = sum
		lib.Loaded = sum
		if total > 0 { // else the size is unknown: the bar stays indeterminate
			lib.Total = max(total, sum)
		}
		ctx.SetState(stateLibrary, lib)
	}
	var wg sync.WaitGroup
	slots := make(chan struct{}, pagesInFlight)
	inFlight := func(f func()) { // runs f once one of the slots is free
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			f()
		})
	}
	// The shards of the text index the page's query needs come with the
	// records, outside the slots (they are small, and the records are
	// preloaded): its first results wait for them.
	shards := envCount("RENDA_INDEX_SHARDS")
	var early []int
	for _, t := range explore.ParseQuery(ctx.Page().URL().Query()).Terms() {
		early = append(early, textindex.ShardsOf(t, shards)...)
	}
	slices.Sort(early)
	early = slices.Compact(early)
	earlyShards := make([]*textindex.Index, len(early))
	for i, k := range early {
		wg.Go(func() {
			var err error
			if earlyShards[i], err = l.fetchIndexShard(ctx, k); err != nil {
				app.Log(err) // searching asks again
			}
		})
	}
	tableParts := make([][]byte, envCount("RENDA_TABLES"))
	for k := range tableParts {
		inFlight(func() {
			name := dataPath(tablesFormat, k)
			var err error
			if tableParts[k], err = l.fetch.Fetch(ctx.ResolveStaticResource(name), 0, nil); err != nil {
				app.Log("tables:", name, err) // the index builds them
			}
		})
	}
	// Several pages are decoded in their places in the whole, which saves
	// copying them together: at 100,000 reports, 47 MB and a collection
	// over the whole heap, about a second in wasm. Every page but the last
	// is full (corpus.Pages); the site says how many documents they hold
	// (RENDA_DOCS), else the last is taken as full.
	var all []corpus.Summary
	if len(pages) > 1 {
		n := envCount("RENDA_DOCS")
		if n <= (len(pages)-1)*corpus.PageSize || n > len(pages)*corpus.PageSize {
			n = len(pages) * corpus.PageSize
		}
		all = make([]corpus.Summary, n)
	}
	for k := range pages {
		inFlight(func() {
			var into []corpus.Summary
			if all != nil {
				into = all[k*corpus.PageSize : min((k+1)*corpus.PageSize, len(all))]
			}
			pages[k] = l.loadPage(ctx, k, sizes[k], into, func(n, _ int) { progress(k, n) })
		})
	}
	wg.Wait()
	markLoad(markData)

	p := corpus.Records{Version: pages[0].records.Version}
	size, inPlace := 0, all != nil
	for k, pg := range pages {
		if pg.err != nil {
			return library{Status: loadFailed, Err: pg.err.Error()}
		}
		if pg.records.Version != p.Version {
			return library{Status: loadFailed, Err: "数据格式错误：" + dataPath(recordsFormat, k) + " 属于另一版本 (belongs to another build)"}
		}
		n := len(pg.records.Docs)
		inPlace = inPlace && (n == corpus.PageSize || k == len(pages)-1) &&
			(n == 0 || &pg.records.Docs[0] == &all[k*corpus.PageSize])
		size += pg.size
	}
	switch {
	case len(pages) == 1:
		p.Docs = pages[0].records.Docs
	case inPlace:
		p.Docs = all[:(len(pages)-1)*corpus.PageSize+len(pages[len(pages)-1].records.Docs)]
	default: // pages of another size: copied together
		for _, pg := range pages {
			p.Docs = append(p.Docs, pg.records.Docs...)
		}
	}
	if len(pages) > 1 {
		// Indexing several pages takes long enough to say so (0.7 s at
		// 100,000 reports): let the browser paint "indexing". One page
		// takes 50–100 ms, less than the pause was worth (20 ms of a
		// cached start's 500).
		lib.Status, lib.Loaded = loadIndexing, size
		ctx.SetState(stateLibrary, lib)
		time.Sleep(20 * time.Millisecond)
	}

	index := textindex.NewSharded(len(p.Docs), shards)
	for i, sh := range earlyShards {
		if sh == nil {
			continue
		}
		if err := addIndexShard(index, early[i], sh, p.Version); err != nil {
			app.Log(dataPath(indexFormat, early[i]), err) // searching asks again, and fails with the error
		}
	}
	l.texts.setIndex(index, p.Version)
	l.texts.setTables(joinParts(tableParts))
	urls := make([]string, (len(p.Docs)+corpus.ListsSize-1)/corpus.ListsSize)
	for k := range urls {
		urls[k] = ctx.ResolveStaticResource(dataPath(listsFormat, k))
	}
	l.lists.setRecords(p, urls)
	defer markLoad(markIndex)
	if l.shelf != nil {
		return l.shelf.open(p, l.texts, size, l.lists.all)
	}
	ix, err := l.texts.newIndex(p, len(p.Docs), l.lists.all)
	if err != nil {
		return library{Status: loadFailed, Err: err.Error()}
	}
	return library{Status: loadReady, Index: ix, Version: p.Version, Loaded: size, People: l.texts.peopleState()}
}

// joinParts joins the parts of a file, copying them once, and reports
// whether they were all there. The parts are the caller's to give away,
// never written again: a file of one part becomes the string without a
// copy (the tables of 10,000 reports: 2 MB the page's load allocated
// twice).
func joinParts(parts [][]byte) (string, bool) {
	size := 0
	for _, p := range parts {
		if p == nil {
			return "", false
		}
		size += len(p)
	}
	if len(parts) == 1 {
		return unsafe.String(unsafe.SliceData(parts[0]), size), true
	}
	var b strings.Builder
	b.Grow(size) // once: Grow makes room for n more bytes, not n more than the last Grow
	for _, p := range parts {
		b.Write(p)
	}
	return b.String(), true
}

// loadPage fetches and decodes page k of the records, of size bytes (0 if
// unknown).
//
// The records are decoded into into when it has room for them
// (corpus.Records.UnmarshalBinaryInto).
func (l *loader) loadPage(ctx app.Context, k, size int, into []corpus.Summary, progress func(loaded, total int)) page {
	name := dataPath(recordsFormat, k)
	data, err := l.fetch.Fetch(ctx.ResolveStaticResource(name), size, progress)
	if err != nil {
		return page{err: err}
	}
	pg := page{size: len(data)}
	if err := pg.records.UnmarshalBinaryInto(data, into); err != nil {
		return page{err: errors.New("数据格式错误：" + name + "：" + err.Error())}
	}
	return pg
}

// fetchIndexShard fetches and decodes shard k of the text index.
// addIndexShard gives index shard k of the text index of the pack of the
// given version; a shard of another build (the site deployed again while
// the page was open) is an error naming it: its documents are another
// pack's.
func addIndexShard(index *textindex.Sharded, k int, sh *textindex.Index, version string) error {
	if sh.Tag() != version {
		return otherBuild(dataPath(indexFormat, k))
	}
	return index.Add(k, sh)
}

func (l *loader) fetchIndexShard(ctx app.Context, k int) (*textindex.Index, error) {
	name := dataPath(indexFormat, k)
	data, err := l.fetch.Fetch(ctx.ResolveStaticResource(name), 0, nil)
	if err != nil {
		return nil, err // it names the file
	}
	ix, err := textindex.Decode(data)
	if err != nil {
		return nil, errors.New("数据格式错误：" + name + "：" + err.Error())
	}
	return ix, nil
}

// handleIndex fetches the shards of the text index that the action lists
// ([]int) and that are neither loaded nor on their way, adds them to the
// index and tells the library: pages search again. Shards on their way
// for another request are told of by that one: telling now would make the
// pages ask again, in a loop.
func (l *loader) handleIndex(ctx app.Context, a app.Action) {
	ks, ok := a.Value.([]int)
	if !ok || app.IsServer {
		return
	}
	index, claimed, waiting := l.texts.claimIndex(ks)
	if index == nil || (len(claimed) == 0 && waiting) {
		return
	}
	errs := make([]error, len(claimed))
	var wg sync.WaitGroup
	for i, k := range claimed {
		wg.Go(func() {
			sh, err := l.fetchIndexShard(ctx, k)
			if err == nil {
				err = addIndexShard(index, k, sh, l.texts.packVersion())
			}
			errs[i] = err
		})
	}
	wg.Wait()
	l.texts.indexDone(claimed)
	msg := ""
	if err := errors.Join(errs...); err != nil {
		app.Log("text index:", err)
		msg = err.Error()
	}
	publishIndex(ctx, index, msg)
}

// prefetchIndex fetches, one at a time, the shards of the text index that
// no search has asked for, when the site says the whole index is small
// (RENDA_INDEX_PREFETCH): typing then soon never waits for one. It tells
// the library only when a search waited for a shard it was fetching, and
// stops at the first failure: searches ask for what they need.
func (l *loader) prefetchIndex(ctx app.Context) {
	for k := 0; ; k++ {
		index, claimed, _ := l.texts.claimIndex([]int{k})
		if index == nil || k >= index.Shards() {
			return
		}
		if len(claimed) == 0 {
			continue // loaded, or on its way for a search
		}
		sh, err := l.fetchIndexShard(ctx, k)
		if err == nil {
			err = addIndexShard(index, k, sh, l.texts.packVersion())
		}
		l.texts.indexDone(claimed)
		if err != nil {
			app.Log("text index:", err)
			if l.texts.takeIndexWaited() {
				publishIndex(ctx, index, err.Error())
			}
			return
		}
		if l.texts.takeIndexWaited() {
			publishIndex(ctx, index, "")
		}
	}
}

// publishIndex tells the library how many shards of the text index are in
// and why the last ones asked for failed ("" if they came): pages search
// again.
func publishIndex(ctx app.Context, index *textindex.Sharded, msg string) {
	ctx.Dispatch(func(ctx app.Context) {
		var lib library
		ctx.GetState(stateLibrary, &lib)
		if !lib.ready() {
			return
		}
		lib.Shards, lib.IndexErr = index.Loaded(), msg
		ctx.SetState(stateLibrary, lib)
	})
}

// textStore keeps what the loader fetched besides the records: the text
// index and the texts of the documents asked for, so that every index built
// over the pack (again after an import) has them.
type textStore struct {
	mu        sync.Mutex
	index     *textindex.Sharded        // of the pack's documents; nil until the records are in
	indexing  map[int]bool              // shards of the index being fetched
	indexWait bool                      // a request found a shard of the index it needs being fetched by another
	version   string                    // the pack's version, which its text shards carry
	tables    string                    // the pack's tables of names, until an index takes them
	hasTables bool                      // else the index builds them
	spellings *explore.Spellings        // nil: not loaded yet
	people    fetchState                // whether spellings has the people's
	texts     map[int]keptText          // loaded, by document
	latest    map[int]bool              // the documents the latest request asked for: never dropped
	held      int                       // bytes of text loaded
	budget    int                       // bytes of text beyond which the least recently asked for are dropped
	wanted    map[int]map[int]time.Time // documents waiting for their shard, held until: by shard, being fetched
	fields    map[string]string         // the evidence's field names, copied once (ownTexts)
}

// textBudget is how many bytes of text (cleaned and original) the page
// holds at most, but for the documents just asked for: about 400 generated
// reports, twenty pages of results' snippets. Texts are kept by document,
// not by shard: a page of 20 results asks for up to 20 shards, 25 MB of
// text of which its snippets need 0.4 MB. A text dropped comes back from
// the worker's cache.
const textBudget = 8 << 20

// keptText is a loaded document's texts and how they were asked for.
type keptText struct {
	corpus.Texts
	at    time.Time // last asked for
	until time.Time // held until (an export's): not dropped before
	size  int       // bytes of text
}

// docTexts is a document's texts, by number in the pack.
type docTexts struct {
	doc   int
	texts corpus.Texts
}

func newTextStore() *textStore {
	return &textStore{
		texts: map[int]keptText{}, budget: textBudget,
		wanted: map[int]map[int]time.Time{}, fields: map[string]string{}, indexing: map[int]bool{},
	}
}

// setIndex records the text index of the pack's documents and the pack's
// version, which its text shards must carry.
func (t *textStore) setIndex(ix *textindex.Sharded, version string) {
	t.mu.Lock()
	t.index, t.version = ix, version
	t.mu.Unlock()
}

// packVersion returns the version of the pack whose records are in.
func (t *textStore) packVersion() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.version
}

// claimIndex returns the text index (nil before the records are in), the
// shards of ks that are neither loaded nor being fetched, marking them as
// being fetched, and whether others of ks are being fetched.
func (t *textStore) claimIndex(ks []int) (index *textindex.Sharded, claimed []int, waiting bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.index == nil {
		return nil, nil, false
	}
	for _, k := range ks {
		switch {
		case k < 0 || k >= t.index.Shards():
		case t.indexing[k]:
			waiting, t.indexWait = true, true
		case !t.index.Has(k):
			t.indexing[k] = true
			claimed = append(claimed, k)
		}
	}
	return t.index, claimed, waiting
}

// takeIndexWaited reports whether a request found a shard it needs being
// fetched by another since the last call: the fetcher must then tell the
// library when it is done.
func (t *textStore) takeIndexWaited() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	w := t.indexWait
	t.indexWait = false
	return w
}

// indexDone records the end of fetching shards ks of the index.
func (t *textStore) indexDone(ks []int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, k := range ks {
		delete(t.indexing, k)
	}
}

// addSpellings adds sp to the spellings every index over the pack gets;
// people says they are the people's.
func (t *textStore) addSpellings(sp *explore.Spellings, people bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.spellings == nil {
		t.spellings = sp
	} else {
		all := &explore.Spellings{} // the old set may be an index's own
		all.Merge(t.spellings)
		all.Merge(sp)
		t.spellings = all
	}
	if people {
		t.people = fetchDone
	}
}

// claimPeople reports whether the people's pinyin is neither in nor on its
// way, marking it on its way.
func (t *textStore) claimPeople() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.people == fetchRunning || t.people == fetchDone {
		return false
	}
	t.people = fetchRunning
	return true
}

// setPeople records how fetching the people's pinyin goes.
func (t *textStore) setPeople(s fetchState) {
	t.mu.Lock()
	t.people = s
	t.mu.Unlock()
}

// peopleState returns how far the people's pinyin got.
func (t *textStore) peopleState() fetchState {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.people
}

// setTables keeps the pack's tables of names, if it has them.
func (t *textStore) setTables(tables string, ok bool) {
	t.mu.Lock()
	t.tables, t.hasTables = tables, ok
	t.mu.Unlock()
}

// newIndex indexes p, whose first bundled documents come from the pack
// without their texts: it gives them the shards loaded so far and the text
// index. The pack alone is indexed with its tables of names, built at dist
// time; with imported documents the index builds its own. The tables serve
// the first index only: kept, they would hold 16 MB at 100,000 reports for
// a rare index of the pack alone again (its imports all deleted), which
// builds them as one with imports does.
//
// An index built without the tables (imports, tables that did not come or
// were refused: another build's) reads every document's lists: lists,
// unless nil, gives the bundled records those that ship apart first, and
// its error is newIndex's, rather than an index missing the bundled
// documents' people.
func (t *textStore) newIndex(p corpus.Records, bundled int, lists func() error) (*explore.Index, error) {
	t.mu.Lock()
	tables, hasTables := t.tables, t.hasTables
	t.tables, t.hasTables = "", false
	t.mu.Unlock()
	var ix *explore.Index
	if hasTables && bundled == len(p.Docs) {
		var err error
		if ix, err = explore.NewWithTables(p, tables); err != nil {
			app.Log("tables:", err)
		}
	}
	if ix == nil {
		if lists != nil {
			if err := lists(); err != nil {
				return nil, err
			}
		}
		ix = explore.NewWithoutPinyin(p)
	}
	ix.MarkTextsPending(bundled)
	sp := ownSpellings(p.Docs[min(bundled, len(p.Docs)):])
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.spellings != nil {
		sp.Merge(t.spellings)
	}
	ix.UseSpellings(sp) // once: each call lays out every name's entry
	for d, u := range t.texts {
		ix.SetText(d, u.Texts)
	}
	if t.index != nil {
		if err := ix.UseTextIndex(t.index); err != nil {
			app.Log("text index:", err)
		}
	}
	return ix, nil
}

// ownSpellings returns the pinyin the parser worker spelled for the
// imported documents docs (corpus.Doc.Pinyin); the interface computes
// none.
func ownSpellings(docs []corpus.Summary) *explore.Spellings {
	var own explore.Spellings
	for i := range docs {
		var sp explore.Spellings
		if d := docs[i].Whole(); d.Pinyin != "" && sp.UnmarshalBinary([]byte(d.Pinyin)) == nil {
			own.Merge(&sp)
		}
	}
	return &own
}

// textRequest is actionTexts' value: a page needs the texts of Docs.
// Those missing are fetched (their shards), those loaded count as just
// used; Hold keeps them loaded until then, whatever the budget (an export
// needs every one at once).
type textRequest struct {
	Docs []int
	Hold time.Time
}

// claim marks the loaded texts of r's documents as used at now (and held
// as r says) and returns the shards of the missing ones that are not being
// fetched, marking them as being fetched for those documents. Documents
// beyond the pack's (imported, with their texts) have no shard. r's
// documents are the latest asked for: none is dropped until another
// request comes, however many a page shows.
func (t *textStore) claim(r textRequest, now time.Time) []int {
	t.mu.Lock()
	defer t.mu.Unlock()
	var ks []int
	t.latest = map[int]bool{}
	for _, d := range r.Docs {
		if d < 0 || t.index == nil || d >= t.index.Docs() {
			continue
		}
		t.latest[d] = true
		if u, ok := t.texts[d]; ok {
			u.at, u.until = now, later(u.until, r.Hold)
			t.texts[d] = u
			continue
		}
		k := corpus.ShardOf(d)
		docs, loading := t.wanted[k]
		if !loading {
			docs = map[int]time.Time{}
			t.wanted[k] = docs
			ks = append(ks, k)
		}
		docs[d] = later(docs[d], r.Hold)
	}
	return ks
}

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// done records the end of fetching shard k, with the shard when it came,
// used at now. It keeps the texts of the documents that were asked for,
// copied out of the shard (whose memory can then serve again), and
// returns them. Beyond the budget, it drops the least recently used texts
// that are neither held, just kept, nor the latest request's, and returns
// their documents: the library's index must drop them too
// (explore.Index.DropText).
func (t *textStore) done(k int, sh *corpus.Shard, now time.Time) (kept []docTexts, dropped []int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	docs := t.wanted[k]
	delete(t.wanted, k)
	if sh == nil {
		return nil, nil
	}
	fresh := make(map[int]bool, len(docs))
	for _, d := range slices.Sorted(maps.Keys(docs)) { // kept in document order
		hold := docs[d]
		i := d - sh.First
		if i < 0 || i >= len(sh.Texts) {
			continue
		}
		tx := t.ownTexts(sh.Texts[i])
		size := len(tx.Text) + len(tx.Original)
		t.texts[d] = keptText{Texts: tx, at: now, until: hold, size: size}
		t.held += size
		kept = append(kept, docTexts{d, tx})
		fresh[d] = true
	}
	for t.held > t.budget {
		oldest := -1
		for d, u := range t.texts {
			if !t.latest[d] && !fresh[d] && !u.until.After(now) && (oldest < 0 || u.at.Before(t.texts[oldest].at) || (u.at.Equal(t.texts[oldest].at) && d < oldest)) {
				oldest = d
			}
		}
		if oldest < 0 {
			break // every other text is held
		}
		dropped = append(dropped, oldest)
		t.held -= t.texts[oldest].size
		delete(t.texts, oldest)
	}
	return kept, dropped
}

// maxFields bounds the field names textStore.fields keeps: a record has
// about twenty, and a shard of another making could name any number.
const maxFields = 64

// ownTexts copies tx out of the shard it was decoded from: its strings
// share the shard's memory, which one of them would keep whole. The
// evidence's field names, a few repeated in every document, are copied
// once.
func (t *textStore) ownTexts(tx corpus.Texts) corpus.Texts {
	own := corpus.Texts{Text: strings.Clone(tx.Text), Original: strings.Clone(tx.Original)}
	if len(tx.Evidence) > 0 {
		own.Evidence = make([]schema.Evidence, len(tx.Evidence))
		for i, e := range tx.Evidence {
			field, ok := t.fields[e.Field]
			if !ok {
				field = strings.Clone(e.Field)
				if len(t.fields) < maxFields {
					t.fields[field] = field
				}
			}
			own.Evidence[i] = schema.Evidence{Field: field, Start: e.Start, End: e.End}
		}
	}
	return own
}

// shardPath is where the site keeps text shard k.
func shardPath(k int) string { return dataPath("/web/data/text-%03d.bin", k) }

// otherBuild is the error of a file of the site's data that belongs to
// another build than the page's records (the site was deployed again while
// the page was open): the page must be reloaded.
func otherBuild(path string) error {
	return errors.New("数据已更新：" + path + " 属于另一版本，请刷新页面")
}

// decodeShard decodes text shard k of the pack of the given version; an
// error names it. A shard of another build (the site was deployed again
// while the page was open) is an error: its texts would be shown under
// the wrong documents. The texts share data's memory
// (corpus.Shard.UnmarshalBinaryShared): what keeps one copies it
// (textStore.ownTexts).
func decodeShard(k int, data []byte, version string) (corpus.Shard, error) {
	var sh corpus.Shard
	if err := sh.UnmarshalBinaryShared(data); err != nil {
		return sh, errors.New("数据格式错误：" + shardPath(k) + "：" + err.Error())
	}
	if sh.Version != version {
		return sh, otherBuild(shardPath(k))
	}
	return sh, nil
}

// handleTexts fetches the text shards of the documents the action lists
// that are not loaded yet, and gives each to the library as it comes, with
// the shards it drops to stay within its budget.
func (l *loader) handleTexts(ctx app.Context, a app.Action) {
	r, ok := a.Value.(textRequest)
	if !ok || app.IsServer {
		return
	}
	for _, k := range l.texts.claim(r, time.Now()) {
		room := l.rooms.take()
		data, err := l.fetch.FetchInto(ctx.ResolveStaticResource(shardPath(k)), room, nil)
		var sh corpus.Shard
		if err == nil {
			sh, err = decodeShard(k, data, l.texts.packVersion())
		} else {
			data = room // given back
		}
		if err != nil {
			l.rooms.put(data)
			app.Log(err)
			l.texts.done(k, nil, time.Now())
			msg := err.Error()
			ctx.Dispatch(func(ctx app.Context) {
				var lib library
				ctx.GetState(stateLibrary, &lib)
				if lib.ready() {
					lib.TextErr = msg
					ctx.SetState(stateLibrary, lib)
				}
			})
			continue
		}
		kept, dropped := l.texts.done(k, &sh, time.Now()) // copies the texts it keeps out of data
		l.rooms.put(data)
		ctx.Dispatch(func(ctx app.Context) {
			var lib library
			ctx.GetState(stateLibrary, &lib)
			if !lib.ready() {
				return // the library to come takes the loaded texts
			}
			for _, d := range dropped {
				lib.Index.DropText(d)
			}
			for _, t := range kept {
				lib.Index.SetText(t.doc, t.texts)
			}
			lib.Texts++
			lib.TextErr = ""
			ctx.SetState(stateLibrary, lib)
		})
	}
}

// requestTexts asks for the texts of r's documents: those that lack them
// come, those that have them stay (the loader drops the texts least
// recently asked for). After a failure (lib.TextErr) it asks again only
// when force is set, for a user's action: a page refreshing on the failure
// must not ask in a loop.
func requestTexts(ctx app.Context, lib library, r textRequest, force bool) {
	if !lib.ready() || (lib.TextErr != "" && !force) || len(r.Docs) == 0 {
		return
	}
	ctx.NewActionWithValue(actionTexts, r)
}

// observeLibrary keeps *lib up to date with the library state, calling
// changed on every change, and asks for the pack to be loaded.
func observeLibrary(ctx app.Context, lib *library, changed func()) {
	ctx.ObserveState(stateLibrary, lib).OnChange(changed)
	ctx.NewAction(actionLoad)
}
