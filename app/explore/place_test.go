package explore

import (
	"slices"
	"testing"

	"renda/app/corpus"
	"renda/parse"
	"renda/parse/region"
)

func TestRegionNames(t *testing.T) {
	for _, tc := range []struct {
		r    region.Region
		want []string
	}{
		{region.Region{Province: "山东省", Prefecture: "枣庄市", County: "山亭区"}, []string{"山东省", "山东", "枣庄市", "枣庄"}},
		{region.Region{Province: "内蒙古自治区", Prefecture: "锡林郭勒盟"}, []string{"内蒙古自治区", "内蒙古", "锡林郭勒盟", "锡林郭勒"}},
		{region.Region{Province: "广西壮族自治区", Prefecture: "南宁市"}, []string{"广西壮族自治区", "广西", "南宁市", "南宁"}},
		{region.Region{Province: "北京市", County: "朝阳区"}, []string{"北京市", "北京"}},
		{region.Region{Province: "吉林省", Prefecture: "延边朝鲜族自治州"}, []string{"吉林省", "吉林", "延边朝鲜族自治州"}},
		{region.Region{Province: "香港特别行政区"}, []string{"香港特别行政区", "香港"}},
		{region.Region{Province: "黑龙江省", Prefecture: "大兴安岭地区"}, []string{"黑龙江省", "黑龙江", "大兴安岭地区", "大兴安岭"}},
		{region.Region{Prefecture: "某市"}, []string{"某市"}},
		{region.Region{}, nil},
	} {
		if got := regionNames(&tc.r); !slices.Equal(got, tc.want) {
			t.Errorf("regionNames(%+v) = %q, want %q", tc.r, got, tc.want)
		}
	}
}

// TestSearchRegions checks that a province or prefecture, in full or
// short, finds the reports of its places that never name it, beside other
// terms; a part of a name finds nothing by region.
func TestSearchRegions(t *testing.T) {
	shandong := &region.Region{Province: "山东省", Prefecture: "枣庄市", County: "山亭区"}
	shanxi := &region.Region{Province: "山西省", Prefecture: "长治市", County: "沁源县"}
	p := corpus.Pack{Docs: []corpus.Doc{
		{Record: parse.Record{ID: "a", Title: "区人大开幕", Locality: "山亭区", Term: 10, Session: 2, Region: shandong}},
		{Record: parse.Record{ID: "b", Title: "区人大闭幕", Locality: "山亭区", Term: 10, Session: 2, Region: shandong}},
		{Record: parse.Record{ID: "c", Title: "县人大开幕", Locality: "沁源县", Term: 17, Session: 7, Region: shanxi}},
		{Record: parse.Record{ID: "d", Title: "某县会议", Locality: "某县"}},
	}}
	ix := New(p)
	checkSearches(t, ix, []searchCase{
		{"山东", []string{"a", "b"}},
		{"山东省", []string{"a", "b"}},
		{"枣庄", []string{"a", "b"}},
		{"枣庄市 闭幕", []string{"b"}},
		{"长治 沁源", []string{"c"}},
		{"山西", []string{"c"}},
		{"东", nil},
		{"太原", nil},
	})
}
