package explore

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

func TestFoldNumerals(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		found    bool
	}{
		{"十五届人大二次会议", "15届人大2次会议", true},
		{"第十八届三次", "第18届3次", true},
		{"第15届第2次会议", "第15届第2次会议", true},
		{"二十一届", "21届", true},
		{"清徐县", "清徐县", false},
		{"", "", false},
	} {
		got, found := foldNumerals(tc.in)
		if got != tc.want || found != tc.found {
			t.Errorf("foldNumerals(%q) = %q, %v; want %q, %v", tc.in, got, found, tc.want, tc.found)
		}
	}
}

// TestSearchSessionNumbers checks that a term and session match however
// the query writes them, whatever the report wrote, and only the right
// ones.
func TestSearchSessionNumbers(t *testing.T) {
	p := corpus.Pack{Docs: []corpus.Doc{
		{Record: parse.Record{ID: "a", Title: "汾池区第15届人民代表大会第2次会议开幕", Locality: "汾池区", Term: 15, Session: 2}},
		{Record: parse.Record{ID: "b", Title: "代表们分组审议政府工作报告", Locality: "汾池区", Term: 15, Session: 3}},
		{Record: parse.Record{ID: "c", Title: "金谷县十八届人大四次会议闭幕", Locality: "金谷县", Term: 18, Session: 4}},
		{Record: parse.Record{ID: "d", Title: "某县会议", Locality: "某县"}},
	}}
	ix := New(p)
	checkSearches(t, ix, []searchCase{
		{"汾池区十五届人大二次会议", []string{"a"}},
		{"汾池区 十五届三次", []string{"b"}},
		{"汾池区 第三次会议", []string{"b"}},
		{"第十五届", []string{"a", "b"}},
		{"金谷县 第四次会议", []string{"c"}},
		{"十八届四次", []string{"c"}},
		{"金谷县十八届四次", []string{"c"}},
		{"汾池区15届3次", []string{"b"}},
		{"汾池区十五届", []string{"a", "b"}},
		{"金谷县十五届二次", nil},
		{"一", nil},
	})
}

func TestSwaps(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"丁瑶松", []string{"瑶丁松", "丁松瑶"}},
		{"县县城", []string{"县城县"}},
		{"人大", nil},
		{"", nil},
	} {
		if got := swaps(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("swaps(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSearchSwapped checks that a name typed with two characters swapped
// finds its person, below a name matched as typed.
func TestSearchSwapped(t *testing.T) {
	p := corpus.Pack{Docs: []corpus.Doc{
		{Record: parse.Record{ID: "a", Title: "甲", Presiding: []string{"丁松瑶"}}},
		{Record: parse.Record{ID: "b", Title: "乙", Presiding: []string{"丁瑶松"}}},
		{Record: parse.Record{ID: "c", Title: "丙", Presiding: []string{"王莉铭"}}},
	}}
	ix := New(p)
	if got := ids(ix, ix.Search(Query{Text: "丁瑶松"}).Docs()); !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("丁瑶松 found %q, want b (as typed) then a (swapped)", got)
	}
	if got := ids(ix, ix.Search(Query{Text: "王铭莉"}).Docs()); !slices.Equal(got, []string{"c"}) {
		t.Errorf("王铭莉 found %q, want c", got)
	}
}

// TestMatchLabelsEqualsScan checks matchLabels, which matches a term
// against the localities and the forms of a few groups apart, against
// every document's whole label: the same documents, for terms cut from
// labels (within a form, within a locality, across the two) and written
// with Chinese numerals or Arabic ones.
func TestMatchLabelsEqualsScan(t *testing.T) {
	p := genPack(t, 400, 5)
	// Localities holding 届, 次 and numerals, traditional and full-width
	// ones, and documents with a term only, a session only or neither.
	for i, loc := range []string{"次县", "三届村", "屆縣", "ＡＢ县", "汾池区", "十八届区", "５次村"} {
		for j, ts := range [][2]int{{18, 3}, {0, 2}, {5, 0}, {0, 0}, {-1, 4}} {
			p.Docs = append(p.Docs, corpus.Doc{Record: parse.Record{ID: fmt.Sprint("x", i, j), Locality: loc, Term: ts[0], Session: ts[1]}})
		}
	}
	ix := New(p)
	scan := func(folded string) []int {
		var docs []int
		for i, d := range p.Docs {
			if l := sessionLabel(Normalise(d.Locality), d.Term, d.Session); l != "" && strings.Contains(l, folded) {
				docs = append(docs, i)
			}
		}
		return docs
	}
	rng := rand.New(rand.NewPCG(5, 9))
	terms := []string{"5次村", "五次村", "村第18届", "村18届3次", "汾池区十八届三次", "区5届", "次县第5届", "届", "次", "第18届", "十八届三次", "18届人大3次会议", "次县第", "县第十八届", "区十八届人大", "三届村第5届", "屆縣第", "ab县18届", "第2次会议", "一", "人大"}
	for range 400 {
		d := p.Docs[rng.IntN(len(p.Docs))]
		label := []rune(sessionLabel(Normalise(d.Locality), d.Term, d.Session))
		if len(label) == 0 {
			continue
		}
		a := rng.IntN(len(label))
		b := a + 1 + rng.IntN(min(12, len(label)-a))
		term := strings.ReplaceAll(string(label[a:b]), "\x00", "")
		if rng.IntN(2) == 0 { // as a report writes numbers
			term = regexp.MustCompile(`[0-9]+`).ReplaceAllStringFunc(term, func(n string) string {
				v, _ := strconv.Atoi(n)
				return chineseNumber(v)
			})
		}
		terms = append(terms, term)
	}
	matched := 0
	for _, term := range terms {
		var got []int
		ix.matchLabels(term, func(doc int) { got = append(got, doc) })
		var want []int
		if folded, ok := foldNumerals(term); ok && strings.ContainsAny(term, "届次") {
			want = scan(folded)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("matchLabels(%q) = %d documents %v, the labels hold it in %d %v", term, len(got), got[:min(8, len(got))], len(want), want[:min(8, len(want))])
		}
		if len(got) > 0 {
			matched++
		}
	}
	if matched < len(terms)/3 {
		t.Errorf("only %d of %d terms matched a label: the test tries too little", matched, len(terms))
	}
}

// chineseNumber writes 1 ≤ n ≤ 99 as a report does: 十八, 二十, 五.
func chineseNumber(n int) string {
	d := []rune("〇一二三四五六七八九")
	switch {
	case n < 10:
		return string(d[n])
	case n < 20:
		return "十" + strings.TrimPrefix(string(d[n%10]), "〇")
	default:
		return string(d[n/10]) + "十" + strings.TrimPrefix(string(d[n%10]), "〇")
	}
}

// sessionLabel is a document's whole label, as the index matches it:
// its locality and the long form, the short form or the bare form.
func sessionLabel(locality string, term, session int) string {
	long, short, bare := labelForms(term, session)
	if bare == "" {
		return ""
	}
	return locality + long + "\x00" + locality + short + "\x00" + locality + bare
}
