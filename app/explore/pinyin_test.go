package explore

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"renda/app/corpus"
	"renda/parse"
	"renda/parse/region"
)

// regionPack is testPack with regions: 清徐县 in 山西省, 山亭区 in 山东省.
func regionPack() *Index {
	p := testPack()
	for i := range p.Docs {
		switch p.Docs[i].Locality {
		case "清徐县":
			p.Docs[i].Region = &region.Region{Province: "山西省", Prefecture: "太原市", County: "清徐县", Code: "140121"}
		case "山亭区":
			p.Docs[i].Region = &region.Region{Province: "山东省", Prefecture: "枣庄市", County: "山亭区", Code: "370406"}
		}
	}
	return New(p)
}

func TestSearchPinyin(t *testing.T) {
	ix := New(testPack())
	tests := []struct {
		q    string
		want []string // ids, any order
	}{
		{"qingxu", []string{"qx"}},
		{"qingxuxian", []string{"qx"}},
		{"qing xu", []string{"qx"}},
		{"Qing Xu", []string{"qx"}},
		{"ｑｉｎｇｘｕ", []string{"qx"}},
		{"qx", []string{"qx"}},
		{"qxx", []string{"qx"}},
		{"wangdehai", []string{"st-close", "st-1-1"}},
		{"wang dehai", []string{"st-close", "st-1-1"}},
		{"wdh", []string{"st-close", "st-1-1"}},
		{"yuandongmei", []string{"qx"}},
		{"shanting", []string{"st-close", "st-open", "st-prep", "st-plen2", "st-1-1"}},
		{"zzzq", nil},
		{"shanting renda", []string{"st-close", "st-open", "st-prep", "st-plen2", "st-1-1"}}, // 人大 in the titles
		{"qingxu bimu", []string{"qx"}},
		// a name typed as surname and given name beside other terms:
		// the two joined in place
		{"Wang Dehai Shanting", []string{"st-close", "st-1-1"}},
		{"wang dehai bimu", []string{"st-close"}},
		{"shanting wang dehai", []string{"st-close", "st-1-1"}},
		{"Yuan Dongmei qingxu", []string{"qx"}},
		{"wang dehai qingxu", nil},
		// a word of pinyinWords typed in two (yubeihuiyi: 预备会议)
		{"Shanting yubei huiyi", []string{"st-prep"}},
		{"Qīngxú", []string{"qx"}},
		// a unit after the name: the places of that unit
		{"qingxu xian", []string{"qx"}},
		{"Shanting qu renda", []string{"st-close", "st-open", "st-prep", "st-plen2", "st-1-1"}},
		{"qingxu shi", nil}, // 清徐 is a county
		{"xian", []string{"qx", "nodate"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := ids(ix, ix.Search(Query{Text: tt.q}).Docs())
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %q, want %q", tt.q, got, want)
			}
		})
	}
}

// TestSearchPinyinInParts gives an index no spellings, then the places',
// then the people's, as the browser gets them: each latin query matches
// what is in, and names without a spelling match nothing.
func TestSearchPinyinInParts(t *testing.T) {
	p := testPack()
	b, err := NewSpellings(corpus.Summaries(p.Docs)).Encode()
	if err != nil {
		t.Fatal(err)
	}
	placeParts, peopleParts, err := SplitSpellings(b, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	read := func(parts [][]byte) *Spellings {
		var sp Spellings
		for _, part := range parts {
			if err := sp.AddBinary(part); err != nil {
				t.Fatal(err)
			}
		}
		return &sp
	}
	ix := NewWithoutPinyin(p.Records())
	found := func(q string) []string {
		got := ids(ix, ix.Search(Query{Text: q}).Docs())
		slices.Sort(got)
		return got
	}
	steps := []struct {
		give            *Spellings
		place, person   []string // what qingxu and wangdehai find
		spelled, hasAny bool
	}{
		{nil, nil, nil, false, false},
		{&Spellings{}, nil, nil, false, false},
		{read(placeParts), []string{"qx"}, nil, false, true},
		{read(peopleParts), []string{"qx"}, []string{"st-1-1", "st-close"}, true, true},
	}
	for i, st := range steps {
		ix.UseSpellings(st.give)
		if got := found("qingxu"); !slices.Equal(got, st.place) {
			t.Errorf("step %d: qingxu finds %q, want %q", i, got, st.place)
		}
		if got := found("wangdehai"); !slices.Equal(got, st.person) {
			t.Errorf("step %d: wangdehai finds %q, want %q", i, got, st.person)
		}
		if got := ix.Pinyin("王德海", true) != ""; got != st.spelled {
			t.Errorf("step %d: 王德海 spelled %v", i, got)
		}
		if ix.HasSpellings() != st.hasAny {
			t.Errorf("step %d: HasSpellings %v", i, !st.hasAny)
		}
	}
}

func TestSearchPinyinShown(t *testing.T) {
	ix := New(testPack())
	res := ix.Search(Query{Text: "qx"})
	if len(res.Hits) != 1 {
		t.Fatalf("hits = %d, want 1", len(res.Hits))
	}
	h := res.Hits[0]
	if h.LocalityPinyin != "qing xu xian" {
		t.Errorf("LocalityPinyin = %q, want %q", h.LocalityPinyin, "qing xu xian")
	}
	if len(h.Locality) != 1 || h.Locality[0] != (Span{0, len("清徐县")}) {
		t.Errorf("Locality spans = %v, want the whole name", h.Locality)
	}
	res = ix.Search(Query{Text: "wdh"})
	for _, h := range res.Hits {
		if len(h.People) != 1 || h.People[0].Name != "王德海" || h.People[0].Pinyin != "wang de hai" {
			t.Errorf("doc %s: people %+v, want 王德海 with wang de hai", ix.Docs[h.Doc].ID(), h.People)
		}
	}
}

// TestSearchPinyinDetail checks the details of a document whose place and
// two people one latin term matched by pinyin: made for the hits shown
// from the chain the match kept.
func TestSearchPinyinDetail(t *testing.T) {
	d := doc("w", "王家镇人民代表大会开幕", "王家镇", 0, 0, parse.EventOpening, 0, "")
	d.Presiding = []string{"王伟", "汪洋"}
	other := doc("o", "李庄镇人民代表大会开幕", "李庄镇", 0, 0, parse.EventOpening, 0, "")
	other.Presiding = []string{"李明"}
	ix := New(corpus.Pack{Docs: []corpus.Doc{d, other}})
	res := ix.SearchTop(Query{Text: "wang"}, 20)
	if len(res.Hits) != 1 || ix.Docs[res.Hits[0].Doc].ID() != "w" {
		t.Fatalf("hits = %v, want the one of 王家镇", ids(ix, res.Docs()))
	}
	h := res.Hits[0]
	if h.LocalityPinyin != "wang jia zhen" || !slices.Equal(h.Locality, []Span{{0, len("王家镇")}}) {
		t.Errorf("place: %q %v, want wang jia zhen over the whole name", h.LocalityPinyin, h.Locality)
	}
	got := map[string]string{}
	for _, p := range h.People {
		if !slices.Equal(p.Spans, []Span{{0, len(p.Name)}}) {
			t.Errorf("%s: spans %v, want the whole name", p.Name, p.Spans)
		}
		got[p.Name] = p.Pinyin
	}
	if want := map[string]string{"王伟": "wang wei", "汪洋": "wang yang"}; !maps.Equal(got, want) {
		t.Errorf("people %v, want %v", got, want)
	}
}

// TestSearchPinyinDelegation: a delegation's place in a headline is found
// by its pinyin, though the locality is the province's or city's whose
// session it attends, and is marked in the title; a place the report
// covers that its title does not name (a roundup's second, a delegation
// named in the body) is found too, and given with its spelling.
func TestSearchPinyinDelegation(t *testing.T) {
	yushu := doc("ys", "玉树代表团审议政府工作报告", "青海省", 14, 3, parse.EventOther, 0, "2025-01-19")
	yushu.Places = []string{"青海省", "玉树"}
	xianju := doc("xj", "出席市人代会的仙居县代表团分组审议", "台州市", 6, 4, parse.EventOther, 0, "2025-01-08")
	xianju.Places = []string{"台州市", "仙居县"}
	other := doc("o", "海东代表团审议政府工作报告", "青海省", 14, 3, parse.EventOther, 0, "2025-01-19")
	other.Places = []string{"青海省", "海东"}
	roundup := doc("lt", "龙潭、麻旺两镇人代会胜利闭幕", "龙潭镇", 18, 5, parse.EventClosing, 0, "2025-01-04")
	roundup.Places = []string{"龙潭镇", "麻旺镇"}
	county := doc("cz", "县十八届人大四次会议各代表团分组审议政府工作报告", "", 18, 4, parse.EventOther, 0, "2025-12-28")
	county.Places = []string{"低庄镇", "大江口镇"}
	ix := New(corpus.Pack{Docs: []corpus.Doc{yushu, xianju, other, roundup, county}})
	for _, c := range []struct{ q, want, place, shown string }{
		{"mawangzhen", "lt", "麻旺镇", "ma wang zhen"}, {"dajiangkou", "cz", "大江口镇", "da jiang kou zhen"},
	} {
		res := ix.SearchTop(Query{Text: c.q}, 20)
		if got := ids(ix, res.Docs()); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: hits %v, want [%s]", c.q, got, c.want)
			continue
		}
		h := res.Hits[0]
		want := []NameHit{{Name: c.place, Spans: []Span{{0, len(c.place)}}, Pinyin: c.shown}}
		if !reflect.DeepEqual(h.Places, want) || len(h.Title) != 0 || len(h.Locality) != 0 {
			t.Errorf("%s: places %+v, title %v, locality %v; want %+v alone", c.q, h.Places, h.Title, h.Locality, want)
		}
	}
	for _, c := range []struct{ q, want, place string }{
		{"yushu", "ys", "玉树"}, {"Yushu daibiaotuan", "ys", "玉树代表团"}, // 代表团 by its pinyin too
		{"xianju", "xj", "仙居县"}, {"xianjuxian", "xj", "仙居县"},
	} {
		res := ix.SearchTop(Query{Text: c.q}, 20)
		if got := ids(ix, res.Docs()); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: hits %v, want [%s]", c.q, got, c.want)
			continue
		}
		h := res.Hits[0]
		title := ix.Docs[h.Doc].Title()
		if len(h.Title) != 1 || title[h.Title[0].Start:h.Title[0].End] != c.place || len(h.Locality) != 0 {
			t.Errorf("%s: title spans %v, locality spans %v; want %s marked in the title alone", c.q, h.Title, h.Locality, c.place)
		}
	}
	if got := ids(ix, ix.SearchTop(Query{Text: "qinghai"}, 20).Docs()); len(got) != 2 {
		t.Errorf("qinghai: hits %v, want both of 青海省's reports", got)
	}
}

func TestSearchScriptInsensitive(t *testing.T) {
	ix := New(testPack())
	tests := []struct {
		name, q string
		want    []string
	}{
		{"traditional place finds simplified", "清徐縣", []string{"qx"}},
		{"traditional body phrase", "鄉村振興", []string{"town"}},
		{"traditional name", "王德海 閉幕", []string{"st-close"}},
		{"full-width latin", "ＧＤＰ", []string{"town"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(ix, ix.Search(Query{Text: tt.q}).Docs())
			if !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	// And the reverse: a simplified query finds a traditional text.
	p := testPack()
	p.Docs[6].Text = "鎮人大主席團召開會議，研究鄉村振興。"
	p.Docs[5].Title = "清徐縣第十七屆人民代表大會第三次會議閉幕"
	ix = New(p)
	for q, want := range map[string]string{"乡村振兴": "town", "清徐县第十七届": "qx"} {
		if got := ids(ix, ix.Search(Query{Text: q}).Docs()); !slices.Equal(got, []string{want}) {
			t.Errorf("Search(%q) over traditional text = %q, want [%s]", q, got, want)
		}
	}
}

func TestProvinceFacet(t *testing.T) {
	ix := regionPack()
	res := ix.Search(Query{})
	var got []FacetValue
	for _, f := range res.Facets {
		if f.Name == FacetProvince {
			got = f.Values
		}
	}
	want := []FacetValue{{Value: "山东省", Count: 5}, {Value: "山西省", Count: 1}, {Value: None, Count: 2}}
	if !slices.Equal(got, want) {
		t.Errorf("province facet = %+v, want %+v", got, want)
	}
	q := ParseQuery(Query{Provinces: []string{"山西省"}}.Values())
	if got := ids(ix, ix.Search(q).Docs()); !slices.Equal(got, []string{"qx"}) {
		t.Errorf("province=山西省: %q, want [qx]", got)
	}
	if e := (Query{Provinces: []string{"山西省"}}).Encode(); e != "province=%E5%B1%B1%E8%A5%BF%E7%9C%81" {
		t.Errorf("Encode = %q", e)
	}
}

func TestPinyinOrder(t *testing.T) {
	tests := []struct {
		in     []string
		person bool
		want   []string
	}{
		{[]string{"厦门市", "长沙市", "重庆市", "北京市"}, false, []string{"北京市", "长沙市", "重庆市", "厦门市"}},
		{[]string{"王德海", "曾志", "单田芳", "李霞", "安平"}, true, []string{"安平", "李霞", "单田芳", "王德海", "曾志"}},
	}
	for _, tt := range tests {
		if got := PinyinSorted(tt.in, tt.person); !slices.Equal(got, tt.want) {
			t.Errorf("PinyinSorted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ix := New(testPack())
	if got, want := ix.People(), []string{"李霞", "刘洪鹏", "孟凡超", "王德海", "苑冬梅"}; !slices.Equal(got, want) {
		t.Errorf("People() = %q, want %q", got, want)
	}
	if got, want := ix.Places(), []string{"某县", "清徐县", "山亭区"}; !slices.Equal(got, want) {
		t.Errorf("Places() = %q, want %q", got, want)
	}
}

func TestWantsPinyin(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"王德海", false},
		{"2023 清徐县", false},
		{"wangdehai", true},
		{"清徐县 wdh", true},
		{"ＱＸ", true}, // full-width letters fold
		{"qing xu", true},
		{"12", false},
	} {
		if got := WantsPinyin(c.text); got != c.want {
			t.Errorf("WantsPinyin(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
