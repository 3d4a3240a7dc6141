package parse

import (
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds the parser arbitrary bytes, starting from the seeds: it
// must not panic or hang, every evidence span must lie inside the text on
// character boundaries, and every string it returns must be valid UTF-8.
func FuzzParse(f *testing.F) {
	if os.Getenv("FUZZ_NOSEEDS") == "" {
		for _, data := range seedFiles(f) {
			f.Add(data)
		}
	}
	for _, v := range variants {
		f.Add([]byte(v.text))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		for _, ev := range rec.Evidence {
			if ev.Start < 0 || ev.End > len(rec.Text) || ev.Start >= ev.End {
				t.Fatalf("evidence %+v outside text of %d bytes", ev, len(rec.Text))
			}
			if !utf8.RuneStart(rec.Text[ev.Start]) || (ev.End < len(rec.Text) && !utf8.RuneStart(rec.Text[ev.End])) {
				t.Fatalf("evidence %+v cuts a character", ev)
			}
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]any
		if err := json.Unmarshal(b, &fields); err != nil {
			t.Fatal(err)
		}
		checkUTF8(t, rec)
	})
}

// checkUTF8 fails when a string of rec is not valid UTF-8.
func checkUTF8(t *testing.T, rec Record) {
	t.Helper()
	strs := []string{rec.ID, rec.Title, rec.Locality, rec.Level, rec.Event, rec.Date, rec.DateBasis, rec.Published, rec.Source, rec.Text}
	for _, l := range [][]string{rec.Presiding, rec.Speakers, rec.ExecutiveChairs, rec.Rostrum, rec.Resolutions, rec.Photographers, rec.Warnings} {
		strs = append(strs, l...)
	}
	for _, x := range rec.Reports {
		strs = append(strs, x.Title, x.By)
	}
	for _, x := range rec.Elected {
		strs = append(strs, x.Name, x.Position)
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 %q", s)
		}
	}
}
