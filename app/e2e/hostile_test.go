//go:build !js

package e2e

import (
	"net/url"
	"strings"
	"testing"
)

// markup is what the hostile report carries in its title and text.
var markup = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(2)>`,
	`<a href="javascript:alert(3)">`,
}

// noInjection is a JavaScript expression listing elements that the hostile
// markup would have created if it had been parsed as HTML.
const noInjection = `[...document.querySelectorAll(
	'body script, img[src="x"], img[onerror], [onerror], a[href^="javascript:"]')].map(e => e.outerHTML)`

// TestHostileDocument opens the report whose title and text hold markup:
// it shows as text, nothing runs, no dialog opens and the console stays
// clean; the same holds for its search result.
func TestHostileDocument(t *testing.T) {
	tb := newTab(t)
	d := doc(t, hostileID)
	if !strings.Contains(d.Title, "<script>") || !strings.Contains(d.Text, "onerror") {
		t.Fatalf("the parser no longer keeps the markup in the hostile report: title %q", d.Title)
	}

	tb.open(docPath(hostileID))
	body := eval[string](tb, `document.querySelector("#text")?.innerText ?? ""`)
	for _, m := range markup {
		if !strings.Contains(body, m) {
			t.Errorf("#text does not show %s as text", m)
		}
	}
	page := eval[string](tb, `document.body.innerText`)
	if !strings.Contains(page, `<script>alert(1)</script>`) {
		t.Error("the title's <script> is not shown as text")
	}
	if found := eval[[]string](tb, noInjection); len(found) > 0 {
		t.Errorf("markup became elements: %q", found)
	}

	tb.open("?q=" + url.QueryEscape("青山县"))
	tb.waitFor(resultIndex(hostileID) + ` >= 0`)
	if found := eval[[]string](tb, noInjection); len(found) > 0 {
		t.Errorf("search results: markup became elements: %q", found)
	}
	if !strings.Contains(eval[string](tb, `document.querySelector("ol#results").innerText`), "<script>") {
		t.Error("search results: the title's <script> is not shown as text")
	}

	// Let any event handler that slipped through fire before looking.
	eval[bool](tb, `new Promise(r => setTimeout(() => r(true), 0))`)
	if d := tb.seenDialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
	for _, e := range tb.errors() {
		if strings.Contains(e, "alert") || strings.Contains(e, "Content Security Policy") ||
			strings.Contains(e, "javascript:") || strings.Contains(e, "/x") {
			t.Errorf("console: %s", e)
		}
	}
}
