//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cachedWasm is a JavaScript expression: whether CacheStorage holds
// app.wasm, i.e. the worker has precached the build.
func cachedWasm() string {
	return fmt.Sprintf(`(async () => {
		for (const k of await caches.keys()) {
			if (await (await caches.open(k)).match(%s, {ignoreSearch: true})) return true;
		}
		return false;
	})()`, js(env.currentOrigin()+base+"web/app.wasm"))
}

// goOffline clears the HTTP cache and cuts the tab and the service workers
// of its browser context off the network. (EmulateOfflineServiceWorker
// alone leaves the worker's own fetches online in Chromium 14x: the worker
// target is emulated offline too.)
func goOffline(tb *tab) {
	tb.t.Helper()
	offline := func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return fmt.Errorf("enabling the network domain: %w", err)
		}
		yes := true
		_, err := cdp.Call(ctx, t, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: &yes,
			MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		})
		if err != nil {
			return fmt.Errorf("emulating offline: %w", err)
		}
		return nil
	}
	tb.do("going offline", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if err := offline(ctx, t); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, network.ClearBrowserCache, cdp.Empty{}); err != nil {
			return fmt.Errorf("clearing the HTTP cache: %w", err)
		}
		_, err := cdp.Call(ctx, t, network.OverrideNetworkState, network.OverrideNetworkStateParams{
			Offline: true, DownloadThroughput: -1, UploadThroughput: -1,
		})
		return err
	}))

	infos, err := chromedp.Targets(tb.ctx)
	if err != nil {
		tb.t.Fatalf("listing targets: %v", err)
	}
	self := chromedp.FromContext(tb.ctx).Target.TargetID
	var browserContext cdp.BrowserContextID
	for _, info := range infos {
		if info.TargetID == self {
			browserContext = info.BrowserContextID
		}
	}
	workers := 0
	for _, info := range infos {
		if info.Type != "service_worker" || info.BrowserContextID != browserContext {
			continue
		}
		ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel())
		tb.t.Cleanup(cancel)
		if err := chromedp.Do(ctx, chromedp.Func(offline)); err != nil {
			tb.t.Fatalf("taking the worker %s offline: %v", info.URL, err)
		}
		workers++
	}
	if workers == 0 {
		tb.t.Fatal("no service worker runs for the page")
	}
}

// TestOffline visits the site once, goes offline with an empty HTTP cache
// and reloads the root and deep links: the app comes back from the
// worker's cache and its search works.
func TestOffline(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	tb.waitFor(cachedWasm())
	goOffline(tb)
	_, before := env.requests.since(0)
	defer func() {
		paths, _ := env.requests.since(before)
		for _, p := range paths {
			// The browser checks the worker script for updates on
			// navigation from its own process, outside the emulation;
			// offline that check fails harmlessly.
			if p != base+"app-worker.js" {
				t.Errorf("request reached the server while offline: %s", p)
			}
		}
	}()

	tb.reload()
	if v := tb.view(); v != "search" {
		t.Fatalf("offline %s: view %q, want search", base, v)
	}
	d := env.pack.Docs[0]
	tb.do("typing offline", chromedp.SendKeys(chromedp.CSS("input#q"), d.Locality))
	tb.waitFor(resultIndex(d.ID) + ` >= 0`)

	tb.open(docPath(d.ID))
	if got, _ := field(tb, "locality"); got != d.Locality {
		t.Errorf("offline %s: locality %q, want %q", docPath(d.ID), got, d.Locality)
	}
	tb.open("timeline?q=" + url.QueryEscape(d.Locality))
	if v := tb.view(); v != "timeline" {
		t.Errorf("offline timeline: view %q", v)
	}
	// A request the worker does not cache fails: the pages came from it.
	if eval[bool](tb, `fetch(`+js(tb.url("web/offline-probe.txt"))+`, {cache: "no-store"}).then(() => true, () => false)`) {
		t.Error("the network is still reachable: the offline emulation did not apply")
	}
}

// TestManifest checks the web app manifest as Chromium reads it, its icons
// and that the page is installable.
func TestManifest(t *testing.T) {
	tb := newTab(t) // the default profile: incognito is never installable
	tb.open("")
	tb.waitFor(cachedWasm()) // installability needs the worker

	m, err := chromedp.Call(tb.ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatalf("reading the manifest: %v", err)
	}
	for _, e := range m.Errors {
		t.Errorf("manifest: %s (critical %d)", e.Message, e.Critical)
	}
	if m.Manifest == nil {
		t.Fatalf("no manifest parsed from %s", m.URL)
	}
	mf := m.Manifest
	if !strings.Contains(mf.Name, "人大") || !strings.Contains(mf.Name, "Renda") || mf.Description == "" {
		t.Errorf("manifest name %q, description %q: want Chinese and English", mf.Name, mf.Description)
	}
	scope := env.currentOrigin() + base
	if mf.Scope != scope || !strings.HasPrefix(mf.StartURL, scope) {
		t.Errorf("manifest scope %q, start_url %q: want both in %s", mf.Scope, mf.StartURL, scope)
	}
	var raw struct {
		ShortName string `json:"short_name"`
		Icons     []struct{ Src, Sizes, Purpose string }
	}
	if err := json.Unmarshal([]byte(m.Data), &raw); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if raw.ShortName == "" {
		t.Error("manifest: no short_name")
	}
	sizes := map[string]bool{}
	for _, ic := range raw.Icons {
		sizes[ic.Sizes] = true
		if ic.Purpose == "maskable" {
			sizes["maskable"] = true
		}
		src := env.currentOrigin() + ic.Src
		if !strings.HasPrefix(ic.Src, base) {
			t.Errorf("icon %s is not local to %s", ic.Src, base)
		}
		w := eval[int](tb, fmt.Sprintf(`new Promise(r => { const i = new Image(); i.onload = () => r(i.naturalWidth); i.onerror = () => r(-1); i.src = %s; })`, js(src)))
		if w <= 0 {
			t.Errorf("icon %s does not load", ic.Src)
		} else if want := strings.Split(ic.Sizes, "x")[0]; ic.Sizes != "any" && fmt.Sprint(w) != want {
			t.Errorf("icon %s: %d px wide, manifest says %s", ic.Src, w, ic.Sizes)
		}
	}
	for _, s := range []string{"192x192", "512x512", "maskable"} {
		if !sizes[s] {
			t.Errorf("manifest lacks a %s icon", s)
		}
	}

	inst, err := chromedp.Call(tb.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatalf("installability: %v", err)
	}
	for _, e := range inst.InstallabilityErrors {
		t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
	}
}
