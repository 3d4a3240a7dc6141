//go:build !js

package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPlaceGrid opens the place of a session with two reports: its grid
// links to both.
func TestPlaceGrid(t *testing.T) {
	tb := newTab(t)
	place := doc(t, closingID).Locality
	tb.open("place/" + url.PathEscape(place))
	if v := tb.view(); v != "place" {
		t.Fatalf("view = %q, want place", v)
	}
	links := eval[[]string](tb, `[...document.querySelectorAll("#grid a")].map(a => decodeURIComponent(new URL(a.href).pathname))`)
	for _, id := range []string{hostileID, closingID} {
		if !slices.Contains(links, base+docPath(id)) {
			t.Errorf("#grid of %s: links %q lack %s", place, links, id)
		}
	}
	tb.screenshot("place")
}

// TestMentionedPerson follows a person the report only mentions (县领导赵光明
// 出席会议, the record's mentioned) from the report's facts to the person's
// page, which gives the report with the role 提及, and finds the report by
// the person's pinyin.
func TestMentionedPerson(t *testing.T) {
	d := doc(t, closingID)
	if !slices.Equal(d.Mentioned, []string{"赵光明", "钱立新"}) {
		t.Fatalf("%s: mentioned %q, want 赵光明 and 钱立新", closingID, d.Mentioned)
	}
	tb := newTab(t)
	tb.open(docPath(closingID))
	link := `#facts [data-field="mentioned"] a.person-link[href$="/person/` + url.PathEscape("赵光明") + `"]`
	tb.waitFor(`document.querySelector(` + js(link) + `) !== null`)
	if got, _ := field(tb, "mentioned"); got != "赵光明、钱立新" {
		t.Errorf("mentioned = %q, want 赵光明、钱立新", got)
	}
	tb.do("following the mentioned person", chromedp.Click(chromedp.CSS(link)))
	tb.waitFor(`window.rendaView === "person" && document.querySelector(".appearance .role") !== null`)
	role := eval[string](tb, `(a => a ? a.querySelector('.role[data-role="mentioned"]')?.textContent ?? "" : "")([...document.querySelectorAll(".appearance")].find(a => a.querySelector('a[href$="/doc/`+url.PathEscape(closingID)+`"]')))`)
	if role != "提及" {
		t.Errorf("the person page gives %s the role %q, want 提及", closingID, role)
	}
	tb.open("?q=zhaoguangming")
	tb.waitFor(resultIndex(closingID) + ` >= 0`)
}

// TestPhone lays the search results and a document out at 375 px: nothing
// is wider than the screen.
func TestPhone(t *testing.T) {
	tb := newTab(t)
	tb.do("emulating a phone", chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
	d := env.pack.Docs[0]
	tb.open("?q=" + url.QueryEscape(d.Locality))
	tb.waitFor(resultIndex(d.ID) + ` >= 0`)
	checkFits(t, tb, "search")
	tb.screenshot("phone-search")
	tb.open(docPath(d.ID))
	checkFits(t, tb, "document")
	tb.screenshot("phone-document")
}

// checkFits fails when the page scrolls sideways.
func checkFits(t *testing.T, tb *tab, what string) {
	t.Helper()
	w := eval[[]int](tb, `[document.documentElement.scrollWidth, window.innerWidth]`)
	if w[0] > w[1] {
		t.Errorf("%s at %d px: the page is %d px wide", what, w[1], w[0])
	}
	wide := eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > %d + 1 && getComputedStyle(e).position !== "fixed").slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className)`, w[1]))
	if len(wide) > 0 {
		t.Logf("%s: elements past the right edge: %q", what, wide)
	}
}
