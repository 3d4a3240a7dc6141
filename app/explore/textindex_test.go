package explore

import (
	"reflect"
	"slices"
	"testing"
	"unicode"

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

// textIndex builds the text index of the first n documents of p, whole.
func textIndex(p corpus.Pack, n int) *textindex.Sharded {
	return textindex.Whole(buildText(p, n))
}

func buildText(p corpus.Pack, n int) *textindex.Index {
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
			if rs := []rune(d.Presiding[0]); len(rs) == 3 { // two characters swapped
				queries = append(queries, string([]rune{rs[1], rs[0], rs[2]}), d.Locality+" "+string([]rune{rs[0], rs[2], rs[1]}))
			}
		}
	}
	queries = append(queries, slipQueries(p, 10)...)
	for _, covered := range []int{n, n - 15, 0} {
		// The index in shards, each given when a query first needs it,
		// as the browser fetches them.
		const shards = 5
		whole := buildText(p, covered)
		parts, sharded := whole.Split(shards), textindex.NewSharded(covered, shards)
		withIndex := New(p)
		if err := withIndex.UseTextIndex(sharded); err != nil {
			t.Fatal(err)
		}
		for _, q := range queries {
			// A term held nowhere as typed needs its swapped forms'
			// shards once its own are in: two rounds at most.
			var came []int
			for round := 0; ; round++ {
				needs := withIndex.TextNeeds(Query{Text: q})
				if len(needs) == 0 {
					break
				}
				if round == 2 {
					t.Fatalf("index of %d docs: Search(%q) still needs shards %v after %v came", covered, q, needs, came)
				}
				for _, k := range needs {
					if err := sharded.Add(k, parts[k]); err != nil {
						t.Fatal(err)
					}
				}
				came = append(came, needs...)
			}
			want := scan.Search(Query{Text: q})
			got := withIndex.Search(Query{Text: q})
			if !sameResult(got, want) {
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

// TestSplitPackSearch checks search over records whose texts load later:
// before, one- and two-character phrases find what a scan of the texts
// finds (longer ones at least that) and there are no snippets; once every
// shard is in, everything equals the scan.
func TestSplitPackSearch(t *testing.T) {
	p := genPack(t, 300, 9)
	full := New(p)
	ti := textIndex(p, len(p.Docs))
	records, shards := corpus.Split(p)
	ix := New(records)
	ix.MarkTextsPending(len(records.Docs))
	if err := ix.UseTextIndex(ti); err != nil {
		t.Fatal(err)
	}
	docs := func(r Result) map[int]bool {
		m := map[int]bool{}
		for _, h := range r.Hits {
			m[h.Doc] = true
		}
		return m
	}
	queries := []string{"人大", "选举", "代表", "审议 主任", "政府工作报告", "第一次会议", "县", "不存在的词组"}
	for _, q := range queries {
		want, got := docs(full.Search(Query{Text: q})), docs(ix.Search(Query{Text: q}))
		for d := range want {
			if !got[d] {
				t.Fatalf("before the texts, Search(%q) misses document %d", q, d)
			}
		}
		if short := len([]rune(q)) <= 2; short && !reflect.DeepEqual(got, want) {
			t.Fatalf("before the texts, Search(%q) found %d documents, the scan %d", q, len(got), len(want))
		}
		for _, h := range ix.Search(Query{Text: q}).Hits {
			if _, ok := ix.Snippet(h, 20, 60); ok {
				t.Fatalf("Search(%q): a snippet without the text", q)
			}
		}
	}
	// A hit found before its text came still gets its snippet.
	var early []Hit
	for _, h := range ix.Search(Query{Text: "审议"}).Hits {
		if len(h.Body) > 0 {
			early = append(early, h)
		}
	}
	if len(early) == 0 {
		t.Fatal("no body hits for 审议")
	}
	for _, sh := range shards {
		setShard(ix, sh)
	}
	for _, h := range early {
		if _, ok := ix.Snippet(h, 20, 60); !ok {
			t.Fatalf("no snippet for hit %d found before its text was loaded", h.Doc)
		}
	}
	sameAsPack(t, "after SetText", ix, full, p, append(queries, slipQueries(p, 10)...))
}

// TestSlipBeforeTexts checks phrases typed with a slip over records whose
// texts load later. The text index alone cannot tell a phrase from its
// pairs held apart: such candidates answer first, and a phrase is looked
// for near once they prove wrong. As the page loads the texts of the hits
// it shows, the first hits come to be read in their texts, and are what a
// scan of every text finds.
func TestSlipBeforeTexts(t *testing.T) {
	p := genPack(t, 300, 9)
	full := New(p)
	records, _ := corpus.Split(p)
	for _, q := range slipQueries(p, 10) {
		ix := New(records)
		ix.MarkTextsPending(len(records.Docs))
		if err := ix.UseTextIndex(textIndex(p, len(p.Docs))); err != nil {
			t.Fatal(err)
		}
		var top []Hit
		for round := 0; ; round++ {
			top = ix.SearchTop(Query{Text: q}, 20).Hits
			loaded := 0
			for _, h := range top {
				if !ix.HasText(h.Doc) {
					ix.SetText(h.Doc, corpus.Texts{Text: p.Docs[h.Doc].Text, Original: p.Docs[h.Doc].Original, Evidence: p.Docs[h.Doc].Evidence})
					loaded++
				}
			}
			if loaded == 0 {
				break
			}
			if round > len(p.Docs) {
				t.Fatalf("%q: the hits shown still lack texts after %d rounds", q, round)
			}
		}
		want := full.Search(Query{Text: q})
		found := map[int]bool{}
		for _, h := range want.Hits {
			found[h.Doc] = true
		}
		if len(top) != min(20, len(want.Hits)) {
			t.Fatalf("%q: %d hits shown, the scan finds %d", q, len(top), len(want.Hits))
		}
		for _, h := range top {
			if !found[h.Doc] {
				t.Fatalf("%q: document %d shown, read in its text, is not among the scan's hits", q, h.Doc)
			}
		}
	}
}

// setShard gives the documents of shard sh their texts, as the page does
// with those it keeps (Index.SetText).
func setShard(ix *Index, sh corpus.Shard) {
	for i, t := range sh.Texts {
		ix.SetText(sh.First+i, t)
	}
}

// sameAsPack checks that every document of ix has its texts and equals
// p's, and that ix answers queries as full, an index of p.
func sameAsPack(t *testing.T, when string, ix, full *Index, p corpus.Pack, queries []string) {
	t.Helper()
	for i := range p.Docs {
		if !ix.HasText(i) || !reflect.DeepEqual(ix.Whole(i), p.Docs[i]) {
			t.Fatalf("%s: document %d differs from the pack's", when, i)
		}
	}
	for _, q := range queries {
		if got, want := ix.Search(Query{Text: q}), full.Search(Query{Text: q}); !sameResult(got, want) {
			t.Fatalf("%s: Search(%q) differs from the scan", when, q)
		}
	}
}

// slipQueries returns phrases of the texts of p's first n documents as a
// user might type them with a slip: ten characters from the middle of the
// text, one left out or two swapped, and its first four with one left out
// and its first three with two swapped.
func slipQueries(p corpus.Pack, n int) []string {
	var qs []string
	for _, d := range p.Docs[:n] {
		rs := []rune(Normalise(d.Text))
		for i := len(rs) / 2; i+10 <= len(rs); i++ {
			run := rs[i : i+10]
			if slices.ContainsFunc(run, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				continue
			}
			s := string(run)
			qs = append(qs, gen.DropChar(s, 5), gen.SwapChars(s, 4), gen.DropChar(string(run[:4]), 2), gen.SwapChars(string(run[:3]), 1))
			break
		}
	}
	return qs
}

// sameResult reports whether two results have the same hits, facets and
// documents in the same order (the indexes behind them differ).
func sameResult(a, b Result) bool {
	return reflect.DeepEqual(a.Hits, b.Hits) && reflect.DeepEqual(a.Facets, b.Facets) && slices.Equal(a.Docs(), b.Docs())
}

// TestDropText checks that texts taken back (DropText) are missing again
// — no text, no snippet, searches as before they came — and come back
// whole, and that documents never pending keep theirs.
func TestDropText(t *testing.T) {
	p := genPack(t, 200, 4)
	full := New(p)
	records, shards := corpus.Split(p)
	const own = 10 // the last documents stand for imported ones, with their texts
	for i := len(records.Docs) - own; i < len(records.Docs); i++ {
		records.Docs[i] = p.Docs[i]
	}
	ix := New(records)
	ix.MarkTextsPending(len(records.Docs) - own)
	if err := ix.UseTextIndex(textIndex(p, len(p.Docs)-own)); err != nil {
		t.Fatal(err)
	}
	for _, sh := range shards {
		setShard(ix, sh)
	}
	queries := []string{"人大", "选举", "审议 主任", "政府工作报告", "第一次会议"}
	sameAsPack(t, "with every text", ix, full, p, queries)

	last := shards[len(shards)-1] // holds the "imported" documents too
	for _, sh := range []corpus.Shard{shards[1], last} {
		for i := range sh.Texts {
			ix.DropText(sh.First + i) // the "imported" ones were never pending: kept
		}
	}
	dropped := func(d int) bool {
		return (d >= shards[1].First && d < shards[1].First+len(shards[1].Texts)) || (d >= last.First && d < len(p.Docs)-own)
	}
	for d := range p.Docs {
		switch {
		case dropped(d):
			if ix.HasText(d) || !reflect.DeepEqual(ix.Whole(d), records.Docs[d]) {
				t.Fatalf("document %d kept its texts after DropText", d)
			}
		case !ix.HasText(d) || !reflect.DeepEqual(ix.Whole(d), p.Docs[d]):
			t.Fatalf("document %d lost its texts, not in a dropped shard", d)
		}
	}
	for _, q := range queries {
		want := map[int]bool{}
		for _, h := range full.Search(Query{Text: q}).Hits {
			want[h.Doc] = true
		}
		got := map[int]bool{}
		for _, h := range ix.Search(Query{Text: q}).Hits {
			got[h.Doc] = true
			if _, ok := ix.Snippet(h, 20, 60); ok && dropped(h.Doc) {
				t.Fatalf("Search(%q): a snippet of document %d after its text was dropped", q, h.Doc)
			}
		}
		for d := range want {
			if !got[d] {
				t.Fatalf("after DropText, Search(%q) misses document %d", q, d)
			}
		}
		if short := len([]rune(q)) <= 2; short && !reflect.DeepEqual(got, want) {
			t.Fatalf("after DropText, Search(%q) found %d documents, the scan %d", q, len(got), len(want))
		}
	}

	setShard(ix, shards[1])
	setShard(ix, last)
	sameAsPack(t, "texts back", ix, full, p, queries)
}

// TestShortSlipBeforeTexts checks a term of three characters over records
// whose texts load later: the text index names as near candidates the
// reports holding one of its two pairs, which say little, so a report
// holding its swapped form ranks above them, and the report holding it
// with a character left out is among them.
func TestShortSlipBeforeTexts(t *testing.T) {
	p := testPack()
	texts := map[string]string{
		"cand":  "会议确定县人民法院院长正式候选人荣光辉。",
		"noise": "辉光照耀。会议确定候选人。",
		"left":  "州长候选人降央卓玛。",
	}
	for _, id := range []string{"cand", "noise", "left"} {
		d := doc(id, "主席团会议", "", 0, 0, parse.EventPresidium, 0, "")
		d.Text, d.Original = texts[id], texts[id]
		p.Docs = append(p.Docs, d)
	}
	records, _ := corpus.Split(p)
	ix := New(records)
	ix.MarkTextsPending(len(records.Docs))
	if err := ix.UseTextIndex(textIndex(p, len(p.Docs))); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q     string
		first string   // the first hit
		also  []string // among the hits
	}{
		{"荣辉光", "cand", []string{"noise"}},
		{"候选人 荣辉光", "cand", []string{"noise"}},
		{"降卓玛", "left", nil},
		{"候选人 降卓玛", "left", nil},
	}
	for _, tt := range tests {
		got := ids(ix, ix.Search(Query{Text: tt.q}).Docs())
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("Search(%q) = %q, want %s first", tt.q, got, tt.first)
		}
		for _, id := range tt.also {
			if !slices.Contains(got, id) {
				t.Errorf("Search(%q) = %q, want %s among them", tt.q, got, id)
			}
		}
	}
}
