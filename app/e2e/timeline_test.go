//go:build !js

package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// sessionDates is a JavaScript expression: the data-date of every session
// on the timeline, in page order.
const sessionDates = `[...document.querySelectorAll("#timeline .session[data-date]")].map(e => e.dataset.date)`

// TestTimelineInDateOrder checks that the timeline lists every dated
// session once, in date order, with the undated ones apart.
func TestTimelineInDateOrder(t *testing.T) {
	tb := newTab(t)
	tb.open("timeline")
	if v := tb.view(); v != "timeline" {
		t.Fatalf("view = %q, want timeline", v)
	}
	got := eval[[]string](tb, sessionDates)
	dated, undated := sessions()
	if !slices.IsSorted(got) {
		t.Errorf("session dates not in order: %q", got)
	}
	var want []string
	for _, s := range dated {
		want = append(want, s.date)
	}
	if !sameDays(got, want) {
		t.Errorf("session dates %q, want %q", got, want)
	}
	if !eval[bool](tb, `!!document.querySelector("svg#histogram")`) {
		t.Error("no svg#histogram")
	}
	if undated > 0 && !eval[bool](tb, `!!document.querySelector("#undated")`) {
		t.Errorf("%d undated sessions but no #undated", undated)
	}
	tb.screenshot("timeline")
}

// sameDays compares session dates, allowing the page to show a month
// (YYYY-MM) where a record has a day or the other way round.
func sameDays(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !strings.HasPrefix(got[i], want[i]) && !strings.HasPrefix(want[i], got[i]) {
			return false
		}
	}
	return true
}

// TestDeepLinksReload opens a document and a filtered timeline directly and
// reloads them: the same view comes back.
func TestDeepLinksReload(t *testing.T) {
	tb := newTab(t)
	d := env.pack.Docs[len(env.pack.Docs)/2]
	tb.open(docPath(d.ID))
	for range 2 {
		if v := tb.view(); v != "doc" {
			t.Fatalf("%s: view %q, want doc", docPath(d.ID), v)
		}
		if got, _ := field(tb, "locality"); got != d.Locality {
			t.Errorf("%s: locality %q, want %q", docPath(d.ID), got, d.Locality)
		}
		tb.reload()
	}

	q := d.Locality
	tb.open("timeline?q=" + url.QueryEscape(q))
	for range 2 {
		if v := tb.view(); v != "timeline" {
			t.Fatalf("timeline?q=%s: view %q, want timeline", q, v)
		}
		if got := eval[string](tb, `new URLSearchParams(location.search).get("q")`); got != q {
			t.Errorf("timeline?q=%s: the URL lost the query: q=%q", q, got)
		}
		if got := eval[string](tb, `document.querySelector("input#q")?.value ?? ""`); got != q {
			t.Errorf("timeline?q=%s: the search box holds %q", q, got)
		}
		dates := eval[[]string](tb, sessionDates)
		if len(dates) == 0 || len(dates) >= len(env.pack.Docs) {
			t.Errorf("timeline?q=%s: %d sessions, want the query to narrow them to at least one", q, len(dates))
		}
		tb.reload()
	}
}

// TestNotFound shows the 404 view, with status 404, for an unknown route.
func TestNotFound(t *testing.T) {
	tb := newTab(t)
	tb.open("no/such/page")
	status := eval[int](tb, fmt.Sprintf(`fetch(%s).then(r => r.status)`, js(tb.url("no/such/page"))))
	if status != 404 {
		t.Errorf("GET %sno/such/page: status %d, want 404", base, status)
	}
	if v := tb.view(); v != "notfound" {
		t.Errorf("view = %q, want notfound", v)
	}
	if !eval[bool](tb, `!!document.querySelector("#notfound")`) {
		t.Error("no #notfound")
	}
}
