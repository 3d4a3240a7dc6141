package importer

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"a/b/报道 1.txt": "报道 1", "x.html": "x", ".txt": ".txt", "": "document", "a\x01b.txt": "ab",
		strings.Repeat("长", 80) + ".txt": strings.Repeat("长", maxStem),
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
