package gen

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/width"

	"renda/parse"
	"renda/seeds"
)

// facts is a record without its text and evidence: what must not change
// when the same report is written in another script, width or encoding.
func facts(t *testing.T, rec parse.Record) string {
	t.Helper()
	rec.Text, rec.Evidence = "", nil
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeedsInOtherForms parses each bundled report as it is and rewritten
// the ways real pages differ: in traditional script, with every ASCII
// character and digit full-width, encoded as GB18030 and UTF-16, and
// hard-wrapped as text copied from a PDF is (at 30 and 38 characters, at
// 60 and 76 columns). Every fact must come out the same.
func TestSeedsInOtherForms(t *testing.T) {
	trad := newToTraditional()
	names, err := fs.Glob(seeds.FS(), "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		base, err := parse.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		want := facts(t, base)
		text := string(data)
		traditional, roundTrips := trad.convert(text)
		gbk, err := simplifiedchinese.GB18030.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		forms := map[string][]byte{
			"full-width":               []byte(width.Widen.String(text)),
			"gb18030":                  []byte(gbk),
			"utf-16":                   []byte(utf16),
			"wrapped at 30 characters": []byte(hardWrap(text, 30, false)),
			"wrapped at 38 characters": []byte(hardWrap(text, 38, false)),
			"wrapped at 60 columns":    []byte(hardWrap(text, 60, true)),
			"wrapped at 76 columns":    []byte(hardWrap(text, 76, true)),
		}
		if roundTrips {
			forms["traditional"] = []byte(traditional)
		} else {
			t.Logf("%s: traditional form does not convert back exactly; skipped", name)
		}
		for form, b := range forms {
			rec, err := parse.Parse(name, b)
			if err != nil {
				t.Errorf("%s as %s: %v", name, form, err)
				continue
			}
			if got := facts(t, rec); got != want {
				t.Errorf("%s as %s:\n got %s\nwant %s", name, form, firstDiff(got, want), firstDiff(want, got))
			}
		}
	}
}

// hardWrap breaks every line of text longer than width, counted in
// characters or, when columns is set, in columns (a Chinese character two,
// an ASCII one), as text copied from a PDF or a fixed-width page is.
func hardWrap(text string, width int, columns bool) string {
	var b strings.Builder
	for k, line := range strings.Split(text, "\n") {
		if k > 0 {
			b.WriteByte('\n')
		}
		w := 0
		for _, r := range line {
			cw := 1
			if columns && r >= 0x1100 {
				cw = 2
			}
			if w+cw > width {
				b.WriteByte('\n')
				w = 0
			}
			b.WriteRune(r)
			w += cw
		}
	}
	return b.String()
}

// firstDiff returns a of a around where it first differs from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	start := max(0, strings.LastIndex(a[:i], ",\"")+1)
	return a[start:min(len(a), i+80)]
}
