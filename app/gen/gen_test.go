package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"renda/parse"
	"renda/parse/decode"
)

// corpus writes a corpus into a temporary directory and returns it.
func corpus(t testing.TB, n int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, Options{N: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readTruth reads truth.jsonl from dir.
func readTruth(t testing.TB, dir string) []Truth {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out, err := ReadTruth(f)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// digest reads every file of dir into one byte string, in name order.
func digest(t testing.TB, dir string) []byte {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, e := range es {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d\n", e.Name(), len(data))
		b.Write(data)
	}
	return b.Bytes()
}

func TestDeterminism(t *testing.T) {
	tests := []struct {
		name       string
		seedA      uint64
		seedB      uint64
		workersB   int
		wantSameAs bool
	}{
		{"same seed, same workers", 7, 7, 0, true},
		{"same seed, one worker", 7, 7, 1, true},
		{"different seed", 7, 8, 0, false},
	}
	a := digest(t, corpus(t, 150, 7))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(dir, Options{N: 150, Seed: tc.seedB, Workers: tc.workersB}); err != nil {
				t.Fatal(err)
			}
			same := bytes.Equal(a, digest(t, dir))
			if same != tc.wantSameAs {
				t.Errorf("identical output = %v, want %v", same, tc.wantSameAs)
			}
		})
	}
}

func TestCorpusShape(t *testing.T) {
	for _, n := range []int{0, 1, 201, 450} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			dir := corpus(t, n, 3)
			truth := readTruth(t, dir)
			if len(truth) != n {
				t.Fatalf("%d truth lines, want %d", len(truth), n)
			}
			es, _ := os.ReadDir(dir)
			if len(es) != n+1 {
				t.Fatalf("%d files, want %d reports and truth.jsonl", len(es), n)
			}
			for i, tr := range truth {
				if want := strings.TrimSuffix(FileName(i+1), ".txt"); tr.ID != want {
					t.Fatalf("truth line %d has id %s, want %s", i+1, tr.ID, want)
				}
			}
		})
	}
}

func TestSizeAndParse(t *testing.T) {
	dir := corpus(t, 400, 11)
	for i, tr := range readTruth(t, dir) {
		name := FileName(i + 1)
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := decode.Bytes(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n := utf8.RuneCountInString(text); n < minChars || n > maxChars {
			t.Errorf("%s has %d characters, want %d–%d", name, n, minChars, maxChars)
		}
		if tr.Encoding == "" && !utf8.Valid(data) {
			t.Errorf("%s is not UTF-8 and truth says nothing", name)
		}
		if _, err := parse.Parse(name, data); err != nil {
			t.Errorf("parse %s: %v", name, err)
		}
	}
}

func TestNamesDistinct(t *testing.T) {
	g := NewGenerator(5)
	for i := 1; i <= 200; i++ {
		_, tr, err := g.Report(i)
		if err != nil {
			t.Fatal(err)
		}
		// A person may hold several roles, but an elected post names one person.
		seen := map[string]bool{}
		for _, e := range tr.Elected {
			if seen[e.Name] {
				t.Errorf("%s: %s elected twice", tr.ID, e.Name)
			}
			seen[e.Name] = true
		}
	}
}

// fields compares one record with its truth, field by field.
var fields = []struct {
	name string
	get  func(parse.Record, Truth) (got, want any)
}{
	{"locality", func(r parse.Record, t Truth) (any, any) { return r.Locality, t.Locality }},
	{"level", func(r parse.Record, t Truth) (any, any) { return r.Level, t.Level }},
	{"term", func(r parse.Record, t Truth) (any, any) { return r.Term, t.Term }},
	{"session", func(r parse.Record, t Truth) (any, any) { return r.Session, t.Session }},
	{"event", func(r parse.Record, t Truth) (any, any) { return r.Event, t.Event }},
	{"plenary", func(r parse.Record, t Truth) (any, any) { return r.Plenary, t.Plenary }},
	{"date", func(r parse.Record, t Truth) (any, any) { return r.Date, t.Date }},
	{"date_basis", func(r parse.Record, t Truth) (any, any) { return r.DateBasis, t.DateBasis }},
	{"published", func(r parse.Record, t Truth) (any, any) { return r.Published, t.Published }},
	{"attendance", func(r parse.Record, t Truth) (any, any) { return r.Attendance, t.Attendance }},
	{"presiding", func(r parse.Record, t Truth) (any, any) { return r.Presiding, t.Presiding }},
	{"speakers", func(r parse.Record, t Truth) (any, any) { return r.Speakers, t.Speakers }},
	{"reports", func(r parse.Record, t Truth) (any, any) { return r.Reports, t.Reports }},
	{"executive_chairs", func(r parse.Record, t Truth) (any, any) { return r.ExecutiveChairs, t.ExecutiveChairs }},
	{"rostrum", func(r parse.Record, t Truth) (any, any) { return r.Rostrum, t.Rostrum }},
	{"elected", func(r parse.Record, t Truth) (any, any) { return r.Elected, t.Elected }},
	{"resolutions", func(r parse.Record, t Truth) (any, any) { return r.Resolutions, t.Resolutions }},
	{"source", func(r parse.Record, t Truth) (any, any) { return r.Source, t.Source }},
	{"photographers", func(r parse.Record, t Truth) (any, any) { return r.Photographers, t.Photographers }},
	{"mentioned", func(r parse.Record, t Truth) (any, any) { return r.Mentioned, t.Mentioned }},
}

// jsonOf encodes v so that nil and empty lists compare equal.
func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	s := string(b)
	if s == "null" {
		switch v.(type) {
		case []string, []parse.Report, []parse.Election, []Report, []Election:
			return "[]"
		}
	}
	return s
}

// minAccuracy is the share of reports on which the parser must agree with
// the truth, per field; measured on this corpus and set a little below.
var minAccuracy = map[string]float64{
	"locality": 0.97, "level": 0.95, "term": 0.95, "session": 0.95, "event": 0.95, "plenary": 0.95,
	"date": 0.95, "date_basis": 0.95, "published": 0.95, "attendance": 0.95,
	"presiding": 0.95, "speakers": 0.95, "reports": 0.95, "executive_chairs": 0.95, "rostrum": 0.95,
	"elected": 0.95, "resolutions": 0.95, "source": 0.95, "photographers": 0.95, "mentioned": 0.95,
}

func TestParserAgainstTruth(t *testing.T) {
	const n, seed = 300, 1
	dir := corpus(t, n, seed)
	truth := readTruth(t, dir)
	right := map[string]int{}
	misses := map[string][]string{}
	for i, tr := range truth {
		name := FileName(i + 1)
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rec, err := parse.Parse(name, data)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, f := range fields {
			got, want := f.get(rec, tr)
			g, w := jsonOf(got), jsonOf(want)
			if g == w {
				right[f.name]++
			} else if len(misses[f.name]) < 3 {
				misses[f.name] = append(misses[f.name], fmt.Sprintf("%s: got %s, want %s", tr.ID, g, w))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "parser accuracy on %d generated reports (seed %d):\n", n, seed)
	for _, f := range fields {
		fmt.Fprintf(&b, "  %-17s %6.1f%%\n", f.name, 100*float64(right[f.name])/float64(n))
	}
	t.Log(b.String())
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		names = append(names, f.name)
	}
	sort.Strings(names)
	for _, name := range names {
		acc := float64(right[name]) / float64(n)
		if acc < minAccuracy[name] {
			t.Errorf("%s: accuracy %.1f%% < %.0f%%; first misses:\n  %s", name, 100*acc, 100*minAccuracy[name], strings.Join(misses[name], "\n  "))
		} else if testing.Verbose() && len(misses[name]) > 0 {
			t.Logf("%s misses:\n  %s", name, strings.Join(misses[name], "\n  "))
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	g := NewGenerator(1)
	b.ReportAllocs()
	var bytes int64
	for i := 0; b.Loop(); i++ {
		data, _, err := g.Report(i%100000 + 1)
		if err != nil {
			b.Fatal(err)
		}
		bytes += int64(len(data))
	}
	b.SetBytes(bytes / int64(b.N))
}

// BenchmarkParseGenerated measures parser throughput (MB/s per core) on a
// fixed set of 500 generated reports: every variant the generator plants,
// 800–6,000 characters each.
func BenchmarkParseGenerated(b *testing.B) {
	g := NewGenerator(1)
	var docs [][]byte
	var total int64
	for i := 1; i <= 500; i++ {
		data, _, err := g.Report(i)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		total += int64(len(data))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, data := range docs {
			if _, err := parse.Parse(FileName(i+1), data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
