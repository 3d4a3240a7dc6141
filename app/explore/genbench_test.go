package explore_test

import (
	"io"
	"os"
	"slices"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/gen"
	"renda/app/site"
	"renda/app/textindex"
)

// BenchmarkSearchGenerated types the e2e benchmark's kind of queries,
// character by character, over 2,000 generated and parsed reports
// (RENDA_BENCH_N=100000 types over another number).
func BenchmarkSearchGenerated(b *testing.B) {
	n := 2000
	if s := os.Getenv("RENDA_BENCH_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			b.Fatalf("RENDA_BENCH_N=%q: want a number of reports", s)
		}
	}
	dir := b.TempDir()
	if err := gen.Write(dir, gen.Options{N: n, Seed: 3}); err != nil {
		b.Fatal(err)
	}
	if err := os.Remove(dir + "/truth.jsonl"); err != nil {
		b.Fatal(err)
	}
	pack, err := site.LoadCorpus(os.DirFS(dir), io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(pack.Docs))
	for i, d := range pack.Docs {
		texts[i] = explore.Normalise(d.Text)
	}
	tix := textindex.Whole(textindex.Build(texts))
	records, _ := corpus.Split(pack) // as the browser loads it
	newIndex := func() *explore.Index {
		ix := explore.New(records)
		ix.MarkTextsPending(len(records.Docs))
		if err := ix.UseTextIndex(tix); err != nil {
			b.Fatal(err)
		}
		return ix
	}
	var queries []string
	for _, q := range []string{"人大", "选举", "政府工作报告", "第一次会议", pack.Docs[0].Locality, pack.Docs[0].Presiding[0], "zhang", "闭幕 人大"} {
		r := []rune(q)
		for i := 1; i <= len(r); i++ {
			queries = append(queries, string(r[:i]))
		}
	}
	b.Run("New", func(b *testing.B) {
		for b.Loop() {
			newIndex()
		}
	})
	// Load is what the browser does with the bundled corpus's records and
	// tables before its first results: decode, then index with the tables.
	b.Run("Load", func(b *testing.B) {
		apart := records // the lists ship apart, fetched later
		apart.ListsApart = true
		recs, err := apart.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		tables, err := explore.NewWithoutPinyin(records.Records()).MarshalTables(records.Version)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(recs) + len(tables)))
		for b.Loop() {
			var r corpus.Records
			if err := r.UnmarshalBinaryInto(recs, nil); err != nil {
				b.Fatal(err)
			}
			if _, err := explore.NewWithTables(r, string(tables)); err != nil {
				b.Fatal(err)
			}
		}
	})
	ix := newIndex()
	b.Run("Keystrokes", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				ix.Search(explore.Query{Text: q})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries)), "µs/keystroke")
	})
	// PageKeystrokes types the same queries as the search page does: the
	// shards the query needs, then the first 20 hits in detail.
	b.Run("PageKeystrokes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, q := range queries {
				query := explore.Query{Text: q}
				ix.TextNeeds(query)
				ix.SearchTop(query, 20)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries)), "µs/keystroke")
	})
	// SlipKeystrokes types a phrase of a report with a character left out:
	// from the slip on, no report holds what is typed, and each keystroke
	// looks for it near.
	var slipped []string
	for _, d := range pack.Docs {
		text := []rune(explore.Normalise(d.Text))
		for at := len(text) / 2; at+12 <= len(text) && slipped == nil; at++ {
			p := text[at : at+12]
			if !slices.ContainsFunc(p, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				q := string(p[:6]) + string(p[7:])
				for i := range utf8.RuneCountInString(q) {
					slipped = append(slipped, string([]rune(q)[:i+1]))
				}
			}
		}
		if slipped != nil {
			break
		}
	}
	b.Run("SlipKeystrokes", func(b *testing.B) {
		for b.Loop() {
			for _, q := range slipped {
				ix.Search(explore.Query{Text: q})
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(slipped)), "µs/keystroke")
	})
}
