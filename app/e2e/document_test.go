//go:build !js

package e2e

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
)

// latinWords finds English words in a text the Chinese interface shows.
var latinWords = regexp.MustCompile(`[A-Za-z]{2,}`)

// field returns the innerText of a fact on the document page, and whether
// the fact is shown.
func field(tb *tab, name string) (string, bool) {
	v := eval[[]string](tb, fmt.Sprintf(`(e => e ? [e.innerText] : [])(document.querySelector('#facts [data-field=%s]'))`, js(name)))
	if len(v) == 0 {
		return "", false
	}
	return strings.TrimSpace(v[0]), true
}

// TestDocumentFacts opens every document and compares its fact card with
// the record parsed in this process.
func TestDocumentFacts(t *testing.T) {
	tb := newTab(t)
	for _, d := range env.pack.Docs {
		t.Run(d.ID, func(t *testing.T) {
			tb.t = t
			tb.open(docPath(d.ID))
			if v := tb.view(); v != "doc" {
				t.Fatalf("view = %q, want doc", v)
			}
			checkFacts(t, tb, d)
			if d.ID == hostileID {
				// Its session goes on with the closing report.
				tb.do("following #next", chromedp.Click(chromedp.ID("next")))
				tb.waitFor(fmt.Sprintf(`window.rendaReady === true && location.pathname === %s`, js(base+docPath(closingID))))
			}
			if d.ID == env.pack.Docs[0].ID {
				tb.screenshot("document")
			}
		})
	}
}

func checkFacts(t *testing.T, tb *tab, d corpus.Doc) {
	t.Helper()
	text := map[string]string{"locality": d.Locality, "date": d.Date}
	for name, want := range text {
		got, ok := field(tb, name)
		switch {
		case want == "" && ok && got != "" && !strings.Contains(got, "—") && !strings.Contains(got, "未"):
			t.Errorf("%s: shows %q for an empty field", name, got)
		case want != "" && !ok:
			t.Errorf("%s: not shown, want %q", name, want)
		case want != "" && got != want:
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	numbers := map[string]int{"term": d.Term, "session": d.Session}
	if d.Attendance != nil {
		numbers["attendance"] = d.Attendance.Present
	}
	for name, want := range numbers {
		if want == 0 {
			continue
		}
		got, ok := field(tb, name)
		if !ok || !strings.Contains(got, strconv.Itoa(want)) {
			t.Errorf("%s = %q (shown: %v), want it to contain %d", name, got, ok, want)
		}
	}
	if a := d.Attendance; a != nil && a.Expected > 0 {
		if got, _ := field(tb, "attendance"); !strings.Contains(got, strconv.Itoa(a.Expected)) {
			t.Errorf("attendance = %q, want it to contain the expected %d", got, a.Expected)
		}
	}
	for _, p := range d.Presiding {
		if got, _ := field(tb, "presiding"); !strings.Contains(got, p) {
			t.Errorf("presiding = %q, want it to contain %s", got, p)
		}
	}
	if len(d.Warnings) > 0 {
		// In Chinese, with the record's English words on hover.
		shown := eval[[]string](tb, `[...document.querySelectorAll("#warnings li")].map(li => li.textContent)`)
		record := eval[[]string](tb, `[...document.querySelectorAll("#warnings li")].map(li => li.title || li.textContent)`)
		if !slices.Equal(record, d.Warnings) {
			t.Errorf("#warnings holds %q, want the record's %q", record, d.Warnings)
		}
		for _, w := range shown {
			if latinWords.MatchString(w) {
				t.Errorf("#warnings shows %q in the Chinese interface", w)
			}
		}
	}
	body := eval[string](tb, `document.querySelector("#text")?.textContent ?? ""`)
	if strings.Join(strings.Fields(body), "") != strings.Join(strings.Fields(d.Text), "") {
		t.Errorf("#text does not hold the record's text:\n got %.80q…\nwant %.80q…", body, d.Text)
	}
	if len(d.Evidence) > 0 && eval[int](tb, `document.querySelectorAll("#text mark[data-field]").length`) == 0 {
		t.Errorf("#text: no mark[data-field] for %d evidence spans", len(d.Evidence))
	}
	checkNeighbours(t, tb, d)
	for _, id := range []string{"cite", "show-original"} {
		if !eval[bool](tb, `!!document.getElementById(`+js(id)+`)`) {
			t.Errorf("no #%s", id)
		}
	}
	tb.do("showing the original", chromedp.Click(chromedp.ID("show-original")))
	tb.waitFor(`!!document.querySelector("#original") && document.querySelector("#original").textContent.length > 0`)
	orig := eval[string](tb, `document.querySelector("#original").textContent`)
	if strings.Join(strings.Fields(orig), "") != strings.Join(strings.Fields(d.Original), "") {
		t.Errorf("#original does not hold the original text:\n got %.80q…\nwant %.80q…", orig, d.Original)
	}
}

// checkNeighbours checks #prev and #next: present when the document's
// session has other documents, and linking inside the session.
func checkNeighbours(t *testing.T, tb *tab, d corpus.Doc) {
	t.Helper()
	same := map[string]bool{}
	for _, o := range env.pack.Docs {
		if o.ID != d.ID && o.Locality == d.Locality && o.Term == d.Term && o.Session == d.Session {
			same[base+docPath(o.ID)] = true
		}
	}
	links := eval[[]string](tb, `["prev", "next"].map(id => document.getElementById(id)).filter(e => e && e.href).map(e => new URL(e.href).pathname)`)
	if len(same) > 0 && len(links) == 0 {
		t.Errorf("no #prev or #next although the session has %d other documents", len(same))
	}
	for _, l := range links {
		if !same[l] {
			t.Errorf("#prev/#next links to %s, outside the session", l)
		}
	}
}
