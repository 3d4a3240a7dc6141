package explore

import (
	"reflect"
	"testing"

	"renda/app/corpus"
	"renda/app/gen"
	"renda/app/textindex"
	"renda/parse"
)

// genPack parses n generated reports into a pack.
func genPack(t testing.TB, n int, seed uint64) corpus.Pack {
	t.Helper()
	g := gen.NewGenerator(seed)
	var p corpus.Pack
	for i := 1; i <= n; i++ {
		data, _, err := g.Report(i)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := parse.Parse(gen.FileName(i), data)
		if err != nil {
			t.Fatal(err)
		}
		p.Docs = append(p.Docs, corpus.Doc{Record: rec})
	}
	return p
}

// textIndex builds the text index of the first n documents of p.
func textIndex(p corpus.Pack, n int) *textindex.Index {
	texts := make([]string, n)
	for i := range texts {
		texts[i] = Normalise(p.Docs[i].Text)
	}
	return textindex.Build(texts)
}

// TestTextIndexSearchEqualsScan checks that search with a prebuilt text
// index finds what scanning finds, with the same ranks, offsets and
// snippets, also for documents the index does not cover (imported ones).
func TestTextIndexSearchEqualsScan(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 40
	}
	p := genPack(t, n, 5)
	scan := New(p)
	queries := []string{"人大", "选举", "代表", "人民代表大会", "政府工作报告", "闭幕", "会议 主任",
		"第一次会议", "县", "的", "不存在的词组", "常务委员会 选举 代表", "审议", "2024"}
	for _, d := range p.Docs[:10] { // places and people of the corpus
		queries = append(queries, d.Locality)
		if len(d.Presiding) > 0 {
			queries = append(queries, d.Presiding[0], d.Locality+" "+d.Presiding[0])
		}
	}
	for _, covered := range []int{n, n - 15, 0} {
		withIndex := New(p)
		if err := withIndex.UseTextIndex(textIndex(p, covered)); err != nil {
			t.Fatal(err)
		}
		for _, q := range queries {
			want := scan.Search(Query{Text: q})
			got := withIndex.Search(Query{Text: q})
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("index of %d docs: Search(%q): %d hits, scan %d (or they differ)", covered, q, len(got.Hits), len(want.Hits))
			}
			for _, h := range got.Hits[:min(5, len(got.Hits))] {
				s1, ok1 := withIndex.Snippet(h, 20, 60)
				s2, ok2 := scan.Snippet(h, 20, 60)
				if ok1 != ok2 || !reflect.DeepEqual(s1, s2) {
					t.Fatalf("Search(%q): snippets differ", q)
				}
			}
		}
	}
	if err := New(corpus.Pack{Docs: p.Docs[:3]}).UseTextIndex(textIndex(p, 4)); err == nil {
		t.Error("an index of more documents than the corpus was accepted")
	}
}
