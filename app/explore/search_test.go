package explore

import (
	"net/url"
	"reflect"
	"slices"
	"testing"

	"renda/parse"
)

func TestSearch(t *testing.T) {
	ix := New(testPack())
	tests := []struct {
		name  string
		q     Query
		want  []string // ids, in order; nil means "no hits"
		first bool     // compare only want[0] with the first hit
	}{
		{"empty query: every report, newest first", Query{},
			[]string{"qx", "town", "st-close", "st-plen2", "st-open", "st-prep", "st-1-1", "nodate"}, false},
		{"person name: exact name ranks the reports naming him", Query{Text: "王德海"},
			[]string{"st-close", "st-1-1"}, false},
		{"locality, then a second term narrows (AND)", Query{Text: "山亭 闭幕"},
			[]string{"st-close"}, false},
		{"body phrase only", Query{Text: "乡村振兴"}, []string{"town"}, false},
		{"contiguous match ranks before a scattered one", Query{Text: "人民"},
			[]string{"nodate"}, true},
		{"fuzzy: characters in order across the title", Query{Text: "清徐闭幕"}, []string{"qx"}, false},
		{"no match", Query{Text: "不存在的词语"}, nil, false},
		{"filter by level", Query{Levels: []string{"county"}}, []string{"qx", "nodate"}, false},
		{"filter by year, undated", Query{Years: []string{None}}, []string{"nodate"}, false},
		{"filters are OR within a dimension, AND across",
			Query{Events: []string{"opening", "closing"}, Years: []string{"2023"}},
			[]string{"st-close", "st-open"}, false},
		{"ASCII case folded", Query{Text: "gdp"}, []string{"town"}, false},
		{"punctuation separates terms", Query{Text: "王德海，山亭"}, []string{"st-close", "st-1-1"}, false},
		{"a title in quotes", Query{Text: "“清徐县第十七届人民代表大会第三次会议闭幕”"}, []string{"qx"}, false},
		{"人代会: every session of a congress, though none says so", Query{Text: "人代会"},
			[]string{"nodate", "qx", "st-close", "st-plen2", "st-open", "st-prep", "st-1-1"}, false}, // its title first
		{"人代会 with a place", Query{Text: "清徐 人代会"}, []string{"qx"}, false},
		{"a photographer's name with a character missing, and a place", Query{Text: "孟超 清徐"}, []string{"qx"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(ix, ix.Search(tt.q).Docs())
			if tt.first {
				if len(got) == 0 || got[0] != tt.want[0] {
					t.Fatalf("first hit = %v, want %s", got, tt.want[0])
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("hits = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSearchHighlights(t *testing.T) {
	ix := New(testPack())
	res := ix.Search(Query{Text: "山亭 闭幕"})
	if len(res.Hits) != 1 {
		t.Fatalf("hits = %d, want 1", len(res.Hits))
	}
	h := res.Hits[0]
	title := ix.Docs[h.Doc].Title()
	var marked []string
	for _, p := range Marks(title, h.Title) {
		if p.Mark {
			marked = append(marked, p.Text)
		}
	}
	if want := []string{"山亭", "闭幕"}; !slices.Equal(marked, want) {
		t.Errorf("marked %q, want %q", marked, want)
	}
	if got := Marks(ix.Docs[h.Doc].Locality(), h.Locality); len(got) != 2 || got[0].Text != "山亭" || !got[0].Mark {
		t.Errorf("locality pieces = %+v", got)
	}

	res = ix.Search(Query{Text: "李霞"})
	for _, h := range res.Hits {
		if len(h.People) != 1 || h.People[0].Name != "李霞" || h.People[0].Spans[0] != (Span{0, len("李霞")}) {
			t.Errorf("%s: people = %+v", ix.Docs[h.Doc].ID(), h.People)
		}
	}
}

func TestSnippet(t *testing.T) {
	ix := New(testPack())
	res := ix.Search(Query{Text: "预算"})
	var got []string
	for _, h := range res.Hits {
		s, ok := ix.Snippet(h, 4, 20)
		if !ok {
			t.Fatalf("%s: no snippet", ix.Docs[h.Doc].ID())
		}
		var marks []string
		for _, p := range Marks(s.Text, s.Spans) {
			if p.Mark {
				marks = append(marks, p.Text)
			}
		}
		got = append(got, ix.Docs[h.Doc].ID()+":"+s.Text+":"+marks[0])
		if len(marks) == 0 {
			t.Errorf("snippet %q has no mark", s.Text)
		}
	}
	want := []string{
		"qx:取了财政预算报告。 代表们认为预算安排合理，预算:预算",
		"st-close:过了关于预算的决议。:预算",
	}
	if !slices.Equal(got, want) {
		t.Errorf("snippets\n got %q\nwant %q", got, want)
	}
}

// TestFoundPairNotSwapped checks that a term of two characters that its
// report matched outside the text (its title, its place) marks no word of
// its characters swapped in the text: the search looks for the swap only
// when nothing holds the term, which the marks cannot tell.
func TestFoundPairNotSwapped(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs, withText(doc("ts", "台山市人大闭幕", "台山市", 0, 0, parse.EventClosing, 0, ""), "会议在山台宾馆举行，选举了市长。"))
	d := len(p.Docs) - 1
	ix := New(p)
	const q = "台山 宾馆"
	res := ix.Search(Query{Text: q})
	if got := ids(ix, res.Docs()); !slices.Equal(got, []string{"ts"}) {
		t.Fatalf("hits = %q, want [ts]", got)
	}
	if marks := foundTexts(ix, d, q); !slices.Equal(marks, []string{"宾馆"}) {
		t.Errorf("the text marks %q, want [宾馆]", marks)
	}
}

func TestFacets(t *testing.T) {
	ix := New(testPack())
	res := ix.Search(Query{Text: "山亭", Events: []string{"opening"}})
	counts := map[string]map[string]int{}
	for _, f := range res.Facets {
		counts[f.Name] = map[string]int{}
		for _, v := range f.Values {
			counts[f.Name][v.Value] = v.Count
		}
	}
	// The event facet ignores the event filter; the others apply it.
	// Every value of the corpus is listed, with 0 for those no result has.
	want := map[string]map[string]int{
		FacetLevel: {"district": 2, "county": 0, None: 0},
		FacetEvent: {"opening": 2, "closing": 1, "preparatory": 1, "plenary": 1, "other": 0},
		FacetYear:  {"2023": 1, "2022": 1, "2024": 0, None: 0},
	}
	for dim, w := range want {
		for v, n := range w {
			if counts[dim][v] != n {
				t.Errorf("%s=%s: count %d, want %d", dim, v, counts[dim][v], n)
			}
		}
		if len(counts[dim]) != len(w) {
			t.Errorf("%s: values %v, want %v", dim, counts[dim], w)
		}
	}
	ev := res.Facets[1]
	var order []string
	for _, v := range ev.Values {
		order = append(order, v.Value)
	}
	if w := []string{"preparatory", "opening", "plenary", "closing", "other"}; !slices.Equal(order, w) {
		t.Errorf("event order %q, want %q", order, w)
	}
	if !ev.Values[1].Selected || ev.Values[0].Selected {
		t.Errorf("selected flags wrong: %+v", ev.Values)
	}

	// Another query lists the same values in the same places: a list of
	// them changes in counts alone as a query is typed.
	other := ix.Search(Query{Text: "清徐"})
	for i, f := range other.Facets {
		if a, b := facetNames(f), facetNames(res.Facets[i]); !slices.Equal(a, b) {
			t.Errorf("%s: values %q for 清徐, %q for 山亭", f.Name, a, b)
		}
	}
	// A value the query selects that no document has is kept, to
	// unselect it, in its place.
	years := ix.Search(Query{Years: []string{"2023", "1999"}}).Facets[2]
	if got, w := facetNames(years), []string{"2024", "2023", "2022", "1999", None}; !slices.Equal(got, w) {
		t.Errorf("years selecting 1999 = %q, want %q", got, w)
	}
	if !years.Values[3].Selected || years.Values[3].Count != 0 {
		t.Errorf("the selected year no document has: %+v", years.Values[3])
	}
}

// facetNames returns the values of a facet, in its order.
func facetNames(f Facet) []string {
	var out []string
	for _, v := range f.Values {
		out = append(out, v.Value)
	}
	return out
}

func TestQueryURL(t *testing.T) {
	tests := []struct {
		raw  string
		want Query
		enc  string
	}{
		{"q=%E7%8E%8B&level=city&level=county&year=2023", Query{Text: "王", Levels: []string{"city", "county"}, Years: []string{"2023"}},
			"level=city&level=county&q=%E7%8E%8B&year=2023"},
		{"q=&event=&event=closing&event=closing", Query{Events: []string{"closing"}}, "event=closing"},
		{"", Query{}, ""},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.raw)
		q := ParseQuery(v)
		if q.Text != tt.want.Text || !slices.Equal(q.Levels, tt.want.Levels) ||
			!slices.Equal(q.Events, tt.want.Events) || !slices.Equal(q.Years, tt.want.Years) {
			t.Errorf("ParseQuery(%q) = %+v, want %+v", tt.raw, q, tt.want)
		}
		if got := q.Encode(); got != tt.enc {
			t.Errorf("Encode = %q, want %q", got, tt.enc)
		}
	}
	q := Query{Text: "x"}.Toggle(FacetYear, "2023").Toggle(FacetLevel, "city")
	if !q.Has(FacetYear, "2023") || !q.Has(FacetLevel, "city") {
		t.Errorf("toggle on: %+v", q)
	}
	q2 := q.Toggle(FacetYear, "2023")
	if q2.Has(FacetYear, "2023") || !q.Has(FacetYear, "2023") {
		t.Errorf("toggle off changed the original or did not remove: %+v %+v", q, q2)
	}
	if got := (Query{Text: "  国  國 ", Years: nil}).Terms(); len(got) != 2 {
		t.Errorf("terms = %q", got)
	}
}

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"清徐县 闭幕", []string{"清徐县", "闭幕"}},
		{"清徐县\u3000閉幕", []string{"清徐县", "闭幕"}},
		{"王德海，清徐县、闭幕", []string{"王德海", "清徐县", "闭幕"}},
		{"王德海,清徐县;闭幕", []string{"王德海", "清徐县", "闭幕"}},
		{"“清徐县第十七届人民代表大会第三次会议闭幕”", []string{"清徐县第十七届人民代表大会第三次会议闭幕"}},
		{"《政府工作报告》（草案）", []string{"政府工作报告", "草案"}},
		{"阿沛·阿旺晋美", []string{"阿沛·阿旺晋美"}},
		{"xi'an 2024-01-20 3.5", []string{"xi'an", "2024-01-20", "3.5"}},
		{"GDP", []string{"gdp"}},
		{"Chongming renda", []string{"chongming", "人大"}},                                // a word of the congresses in pinyin
		{"Fuping Chang Wei Hui kaimu", []string{"fuping", "chang", "wei", "hui", "开幕"}}, // a word in one piece only
		{"Réndà bìmù", []string{"人大", "闭幕"}},
		{"renda2024", []string{"renda2024"}},
		{"，。 “”", nil},
	}
	for _, tt := range tests {
		if got := (Query{Text: tt.text}).Terms(); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestScanSearcherNarrows(t *testing.T) {
	p := testPack()
	s := NewScanSearcher(p.Records().Docs)
	docs := func(ms []TextMatch) []string {
		var out []string
		for _, m := range ms {
			out = append(out, p.Docs[m.Doc].ID)
		}
		return out
	}
	steps := []struct {
		phrase string
		within []int
		want   []string
	}{
		{"预", nil, []string{"st-close", "qx"}},
		{"预算", nil, []string{"st-close", "qx"}},         // narrowed from 预
		{"预算安排", nil, []string{"qx"}},                   // narrowed from 预算
		{"会议", nil, []string{"st-close", "qx", "town"}}, // not an extension: full scan
		{"会议", []int{5}, []string{"qx"}},
		{"会议", []int{}, nil},
	}
	for _, st := range steps {
		if got := docs(s.Find(st.phrase, st.within)); !slices.Equal(got, st.want) {
			t.Errorf("Find(%q, %v) = %q, want %q", st.phrase, st.within, got, st.want)
		}
	}
	if m := s.Find("预算", nil); len(m) != 2 || m[1].Count != 3 {
		t.Errorf("counts: %+v", m)
	}
}

// TestMatchesDocs checks the documents a term matched come ascending
// whether few (sorted) or many (read off the slots).
func TestMatchesDocs(t *testing.T) {
	for _, tt := range []struct {
		name  string
		docs  int
		match []int // in order of first match
	}{
		{"none", 100, nil},
		{"few, sorted", 100, []int{90, 5, 3}},
		{"many, off the slots", 40, []int{39, 0, 7, 8, 21, 3}},
		{"all", 5, []int{4, 3, 2, 1, 0}},
	} {
		m := &matches{slot: make([]int32, tt.docs)}
		for _, d := range tt.match {
			m.get(d)
		}
		want := slices.Sorted(slices.Values(tt.match))
		if got := m.docs(nil); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%s: docs() = %v, want %v", tt.name, got, want)
		}
	}
}

// TestSearchesShareNothing checks that a result stays as it was while later
// searches reuse the pooled arrays of matches, and that a search repeated
// after others answers as it did first.
func TestSearchesShareNothing(t *testing.T) {
	p := bigPack(600)
	scanned, indexed := New(p), New(p) // the body scanned; through the text index
	if err := indexed.UseTextIndex(textIndex(p, len(p.Docs))); err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"scanned": scanned, "indexed": indexed} {
		t.Run(name, func(t *testing.T) { searchesShareNothing(t, ix) })
	}
}

func searchesShareNothing(t *testing.T, ix *Index) {
	qs := []string{"会议", "张1", "某12县 闭幕", "李", "县", "第11届", "会议第", "某1县 张", "人民代表大会"}
	first := make([]Result, len(qs))
	copies := make([][]Hit, len(qs))
	for i, q := range qs {
		first[i] = ix.SearchTop(Query{Text: q}, 20)
		copies[i] = deepHits(first[i].Hits)
		if len(copies[i]) == 0 {
			t.Fatalf("%q: no hits", q)
		}
	}
	for i, q := range qs {
		if !reflect.DeepEqual(first[i].Hits, copies[i]) {
			t.Errorf("%q: hits changed by later searches", q)
		}
		if again := ix.SearchTop(Query{Text: q}, 20); !reflect.DeepEqual(again.Hits, copies[i]) || !slices.Equal(again.Docs(), first[i].Docs()) {
			t.Errorf("%q: searched again, a different answer", q)
		}
	}
}

// deepHits copies hits and every slice they hold.
func deepHits(hs []Hit) []Hit {
	out := make([]Hit, len(hs))
	for i, h := range hs {
		h.Title, h.Locality = slices.Clone(h.Title), slices.Clone(h.Locality)
		h.Body, h.Terms = slices.Clone(h.Body), slices.Clone(h.Terms)
		people := make([]NameHit, len(h.People))
		for j, p := range h.People {
			p.Spans = slices.Clone(p.Spans)
			people[j] = p
		}
		if h.People == nil {
			people = nil
		}
		h.People = people
		out[i] = h
	}
	return out
}

// TestSearchNear checks that a body phrase typed with a slip finds the
// report that holds it, with the text's own words marked in the snippet,
// and that a phrase some report holds as typed is not looked for near.
// exactOnly is a TextSearcher that finds phrases only as typed.
type exactOnly struct{ TextSearcher }

// TestSearchNearNeedsNearSearcher checks that a body-text searcher that
// cannot look for phrases near gives no near matches and no note saying
// they were looked for.
func TestSearchNearNeedsNearSearcher(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs, doc("b", "乙", "", 0, 0, parse.EventOther, 0, ""))
	p.Docs[len(p.Docs)-1].Text = "区人大常委主任缺席。"
	ix := New(p)
	const q = "人大常委会主任" // near in b
	if res := ix.Search(Query{Text: q}); len(res.Near) != 1 {
		t.Fatalf("near %q with the scanner, want %q", res.Near, q)
	}
	ix.SetTextSearcher(exactOnly{NewScanSearcher(ix.Docs)})
	if res := ix.Search(Query{Text: q}); len(res.Hits) != 0 || res.Near != nil {
		t.Errorf("hits %q, near %q: want neither without a NearSearcher", ids(ix, res.Docs()), res.Near)
	}
}

func TestSearchNear(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs,
		doc("a", "甲", "", 0, 0, parse.EventOther, 0, ""),
		doc("b", "乙", "", 0, 0, parse.EventOther, 0, ""),
		doc("c", "汾阳市人民代表大会闭幕", "汾阳市", 0, 0, parse.EventClosing, 0, ""),
		doc("d", "丙", "", 0, 0, parse.EventOther, 0, ""),
	)
	a, b, c, d := len(p.Docs)-4, len(p.Docs)-3, len(p.Docs)-2, len(p.Docs)-1
	p.Docs[a].Text = "区人大常委会主任作工作报告。"
	p.Docs[b].Text = "区人大常委主任缺席。"
	p.Docs[c].Text = "会议闭幕。"
	p.Docs[d].Text = "汾阳市人民代表会召开，会议选举了主任。"
	for _, i := range []int{a, b, c, d} {
		p.Docs[i].Original = p.Docs[i].Text
	}
	tests := []struct {
		name, q string
		want    []string // ids, in order
		marked  string   // the snippet's mark in the first hit
		near    []string // the terms looked for near
	}{
		{"a character left out", "研究乡振兴", []string{"town"}, "研究乡村振兴", []string{"研究乡振兴"}},
		{"a wrong character", "预算按排合理", []string{"qx"}, "预算安排合理", []string{"预算按排合理"}},
		{"two characters swapped", "表决通过了于关预算", []string{"st-close"}, "表决通过了关于预算", []string{"表决通过了于关预算"}},
		{"a character too many", "表决通过了关于的预算", []string{"st-close"}, "表决通过了关于预算", []string{"表决通过了关于的预算"}},
		{"with another term", "王德海 表决通了关于", []string{"st-close"}, "表决通过了关于", []string{"表决通了关于"}},
		{"as typed in one report: not near in another", "人大常委主任", []string{"b"}, "人大常委主任", nil},
		{"as typed", "人大常委会主任", []string{"a"}, "人大常委会主任", nil},
		{"near in two", "人大常委副主任", []string{"a", "b"}, "", []string{"人大常委副主任"}},
		// found nowhere near, nor by its words of two: by its halves
		{"two slips apart", "表决通了于关预算", []string{"st-close"}, "表决通过了关于预算", []string{"表决通了", "于关预算"}},
		{"two slips together", "表决通过了于关算预", nil, "", []string{"表决通过了于关算预"}},
		// two characters swapped, in a phrase cut by 、: only when nothing holds them
		{"a pair swapped", "区人大、任主、作工作报告", []string{"a"}, "", []string{"任主"}},
		{"three characters, one left out", "乡振兴", []string{"town"}, "乡村振兴", []string{"乡振兴"}},
		{"three characters, one wrong: not near", "乡对振", nil, "", []string{"乡对振"}},
		{"too short to be near", "乡兴", nil, "", nil},
		{"a title no text holds: looked for near, but held as typed", "清徐县第十七届人民代表大会第三次会议闭幕", []string{"qx"}, "", nil},
		{"held as typed in a title: not looked for near", "汾阳市人民代表大会", []string{"c"}, "", nil},
		{"held as typed only where another term rules it out: near", "会议选举 汾阳市人民代表大会", []string{"d"}, "", nil},
		{"held as typed, before another term: near", "汾阳市人民代表大会 会议选举", []string{"d"}, "", nil},
	}
	ix := New(p)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ix.Search(Query{Text: tt.q})
			got := ids(ix, res.Docs())
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("hits = %q, want %q", got, tt.want)
			}
			if !slices.Equal(res.Near, tt.near) {
				t.Errorf("looked for near: %q, want %q", res.Near, tt.near)
			}
			if tt.marked == "" {
				return
			}
			s, ok := ix.Snippet(res.Hits[0], 4, 20)
			if !ok {
				t.Fatal("no snippet")
			}
			var marks []string
			for _, p := range Marks(s.Text, s.Spans) {
				if p.Mark {
					marks = append(marks, p.Text)
				}
			}
			if !slices.Equal(marks, []string{tt.marked}) {
				t.Errorf("snippet %q marks %q, want %q", s.Text, marks, tt.marked)
			}
		})
	}
}

// TestSearchSplit checks the words of a long term looked for apart when no
// report holds the terms as typed: the hits, the terms so split, and what
// their snippets and texts mark.
func TestSearchSplit(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs,
		doc("a", "越秀区人大闭幕", "越秀区", 0, 0, parse.EventClosing, 0, ""),
		doc("b", "天河区人大闭幕", "天河区", 0, 0, parse.EventClosing, 0, ""),
	)
	a, b := len(p.Docs)-2, len(p.Docs)-1
	p.Docs[a].Text = "广州市人大常委会副主任到会。会议以无记名投票方式，补选邓嘉明为越秀区人民政府副区长。"
	p.Docs[b].Text = "会议补选副区长一名。"
	for _, i := range []int{a, b} {
		p.Docs[i].Original = p.Docs[i].Text
	}
	tests := []struct {
		q     string
		want  []string // ids, in order
		split []string
		marks []string // what the text of the first hit marks
	}{
		{"补选副区长", []string{"b"}, nil, []string{"补选副区长"}},                              // as typed: not split
		{"越秀区 补选副区长", []string{"a"}, []string{"补选副区长"}, []string{"补选", "越秀区", "副区长"}}, // its words apart
		{"越秀区 长区副", nil, nil, nil},                                                    // three characters: as typed only
		{"越秀区 补选副县长", nil, nil, nil},                                                  // a word no report holds: not split
		{"投票补选", []string{"a"}, []string{"投票补选"}, []string{"投票", "补选"}},
		{"广州市越秀区", []string{"a"}, []string{"广州市越秀区"}, []string{"广州市", "越秀区"}}, // its places apart
		{"副区长邓嘉明", []string{"a"}, []string{"副区长邓嘉明"}, []string{"邓嘉明", "副区长"}}, // a post and a name apart
		// the place with the verb before it is held nowhere: the words of two
		{"补选越秀区人民政府副区长", []string{"a"}, []string{"补选越秀区人民政府副区长"}, []string{"补选", "越秀区人民政府副区长"}},
	}
	ix := New(p)
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := ix.Search(Query{Text: tt.q})
			if got := ids(ix, res.Docs()); !slices.Equal(got, tt.want) {
				t.Fatalf("hits = %q, want %q", got, tt.want)
			}
			if !slices.Equal(res.Split, tt.split) {
				t.Errorf("split %q, want %q", res.Split, tt.split)
			}
			for i, s := range res.Split {
				if !slices.ContainsFunc(Cuts(s), func(c []string) bool { return slices.Equal(c, res.SplitAs[i]) }) {
					t.Errorf("%q looked for as %q, not one of its cuts %q", s, res.SplitAs[i], Cuts(s))
				}
			}
			if len(tt.want) == 0 {
				return
			}
			if marks := foundTexts(ix, res.Hits[0].Doc, tt.q); !slices.Equal(marks, tt.marks) {
				t.Errorf("the text marks %q, want %q", marks, tt.marks)
			}
		})
	}
	for term, want := range map[string][]string{
		"补选副区长": {"补选", "副区", "区长"}, "投票补选": {"投票", "补选"}, "补选副": nil, "补选x区长": nil, "renda": nil,
		"尚志市亚布力镇": {"尚志市", "亚布力镇"}, "西藏自治区人大": {"西藏自治区", "人大"}, "县人大常委会": {"县人", "大常", "委会"},
		"湄潭县金花镇人代会": {"湄潭县", "金花镇", "人代会"}, "全市人大代表": {"全市", "人大", "代表"},
		"秘书长莫海燕": {"秘书长", "莫海燕"}, "副市长欧阳晓岚": {"副市长", "欧阳晓岚"}, "县人大常委会主任向东林": {"县人大常委会主任", "向东林"},
		"人大常委会主任": {"人大", "常委", "会主", "主任"}, "副县长王伟": {"副县长", "王伟"},
		"温宿县人民法院院长候选人": {"温宿县", "人民法院院长候选人"}, "阳城县2026年预算草案": {"阳城县", "2026", "年预算草案"},
	} {
		if got := Words(term); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", term, got, want)
		}
	}
	// the last cuts: the term in two, at the middle first
	for term, want := range map[string][][]string{
		"强美富高新江都":   {{"强美富", "高新江都"}, {"强美富高", "新江都"}},
		"学前学普成果持巩固": {{"学前学普", "成果持巩固"}, {"学前学普成", "果持巩固"}, {"学前学", "普成果持巩固"}, {"学前学普成果", "持巩固"}},
		"补选副区长":     nil,
		"全市人大代表":    {{"全市人", "大代表"}},
	} {
		cs := Cuts(term)
		if got := cs[len(cs)-len(want):]; !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("Cuts(%q) ends %q, want %q", term, got, want)
		}
	}
}

// TestSearchSwappedShort checks that a term of three to five characters
// typed with two neighbours swapped, too short to be looked for near, is
// found by its swapped forms, with the near note, and marked where found.
func TestSearchSwappedShort(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs, withText(doc("cand", "主席团举行第二次会议", "三江侗族自治县", 0, 0, parse.EventOther, 0, ""), "会议确定副县长正式候选人石雪梅，县人民法院院长正式候选人荣光辉。"))
	c := len(p.Docs) - 1
	tests := []struct {
		q     string
		want  []string
		near  []string
		marks []string
	}{
		{"荣光辉", []string{"cand"}, nil, []string{"荣光辉"}},
		{"荣辉光", []string{"cand"}, []string{"荣辉光"}, []string{"荣光辉"}},
		{"光荣辉", []string{"cand"}, []string{"光荣辉"}, []string{"荣光辉"}},
		{"辉荣光", nil, []string{"辉荣光"}, nil}, // not two neighbours swapped
		{"荣辉", nil, nil, nil}, // two characters: no swapped form
		{"荣光", []string{"cand"}, nil, []string{"荣光"}},
		{"候选人 石梅雪", []string{"cand"}, []string{"石梅雪"}, []string{"候选人石雪梅", "候选人"}},
		{"院长式正候", []string{"cand"}, []string{"院长式正候"}, []string{"院长正式候"}},
	}
	ix := New(p)
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := ix.Search(Query{Text: tt.q})
			if got := ids(ix, res.Docs()); !slices.Equal(got, tt.want) {
				t.Fatalf("hits = %q, want %q", got, tt.want)
			}
			if !slices.Equal(res.Near, tt.near) {
				t.Errorf("near %q, want %q", res.Near, tt.near)
			}
			if marks := foundTexts(ix, c, tt.q); !slices.Equal(marks, tt.marks) {
				t.Errorf("the text marks %q, want %q", marks, tt.marks)
			}
		})
	}
}

// foundTexts returns what the text of document doc marks for query q
// (Index.Found).
func foundTexts(ix *Index, doc int, q string) []string {
	var marks []string
	for _, s := range ix.Found(doc, Query{Text: q}) {
		marks = append(marks, ix.Docs[doc].Text()[s.Start:s.End])
	}
	return marks
}

// TestSearchSource checks that a term the page gives only in its source
// (the outlet, kept out of the body text) finds it, below a report that
// holds the term itself, and that such a hit marks nothing in the body.
func TestSearchSource(t *testing.T) {
	p := testPack()
	p.Docs = append(p.Docs,
		doc("roundup", "我县各乡镇人民代表大会陆续召开", "", 0, 0, parse.EventOther, 0, ""),
		doc("county", "隆回县第十八届人民代表大会第四次会议开幕", "隆回县", 18, 4, parse.EventOpening, 1, ""),
	)
	r, c := len(p.Docs)-2, len(p.Docs)-1
	p.Docs[r].Source = "隆回縣融媒體中心" // as printed: folded for search
	p.Docs[r].Text = "近日，全县各乡镇人民代表大会陆续召开。"
	p.Docs[c].Source = "邵阳日报"
	for _, i := range []int{r, c} {
		p.Docs[i].Original = p.Docs[i].Text
	}
	tests := []struct {
		q    string
		want []string // ids, in order
	}{
		{"隆回县 各乡镇", []string{"roundup"}},
		{"隆回县", []string{"county", "roundup"}}, // the title holding it first
		{"融媒体中心", []string{"roundup"}},
		{"邵阳日报", []string{"county"}},
		{"融", nil},      // one character names no outlet
		{"日报 各乡镇", nil}, // each term in another report
	}
	ix := New(p)
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := ix.Search(Query{Text: tt.q})
			if got := ids(ix, res.Docs()); !slices.Equal(got, tt.want) {
				t.Fatalf("hits = %q, want %q", got, tt.want)
			}
			for _, h := range res.Hits {
				if h.Doc == r && slices.Contains(h.Terms, "隆回县") {
					t.Errorf("the roundup's body marked for 隆回县, which only its source holds: %v", h.Body)
				}
			}
		})
	}
}

// TestFound checks the places a document's text holds a query's terms,
// in its own characters: every place as typed, near when nowhere as typed,
// none without the text.
func TestFound(t *testing.T) {
	p := testPack()
	p.Docs[5].Text = "會議聽取了財政預算報告。\n代表們認為預算安排合理，预算执行良好。"
	ix := New(p)
	qx, _ := ix.Doc("qx")
	marked := func(doc int, q string) []string {
		var out []string
		for _, s := range ix.Found(doc, Query{Text: q}) {
			out = append(out, ix.Docs[doc].Text()[s.Start:s.End])
		}
		return out
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"预算", []string{"預算", "預算", "预算"}},            // traditional and simplified, as the text writes them
		{"预算 报告", []string{"預算報告", "預算", "预算"}},       // both terms, in order of the text, touching places joined
		{"预算按排合理", []string{"預算安排合理"}},                // near: a wrong character
		{"财政预算报告 预算", []string{"財政預算報告", "預算", "预算"}}, // overlapping places joined
		{"不存在的词语", nil},
	}
	for _, tt := range tests {
		if got := marked(qx, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("Found(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	records := testPack()
	for i := range records.Docs {
		records.Docs[i].Text = ""
	}
	noText := New(records)
	noText.MarkTextsPending(len(records.Docs))
	if got := noText.Found(qx, Query{Text: "预算"}); got != nil {
		t.Errorf("Found without the text = %v", got)
	}
}
