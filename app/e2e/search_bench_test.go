//go:build !js

package e2e

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
	"renda/app/gen"
	"renda/app/site"
)

// keystroke is a JavaScript async function of a query that puts it in the
// search box as typing does and resolves with the milliseconds until the
// page rendered the search (window.rendaSearches, counted after the DOM
// update) and the next frame began.
const keystroke = `async (q) => {
	const el = document.querySelector("input#q");
	const before = window.rendaSearches || 0;
	const t0 = performance.now();
	el.value = q;
	el.dispatchEvent(new Event("input", {bubbles: true}));
	while ((window.rendaSearches || 0) === before && performance.now() - t0 < 10000) {
		await new Promise(r => setTimeout(r, 0));
	}
	await new Promise(r => requestAnimationFrame(() => r()));
	return performance.now() - t0;
}`

// TestSearchBenchmark builds sites over 1,000 and 10,000 generated reports
// (only the search page prerendered) and measures, in a fresh browser
// context each: the time from navigation to the first query's results in a
// usable search box, the bytes the server sent until then, the
// keystroke-to-rendered-results latency over a fixed query set typed
// character by character, and the peak JavaScript heap. It runs only with
// E2E_BENCH=1 (make bench).
func TestSearchBenchmark(t *testing.T) {
	if os.Getenv("E2E_BENCH") != "1" {
		t.Skip("set E2E_BENCH=1 to measure search over generated corpora in the browser")
	}
	for _, n := range []int{1000, 10000} {
		dir := t.TempDir()
		if err := gen.Write(dir, gen.Options{N: n, Seed: 3}); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(dir + "/truth.jsonl"); err != nil {
			t.Fatal(err)
		}
		pack, err := site.LoadCorpus(os.DirFS(dir), io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		built := time.Now()
		if _, err := site.Build(pack, site.Options{
			Out: out, Base: base, Web: env.repo + "/web", Wasm: env.wasm, ParserWasm: env.parser,
			Pages: func(corpus.Pack) []string { return []string{"/"} },
		}); err != nil {
			t.Fatal(err)
		}
		buildTime := time.Since(built)
		old := env.site.Load()
		env.site.Store(&out)

		queries := benchQueries(pack)
		tb := newTab(t, chromedp.WithNewBrowserContext())
		sent := env.sent.Load()
		start := time.Now()
		tb.navigate("?q=" + url.QueryEscape(queries[0]))
		tb.waitFor(`window.rendaReady === true && !!document.querySelector("#result-0") && !!document.querySelector("input#q")`)
		ready := time.Since(start)
		bytes := env.sent.Load() - sent
		eval[bool](tb, frameWatch)

		var ms []float64
		for _, q := range queries {
			rs := []rune(q)
			for k := 1; k <= len(rs); k++ {
				ms = append(ms, eval[float64](tb, `(`+keystroke+`)(`+js(string(rs[:k]))+`)`))
			}
		}
		eval[bool](tb, `(window.rendaBench.stop = true)`)
		peak := eval[float64](tb, `window.rendaBench.peakHeap`)
		slices.Sort(ms)
		fmt.Printf("BenchmarkSearch%d\t%d reports\tdist %.1f s\tready with results %.2f s\t%.2f MB sent\tkeystroke p50 %.1f ms p95 %.1f ms max %.1f ms (%d keystrokes)\tpeak JS heap %.1f MB\n",
			n, len(pack.Docs), buildTime.Seconds(), ready.Seconds(), float64(bytes)/1e6,
			ms[len(ms)/2], ms[len(ms)*95/100], ms[len(ms)-1], len(ms), peak/1e6)
		env.site.Store(old)
	}
}

// benchQueries is the fixed query set over a generated pack: words, a
// phrase, a place, a person, two terms, a name with a character missing
// and one with two characters swapped.
func benchQueries(p corpus.Pack) []string {
	qs := []string{"人大", "选举", "政府工作报告", "第一次会议"}
	for _, d := range p.Docs[:50] {
		if len(d.Presiding) == 0 || d.Locality == "" {
			continue
		}
		name := []rune(d.Presiding[0])
		qs = append(qs, d.Locality, string(name), d.Locality+" 闭幕")
		if len(name) >= 3 {
			qs = append(qs, string(name[0])+string(name[2:]), string(name[0])+string(name[2])+string(name[1]))
		}
		break
	}
	return qs
}
