//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestCollectorBackOn checks that the garbage collector, off while the
// page loads its data, is on again once the page shows it
// (window.rendaCollectorOn, set only when it was off, at the first results
// or after), and once the data failed to load: a site whose records are
// gone says so, with a retry. (TestPagedPack: a pack of several pages has
// it on before its first results.)
func TestCollectorBackOn(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	tb.waitFor(`window.rendaCollectorOn >= window.rendaReadyAt`)

	dir := serveSite(t, env.pack, onlyRoot)
	gone, err := filepath.Glob(filepath.Join(dir, "web", "data", "records-000.bin*"))
	if err != nil || len(gone) == 0 {
		t.Fatalf("no records to remove: %v", err)
	}
	for _, f := range gone {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	failed := newTab(t, chromedp.WithNewBrowserContext())
	failed.navigate("")
	failed.waitFor(`!!document.querySelector("#load-error button")`)
	if got := eval[string](failed, `document.querySelector("#load-error").innerText`); !strings.Contains(got, "records-000.bin") {
		t.Errorf("the load error does not name the missing file: %q", got)
	}
	failed.waitFor(`window.rendaCollectorOn > 0`)
}
