//go:build !js

package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
)

// updateID is a report that only the second deployment has.
const updateID = "902_update"

const updateReport = `  白水县第九届人民代表大会第四次会议开幕
 2025年3月2日上午，白水县第九届人民代表大会第四次会议在县人民会堂开幕。
大会应到代表180名，实到172名，缺席8名，符合法定人数。
大会执行主席赵文主持会议。
`

// TestUpdate deploys a new build while a page is open: the worker installs
// it, the page offers the update (#update), and reloading from it shows
// the new build, with the previous build's caches gone.
func TestUpdate(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	tb.waitFor(`navigator.serviceWorker.ready.then(r => r.active.state === "activated")`)
	eval[bool](tb, `new Promise(r => setTimeout(() => requestAnimationFrame(() => r(true)), 0))`)
	if eval[bool](tb, `!!document.querySelector("#update")`) {
		t.Error("the first install is offered as an update")
	}
	tb.reload() // the worker controls pages from their next load on
	tb.waitFor(`navigator.serviceWorker.controller !== null`)
	if got := eval[string](tb, `goappGetenv("GOAPP_VERSION")`); got != env.version {
		t.Fatalf("version %s, want %s", got, env.version)
	}

	rec, err := parseReport(updateID+".txt", updateReport)
	if err != nil {
		t.Fatal(err)
	}
	next := corpus.Pack{Docs: append(slices.Clone(env.pack.Docs), rec)}
	next.Version = env.pack.Version + "-next"
	dir, res, err := env.build(next)
	if err != nil {
		t.Fatal(err)
	}
	old := env.site.Load()
	env.site.Store(&dir)
	t.Cleanup(func() { env.site.Store(old) })

	tb.do("asking the worker to update", chromedp.Evaluate[chromedp.Void](`goappTryUpdate()`))
	tb.waitFor(`!!document.querySelector("#update button")`)
	eval[bool](tb, `window.beforeUpdate = true`)
	tb.do("reloading from the banner", chromedp.Click(chromedp.CSS("#update button")))
	tb.waitFor(`window.beforeUpdate === undefined && window.rendaReady === true`)
	if got := eval[string](tb, `goappGetenv("GOAPP_VERSION")`); got != res.Version {
		t.Errorf("after the update: version %s, want %s (previous %s)", got, res.Version, env.version)
	}

	keys := eval[[]string](tb, `caches.keys()`)
	for _, k := range keys {
		if strings.Contains(k, env.version) {
			t.Errorf("cache %q of the previous build is left (caches %q)", k, keys)
		}
	}
	tb.open(docPath(updateID))
	if got, _ := field(tb, "locality"); got != rec.Locality {
		t.Errorf("the new build's document: locality %q, want %q", got, rec.Locality)
	}
}
