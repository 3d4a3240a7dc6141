package parse

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"renda/parse/fold"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the parser's output (then verify every fact by hand)")

// TestGolden compares each seed's full record with a fixture verified by hand
// against the report's text.
func TestGolden(t *testing.T) {
	for name, data := range seedFiles(t) {
		t.Run(ID(name), func(t *testing.T) {
			rec, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", ID(name)+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				var w Record
				if err := json.Unmarshal(want, &w); err != nil {
					t.Fatal(err)
				}
				diffRecords(t, rec, w)
			}
		})
	}
}

// diffRecords reports the fields that differ, one line each.
func diffRecords(t *testing.T, got, want Record) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	var gm, wm map[string]json.RawMessage
	_ = json.Unmarshal(g, &gm)
	_ = json.Unmarshal(w, &wm)
	for k, wv := range wm {
		if gv := gm[k]; !bytes.Equal(gv, wv) {
			if k == "text" || k == "evidence" {
				t.Errorf("%s differs", k)
				continue
			}
			t.Errorf("%s:\n got %s\nwant %s", k, gv, wv)
		}
	}
}

// TestEvidence checks, for every seed, that evidence spans lie inside the
// text on character boundaries and that every name and title in the record
// has a span reading it.
func TestEvidence(t *testing.T) {
	for name, data := range seedFiles(t) {
		rec, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		checkEvidence(t, rec)
	}
}

// inTwo reports whether value is read in two of spans, one after the
// other: a township's county named apart (尚志市人大常委会…, 亚布力镇第十九届…).
func inTwo(spans []string, value string) bool {
	for _, a := range spans {
		for _, b := range spans {
			if a+b == value {
				return true
			}
		}
	}
	return false
}

func checkEvidence(t *testing.T, rec Record) {
	t.Helper()
	spans := map[string][]string{}
	for _, ev := range rec.Evidence {
		if ev.Start < 0 || ev.End > len(rec.Text) || ev.Start >= ev.End {
			t.Errorf("%s: evidence %+v outside text of %d bytes", rec.ID, ev, len(rec.Text))
			continue
		}
		if !utf8.RuneStart(rec.Text[ev.Start]) || (ev.End < len(rec.Text) && !utf8.RuneStart(rec.Text[ev.End])) {
			t.Errorf("%s: evidence %+v cuts a character", rec.ID, ev)
		}
		spans[ev.Field] = append(spans[ev.Field], fold.String(rec.Text[ev.Start:ev.End]))
	}
	// spaces aside, and the marks nested in a resolution's title, which
	// the record drops (关于《…纲要》的决议)
	marks := strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "")
	squeeze := func(s string) string { return marks.Replace(strings.Join(strings.Fields(s), "")) }
	has := func(field, value string) {
		for _, s := range spans[field] {
			if strings.Contains(squeeze(s), squeeze(value)) { // a padded name, a romanised one
				return
			}
		}
		t.Errorf("%s: no %s evidence reads %q (spans %q)", rec.ID, field, value, spans[field])
	}
	lists := map[string][]string{
		"presiding": rec.Presiding, "speakers": rec.Speakers, "executive_chairs": rec.ExecutiveChairs,
		"rostrum": rec.Rostrum, "photographers": rec.Photographers, "mentioned": rec.Mentioned,
	}
	for field, names := range lists {
		for _, n := range names {
			has(field, n)
		}
	}
	for _, e := range rec.Elected {
		has("elected", e.Name)
	}
	for _, x := range rec.Reports {
		has("reports", x.By)
	}
	for _, res := range rec.Resolutions {
		has("resolutions", res)
	}
	for i, p := range rec.Places {
		if i > 0 || rec.Locality == "" {
			has("places", p)
		}
	}
	// a locality taken from the page's source (dropped with the furniture)
	// has no span in the text, and a warning says so
	if rec.Locality != "" && !slices.ContainsFunc(rec.Warnings, func(w string) bool {
		return strings.HasPrefix(w, "locality: "+rec.Locality+" taken from the source")
	}) && !inTwo(spans["locality"], rec.Locality) {
		has("locality", rec.Locality)
	}
	if rec.Title != "" {
		has("title", strings.Join(strings.Fields(rec.Title), ""))
	}
}
