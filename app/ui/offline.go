package ui

import (
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
)

// "Keep everything offline": the footer's control that fetches every text
// shard not yet loaded nor cached, so that every document opens offline.

const (
	// actionOfflineCheck counts the text shards CacheStorage holds; its
	// value is the number of bundled documents (int).
	actionOfflineCheck = "renda/offline/check"
	// actionOffline fetches the text shards not yet loaded nor cached and
	// has the service worker keep them; its value is as actionOfflineCheck's.
	actionOffline = "renda/offline"
	// actionOfflineCancel stops the run under way after the current shard.
	actionOfflineCancel = "renda/offline/cancel"
	// stateOffline holds how far keeping everything offline got
	// (offlineStatus).
	stateOffline = "renda/offline"
)

// Strings of the control (their English is in messages.go).
const (
	offlineKeep      = "离线保存全部"
	offlineBar       = "离线保存进度"
	offlineProgress  = "已保存 %d / %d 个文本文件"
	offlineDone      = "全部 %d 篇报道均可离线阅读"
	offlineFailed    = "%d 个文本文件未能保存："
	offlineCanceled  = "已取消，已保存 %d / %d 个文本文件。"
	offlineNotStored = "浏览器未能离线保存"
)

// offlineStatus is how far keeping everything offline got.
type offlineStatus struct {
	Checked  bool   // Total and Done are known
	Running  bool   // a run is under way
	Canceled bool   // the last run was canceled
	Docs     int    // bundled documents
	Total    int    // their text shards
	Done     int    // shards available offline (during a run: or fetched)
	Bytes    int    // bytes downloaded by the run
	Failed   []int  // shards the last run could not fetch or keep
	Err      string // the last failure, "" if the last run succeeded
}

func (s offlineStatus) complete() bool {
	return s.Checked && !s.Running && s.Done >= s.Total && s.Err == ""
}

// shardCount is how many text shards hold the texts of docs documents.
func shardCount(docs int) int { return (docs + corpus.ShardSize - 1) / corpus.ShardSize }

// remaining splits the shards CacheStorage lacks (cached[k] false) into
// those to fetch and those loaded already, which the worker must keep.
func remaining(cached []bool, loaded func(int) bool) (fetch, keep []int) {
	for k, c := range cached {
		switch {
		case c:
		case loaded(k):
			keep = append(keep, k)
		default:
			fetch = append(fetch, k)
		}
	}
	return fetch, keep
}

// count is how many of b are true.
func count(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// progressText says how far a run got: shards and bytes.
func (s offlineStatus) progressText(l locale) string {
	t := l.T(offlineProgress, s.Done, s.Total)
	if s.Bytes > 0 {
		t += " · " + megabytes(s.Bytes)
	}
	return t
}

// failedText names the shards that failed, if any, and says why.
func (s offlineStatus) failedText(l locale) string {
	if len(s.Failed) == 0 {
		return l.errText(s.Err)
	}
	names := make([]string, len(s.Failed))
	for i, k := range s.Failed {
		names[i] = strings.TrimPrefix(shardPath(k), "/web/data/")
	}
	return strings.Join(names, ", ") + l.T("（%s）", l.errText(s.Err))
}

// loaded reports whether texts of shard k are loaded (it was fetched,
// through the worker).
func (t *textStore) loaded(k int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for d := k * corpus.ShardSize; d < (k+1)*corpus.ShardSize; d++ {
		if _, ok := t.texts[d]; ok {
			return true
		}
	}
	return false
}

// keepShard fetches text shard k, through the worker, which caches it,
// and checks that it decodes. The texts are not kept in the library: the
// shards of 100,000 reports hold 1.9 GB of text, and an opened document
// reads its shard from the cache in milliseconds.
func (l *loader) keepShard(k int, url string, progress func(int)) error {
	room := l.rooms.take()
	data, err := l.fetch.FetchInto(url, room, func(n, _ int) { progress(n) })
	if err != nil {
		l.rooms.put(room)
		return err
	}
	_, err = decodeShard(k, data, l.texts.packVersion())
	l.rooms.put(data)
	return err
}

// keeper runs "keep everything offline", one run at a time.
type keeper struct {
	l        *loader
	busy     atomic.Bool // a run is under way
	checking atomic.Bool // a check is under way: the library's changes ask again until it is published
	stop     atomic.Bool // the run under way is canceled
}

// shardURLs returns the URLs of the n text shards.
func shardURLs(ctx app.Context, n int) []string {
	urls := make([]string, n)
	for i := range urls {
		urls[i] = ctx.ResolveStaticResource(shardPath(i))
	}
	return urls
}

// lookUp reports which of urls the site's caches hold: the service
// worker's answer (heldURLs), else, when exact, the page's own look-up
// (cachedURLs: a URL at a time, on the page's thread), else nil.
func lookUp(urls []string, exact bool) []bool {
	if held, ok := heldURLs(urls); ok {
		return held
	}
	if exact {
		return cachedURLs(urls)
	}
	return nil
}

// plan looks the text shards up in CacheStorage (lookUp): those to fetch,
// those it lacks although they are loaded or fetched by the run under way
// (fetched) — the worker must keep them — and how many it holds; ok is
// false without an answer.
func (k *keeper) plan(urls []string, fetched map[int]bool, exact bool) (fetch, keep []int, held int, ok bool) {
	cached := lookUp(urls, exact)
	fetch, keep = remaining(cached, func(s int) bool { return k.l.texts.loaded(s) || fetched[s] })
	return fetch, keep, count(cached), cached != nil
}

// handleCheck publishes how many text shards CacheStorage holds, as the
// worker counts them: a page no worker controls (a first visit, whose
// fetches went past it) counts none, rather than look thousands of URLs
// up while the user types; a run (handle) looks them up exactly.
func (k *keeper) handleCheck(ctx app.Context, a app.Action) {
	docs, ok := a.Value.(int)
	if !ok || app.IsServer || k.busy.Load() || !k.checking.CompareAndSwap(false, true) {
		return
	}
	defer k.checking.Store(false)
	_, _, held, _ := k.plan(shardURLs(ctx, shardCount(docs)), nil, false)
	ctx.SetState(stateOffline, offlineStatus{Checked: true, Docs: docs, Total: shardCount(docs), Done: held})
}

func (k *keeper) handleCancel(ctx app.Context, a app.Action) { k.stop.Store(true) }

// handle fetches every text shard neither loaded nor cached, publishing
// progress, then asks the worker to keep the shards it lacks, loaded or
// fetched (a page it does not control fetches past it), and counts what
// CacheStorage holds.
func (k *keeper) handle(ctx app.Context, a app.Action) {
	docs, ok := a.Value.(int)
	if !ok || app.IsServer || !k.busy.CompareAndSwap(false, true) {
		return
	}
	defer k.busy.Store(false)
	k.stop.Store(false)
	persistStorage()

	urls := shardURLs(ctx, shardCount(docs))
	st := offlineStatus{Checked: true, Running: true, Docs: docs, Total: len(urls)}
	publish := func() { ctx.SetState(stateOffline, st) }
	fetch, _, _, ok := k.plan(urls, nil, true)
	if !ok {
		st.Running, st.Err = false, offlineNotStored
		publish()
		return
	}
	st.Done = st.Total - len(fetch)
	publish()

	shown := time.Now()
	var failed []int
	fetched := make(map[int]bool, len(fetch))
	for _, s := range fetch {
		if st.Canceled = k.stop.Load(); st.Canceled {
			break
		}
		before := st.Bytes
		err := k.l.keepShard(s, urls[s], func(n int) {
			st.Bytes = before + n
			if time.Since(shown) >= 100*time.Millisecond {
				shown = time.Now()
				publish()
			}
		})
		if err != nil {
			failed, st.Err = append(failed, s), err.Error()
		} else {
			fetched[s] = true
			st.Done++
		}
		publish()
	}

	if _, keep, _, _ := k.plan(urls, fetched, true); len(keep) > 0 {
		ku := make([]string, len(keep))
		for i, s := range keep {
			ku[i] = urls[s]
		}
		if err := storeOffline(ku); err != nil {
			st.Err = err.Error()
		}
	}
	_, unkept, held, _ := k.plan(urls, fetched, true)
	switch {
	case held == st.Total:
		st.Err = "" // all there after all
	case len(unkept) > 0 && st.Err == "":
		st.Err = offlineNotStored
	}
	st.Failed = append(failed, unkept...)
	slices.Sort(st.Failed)
	st.Running, st.Done = false, held
	publish()
}

// offlineKeeper is the footer's control: a button, the progress of a run
// with a way to cancel, what failed with a way to retry, or that every
// document is available offline.
type offlineKeeper struct {
	app.Compo
	Iloc locale

	lib      library
	st       offlineStatus
	stopping bool // cancel was clicked
}

func newOfflineKeeper() *offlineKeeper { return &offlineKeeper{} }

// Loc sets the interface language.
func (c *offlineKeeper) Loc(l locale) *offlineKeeper { c.Iloc = l; return c }

func (c *offlineKeeper) OnMount(ctx app.Context) {
	ctx.ObserveState(stateOffline, &c.st)
	ctx.ObserveState(stateLibrary, &c.lib).OnChange(func() { c.check(ctx) })
	c.check(ctx)
}

// docs is how many bundled documents the library holds: the imported ones
// come after them.
func (c *offlineKeeper) docs() int { return len(c.lib.Index.Docs) - len(c.lib.Own.Entries) }

func (c *offlineKeeper) check(ctx app.Context) {
	if c.lib.ready() && !c.st.Checked {
		ctx.NewActionWithValue(actionOfflineCheck, c.docs())
	}
}

func (c *offlineKeeper) keep(ctx app.Context, e app.Event) {
	c.stopping = false
	if c.lib.ready() {
		ctx.NewActionWithValue(actionOffline, c.docs())
	}
}

func (c *offlineKeeper) cancel(ctx app.Context, e app.Event) {
	c.stopping = true
	ctx.NewAction(actionOfflineCancel)
}

// Render shows the control; #offline's data-state says which state:
// idle, running, done, failed or canceled.
func (c *offlineKeeper) Render() app.UI {
	st, l := c.st, c.Iloc
	if !st.Checked || !c.lib.ready() {
		return app.Div().ID("offline").Class("offline-keep")
	}
	var bar, button app.UI
	state, note, detail := "idle", "", ""
	id, label, click := "offline-keep", l.T(offlineKeep), c.keep
	switch {
	case st.Running:
		bar = app.Progress().ID("offline-progress").Aria("label", l.T(offlineBar)).Max(max(st.Total, 1)).Value(st.Done)
		state, note, id, label, click = "running", st.progressText(l), "offline-cancel", l.T(importCancel), c.cancel
	case st.complete():
		state, note, click = "done", l.Tn(offlineDone, st.Docs), nil
	case st.Err != "":
		state, detail, label = "failed", st.failedText(l), l.T(loadingRetry)
		if len(st.Failed) > 0 {
			note = l.Tn(offlineFailed, len(st.Failed))
		}
	case st.Canceled:
		state, note = "canceled", l.T(offlineCanceled, st.Done, st.Total)
	}
	if click != nil {
		button = app.Button().ID(id).Type("button").Disabled(st.Running && c.stopping).Attr("data-i18n", true).Text(label).OnClick(click)
	}
	return app.Div().ID("offline").Class("offline-keep").Role("status").DataSet("state", state).Body(
		bar,
		app.Span().Attr("data-i18n", true).Text(note),
		app.Span().Class("offline-detail").Text(detail),
		button,
	)
}
