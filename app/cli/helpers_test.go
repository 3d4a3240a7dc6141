package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"renda/parse"
	"renda/seeds"
)

// outcome is what one run of the command gave.
type outcome struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command with cfg on args, stdin reading in.
func runCLI(t *testing.T, cfg config, in string, args ...string) outcome {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(in), &out, &errb, cfg)
	return outcome{code, out.String(), errb.String()}
}

// seedNames returns the bundled report file names, sorted.
func seedNames(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(seeds.FS(), "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("seeds: %v %v", names, err)
	}
	sort.Strings(names)
	return names
}

// seedIDs returns the ids of the bundled reports, in file name order.
func seedIDs(t *testing.T) []string {
	var ids []string
	for _, n := range seedNames(t) {
		ids = append(ids, parse.ID(n))
	}
	return ids
}

// seedBytes returns the content of the first bundled report.
func seedBytes(t *testing.T) []byte {
	t.Helper()
	b, err := fs.ReadFile(seeds.FS(), seedNames(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedDir copies the bundled reports into a fresh folder and returns it.
func seedDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range seedNames(t) {
		b, err := fs.ReadFile(seeds.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, n), b)
	}
	return dir
}

// writeFile writes data to path, creating folders as needed.
func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonlIDs decodes JSON Lines output and returns the ids in order.
func jsonlIDs(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	for line := range strings.Lines(out) {
		ids = append(ids, decodeObject(t, []byte(line))["id"].(string))
	}
	return ids
}

func equal(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}
