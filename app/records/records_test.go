package records

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"renda/parse"
)

func TestWriteCSV(t *testing.T) {
	recs := []parse.Record{
		{
			ID: "a", Title: "标题, with comma", Term: 17, Session: 2,
			Attendance:       &parse.Attendance{Expected: 245, Present: 226, Absent: 19, Quorum: true},
			Presiding:        []string{"甲", "乙"},
			Reports:          []parse.Report{{Title: "政府工作报告", By: "丙"}, {Title: "计划报告"}},
			Elected:          []parse.Election{{Name: "丁", Position: "县长"}, {Name: "戊"}},
			Text:             "line one\n\"quoted\" line two",
			Evidence:         []parse.Evidence{{Field: "term", Start: 0, End: 3}},
			Places:           []string{"某县", "某镇"},
			Mentioned:        []string{"己", "庚"},
			ReportsInWriting: []string{"预算报告", "计划报告"},
		},
		{ID: "b"}, // nothing found: empty cells, attendance blank
		// only who came: expected and absent blank, not 0
		{ID: "c", Attendance: &parse.Attendance{Present: 186, Quorum: true}},
		// who came and who stayed away, not how many were due
		{ID: "d", Attendance: &parse.Attendance{Present: 186, Absent: 12}},
		// who was due, not who came
		{ID: "e", Attendance: &parse.Attendance{Expected: 212, Quorum: true}},
		// only who stayed away
		{ID: "f", Attendance: &parse.Attendance{Absent: 3}},
	}
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, recs, bom); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.HasPrefix(out, "\uFEFF") != bom {
			t.Errorf("bom=%v: output starts %q", bom, out[:6])
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 7 {
			t.Fatalf("%d rows, want header + 6", len(rows))
		}
		cell := func(row int, col string) string {
			for i, c := range rows[0] {
				if c == col {
					return rows[row][i]
				}
			}
			t.Fatalf("no column %s", col)
			return ""
		}
		checks := []struct {
			row       int
			col, want string
		}{
			{1, "id", "a"},
			{1, "title", "标题, with comma"},
			{1, "term", "17"},
			{1, "attendance_expected", "245"},
			{1, "attendance_absent", "19"},
			{1, "attendance_quorum", "true"},
			{1, "presiding", "甲、乙"},
			{1, "reports", "政府工作报告（丙）、计划报告"},
			{1, "elected", "丁（县长）、戊"},
			{1, "text", "line one\n\"quoted\" line two"},
			{1, "places", "某县、某镇"},
			{1, "mentioned", "己、庚"},
			{1, "reports_in_writing", "预算报告、计划报告"},
			{2, "reports_in_writing", ""},
			{2, "mentioned", ""},
			{2, "id", "b"},
			{2, "attendance_present", ""},
			{2, "attendance_quorum", ""},
			{2, "presiding", ""},
			{3, "attendance_expected", ""},
			{3, "attendance_present", "186"},
			{3, "attendance_absent", ""},
			{4, "attendance_expected", ""},
			{4, "attendance_present", "186"},
			{4, "attendance_absent", "12"},
			{5, "attendance_expected", "212"},
			{5, "attendance_present", ""},
			{5, "attendance_absent", ""},
			{5, "attendance_quorum", "true"},
			{3, "attendance_quorum", "true"},
			{6, "attendance_expected", ""},
			{6, "attendance_present", ""},
			{6, "attendance_absent", "3"},
			{6, "attendance_quorum", "false"},
		}
		for _, c := range checks {
			if got := cell(c.row, c.col); got != c.want {
				t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
			}
		}
	}
}

func TestWriteCSVNoRecords(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, nil, false); err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(CSVColumns(), ",") + "\n"; buf.String() != want {
		t.Errorf("got %q, want the header alone", buf.String())
	}
}

func TestCSVColumnsFollowSchema(t *testing.T) {
	// every JSON field in order but evidence, attendance flattened in place,
	// region flattened into four columns
	var want []string
	rt := reflect.TypeFor[parse.Record]()
	for i := range rt.NumField() {
		switch f, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ","); f {
		case "attendance":
			want = append(want, "attendance_expected", "attendance_present", "attendance_absent", "attendance_quorum")
		case "region":
			want = append(want, "region_province", "region_prefecture", "region_county", "region_code")
		case "evidence":
		default:
			want = append(want, f)
		}
	}
	if !slices.Equal(CSVColumns(), want) {
		t.Errorf("CSVColumns\n %v\nwant\n %v", CSVColumns(), want)
	}
	if n := len(CSVRow(parse.Record{})); n != len(want) {
		t.Errorf("CSVRow has %d cells, header %d", n, len(want))
	}
}

func TestJSONListsNeverNull(t *testing.T) {
	for _, format := range []string{FormatJSON, FormatJSONL} {
		var buf bytes.Buffer
		w := NewWriter(format, &buf, false)
		if err := w.Write(parse.Record{ID: "x"}); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		out := strings.TrimSpace(buf.String())
		if format == FormatJSON {
			out = strings.TrimSuffix(strings.TrimPrefix(out, "["), "]")
		}
		m := decodeObject(t, []byte(out))
		if m["attendance"] != nil || m["region"] != nil {
			t.Errorf("%s: attendance = %v, region = %v, want null", format, m["attendance"], m["region"])
		}
		if n := strings.Count(out, "null"); n != 2 {
			t.Errorf("%s: %d nulls in %s, want attendance and region only", format, n, out)
		}
	}
	var buf bytes.Buffer
	w := NewWriter(FormatJSON, &buf, false)
	w.Close()
	if buf.String() != "[]\n" {
		t.Errorf("empty json output %q, want []", buf.String())
	}
}

func TestJSONMatchesMarshalIndent(t *testing.T) {
	recs := []parse.Record{
		{ID: "a", Title: "<b>&", Attendance: &parse.Attendance{Expected: 3}, Reports: []parse.Report{{Title: "t", By: "b"}}},
		{ID: "b", Text: "一\n二"},
	}
	var buf bytes.Buffer
	w := NewWriter(FormatJSON, &buf, false)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode([]parse.Record{Normalize(recs[0]), Normalize(recs[1])}); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want.String() {
		t.Errorf("streamed array\n%s\nwant\n%s", buf.String(), want.String())
	}
}

// TestWriteJSONMatchesCLI checks that WriteJSON, which the browser's
// export uses, writes what the json Writer of the CLI writes.
func TestWriteJSONMatchesCLI(t *testing.T) {
	recs := []parse.Record{{ID: "a", Title: "<标题>"}, {ID: "b", Presiding: []string{"李明"}}}
	var got, want bytes.Buffer
	if err := WriteJSON(&got, recs); err != nil {
		t.Fatal(err)
	}
	w := NewWriter(FormatJSON, &want, false)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("WriteJSON:\n%s\nCLI:\n%s", got.String(), want.String())
	}
	// Only attendance and region may be null, in each of the two records.
	if n := bytes.Count(got.Bytes(), []byte("null")); n != 4 {
		t.Errorf("%d nulls, want 4 (a list shows null?):\n%s", n, got.String())
	}
	var empty bytes.Buffer
	if err := WriteJSON(&empty, nil); err != nil || empty.String() != "[]\n" {
		t.Errorf("no records: %q, %v", empty.String(), err)
	}
}

// decodeObject decodes one JSON object.
func decodeObject(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%v in %s", err, data)
	}
	return m
}
