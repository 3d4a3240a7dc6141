//go:build !js

package e2e

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"renda/app/gen"
	"renda/app/site"
)

// keystroke is a JavaScript async function of a query that puts it in the
// search box as typing does and resolves with the milliseconds until the
// page rendered the search (window.rendaSearches, counted after the DOM
// update) and the next frame began. A setter on window.rendaSearches asks
// for that frame as the page counts the search: polling would notice it up
// to 4 ms late (nested timers are clamped to 4 ms), and then, past a frame's
// start, wait for the frame after (the harness did until the twelfth
// session).
const keystroke = `async (q) => {
	const el = document.querySelector("input#q");
	const before = window.rendaSearches || 0;
	const t0 = performance.now();
	const painted = new Promise(resolve => {
		let n = before;
		Object.defineProperty(window, "rendaSearches", {configurable: true, get: () => n, set: v => {
			Object.defineProperty(window, "rendaSearches", {value: v, writable: true, configurable: true, enumerable: true});
			requestAnimationFrame(() => resolve(true));
		}});
	});
	el.value = q;
	el.dispatchEvent(new Event("input", {bubbles: true}));
	await Promise.race([painted, new Promise(resolve => setTimeout(resolve, 10000))]);
	window.rendaDomMs = (window.rendaSearchedAt || t0) - t0;
	return performance.now() - t0;
}`

// resultIDs is a JavaScript expression: the ids of the documents the first
// gen.RecallDepth rendered results link to (a[id^="result-"], in page
// order), how many result rows are rendered and the number of hits the
// page counts (#result-count; 0 when it shows no results).
var resultIDs = `(() => {
	const rows = Array.from(document.querySelectorAll('#results a[id^="result-"]'));
	const ids = rows.slice(0, ` + strconv.Itoa(gen.RecallDepth) + `).map(a => {
		const m = new URL(a.getAttribute("href"), location.href).pathname.match(/\/doc\/([^\/]+)\/?$/);
		return m ? decodeURIComponent(m[1]) : "";
	});
	const count = document.querySelector("#result-count");
	const n = count ? (count.textContent.match(/\d[\d,]*/) || ["0"])[0].replace(/,/g, "") : "0";
	return {ids, rows: rows.length, total: parseInt(n, 10)};
})()`

// rendered is what resultIDs reads.
type rendered struct {
	IDs   []string `json:"ids"`
	Rows  int      `json:"rows"`
	Total int      `json:"total"`
}

// benchQueries is how many queries of the fixed set (gen.Queries) the
// browser types: a sample spread evenly over the kinds.
const benchQueries = 120

// TestSearchBenchmark builds sites over 1,000 and 10,000 generated reports
// (only the search page prerendered) and measures, in a fresh browser
// context each: the time from navigation to the first query's results in a
// usable search box, the bytes the server sent until then, the
// keystroke-to-rendered-results latency over a sample of the corpus's fixed
// query set (gen.Queries: words, places, people, phrases, several terms, a
// character missing, two swapped, a phrase with a slip) typed character by
// character, recall@20 on that sample (the intended report among the first
// 20 rendered results after the last keystroke), the peak JavaScript heap,
// the time to results
// again from the service worker's caches, and the peak resident memory of
// the tab's renderer before that reload and through it (DevTools keeping
// no response bodies: quietNetwork). It runs only with E2E_BENCH=1 (make
// bench). E2E_BENCH_SIZES lists the sizes ("none": none); E2E_BENCH_DOCS
// measures a folder of one's own reports as well, with the queries of the
// file E2E_BENCH_QUERIES (gen.ReadQueries; make bench-docs).
func TestSearchBenchmark(t *testing.T) {
	if os.Getenv("E2E_BENCH") != "1" {
		t.Skip("set E2E_BENCH=1 to measure search over generated corpora in the browser")
	}
	sizes := []int{1000, 10000}
	if s := os.Getenv("E2E_BENCH_SIZES"); s == "none" {
		sizes = nil
	} else if s != "" { // e.g. 1000,10000,100000
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				t.Fatalf("E2E_BENCH_SIZES: %v", err)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		// A size of its own: its tab and browser context close before the
		// next (a first visit's worker went on precaching the 100,000
		// reports' data while 1,000 were measured, counted in their bytes).
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			dir := t.TempDir()
			if err := gen.Write(dir, gen.Options{N: n, Seed: 3}); err != nil {
				t.Fatal(err)
			}
			all, err := gen.LoadQueries(dir) // truth.jsonl stays out of the pack: it is not a report
			if err != nil {
				t.Fatal(err)
			}
			benchSearch(t, strconv.Itoa(n), dir, gen.Sample(all, benchQueries))
		})
	}
	if dir := os.Getenv("E2E_BENCH_DOCS"); dir != "" {
		t.Run("docs", func(t *testing.T) {
			queries, err := ownQueries(dir, os.Getenv("E2E_BENCH_QUERIES"))
			if err != nil {
				t.Fatal(err)
			}
			benchSearch(t, "Docs", dir, queries)
		})
	}
}

// ownQueries returns the queries typed over a folder of one's own reports:
// those of the file queries (gen.ReadQueries), else, for a folder that
// `renda gen` wrote, a sample of its fixed set.
func ownQueries(dir, queries string) ([]gen.Query, error) {
	if queries == "" {
		all, err := gen.LoadQueries(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("E2E_BENCH_DOCS %s has no truth.jsonl (a generated corpus's): set E2E_BENCH_QUERIES to a file of queries", dir)
		case err != nil:
			return nil, fmt.Errorf("E2E_BENCH_DOCS %s: %w", dir, err)
		}
		return gen.Sample(all, benchQueries), nil
	}
	qs, err := gen.ReadQueriesFile(queries)
	if err != nil {
		return nil, fmt.Errorf("E2E_BENCH_QUERIES: %w", err)
	}
	return qs, nil
}

// benchSearch builds a site over the reports in dir, types queries into it
// and prints the figures of TestSearchBenchmark as BenchmarkSearch<name>. A
// query meant to find a report the folder lacks is an error, not a miss.
func benchSearch(t *testing.T, name, dir string, queries []gen.Query) {
	pack, err := site.LoadCorpus(os.DirFS(dir), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ids := make(map[string]bool, len(pack.Docs))
	for _, d := range pack.Docs {
		ids[d.ID] = true
	}
	for i, q := range queries {
		if !ids[q.Want] {
			t.Fatalf("query %d (%q) wants %q, which is no report's id in %s (ids are file names without their extension)", i+1, q.Text, q.Want, dir)
		}
	}
	out := t.TempDir()
	built := time.Now()
	if _, err := site.Build(pack, site.Options{
		Out: out, Base: base, Web: env.repo + "/web", Wasm: env.wasm, ParserWasm: env.parser,
		Pages: onlyRoot,
	}); err != nil {
		t.Fatal(err)
	}
	buildTime := time.Since(built)
	old := env.site.Load()
	env.site.Store(&out)
	defer env.site.Store(old)

	memory := watchRenderers(rendererPIDs())
	tb := newTab(t, chromedp.WithNewBrowserContext())
	quietNetwork(tb)
	sent := env.sent.Load()
	start := time.Now()
	tb.navigate("?q=" + url.QueryEscape(queries[0].Text))
	tb.waitFor(`window.rendaReady === true && !!document.querySelector("#result-0") && !!document.querySelector("input#q")`)
	ready := time.Since(start)
	bytes := env.sent.Load() - sent
	stages := startStages(tb)
	eval[bool](tb, frameWatch)

	var ms, searchMs, domMs []float64 // keystroke to rendered results; the search alone; to the results in the DOM
	var typed []string                // what each keystroke left in the box
	var recall gen.Recall
	var misses []string
	short := 0 // queries that rendered fewer rows than the depth while counting more hits
	for _, q := range queries {
		rs := []rune(q.Text)
		for k := 1; k <= len(rs); k++ {
			ms = append(ms, eval[float64](tb, `(`+keystroke+`)(`+js(string(rs[:k]))+`)`))
			searchMs = append(searchMs, eval[float64](tb, `window.rendaSearchMs`))
			domMs = append(domMs, eval[float64](tb, `window.rendaDomMs`))
			typed = append(typed, string(rs[:k]))
		}
		got := eval[rendered](tb, resultIDs)
		if got.Rows < gen.RecallDepth && got.Rows < got.Total {
			short++
		}
		if !recall.Add(q, got.IDs) {
			misses = append(misses, fmt.Sprintf("%s %q want %s: %d hits, first %v", q.Kind, q.Text, q.Want, got.Total, got.IDs[:min(3, len(got.IDs))]))
		}
	}
	eval[bool](tb, `(window.rendaBench.stop = true)`)
	peak := eval[float64](tb, `window.rendaBench.peakHeap`)

	// Again, from the service worker's caches: once it has them. A first
	// visit's worker precaches when the page says it has its results and
	// typing paused, or 30 s after it started, which the harness's typing
	// reaches at 100,000 reports: reloading sooner measured the reload
	// beside the precache (2.1–2.3 s against 1.35 s after a pause).
	searching := memory.Peak() // before the reload, which holds both pages a while
	eval[bool](tb, `(navigator.serviceWorker.ready.then(() => { window.rendaBenchWorker = true }), true)`)
	tb.waitFor(`window.rendaBenchWorker === true`)
	start = time.Now()
	tb.navigate("?q=" + url.QueryEscape(queries[min(1, len(queries)-1)].Text))
	tb.waitFor(`window.rendaReady === true && !!document.querySelector("#result-0") && !!document.querySelector("input#q")`)
	cached := time.Since(start)
	rss := memory.Peak()
	memory.Stop()
	t.Logf("%d reports: the slowest keystrokes (total, search, in the DOM):\n%s", len(pack.Docs), slowest(typed, ms, searchMs, domMs, 20))
	if p := os.Getenv("E2E_BENCH_KEYS"); p != "" { // every keystroke, for a closer look
		writeKeys(t, fmt.Sprintf("%s.%s.tsv", p, name), typed, ms, searchMs, domMs)
	}
	slices.Sort(ms)
	slices.Sort(searchMs)
	slices.Sort(domMs)
	t.Logf("%d reports: %s\n%s%d missed:\n%s", len(pack.Docs), recall.String(), recall.Table(), len(misses), strings.Join(misses, "\n"))
	note := ""
	if short > 0 {
		note = fmt.Sprintf(", %d rendered fewer than %d rows of more hits", short, gen.RecallDepth)
	}
	fmt.Printf("BenchmarkSearch%s\t%d reports\tdist %.1f s\tready with results %.2f s\t%.2f MB sent\tkeystroke p50 %.1f ms p95 %.1f ms max %.1f ms (%d keystrokes)\t%s over %d queries%s\tsearch alone p50 %.1f ms p95 %.1f ms max %.1f ms\tin the DOM p50 %.1f ms p95 %.1f ms max %.1f ms\tpeak JS heap %.1f MB\tpeak renderer memory %.0f MB (before the reload %.0f MB)\tready from the offline cache %.2f s\tstart: %s\n",
		name, len(pack.Docs), buildTime.Seconds(), ready.Seconds(), float64(bytes)/1e6,
		ms[len(ms)/2], ms[len(ms)*95/100], ms[len(ms)-1], len(ms), recall.String(), len(queries), note,
		searchMs[len(searchMs)/2], searchMs[len(searchMs)*95/100], searchMs[len(searchMs)-1],
		domMs[len(domMs)/2], domMs[len(domMs)*95/100], domMs[len(domMs)-1], peak/1e6,
		float64(rss)/1e6, float64(searching)/1e6, cached.Seconds(), stages)
}

// loadStages are the marks of a page's start (ui.markLoad), in order.
var loadStages = []string{"program", "loader", "data", "index", "results"}

// startStages returns when, from navigation, the page reached each stage
// of its start (performance.mark("renda:"+stage), the first of each
// name), as "program 0.49 s, loader 0.62 s, …"; "?" for a stage not
// marked.
func startStages(tb *tab) string {
	at := eval[map[string]float64](tb, `(() => {
		const out = {};
		for (const m of performance.getEntriesByType("mark")) {
			if (m.name.startsWith("renda:") && !(m.name.slice(6) in out)) out[m.name.slice(6)] = m.startTime;
		}
		return out;
	})()`)
	parts := make([]string, len(loadStages))
	for i, s := range loadStages {
		if ms, ok := at[s]; ok {
			parts[i] = fmt.Sprintf("%s %.2f s", s, ms/1000)
		} else {
			parts[i] = s + " ?"
		}
	}
	return strings.Join(parts, ", ")
}

// slowest lists the n slowest keystrokes, one a line: what was typed, the
// keystroke's milliseconds, its search's and until its results were in the
// DOM.
func slowest(typed []string, ms, searchMs, domMs []float64, n int) string {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(ms[b], ms[a]) })
	var b strings.Builder
	for _, i := range order[:min(n, len(order))] {
		fmt.Fprintf(&b, "%7.1f %7.1f %7.1f ms  %q\n", ms[i], searchMs[i], domMs[i], typed[i])
	}
	return b.String()
}

// writeKeys writes every keystroke to path, one a line in typing order:
// what was typed, the keystroke's milliseconds, its search's and until its
// results were in the DOM, tab-separated.
func writeKeys(t *testing.T, path string, typed []string, ms, searchMs, domMs []float64) {
	var b strings.Builder
	for i := range typed {
		fmt.Fprintf(&b, "%q\t%.1f\t%.1f\t%.1f\n", typed[i], ms[i], searchMs[i], domMs[i])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Errorf("E2E_BENCH_KEYS: %v", err)
	}
}

// rendererPIDs returns the processes of Chromium renderers running now.
func rendererPIDs() map[int]bool {
	pids := map[int]bool{}
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		cmd, err := os.ReadFile("/proc/" + d.Name() + "/cmdline")
		if err == nil && strings.Contains(string(cmd), "chrom") && strings.Contains(string(cmd), "--type=renderer") {
			pids[pid] = true
		}
	}
	return pids
}

// memoryWatch follows the peak resident memory of the Chromium renderers
// started after it: the page's renderer with JavaScript, the wasm memory
// and the DOM. It reads each one's VmHWM and VmRSS ten times a second, as
// Chromium resets the peak the kernel keeps (VmHWM fell from 475 to 423 MB
// during a reload at 10,000 reports).
type memoryWatch struct {
	before map[int]bool
	mu     sync.Mutex
	peak   int // bytes
	stop   chan struct{}
	done   chan struct{}
}

// watchRenderers starts following the renderers not in before.
func watchRenderers(before map[int]bool) *memoryWatch {
	w := &memoryWatch{before: before, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			w.read()
			select {
			case <-w.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return w
}

// read takes the renderers' resident memory now, and their peaks.
func (w *memoryWatch) read() {
	peak := 0
	for pid := range rendererPIDs() {
		if w.before[pid] {
			continue
		}
		status, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
		if err != nil {
			continue
		}
		for line := range strings.Lines(string(status)) {
			for _, field := range []string{"VmHWM:", "VmRSS:"} {
				if rest, ok := strings.CutPrefix(line, field); ok {
					kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
					peak = max(peak, kb<<10)
				}
			}
		}
	}
	w.mu.Lock()
	w.peak = max(w.peak, peak)
	w.mu.Unlock()
}

// Peak returns the largest resident memory of one renderer so far, in
// bytes; 0 without /proc.
func (w *memoryWatch) Peak() int {
	w.read()
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.peak
}

// Stop ends the watch.
func (w *memoryWatch) Stop() {
	close(w.stop)
	<-w.done
}

// quietNetwork keeps DevTools from holding the tab's response bodies.
// chromedp enables the Network domain with Chromium's default buffers, under
// which the renderer keeps up to 200 MB of the bodies it received for
// Network.getResponseBody: at 100,000 reports 160 MB of the renderer's peak
// before the reload (848 against 688 MB), 250 MB after it. A browser without
// DevTools attached holds none of it.
func quietNetwork(tb *tab) {
	tb.t.Helper()
	none := int64(0)
	if _, err := chromedp.Call(tb.ctx, network.Enable, network.EnableParams{MaxTotalBufferSize: &none, MaxResourceBufferSize: &none}); err != nil {
		tb.t.Fatalf("sizing DevTools' network buffers: %v", err)
	}
}
