//go:build !js

package e2e

import (
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
)

// TestDeepLinkNotPrerendered checks that a deep link to a page the build
// did not prerender (a large corpus prerenders ui.PrerenderMax pages) opens
// that page: the server answers 404.html and the app routes the link.
func TestDeepLinkNotPrerendered(t *testing.T) {
	serveSite(t, env.pack, func(corpus.Pack) []string { return []string{"/", "/404"} })

	tb := newTab(t, chromedp.WithNewBrowserContext())
	d := env.pack.Docs[0]
	tb.open(docPath(d.ID))
	if v := tb.view(); v != "doc" {
		t.Fatalf("view of %s = %q, want doc", docPath(d.ID), v)
	}
	checkFacts(t, tb, d)
	if len(d.Presiding) > 0 {
		tb.open("person/" + url.PathEscape(d.Presiding[0]))
		if v := tb.view(); v != "person" {
			t.Errorf("view of the person page = %q, want person", v)
		}
		// The roles come from the reports' lists (fetched apart).
		if !eval[bool](tb, `[...document.querySelectorAll(".appearance")].some(a => a.querySelector('a[href$="/doc/`+url.PathEscape(d.ID)+`"]') && a.querySelector('.role[data-role="presiding"]'))`) {
			t.Errorf("the person page shows no presiding role for %s", d.ID)
		}
	}
}
