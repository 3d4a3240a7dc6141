//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"renda/app/site"
)

// wasmBudget is the most app.wasm may weigh as `make dist` ships it,
// brotli at the best level: the explorer's issue allows 2.0 MB (a bare
// go-app app is 1.4 MB), which keeps the first visit's download small.
const wasmBudget = 2_000_000

// TestWasmBudget builds a site as `make dist` does, every file at its best
// compression, and checks app.wasm.br against the budget: code added to
// the interface shows here, not in a README figure found later. (The
// compressed copy is cached by content: a first run takes about a minute
// of brotli.)
func TestWasmBudget(t *testing.T) {
	dir, _, err := env.buildWith(env.pack, onlyRoot, nil, func(o *site.Options) { o.Fast = false })
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, "web", "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("app.wasm.br: %d bytes, %d under the budget of %d", fi.Size(), wasmBudget-fi.Size(), wasmBudget)
	if fi.Size() > wasmBudget {
		t.Errorf("app.wasm is %d bytes brotli, over the budget of %d by %d: keep code out of the interface, or make room (README, sizes)", fi.Size(), wasmBudget, fi.Size()-wasmBudget)
	}
}

// TestMakefileWasmFlags checks that the browser tests build the wasm as
// `make wasm` does: wasmFlags are the Makefile's WASMFLAGS, word for word
// (single quotes as the shell reads them).
func TestMakefileWasmFlags(t *testing.T) {
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	mk, err := os.ReadFile(filepath.Join(repo, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for l := range strings.Lines(string(mk)) {
		if v, ok := strings.CutPrefix(l, "WASMFLAGS = "); ok {
			line = strings.TrimSpace(v)
		}
	}
	if line == "" {
		t.Fatal("Makefile: no WASMFLAGS = line")
	}
	if got := shellWords(line); !slices.Equal(got, wasmFlags()) {
		t.Errorf("Makefile's WASMFLAGS are %q, the browser tests build with %q", got, wasmFlags())
	}
}

// shellWords splits s into words as the shell does for spaces and single
// quotes (all the Makefile's flags use).
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	in, quoted := false, false // in a word; inside single quotes
	for _, r := range s {
		switch {
		case r == '\'':
			quoted, in = !quoted, true
		case r == ' ' && !quoted:
			if in {
				words = append(words, w.String())
				w.Reset()
			}
			in = false
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, w.String())
	}
	return words
}
