package explore_test

import (
	"fmt"
	"io"
	"os"
	"testing"

	"renda/app/explore"
	"renda/app/site"
)

func TestZZQueries(t *testing.T) {
	pack, err := site.LoadCorpus(os.DirFS("../../seeds"), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix := explore.New(pack)
	for _, q := range []string{
		"山西", "山西省", "山东", "枣庄", "太原", "清徐", "朔州", "平鲁", "晋中", "长治 沁源", "shanxi", "忻州 闭幕", "县级", "区人大", "市人大常委会", "开幕 2024", "2024 开幕", "闭幕 2023年", "沁源 十七届七次", "清徐 十七届二次", "第二次会议 清徐", "朔州平鲁区", "朔州平鲁区八届五次", "清徐县人大第十七届二次",
	} {
		r := ix.Search(explore.Query{Text: q})
		var ids []string
		for _, h := range r.Hits[:min(5, len(r.Hits))] {
			ids = append(ids, ix.Docs[h.Doc].ID[:3])
		}
		fmt.Printf("%-30s %d %v\n", q, len(r.Hits), ids)
	}
}
