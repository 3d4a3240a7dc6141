//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// waitLimit bounds every wait on the page. It is not a performance
// assertion: it only keeps a broken build from hanging the run.
const waitLimit = 90 * time.Second

// tab is one browser tab on the test site, with the console messages and
// dialogs it has seen.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
	dialogs []string
}

// newTab opens a tab in the shared browser; opts may ask for a browser
// context of its own (fresh storage, caches and service workers).
func newTab(t *testing.T, opts ...chromedp.ContextOption) *tab {
	t.Helper()
	if env == nil {
		t.Skip("no Chromium: set $CHROME or install chromium")
	}
	ctx, cancel := chromedp.NewContext(env.browser, opts...)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // opens the tab
		t.Fatalf("opening a tab: %v", err)
	}
	tb := &tab{t: t, ctx: ctx}
	tb.watch()
	// The app runs under the site's CSP: a violation means it needs
	// something the policy forbids (or something was injected).
	t.Cleanup(func() {
		for _, e := range tb.errors() {
			if strings.Contains(e, "Content Security Policy") {
				t.Errorf("CSP violation: %s", e)
			}
		}
	})
	ctx, cancelWait := context.WithTimeout(ctx, 3*waitLimit)
	t.Cleanup(cancelWait)
	tb.ctx = ctx
	return tb
}

// watch records console messages and dismisses and records dialogs.
func (tb *tab) watch() {
	messages := chromedp.Console(tb.ctx)
	dialogs := chromedp.Events(tb.ctx, page.JavascriptDialogOpening)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, m)
			tb.mu.Unlock()
		}
	}()
	go func() {
		for d, err := range dialogs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.dialogs = append(tb.dialogs, string(d.Type)+": "+d.Message)
			tb.mu.Unlock()
			_, _ = chromedp.Call(tb.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
}

// errors returns the console errors and exceptions seen so far.
func (tb *tab) errors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, m := range tb.console {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			out = append(out, m.String())
		}
	}
	return out
}

// consoleText returns the text of every console message seen so far.
func (tb *tab) consoleText() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	out := make([]string, len(tb.console))
	for i, m := range tb.console {
		out[i] = m.String()
	}
	return out
}

// seenDialogs returns the dialogs that opened so far.
func (tb *tab) seenDialogs() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.dialogs...)
}

// url returns the absolute URL of a path relative to the site's base,
// e.g. "doc/x" or "timeline?q=y".
func (tb *tab) url(rel string) string {
	return env.currentOrigin() + base + strings.TrimPrefix(rel, "/")
}

// open navigates to a path relative to the base and waits until the app is
// ready.
func (tb *tab) open(rel string) {
	tb.t.Helper()
	tb.navigate(rel)
	tb.waitReady()
}

// navigate loads a path relative to the base, waiting for the load event
// only.
func (tb *tab) navigate(rel string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(tb.url(rel))); err != nil {
		tb.t.Fatalf("opening %s: %v", rel, err)
	}
}

// reload reloads the page and waits until the app is ready.
func (tb *tab) reload() {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Reload()); err != nil {
		tb.t.Fatalf("reloading: %v", err)
	}
	tb.waitReady()
}

// waitReady waits for the signal the interface sets once it has mounted and
// loaded its data (prerendered pages already hold markup, so selectors
// prove nothing).
func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.waitFor(`window.rendaReady === true`)
}

// waitFor polls a JavaScript condition until it holds. A navigation
// during the wait (the page reloads itself) restarts the poll in the new
// document.
func (tb *tab) waitFor(cond string) {
	tb.t.Helper()
	var err error
	for range 20 {
		_, err = chromedp.Run(tb.ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(waitLimit)))
		if err == nil || errors.Is(err, chromedp.ErrPollingTimeout) || tb.ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		tb.t.Fatalf("waiting for %s: %v\nconsole errors: %q\nlocation: %s",
			cond, err, tb.errors(), evalString(tb, `location.href`))
	}
}

// view is the name of the current view (search, timeline, doc, ...).
func (tb *tab) view() string { return evalString(tb, `String(window.rendaView)`) }

// eval evaluates a JavaScript expression, awaiting a promise, and decodes
// its value into T.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// evalString evaluates expr as a string, "" on failure (for messages).
func evalString(tb *tab, expr string) string {
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		return fmt.Sprintf("(%v)", err)
	}
	return v
}

// do runs actions, failing the test on error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// docPath is the path of a document's page relative to the base.
func docPath(id string) string { return "doc/" + url.PathEscape(id) }

// screenshot saves the viewport to docs/screenshots/name.png when
// E2E_SCREENSHOTS=1.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	if os.Getenv("E2E_SCREENSHOTS") != "1" {
		return
	}
	// Let fonts and layout settle: wait for two animation frames.
	eval[bool](tb, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := filepath.Join(env.repo, "docs", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}
