package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/parse"
)

// TestResultRowsShareTheirShape renders the results of queries whose rows
// differ (people matched or not, a place or none, attendance or none,
// marks in the title or not, rows without a result): every row has the
// same elements in the same places, so that go-app, which updates children
// by position, updates rows in place from one keystroke to the next.
func TestResultRowsShareTheirShape(t *testing.T) {
	p := newSearchPage()
	p.lib = readyLibrary()
	var want string
	seen := map[string]bool{} // what the rows had: the test sees rows that differ
	for _, q := range []string{"王德海", "山亭", "标题", "", "闭幕 王德海"} {
		p.query = explore.Query{Text: q}
		p.find(p.lib, p.shown)
		doc, err := html.Parse(strings.NewReader(app.HTMLString(p)))
		if err != nil {
			t.Fatal(err)
		}
		ol := find(doc, func(n *html.Node) bool { return n.Data == "ol" && attr(n, "id") == "results" })
		if ol == nil {
			t.Fatalf("%q: no ol#results", q)
		}
		rows := 0
		for li := range elements(ol) {
			rows++
			shape := rowShape(li)
			if want == "" {
				want = shape
			}
			if shape != want {
				t.Errorf("%q: a row shaped %s, another %s", q, shape, want)
			}
			for _, c := range []string{"result-people", "meta-place", "meta-attendance", "result"} {
				if find(li, func(n *html.Node) bool { return attr(n, "class") == c }) != nil {
					seen[c] = true
				} else {
					seen["no "+c] = true
				}
			}
			if find(li, func(n *html.Node) bool { return n.Data == "mark" }) != nil {
				seen["mark"] = true
			}
		}
		if rows != p.shown {
			t.Errorf("%q: %d rows, want %d (the rows that may be shown)", q, rows, p.shown)
		}
	}
	for _, c := range []string{"result-people", "meta-place", "meta-attendance", "result", "mark"} {
		if !seen[c] || c != "mark" && !seen["no "+c] {
			t.Errorf("the rows did not vary in %s: %v", c, seen)
		}
	}
}

// rowShape describes a result row as go-app compares it: the elements of
// the row, in order, and those of its facts (the people and marks are as
// many as matched: they come last, or in turn with texts, as
// TestMarkedAlternates checks).
func rowShape(li *html.Node) string {
	var b strings.Builder
	b.WriteString(li.Data + "[")
	i := 0
	for c := range elements(li) {
		b.WriteString(" " + c.Data)
		if i == 1 {
			b.WriteString("[")
			for g := range elements(c) {
				b.WriteString(" " + g.Data)
			}
			b.WriteString(" ]")
		}
		i++
	}
	b.WriteString(" ]")
	return b.String()
}

// elements yields the element children of n.
func elements(n *html.Node) func(yield func(*html.Node) bool) {
	return func(yield func(*html.Node) bool) {
		for c := range n.ChildNodes() {
			if c.Type == html.ElementNode && !yield(c) {
				return
			}
		}
	}
}

// TestMarkedAlternates checks that marked text is texts and marks in
// turn, a text first and last, whatever the marks: the same kinds of node
// in the same places, which go-app updates in place.
func TestMarkedAlternates(t *testing.T) {
	s := "山亭区人大闭幕" // 3 bytes a character
	tests := []struct {
		spans []explore.Span
		want  []string // the pieces, marks in brackets
	}{
		{nil, []string{"山亭区人大闭幕"}},
		{[]explore.Span{{Start: 0, End: 9}}, []string{"", "[山亭区]", "人大闭幕"}},
		{[]explore.Span{{Start: 15, End: 21}}, []string{"山亭区人大", "[闭幕]", ""}},
		{[]explore.Span{{Start: 0, End: 21}}, []string{"", "[山亭区人大闭幕]", ""}},
		{[]explore.Span{{Start: 9, End: 12}, {Start: 15, End: 18}}, []string{"山亭区", "[人]", "大", "[闭]", "幕"}},
		{[]explore.Span{{Start: 1, End: 4}}, []string{"山", "[亭]", "区人大闭幕"}}, // moved off the middle of characters
	}
	for _, tt := range tests {
		var got []string
		for i, ui := range marked(s, tt.spans) {
			_, isMark := ui.(app.HTMLMark)
			if isMark != (i%2 == 1) {
				t.Errorf("%v: piece %d is a mark %v, want texts and marks in turn, a text first", tt.spans, i, isMark)
			}
			text := strings.TrimSpace(app.HTMLString(ui))
			if isMark {
				text = "[" + strings.TrimSuffix(strings.TrimPrefix(text, "<mark>"), "</mark>") + "]"
			}
			got = append(got, text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%v: pieces %q, want %q", tt.spans, got, tt.want)
		}
	}
	if got := markedAround("…", s, []explore.Span{{Start: 0, End: 3}}, "…"); len(got) != 3 || strings.TrimSpace(app.HTMLString(got[0])) != "…" || strings.TrimSpace(app.HTMLString(got[2])) != "亭区人大闭幕…" {
		t.Errorf("ellipses: pieces %d, want them joined to the first and last texts", len(got))
	}
}

// find returns the first node under n (n included) that ok accepts, nil if none.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := range n.ChildNodes() {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// attr returns the value of n's attribute key, "" if it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestRowShowsAnotherPlace searches by pinyin for a place a report covers
// beside its locality (a roundup's second township) and for one a report
// without a locality covers (a delegation named in its body): the row
// shows the place after the locality, marked, with its spelling.
func TestRowShowsAnotherPlace(t *testing.T) {
	p := testPack()
	roundup := corpus.Doc{Record: parse.Record{ID: "lt", Title: "龙潭、麻旺两镇人代会胜利闭幕", Locality: "龙潭镇",
		Places: []string{"龙潭镇", "麻旺镇"}, Event: parse.EventClosing, Term: 18, Session: 5}}
	county := corpus.Doc{Record: parse.Record{ID: "cz", Title: "县十八届人大四次会议各代表团分组审议政府工作报告",
		Places: []string{"低庄镇", "大江口镇"}, Event: parse.EventOther, Term: 18, Session: 4}}
	p.Docs = append(p.Docs, roundup, county)
	sp := newSearchPage()
	sp.lib = library{Status: loadReady, Index: explore.New(p)}
	for _, c := range []struct{ q, text, mark string }{
		{"mawangzhen", "龙潭镇、麻旺镇mawangzhen", "麻旺镇"},
		{"dajiangkou", "大江口镇dajiangkouzhen", "大江口镇"},
	} {
		sp.query = explore.Query{Text: c.q}
		sp.find(sp.lib, sp.shown)
		doc, err := html.Parse(strings.NewReader(app.HTMLString(sp)))
		if err != nil {
			t.Fatal(err)
		}
		place := find(doc, func(n *html.Node) bool { return attr(n, "class") == "meta-place" })
		if place == nil {
			t.Fatalf("%s: no place shown", c.q)
		}
		also := find(place, func(n *html.Node) bool { return attr(n, "class") == "also-place" })
		mark := find(place, func(n *html.Node) bool { return n.Data == "mark" })
		if got := textOf(place); got != c.text || also == nil || mark == nil || textOf(mark) != c.mark {
			t.Errorf("%s: place %q (another's span %v, marked %v), want %q with %s marked", c.q, got, also != nil, mark != nil, c.text, c.mark)
		}
	}
}

// textOf returns the text of n without spaces (the page's indentation;
// the pinyin's spaces go too).
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(strings.Join(strings.Fields(d.Data), ""))
		}
	}
	return b.String()
}
