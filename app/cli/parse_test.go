package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"renda/app/records"
)

// listFields are the record fields that hold JSON arrays.
var listFields = []string{
	"presiding", "speakers", "reports", "executive_chairs", "rostrum",
	"elected", "resolutions", "photographers", "evidence", "warnings",
}

// decodeObject decodes one JSON record and checks its shape: every schema
// field present, lists as arrays (never null), attendance null or an object.
func decodeObject(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("invalid JSON record: %v\n%s", err, data)
	}
	checkShape(t, m)
	return m
}

func checkShape(t *testing.T, m map[string]any) {
	t.Helper()
	for _, f := range listFields {
		if _, ok := m[f].([]any); !ok {
			t.Errorf("%v: %s = %#v, want a JSON array", m["id"], f, m[f])
		}
	}
	a, ok := m["attendance"]
	if !ok {
		t.Errorf("%v: attendance missing", m["id"])
	} else if _, obj := a.(map[string]any); a != nil && !obj {
		t.Errorf("%v: attendance = %#v, want null or an object", m["id"], a)
	}
	for _, f := range []string{"id", "title", "locality", "level", "event", "date", "date_basis", "published", "source", "text"} {
		if _, ok := m[f].(string); !ok {
			t.Errorf("%v: %s = %#v, want a string", m["id"], f, m[f])
		}
	}
	for _, f := range []string{"term", "session", "plenary"} {
		if _, ok := m[f].(float64); !ok {
			t.Errorf("%v: %s = %#v, want a number", m["id"], f, m[f])
		}
	}
}

func TestFormats(t *testing.T) {
	dir := seedDir(t)
	want := seedIDs(t)
	tests := []struct {
		args  []string
		check func(t *testing.T, out string) []string // returns the ids
	}{
		{[]string{}, decodeJSONArray},
		{[]string{"--format", "json"}, decodeJSONArray},
		{[]string{"-format", "jsonl"}, func(t *testing.T, out string) []string {
			if n := strings.Count(out, "\n"); n != len(want) || !strings.HasSuffix(out, "\n") {
				t.Errorf("%d lines, want %d", n, len(want))
			}
			return jsonlIDs(t, out)
		}},
		{[]string{"--format=csv"}, func(t *testing.T, out string) []string {
			return csvIDs(t, out, false)
		}},
		{[]string{"--format", "csv", "--bom"}, func(t *testing.T, out string) []string {
			return csvIDs(t, out, true)
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			o := runCLI(t, config{}, "", append(tt.args, dir)...)
			if o.code != 0 || o.stderr != "" {
				t.Fatalf("exit %d, stderr %q", o.code, o.stderr)
			}
			if got := tt.check(t, o.stdout); !equal(got, want) {
				t.Errorf("ids %v, want %v", got, want)
			}
		})
	}
}

// decodeJSONArray checks the json output and returns its ids.
func decodeJSONArray(t *testing.T, out string) []string {
	t.Helper()
	var recs []json.RawMessage
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("invalid JSON array: %v", err)
	}
	if !strings.HasPrefix(out, "[\n  {\n    \"id\": ") || !strings.HasSuffix(out, "\n]\n") {
		t.Errorf("not indented by two spaces: %.40q…%q", out, out[max(0, len(out)-10):])
	}
	if strings.Contains(out, `\u`) {
		t.Errorf("escaped characters in output; want UTF-8 as is")
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, decodeObject(t, r)["id"].(string))
	}
	return ids
}

// csvIDs checks the csv output (header, row widths) and returns its ids.
func csvIDs(t *testing.T, out string, bom bool) []string {
	t.Helper()
	if got := strings.HasPrefix(out, "\uFEFF"); got != bom {
		t.Fatalf("BOM present %v, want %v", got, bom)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatalf("invalid CSV: %v", err)
	}
	if len(rows) == 0 || !equal(rows[0], records.CSVColumns()) {
		t.Fatalf("header %v, want %v", rows[:min(1, len(rows))], records.CSVColumns())
	}
	var ids []string
	for _, r := range rows[1:] {
		ids = append(ids, r[0])
	}
	return ids
}

func TestFolderRecursionAndOrder(t *testing.T) {
	seed := seedBytes(t)
	root := t.TempDir()
	for _, p := range []string{"b/2.txt", "a/sub/0.txt", "a/1.txt", "a/2.TXT", "z.txt", "a/notes.md", "a/sub/x.json"} {
		writeFile(t, filepath.Join(root, p), seed)
	}
	single := filepath.Join(t.TempDir(), "single.report") // named explicitly: any extension
	writeFile(t, single, seed)

	o := runCLI(t, config{workers: 3, window: 2}, string(seed), "--format", "jsonl", single, root, "-")
	// b/2.txt has the name a/2.TXT has: its record takes the next free id.
	note := filepath.Join(root, "b", "2.txt") + `: id "2" already used: this record's id is "2-2"` + "\n"
	if o.code != 0 || o.stderr != note {
		t.Fatalf("exit %d, stderr %q, want %q", o.code, o.stderr, note)
	}
	want := []string{"single", "1", "2", "0", "2-2", "z", "stdin"} // a/1 a/2.TXT a/sub/0 b/2 z
	if got := jsonlIDs(t, o.stdout); !equal(got, want) {
		t.Errorf("ids %v, want %v", got, want)
	}
}

func TestStdin(t *testing.T) {
	o := runCLI(t, config{}, string(seedBytes(t)), "-")
	if o.code != 0 || o.stderr != "" {
		t.Fatalf("exit %d, stderr %q", o.code, o.stderr)
	}
	if got := decodeJSONArray(t, o.stdout); !equal(got, []string{"stdin"}) {
		t.Errorf("ids %v, want [stdin]", got)
	}
}

func TestOut(t *testing.T) {
	src := seedDir(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "records.jsonl")
	writeFile(t, out, []byte("old content that is longer than nothing\n"))

	o := runCLI(t, config{}, "", "--out", out, "--format", "jsonl", src)
	if o.code != 0 || o.stdout != "" || o.stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", o.code, o.stdout, o.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonlIDs(t, string(data)); !equal(got, seedIDs(t)) {
		t.Errorf("ids %v, want %v", got, seedIDs(t))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the output (no temp file left)", len(entries))
	}
}

func TestOutUnwritable(t *testing.T) {
	out := filepath.Join(t.TempDir(), "missing", "records.json")
	o := runCLI(t, config{}, "", "--out", out, seedDir(t))
	if o.code != 1 || !strings.Contains(o.stderr, out) {
		t.Errorf("exit %d, stderr %q; want 1 naming %s", o.code, o.stderr, out)
	}
	if _, err := os.Stat(filepath.Dir(out)); !os.IsNotExist(err) {
		t.Errorf("output folder created: %v", err)
	}
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, fmt.Errorf("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteFailure(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{seedDir(t)}, strings.NewReader(""), &failingWriter{}, &errb, config{})
	if code != 1 || !strings.Contains(errb.String(), "disk full") {
		t.Errorf("exit %d, stderr %q; want 1 and the write error", code, errb.String())
	}
}

func TestFailingFiles(t *testing.T) {
	dir := seedDir(t)
	empty := filepath.Join(dir, "001_empty.txt")
	binary := filepath.Join(dir, "sub", "binary.txt")
	writeFile(t, empty, nil)
	writeFile(t, binary, []byte("\xff\xff\x00\x00\xff\x00binary\xff\xfa\x00"))
	missing := filepath.Join(t.TempDir(), "missing.txt")

	for _, format := range []string{"json", "jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			o := runCLI(t, config{}, "", "--format", format, dir, missing)
			if o.code != 1 {
				t.Errorf("exit %d, want 1", o.code)
			}
			lines := strings.Split(strings.TrimSuffix(o.stderr, "\n"), "\n")
			want := []string{empty, binary, missing} // in input order
			if len(lines) != len(want) {
				t.Fatalf("stderr %q, want one line for each of %v", o.stderr, want)
			}
			for i, name := range want {
				if !strings.HasPrefix(lines[i], name+": ") || strings.Count(lines[i], name) != 1 || len(lines[i]) == len(name)+2 {
					t.Errorf("stderr line %q, want %q then a reason, the name once", lines[i], name+": ")
				}
			}
			var ids []string
			switch format {
			case "json":
				ids = decodeJSONArray(t, o.stdout)
			case "jsonl":
				ids = jsonlIDs(t, o.stdout)
			case "csv":
				ids = csvIDs(t, o.stdout, false)
			}
			if !equal(ids, seedIDs(t)) {
				t.Errorf("ids %v, want the seeds %v", ids, seedIDs(t))
			}
		})
	}
}

func TestEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "readme.md"), []byte("no reports"))
	o := runCLI(t, config{}, "", dir)
	if o.code != 1 || !strings.HasPrefix(o.stderr, dir+": ") {
		t.Errorf("exit %d, stderr %q; want 1 and %q…", o.code, o.stderr, dir+": ")
	}
	if strings.TrimSpace(o.stdout) != "[]" {
		t.Errorf("stdout %q, want []", o.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := seedDir(t)
	tests := [][]string{
		{},
		{"--format", "xml", dir},
		{"--nope", dir},
		{"--bom", dir},
		{"--format"},
		{"-", "-"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := runCLI(t, config{}, "", args...)
			if o.code != 2 || !strings.Contains(o.stderr, "usage: renda parse") || o.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and usage on stderr", o.code, o.stdout, o.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	o := runCLI(t, config{}, "", "-h")
	if o.code != 0 || !strings.HasPrefix(o.stdout, "usage: renda parse") {
		t.Errorf("exit %d, stdout %q", o.code, o.stdout)
	}
}

func TestFlagsAfterPaths(t *testing.T) {
	dir := seedDir(t)
	o := runCLI(t, config{}, "", dir, "--format", "jsonl")
	if o.code != 0 {
		t.Fatalf("exit %d, stderr %q", o.code, o.stderr)
	}
	if got := jsonlIDs(t, o.stdout); !equal(got, seedIDs(t)) {
		t.Errorf("ids %v", got)
	}
	// after --, everything is a path
	o = runCLI(t, config{}, "", "--", "--format")
	if o.code != 1 || !strings.HasPrefix(o.stderr, "--format: ") {
		t.Errorf("exit %d, stderr %q; want --format read as a missing file", o.code, o.stderr)
	}
}

func TestNonexistentPath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing-here")
	o := runCLI(t, config{}, "", missing)
	if o.code != 1 || o.stderr != missing+": no such file or directory\n" {
		t.Errorf("exit %d, stderr %q", o.code, o.stderr)
	}
}

func TestManyFilesOrderAndProgress(t *testing.T) {
	seed := seedBytes(t)
	dir := t.TempDir()
	const n = 300
	var want []string
	for i := range n {
		name := fmt.Sprintf("%04d", i)
		want = append(want, name)
		writeFile(t, filepath.Join(dir, name[:2], name+".txt"), seed)
	}
	writeFile(t, filepath.Join(dir, "01", "0150.txt"), nil) // fails midway
	want = append(want[:150], want[151:]...)

	o := runCLI(t, config{forceProgress: true, workers: 4, window: 3}, "", "--format", "csv", dir)
	if o.code != 1 {
		t.Errorf("exit %d, want 1", o.code)
	}
	if got := csvIDs(t, o.stdout, false); !equal(got, want) {
		t.Errorf("got %d ids, want %d in order", len(got), len(want))
	}
	if !strings.Contains(o.stderr, "parsed 300/300 files (") || !strings.Contains(o.stderr, " MB/s)") {
		t.Errorf("no progress line in stderr %q", o.stderr)
	}
	if !strings.HasSuffix(o.stderr, "\r") {
		t.Errorf("progress line not cleared at the end: %q", o.stderr[max(0, len(o.stderr)-60):])
	}
	// The failure starts a line: at the start, after a newline, or after
	// the carriage return that follows a cleared progress line.
	failure := filepath.Join(dir, "01", "0150.txt") + ": empty file\n"
	if !strings.HasPrefix(o.stderr, failure) && !strings.Contains(o.stderr, "\n"+failure) &&
		!strings.Contains(o.stderr, " \r"+failure) {
		t.Errorf("failure not on a line of its own: %q", o.stderr)
	}

	// not a terminal and not forced: no progress
	o = runCLI(t, config{}, "", "--format", "jsonl", dir)
	if strings.Contains(o.stderr, "parsed") {
		t.Errorf("progress shown although stderr is not a terminal: %q", o.stderr)
	}
}

// TestHTMLPages reads a folder of saved pages as a folder of text files:
// each page's text, in the charset it declares, without its markup.
func TestHTMLPages(t *testing.T) {
	page, err := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta charset="gbk"></head>
<body><nav>首页 | 新闻</nav><p>青山县第十八届人民代表大会第三次会议闭幕</p>
<p>2月8日上午，青山县第十八届人民代表大会第三次会议胜利闭幕。</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "2023", "闭幕.html"), []byte(page))
	writeFile(t, filepath.Join(root, "2023", "notes.md"), []byte("not a report"))
	o := runCLI(t, config{}, "", "--format", "jsonl", root)
	if o.code != 0 || o.stderr != "" {
		t.Fatalf("exit %d, stderr %q", o.code, o.stderr)
	}
	var rec struct {
		ID, Locality, Text string
		Term, Session      int
	}
	if err := json.Unmarshal([]byte(o.stdout), &rec); err != nil {
		t.Fatalf("%v: %q", err, o.stdout)
	}
	if rec.ID != "闭幕" || rec.Locality != "青山县" || rec.Term != 18 || rec.Session != 3 || strings.ContainsAny(rec.Text, "<>") {
		t.Errorf("record %+v, want the page's report, its text without markup", rec)
	}
}
