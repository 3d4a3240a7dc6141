//go:build !js

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"renda/app/gen"
)

// benchDocs is how many reports TestImportBenchmark imports.
const benchDocs = 1000

// frameWatch is a JavaScript statement that records, from now on, the
// longest gap between animation frames (how long the page froze) and the
// peak JavaScript heap.
const frameWatch = `(() => {
	const s = window.rendaBench = {maxGap: 0, peakHeap: 0, frames: 0};
	let last = performance.now();
	const tick = t => {
		s.maxGap = Math.max(s.maxGap, t - last); last = t; s.frames++;
		s.peakHeap = Math.max(s.peakHeap, performance.memory ? performance.memory.usedJSHeapSize : 0);
		if (!s.stop) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	return true;
})()`

// TestImportBenchmark imports 1,000 generated reports through the file
// input and prints the time, the longest frame gap and the memory used.
// It runs only with E2E_BENCH=1 (make bench).
func TestImportBenchmark(t *testing.T) {
	if os.Getenv("E2E_BENCH") != "1" {
		t.Skip("set E2E_BENCH=1 to import 1,000 reports in the browser")
	}
	dir := t.TempDir()
	g := gen.NewGenerator(7)
	paths := make([]string, benchDocs)
	size := 0
	for i := range benchDocs {
		data, _, err := g.Report(i + 1)
		if err != nil {
			t.Fatal(err)
		}
		paths[i] = filepath.Join(dir, gen.FileName(i+1))
		if err := os.WriteFile(paths[i], data, 0o644); err != nil {
			t.Fatal(err)
		}
		size += len(data)
	}

	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("import")
	eval[bool](tb, frameWatch)
	start := time.Now()
	tb.do("picking files", chromedp.SetUploadFiles(chromedp.CSS("#import-files"), paths))
	tb.waitFor(`window.rendaImported === ` + strconv.Itoa(benchDocs))
	elapsed := time.Since(start)
	eval[bool](tb, `(window.rendaBench.stop = true)`)
	imported := eval[int](tb, `document.querySelectorAll('#import-report tr[data-status="imported"]').length`)
	maxGap := eval[float64](tb, `window.rendaBench.maxGap`)
	frames := eval[int](tb, `window.rendaBench.frames`)
	peak := eval[float64](tb, `window.rendaBench.peakHeap`)
	var heap runtime.GetHeapUsageResult
	tb.do("reading the heap", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		var err error
		heap, err = cdp.Call(ctx, tg, runtime.GetHeapUsage, cdp.Empty{})
		return err
	}))
	if imported == 0 {
		t.Fatalf("nothing imported: %q", outcomes(tb)[:min(5, len(outcomes(tb)))])
	}
	fmt.Printf("BenchmarkImport1000\t%d files\t%.1f MB\t%d imported\t%.2f s\t%.0f files/s\tlongest frame gap %.0f ms\t%d frames\tpeak JS heap %.1f MB\theap used %.1f MB, backing stores %.1f MB\n",
		benchDocs, float64(size)/1e6, imported, elapsed.Seconds(), float64(benchDocs)/elapsed.Seconds(),
		maxGap, frames, peak/1e6, heap.UsedSize/1e6, heap.BackingStorageSize/1e6)
}
