package explore

import (
	"slices"
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

func TestDatePrefix(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-29", "2024-03-29", true},
		{"2024-3-9", "2024-03-09", true},
		{"2024/3/29", "2024-03-29", true},
		{"2024.03.29", "2024-03-29", true},
		{"2024年3月29日", "2024-03-29", true},
		{"2024年3月29号", "2024-03-29", true},
		{"2024年3月29", "2024-03-29", true},
		{"二〇二四年三月二十九日", "2024-03-29", true},
		{"2024年3月", "2024-03", true},
		{"2024年", "2024", true},
		{"2024-03", "2024-03", true},
		{"2024", "2024", true},
		{"2024-", "2024", true}, // still typing
		{"2024-0", "2024", true},
		{"2024-03-0", "2024-03", true},
		{"2024-13", "", false},
		{"2024-02-32", "", false},
		{"2024-00", "", false},
		{"2024-03/29", "2024-03-29", true}, // separators are not checked against each other
		{"2024-3-29-1", "", false},
		{"2024年3月29日开幕", "", false},
		{"2024-003", "", false},
		{"1899", "", false},
		{"2100", "", false},
		{"202", "", false},
		{"20240329", "", false},
		{"3月29日", "", false},
		{"清徐县2022年", "", false},
		{"2022年清徐县", "", false},
		{"", "", false},
		{"年", "", false},
	} {
		got, ok := datePrefix(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("datePrefix(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestSearchDates checks that a day, month or year finds the reports of
// that date however it is written, beside other terms, and only them.
func TestSearchDates(t *testing.T) {
	p := corpus.Pack{Docs: []corpus.Doc{
		{Record: parse.Record{ID: "a", Title: "汾池区人大开幕", Locality: "汾池区", Date: "2024-03-29"}},
		{Record: parse.Record{ID: "b", Title: "汾池区人大闭幕", Locality: "汾池区", Date: "2024-03-31"}},
		{Record: parse.Record{ID: "c", Title: "金谷县人大闭幕", Locality: "金谷县", Date: "2024-03"}},
		{Record: parse.Record{ID: "d", Title: "金谷县人大开幕", Locality: "金谷县", Date: "2023-12-30"}},
		{Record: parse.Record{ID: "e", Title: "某县会议", Locality: "某县"}},
		{Record: parse.Record{ID: "f", Title: "某县2024年会议", Locality: "某县", Date: "2022-01-05"}},
	}}
	ix := New(p)
	checkSearches(t, ix, []searchCase{
		{"2024-03-29", []string{"a"}},
		{"２０２４－０３－２９", []string{"a"}},
		{"2024年3月29日", []string{"a"}},
		{"2024/3/31", []string{"b"}},
		{"2024-03", []string{"a", "b", "c"}},
		{"2024年3月", []string{"a", "b", "c"}},
		{"2024", []string{"a", "b", "c", "f"}}, // f's title holds 2024
		{"金谷县 2024", []string{"c"}},
		{"汾池区 2024年3月29日", []string{"a"}},
		{"2023年12月30日", []string{"d"}},
		{"2024-04", nil},
		{"2025", nil},
	})
}

// searchCase is a query and the ids of the documents it must find, in any
// order.
type searchCase struct {
	q    string
	want []string
}

// checkSearches checks that each query finds exactly its documents.
func checkSearches(t *testing.T, ix *Index, cases []searchCase) {
	t.Helper()
	for _, tc := range cases {
		got := ids(ix, ix.Search(Query{Text: tc.q}).Docs())
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
