package fold

import (
	"testing"
	"unicode/utf8"

	"renda/parse/fold/internal/reference"
	"renda/parse/t2s"
)

// TestRuneTable folds every non-ASCII rune on its own and compares it with
// the reference (x/text's width and NFKC tables, t2s first): the generated
// table must be current (go generate in parse/fold).
func TestRuneTable(t *testing.T) {
	bad := 0
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		want := t2s.Convert(s)
		if want == s {
			if repl, ok := reference.Fold(r); ok {
				want = repl
			}
		}
		if got := String(s); got != want {
			if bad++; bad <= 20 {
				t.Errorf("String(%q U+%04X) = %q, want %q", s, r, got, want)
			}
		}
	}
	if bad > 20 {
		t.Errorf("… %d runes in all fold otherwise than the reference", bad)
	}
}
