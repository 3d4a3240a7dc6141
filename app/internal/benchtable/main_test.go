package main

import (
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	in := `goos: linux
pkg: renda/parse
BenchmarkParse/seeds-2   100   2000000 ns/op   20.00 MB/s   500 B/op   9 allocs/op
BenchmarkParse/seeds-2   100   1000000 ns/op   40.00 MB/s   500 B/op   9 allocs/op
BenchmarkParse/seeds-2   100   3000000 ns/op   13.33 MB/s   500 B/op   9 allocs/op
pkg: renda/parse/fold
BenchmarkOther-2   5   1500000000 ns/op
PASS
`
	var out strings.Builder
	if err := run(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| parse.Parse/seeds | 3 | 2.00 ms | 20.0 | 500 | 9 |",
		"| fold.Other | 1 | 1.50 s | – | – | – |",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing row %q in\n%s", want, out.String())
		}
	}
	if err := run(strings.NewReader("PASS\n"), &out); err == nil {
		t.Error("no error for input without benchmarks")
	}
}
