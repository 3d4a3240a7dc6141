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
			p.Docs = append(p.Docs, Doc{Record: parse.Record{ID: s, Title: "t" + s, Text: "正文" + s}, Original: "原文" + s})
		}
		records, shards := Split(p)
		if want := (n + ShardSize - 1) / ShardSize; len(shards) != want {
			t.Fatalf("n=%d: %d shards, want %d", n, len(shards), want)
		}
		// Joining the records with their shard's texts gives the pack back.
		back := Pack{Version: records.Version}
		for i, d := range records.Docs {
			if d.Text != "" || d.Original != "" {
				t.Fatalf("n=%d: record %d keeps its texts", n, i)
			}
			sh := shards[ShardOf(i)]
			tx := sh.Texts[i-sh.First]
			d.Text, d.Original = tx.Text, tx.Original
			back.Docs = append(back.Docs, d)
		}
		if n > 0 && !reflect.DeepEqual(back, p) {
			t.Fatalf("n=%d: records + shards differ from the pack", n)
		}
	}
}
