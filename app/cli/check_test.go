package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"renda/app/gen"
)

// runCheck runs renda check on args.
func runCheck(args ...string) outcome {
	var out, errb bytes.Buffer
	code := Check(args, strings.NewReader(""), &out, &errb)
	return outcome{code, out.String(), errb.String()}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{N: 40, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	truth := filepath.Join(dir, "truth.jsonl")
	// the generator's truth is a keys file: every field agrees
	o := runCheck("--keys", truth, dir)
	if o.code != 0 || !strings.Contains(o.stdout, "every field") || !strings.Contains(o.stdout, "40 of 40 records agree") {
		t.Errorf("generated corpus: exit %d, stdout:\n%s\nstderr:\n%s", o.code, o.stdout, o.stderr)
	}
	// a key that disagrees, one for a report not given, another not keyed
	keys := filepath.Join(t.TempDir(), "keys.jsonl")
	write(t, keys, `{"id":"gen_000001","term":99}`+"\n\n"+`{"id":"gen_000002"}`+"\n"+`{"id":"nowhere","term":1}`+"\n")
	o = runCheck("--keys", keys, filepath.Join(dir, gen.FileName(1)), filepath.Join(dir, gen.FileName(2)))
	if o.code != 1 || !strings.Contains(o.stdout, "gen_000001 term\n  parsed ") || !strings.Contains(o.stdout, "key    99") ||
		!strings.Contains(o.stderr, `key "nowhere": no report of that id`) {
		t.Errorf("disagreeing keys: exit %d, stdout:\n%s\nstderr:\n%s", o.code, o.stdout, o.stderr)
	}
	if o := runCheck("--quiet", "--keys", keys, filepath.Join(dir, gen.FileName(1))); strings.Contains(o.stdout, "parsed") {
		t.Errorf("--quiet printed the disagreements:\n%s", o.stdout)
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	write(t, bad, `{"id":"a"}`+"\n"+`not json`+"\n")
	noID := filepath.Join(dir, "noid.jsonl")
	write(t, noID, `{"term":1}`+"\n")
	twice := filepath.Join(dir, "twice.jsonl")
	write(t, twice, `{"id":"a"}`+"\n"+`{"id":"a"}`+"\n")
	shape := filepath.Join(dir, "shape.jsonl")
	write(t, shape, `{"id":"a","presiding":"王珍"}`+"\n")
	report := filepath.Join(dir, "a.txt")
	write(t, report, "某县第十八届人民代表大会第三次会议开幕\n会议由王珍主持。\n")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{dir}, "--keys FILE is required"},
		{[]string{"--keys", bad}, "no report files"},
		{[]string{"--keys", bad, report}, "bad.jsonl:2: not a JSON object"},
		{[]string{"--keys", noID, report}, `noid.jsonl:1: no "id"`},
		{[]string{"--keys", twice, report}, `twice.jsonl:2: id "a" keyed twice`},
		{[]string{"--keys", filepath.Join(dir, "missing.jsonl"), report}, "missing.jsonl"},
		{[]string{"--keys", shape, report}, "shape.jsonl: key a: field presiding"},
	} {
		if o := runCheck(tt.args...); o.code != 2 || !strings.Contains(o.stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, o.code, o.stderr, tt.want)
		}
	}
}

// write writes s to the file name.
func write(t *testing.T, name, s string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
