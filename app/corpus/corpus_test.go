package corpus

import (
	"reflect"
	"strconv"
	"testing"

	"renda/parse"
)

func TestSplit(t *testing.T) {
	for _, n := range []int{0, 1, ShardSize - 1, ShardSize, ShardSize + 1, 3*ShardSize + 7} {
		p := Pack{Version: "v"}
		for i := range n {
			s := strconv.Itoa(i)
			var ev []parse.Evidence
			if i%3 > 0 { // and some without evidence
				ev = make([]parse.Evidence, i%3)
				for j := range ev {
					ev[j] = parse.Evidence{Field: "f" + s, Start: j, End: i}
				}
			}
			p.Docs = append(p.Docs, Doc{Record: parse.Record{ID: s, Title: "t" + s, Text: "正文" + s, Evidence: ev}, Original: "原文" + s})
		}
		records, shards := Split(p)
		if want := (n + ShardSize - 1) / ShardSize; len(shards) != want {
			t.Fatalf("n=%d: %d shards, want %d", n, len(shards), want)
		}
		// Joining the records with their shard's texts gives the pack back.
		back := Pack{Version: records.Version}
		for i, d := range records.Docs {
			if d.Text != "" || d.Original != "" || d.Evidence != nil {
				t.Fatalf("n=%d: record %d keeps its texts or evidence", n, i)
			}
			sh := shards[ShardOf(i)]
			tx := sh.Texts[i-sh.First]
			d.Text, d.Original, d.Evidence = tx.Text, tx.Original, tx.Evidence
			back.Docs = append(back.Docs, d)
		}
		if n > 0 && !reflect.DeepEqual(back, p) {
			t.Fatalf("n=%d: records + shards differ from the pack", n)
		}
	}
}

func TestPages(t *testing.T) {
	for _, n := range []int{0, 1, PageSize - 1, PageSize, PageSize + 1, 2*PageSize + 3} {
		p := Pack{Version: "v"}
		for i := range n {
			p.Docs = append(p.Docs, Doc{Record: parse.Record{ID: strconv.Itoa(i)}})
		}
		pages := Pages(p)
		if want := max(1, (n+PageSize-1)/PageSize); len(pages) != want {
			t.Fatalf("n=%d: %d pages, want %d", n, len(pages), want)
		}
		// In order, each full but the last, they give the documents back.
		var back []Doc
		for k, pg := range pages {
			if pg.Version != "v" {
				t.Errorf("n=%d: page %d has version %q", n, k, pg.Version)
			}
			if k < len(pages)-1 && len(pg.Docs) != PageSize {
				t.Errorf("n=%d: page %d holds %d documents, want %d", n, k, len(pg.Docs), PageSize)
			}
			back = append(back, pg.Docs...)
		}
		if len(back) != n || (n > 0 && !reflect.DeepEqual(back, p.Docs)) {
			t.Errorf("n=%d: pages hold %d documents, not the pack's", n, len(back))
		}
	}
}
