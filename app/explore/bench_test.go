package explore

import (
	"strconv"
	"strings"
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

// bigPack is a synthetic corpus of n reports of about 3,000 characters.
func bigPack(n int) corpus.Pack {
	body := strings.Repeat("会议听取和审议了政府工作报告，代表们认为报告实事求是，目标明确，措施有力。", 40)
	docs := make([]corpus.Doc, n)
	for i := range docs {
		s := strconv.Itoa
		docs[i] = corpus.Doc{Record: parse.Record{
			ID:       "d" + s(i),
			Title:    "某" + s(i%300) + "县第" + s(10+i%5) + "届人民代表大会第" + s(1+i%6) + "次会议闭幕",
			Locality: "某" + s(i%300) + "县", Level: "county", Term: 10 + i%5, Session: 1 + i%6,
			Event: "closing", Date: s(2000+i%25) + "-0" + s(1+i%9) + "-1" + s(i%9),
			Presiding: []string{"张" + s(i%500)}, Rostrum: []string{"李" + s(i%700), "赵" + s(i%900)},
			Text: body + "第" + s(i) + "篇。",
		}}
	}
	return corpus.Pack{Docs: docs}
}

func BenchmarkSearch(b *testing.B) {
	ix := New(bigPack(8000))
	for _, q := range []string{"张1", "政府工作报告", "某12县 闭幕", "不存在", "zhang", "mou12xian", "zx"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(Query{Text: q})
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	p := bigPack(8000)
	for b.Loop() {
		New(p)
	}
}
