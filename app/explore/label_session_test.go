package explore

import (
	"slices"
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
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"汾池区十五届人大二次会议", []string{"a"}},
		{"汾池区 十五届三次", []string{"b"}},
		{"汾池区 第三次会议", []string{"b"}},
		{"第十五届", []string{"a", "b"}},
		{"金谷县 第四次会议", []string{"c"}},
		{"十八届四次", []string{"c"}},
		{"一", nil},
	} {
		got := ids(ix, ix.Search(Query{Text: tc.q}).Docs())
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
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
