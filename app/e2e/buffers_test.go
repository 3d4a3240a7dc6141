//go:build !js

package e2e

import (
	"net/url"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// goHook keeps the page's Go instance (wasm_exec.js's Go, which app.js
// makes in a closure) as window.rendaGo, for heldBuffers to read its
// table of the JavaScript values the Go program refers to.
const goHook = `Object.defineProperty(globalThis, "Go", {
	configurable: true,
	set(v) { this.rendaGoClass = class extends v { constructor() { super(); window.rendaGo = this; } }; },
	get() { return this.rendaGoClass; },
})`

// heldBuffers is a JavaScript expression: the bytes of the ArrayBuffers
// and typed arrays among the values the Go program refers to.
const heldBuffers = `window.rendaGo._values.reduce((n, v) =>
	n + (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? v.byteLength : 0), 0)`

// TestFetchedBuffersReleased checks that the page keeps none of the bytes
// it fetched in JavaScript once Go has copied them: its data, then an
// opened report's text shard. syscall/js lets
// go of a Value when a finalizer on an 8-byte allocation runs, which the
// tiny allocator may put beside a long-lived one for good (at 10,000
// reports the bodies of 94 text shards, 117 MB, stayed referenced), so the
// page empties every buffer it copied (ui.detachBuffer). Without that, the
// buffers fetched just before are still referenced here: Go has not
// collected since.
func TestFetchedBuffersReleased(t *testing.T) {
	tb := newTab(t, chromedp.WithNewBrowserContext())
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: goHook}); err != nil {
		t.Fatal(err)
	}
	tb.open("?q=" + url.QueryEscape("人大"))
	tb.waitFor(`!!document.querySelector("#result-0")`)
	tb.do("opening the first result", chromedp.Click(chromedp.ID("result-0")))
	tb.waitFor(`!!document.querySelector("#text.doc-text-body:not(.empty)")`)
	fetched := eval[int](tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/web/data/text-")).length`)
	if fetched == 0 {
		t.Fatal("the page fetched no text shard: the test shows nothing")
	}
	if !eval[bool](tb, `!!window.rendaGo && Array.isArray(window.rendaGo._values)`) {
		t.Fatal("no table of the Go program's values (wasm_exec.js changed?)")
	}
	if held := eval[int](tb, heldBuffers); held != 0 {
		t.Errorf("after its data and a report's text, the Go program refers to %d bytes of JavaScript buffers", held)
	}
}
