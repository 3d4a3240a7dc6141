//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"renda/app/gen"
	"renda/app/site"
)

// TestKeepOffline builds a site whose text shards are too big to precache
// (480 generated reports, 8 shards, only / prerendered). On the first visit
// (a page the worker does not control yet) it clicks "keep everything
// offline" and cancels during shard 0; resumes with the last shard missing
// on the server: the control names it and offers a retry, which completes
// once the shard is back, the progress bar having moved. Then, with the
// HTTP cache cleared and the network gone, a document of a shard never
// opened shows its text, and the reloaded page, which the worker controls,
// says every report is kept (the worker counted the shards).
func TestKeepOffline(t *testing.T) {
	if env == nil {
		t.Skip("no Chromium: set $CHROME or install chromium")
	}
	src := t.TempDir()
	if err := gen.Write(src, gen.Options{N: 480, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(src, "truth.jsonl")); err != nil {
		t.Fatal(err)
	}
	pack, err := site.LoadCorpus(os.DirFS(src), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	dir := serveSite(t, pack, onlyRoot)
	// The shard files (text-NNN.*), whatever their format.
	var names []string
	files, _ := filepath.Glob(filepath.Join(dir, "web", "data", "text-[0-9][0-9][0-9].*"))
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".br" && ext != ".gz" {
			names = append(names, filepath.Base(f))
		}
	}
	shards := len(names)
	if w, err := os.ReadFile(filepath.Join(dir, "app-worker.js")); err != nil || shards != 8 || strings.Contains(string(w), names[0]) {
		t.Fatalf("want 8 text shards, not precached: %q, worker %v", names, err)
	}

	// The last shard is missing from the server for the first run.
	missing := filepath.Join(dir, "web", "data", names[shards-1])
	moves := func(from, to string) {
		for _, ext := range []string{"", ".br", ".gz"} {
			if err := os.Rename(from+ext, to+ext); err != nil {
				t.Fatal(err)
			}
		}
	}
	moves(missing, missing+".away")

	tb := newTab(t, chromedp.WithNewBrowserContext())
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: goHook}); err != nil {
		t.Fatal(err)
	}
	tb.open("")
	tb.waitFor(`!!document.querySelector("#offline-keep")`)
	// Record every state of the progress bar and its label.
	eval[bool](tb, `(window.offlineSeen = [], new MutationObserver(() => {
		const p = document.querySelector("#offline-progress");
		if (p) window.offlineSeen.push(p.getAttribute("value") + "/" + p.getAttribute("max") + " " + p.parentNode.innerText);
	}).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true}), true)`)

	// A first run is canceled while shard 0, held back here, downloads.
	paused := chromedp.Events(tb.ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(tb.ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/" + names[0] + "*"}}}); err != nil {
		t.Fatal(err)
	}
	tb.do("keeping everything offline", chromedp.Click(chromedp.ID("offline-keep")))
	var held fetch.RequestID
	for ev, err := range paused {
		if err != nil {
			t.Fatal(err)
		}
		held = ev.RequestID
		break
	}
	tb.do("canceling", chromedp.Click(chromedp.ID("offline-cancel")))
	// Once the button shows the click, the wasm has run the cancel action.
	tb.waitFor(`document.querySelector("#offline-cancel")?.disabled === true`)
	if _, err := chromedp.Call(tb.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: held}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, fetch.Disable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	tb.waitFor(`document.querySelector("#offline").dataset.state === "canceled"`)
	if got, want := eval[string](tb, `document.querySelector("#offline").innerText`), fmt.Sprintf("已取消，已保存 1 / %d 个文本文件。", shards); !strings.Contains(got, want) {
		t.Errorf("canceled: %q, want %q", got, want)
	}
	tb.do("resuming", chromedp.Click(chromedp.ID("offline-keep")))
	tb.waitFor(`document.querySelector("#offline").dataset.state === "failed"`)
	if got := eval[string](tb, `document.querySelector("#offline").innerText`); !strings.Contains(got, names[shards-1]) || !strings.Contains(got, "404") {
		t.Errorf("failure says %q, want %s and 404", got, names[shards-1])
	}

	moves(missing+".away", missing)
	tb.do("retrying", chromedp.Click(chromedp.ID("offline-keep")))
	tb.waitFor(`document.querySelector("#offline").dataset.state === "done"`)
	if got, want := eval[string](tb, `document.querySelector("#offline").innerText.trim()`), fmt.Sprintf("全部 %d 篇报道均可离线阅读", len(pack.Docs)); got != want {
		t.Errorf("done: %q, want %q", got, want)
	}
	// The canceled run showed 0 of 8, then 1 of 8 with the megabytes.
	seen := strings.Join(eval[[]string](tb, `window.offlineSeen`), "\n")
	if !regexp.MustCompile(`(?s)0/8 .*\n1/8 已保存 1 / 8 个文本文件 · \d+\.\d MB`).MatchString(seen) {
		t.Errorf("the progress bar did not move from 0 to 1 of 8 shards with the bytes:\n%s", seen)
	}
	var urls []string
	for _, name := range names {
		urls = append(urls, tb.url("web/data/"+name))
	}
	list, _ := json.Marshal(urls)
	if n := eval[int](tb, fmt.Sprintf(`Promise.all(%s.map(u => caches.match(u))).then(rs => rs.filter(Boolean).length)`, list)); n != shards {
		t.Fatalf("CacheStorage holds %d of %d text shards", n, shards)
	}
	// Nor is any of their bytes left in JavaScript, which came in chunks
	// for the progress bar (TestFetchedBuffersReleased says why they could
	// be; here Go has collected since, so this checks the whole run rather
	// than the chunks' emptying).
	if held := eval[int](tb, heldBuffers); held != 0 {
		t.Errorf("after keeping %d shards, the Go program refers to %d bytes of JavaScript buffers", shards, held)
	}

	tb.waitFor(cachedWasm())
	goOffline(tb)
	tb.reload()
	// A page the worker controls counts the kept shards through it.
	tb.waitFor(`navigator.serviceWorker.controller !== null && document.querySelector("#offline")?.dataset.state === "done"`)
	d := pack.Docs[len(pack.Docs)-1] // in the last shard
	tb.open(docPath(d.ID))
	tb.waitFor(fmt.Sprintf(`document.querySelector("#text.doc-text-body")?.textContent === %s`, js(d.Text)))
	// Its lists too, which the worker precached.
	if len(d.Presiding) == 0 {
		t.Fatalf("%s presided by no one: pick another", d.ID)
	}
	if got, _ := field(tb, "presiding"); !strings.Contains(got, d.Presiding[0]) {
		t.Errorf("offline, presiding = %q, want %s", got, d.Presiding[0])
	}
}

// TestFirstVisitDataAfterResults checks that a first visit's service
// worker downloads what the page does not need for its first results —
// the people's pinyin, the import parser — only after the page has them
// and the user, who typed right away, paused, and still precaches them.
//
// It serves the site at an origin of its own and counts only the requests
// made there: a worker that an earlier test's first visit installed, its
// page closed before it said it had results, precaches 30 s later, into
// whichever test runs then (under make test's load, twice this one).
func TestFirstVisitDataAfterResults(t *testing.T) {
	serveSite(t, env.pack, onlyRoot)
	host := strings.TrimPrefix(env.currentOrigin(), "http://")
	tb := newTab(t, chromedp.WithNewBrowserContext())
	_, n := env.requests.since(0)
	tb.navigate("")
	// Typing for a second and a half, a keystroke every 100 ms, from the
	// moment the page shows its data: the page itself waits for it, as a
	// harness polling from outside could start after the pause that lets
	// the worker go (under make test's load it once began 1.6 s after).
	lastKey := time.UnixMilli(int64(eval[float64](tb, `(async () => {
		await new Promise(ready => { const poll = () => window.rendaReady === true ? ready() : setTimeout(poll, 10); poll(); });
		const el = document.querySelector("input#q");
		for (const q of ["人", "人大", "人大代", "人大代表", "人大代", "人大", "人", "", "选", "选举", "选举产", "选举产生", "选举产", "选举", "选"]) {
			el.value = q;
			el.dispatchEvent(new Event("input", {bubbles: true}));
			await new Promise(r => setTimeout(r, 100));
		}
		return Date.now() - 100;
	})()`)))
	if !eval[bool](tb, `navigator.serviceWorker.ready.then(r => !!r.active)`) {
		t.Fatal("no active service worker")
	}
	later := []string{base + "web/data/pinyin-people-000.bin", base + "web/parser.wasm"}
	times, _ := env.requests.timesSince(host, n)
	for _, p := range later {
		if len(times[p]) == 0 {
			t.Errorf("%s was not downloaded on the first visit", p)
		}
		for _, at := range times[p] {
			if at.Before(lastKey) {
				t.Errorf("%s asked for %v before the last keystroke, while the user typed", p, lastKey.Sub(at))
			}
		}
		if !eval[bool](tb, `caches.match(`+js(p)+`).then(r => !!r)`) {
			t.Errorf("%s is not precached", p)
		}
	}
}

// TestFirstVisitDownloadsOnce opens the explorer in a new browser context
// (empty caches) and waits for the service worker to be installed: it
// precaches the build while the page downloads the same files, and must
// not download them again (it revalidates, and the server answers 304).
func TestFirstVisitDownloadsOnce(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	start := map[string]int{}
	files := []string{"web/app.wasm", "web/data/records-000.bin", "web/data/index-000.bin", "web/data/tables-000.bin", "web/data/pinyin-places-000.bin"}
	for _, f := range files {
		start[f] = env.requests.sentWhole(base + f)
	}
	tb.open("")
	tb.waitFor(fetched("pinyin-places-000.bin"))
	if !eval[bool](tb, `navigator.serviceWorker.ready.then(r => !!r.active)`) {
		t.Fatal("no active service worker")
	}
	for _, f := range files {
		if n := env.requests.sentWhole(base+f) - start[f]; n != 1 {
			t.Errorf("%s sent whole %d times on the first visit, want once", f, n)
		}
	}
}
