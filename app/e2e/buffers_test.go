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
// and typed arrays among the values the Go program refers to, but for the
// fetcher's own buffers (ownBuffers), which it reads every body into and
// keeps for the next.
const heldBuffers = `window.rendaGo._values.reduce((n, v) =>
	n + ((v instanceof ArrayBuffer || ArrayBuffer.isView(v)) && v.byteLength !== ` + ownBufferSize + ` ? v.byteLength : 0), 0)`

// ownBuffers is a JavaScript expression: how many of the values the Go
// program refers to are ArrayBuffers of the fetcher's size
// (ui.bufferSize), at most four (ui.newBrowserFetcher).
const ownBuffers = `window.rendaGo._values.filter(v => v instanceof ArrayBuffer && v.byteLength === ` + ownBufferSize + `).length`

// ownBufferSize is ui.bufferSize.
const ownBufferSize = "262144"

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
	tb := openReport(t, goHook)
	if !eval[bool](tb, `!!window.rendaGo && Array.isArray(window.rendaGo._values)`) {
		t.Fatal("no table of the Go program's values (wasm_exec.js changed?)")
	}
	if held := eval[int](tb, heldBuffers); held != 0 {
		t.Errorf("after its data and a report's text, the Go program refers to %d bytes of JavaScript buffers", held)
	}
	if own := eval[int](tb, ownBuffers); own < 1 || own > 4 {
		t.Errorf("the fetcher keeps %d buffers of its own, want 1 to 4", own)
	}
}

// openReport opens, in a browser context of its own whose pages run
// scripts before their own, the results of 人大 and the first of them,
// and waits for the report's text: the page has fetched its data and a
// text shard.
func openReport(t *testing.T, scripts ...string) *tab {
	t.Helper()
	tb := newTab(t, chromedp.WithNewBrowserContext())
	for _, src := range scripts {
		if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
			t.Fatal(err)
		}
	}
	tb.open("?q=" + url.QueryEscape("人大"))
	tb.waitFor(`!!document.querySelector("#result-0")`)
	tb.do("opening the first result", chromedp.Click(chromedp.ID("result-0")))
	tb.waitFor(`!!document.querySelector("#text.doc-text-body:not(.empty)")`)
	if n := eval[int](tb, `performance.getEntriesByType("resource").filter(e => e.name.includes("/web/data/text-")).length`); n == 0 {
		t.Fatal("the page fetched no text shard: the test shows nothing")
	}
	return tb
}

// countReads is a script run before the page's: it counts, in
// window.rendaReads, the reads of fetched bodies into the page's own
// buffers (byob) and the bodies the browser handed out whole or in chunks
// of its own (whole, chunks), excluding the loader's read of app.wasm
// (app.js, go-app's) which starts before the Go program.
const countReads = `(() => {
	const reads = window.rendaReads = {byob: 0, whole: 0, chunks: 0};
	const count = (proto, name, key) => {
		const f = proto[name];
		proto[name] = function (...args) { if (window.rendaGo?._inst) reads[key]++; return f.apply(this, args); };
	};
	count(ReadableStreamBYOBReader.prototype, "read", "byob");
	count(ReadableStreamDefaultReader.prototype, "read", "chunks");
	count(Response.prototype, "arrayBuffer", "whole");
	count(Blob.prototype, "arrayBuffer", "whole");
})()`

// noByobReaders is a script run before the page's: a browser whose
// streams make no readers into one's own buffers.
const noByobReaders = `(() => {
	const getReader = ReadableStream.prototype.getReader;
	ReadableStream.prototype.getReader = function (options) {
		if (options && options.mode === "byob") throw new TypeError("no byob readers here");
		return getReader.call(this, options);
	};
})()`

// TestFetchReadsIntoOwnBuffers checks that the page reads what it fetches
// (its data, then an opened report's text shard) into ArrayBuffers of its
// own, never taking a body as the browser hands it out: those stay in
// memory until V8 collects, and at 10,000 reports 22.5 MB of them waited
// after six queries. Then, in a browser without such readers, that the
// page takes the bodies whole and works the same.
func TestFetchReadsIntoOwnBuffers(t *testing.T) {
	type reads struct {
		Byob   int `json:"byob"`
		Whole  int `json:"whole"`
		Chunks int `json:"chunks"`
	}
	for _, c := range []struct {
		name    string
		scripts []string
		check   func(reads) bool
	}{
		{"own buffers", []string{countReads}, func(r reads) bool { return r.Byob > 0 && r.Whole == 0 && r.Chunks == 0 }},
		{"no byob readers", []string{countReads, noByobReaders}, func(r reads) bool { return r.Byob == 0 && r.Whole > 0 && r.Chunks == 0 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := openReport(t, append([]string{goHook}, c.scripts...)...)
			r := eval[reads](tb, `window.rendaReads`)
			if !c.check(r) {
				t.Errorf("reads of fetched bodies: %+v", r)
			}
		})
	}
}
