package seeds

import (
	"io/fs"
	"testing"
)

func TestFSHoldsTheReports(t *testing.T) {
	names, err := fs.Glob(FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 5 {
		t.Fatalf("got %d reports %v, want 5", len(names), names)
	}
	for _, n := range names {
		b, err := fs.ReadFile(FS(), n)
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v (%d bytes)", n, err, len(b))
		}
	}
}
