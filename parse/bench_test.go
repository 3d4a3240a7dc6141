package parse

import (
	"bytes"
	"io/fs"
	"testing"

	"renda/seeds"
)

// seedFiles returns the bundled reports by file name.
func seedFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	names, err := fs.Glob(seeds.FS(), "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	out := map[string][]byte{}
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS(), n)
		if err != nil {
			tb.Fatal(err)
		}
		out[n] = b
	}
	return out
}

func benchParse(b *testing.B, files map[string][]byte) {
	total := 0
	for _, data := range files {
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for name, data := range files {
			if _, err := Parse(name, data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse measures parser throughput (MB/s per core) on the five seeds,
// on long reports made of each seed's body repeated twenty times, and on
// two crowded texts (30,000 people on the rostrum, 30,000 reports: see
// TestCrowdedText), whose time grows quadratically if a list is searched by
// scanning it.
func BenchmarkParse(b *testing.B) {
	files := seedFiles(b)
	b.Run("seeds", func(b *testing.B) { benchParse(b, files) })
	long := map[string][]byte{}
	for n, data := range files {
		long[n] = bytes.Repeat(append(data, '\n'), 20)
	}
	b.Run("long", func(b *testing.B) { benchParse(b, long) })
	rostrum, reports := crowded()
	b.Run("crowded", func(b *testing.B) {
		benchParse(b, map[string][]byte{"rostrum.txt": []byte(rostrum), "reports.txt": []byte(reports)})
	})
}
