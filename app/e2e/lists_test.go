//go:build !js

package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// failRequests makes every request of the tab to a URL matching one of
// patterns fail, as a network that lost them would.
func failRequests(tb *tab, patterns ...string) {
	tb.t.Helper()
	paused := chromedp.Events(tb.ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			_, _ = chromedp.Call(tb.ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonConnectionFailed})
		}
	}()
	var ps []*fetch.RequestPattern
	for _, p := range patterns {
		ps = append(ps, &fetch.RequestPattern{URLPattern: p})
	}
	if _, err := chromedp.Call(tb.ctx, fetch.Enable, fetch.EnableParams{Patterns: ps}); err != nil {
		tb.t.Fatal(err)
	}
}

// TestListsOnDemand checks that the reports' lists (presiding, speakers,
// elected...), which ship apart from the records, are not fetched for the
// first results but when a report's page needs them, which then shows
// them; and that when they do not come, a report's page says so, naming
// the file, with its other facts and its text, never "none" for a list it
// does not have, and a person's page says so beside each report.
func TestListsOnDemand(t *testing.T) {
	name, ids := personToFind(t)
	d := env.pack.Docs[0]
	for _, x := range env.pack.Docs {
		if x.ID == ids[0] {
			d = x
		}
	}

	tb := newTab(t, chromedp.WithNewBrowserContext())
	tb.open("")
	if eval[bool](tb, fetched("lists-000.bin")) {
		t.Error("the first results fetched lists-000.bin")
	}
	tb.open(docPath(d.ID))
	if !eval[bool](tb, fetched("lists-000.bin")) {
		t.Error("the report's page did not fetch lists-000.bin")
	}
	checkFacts(t, tb, d)

	failing := newTab(t, chromedp.WithNewBrowserContext())
	failRequests(failing, "*/web/data/lists-*")
	failing.open(docPath(d.ID))
	failing.waitFor(`document.querySelector("#lists-error")?.textContent.includes("lists-000.bin")`)
	if got, _ := field(failing, "locality"); got != d.Locality {
		t.Errorf("locality = %q without the lists, want %q", got, d.Locality)
	}
	if got := eval[string](failing, `document.querySelector('#facts dd[data-field="presiding"]').className + " " + document.querySelector('#facts dd[data-field="presiding"]').textContent`); !strings.Contains(got, "loading") || strings.Contains(got, name) {
		t.Errorf("presiding without the lists: %q, want it loading", got)
	}
	failing.waitFor(`(document.querySelector("#text")?.textContent ?? "").length > 0`)
	body := eval[string](failing, `document.querySelector("#text").textContent`)
	if strings.Join(strings.Fields(body), "") != strings.Join(strings.Fields(d.Text), "") {
		t.Errorf("#text without the lists: %.80q…", body)
	}

	person := newTab(t, chromedp.WithNewBrowserContext())
	failRequests(person, "*/web/data/lists-*")
	person.open("person/" + url.PathEscape(name))
	person.waitFor(`[...document.querySelectorAll(".appearance .roles")].some(r => r.textContent.includes("lists-000.bin"))`)
	if n := eval[int](person, `document.querySelectorAll(".appearance .role").length`); n != 0 {
		t.Errorf("%d roles shown without the lists", n)
	}
}
