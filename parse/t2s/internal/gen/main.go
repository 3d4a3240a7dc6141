// Command gen writes table.go, the traditional → simplified dictionary of
// package t2s, from OpenCC's TSCharacters.txt and TSPhrases.txt.
//
// Run it through go generate in parse/t2s. By default it fetches the
// dictionaries with "go mod download" from the module named by -module, in a
// scratch module so that the repository's go.mod and go.sum stay untouched;
// -dict names a directory holding the two files instead.
//
// Only phrases whose conversion differs from the character-by-character
// conversion are kept: the others add nothing but size. Every phrase of the
// source is checked to convert as the dictionary says with the reduced table.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	module := flag.String("module", "github.com/longbridgeapp/opencc@v0.3.13", "module@version holding dictionary/TS*.txt")
	dict := flag.String("dict", "", "directory holding TSCharacters.txt and TSPhrases.txt (default: download -module)")
	out := flag.String("o", "table.go", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("t2s gen: ")

	dir := *dict
	if dir == "" {
		d, err := download(*module)
		if err != nil {
			log.Fatal(err)
		}
		dir = filepath.Join(d, "dictionary")
	}
	chars, err := readDict(filepath.Join(dir, "TSCharacters.txt"))
	if err != nil {
		log.Fatal(err)
	}
	phrases, err := readDict(filepath.Join(dir, "TSPhrases.txt"))
	if err != nil {
		log.Fatal(err)
	}
	src, err := generate(*module, chars, phrases)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// download fetches module (path@version) into the module cache from a scratch
// module and returns its directory.
func download(module string) (string, error) {
	tmp, err := os.MkdirTemp("", "t2sgen")
	if err != nil {
		return "", fmt.Errorf("scratch module: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte("module t2sgen\n"), 0o644); err != nil {
		return "", fmt.Errorf("scratch module: %w", err)
	}
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Dir = tmp
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(b, &info); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", module, info.Error)
	}
	return info.Dir, nil
}

type pair struct{ key, val string }

// readDict reads an OpenCC dictionary: "key\tvalue1 value2 ..." lines; the
// first value is taken.
func readDict(name string) ([]pair, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ps []pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		v, _, _ = strings.Cut(v, " ")
		if !ok || k == "" || v == "" || !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: malformed line %q", name, n, line)
		}
		ps = append(ps, pair{k, v})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ps, nil
}

func generate(module string, chars, phrases []pair) ([]byte, error) {
	cm := make(map[rune]rune, len(chars))
	for _, p := range chars {
		if utf8.RuneCountInString(p.key) != 1 || utf8.RuneCountInString(p.val) != 1 {
			return nil, fmt.Errorf("character entry %q → %q is not one rune to one rune", p.key, p.val)
		}
		k, _ := utf8.DecodeRuneInString(p.key)
		v, _ := utf8.DecodeRuneInString(p.val)
		if k == v {
			continue
		}
		cm[k] = v
	}
	byChar := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if v, ok := cm[r]; ok {
				r = v
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	var kept []pair
	for _, p := range phrases {
		if byChar(p.key) != p.val {
			kept = append(kept, p)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })

	// Check: every source phrase converts to its value with the reduced table
	// under forward maximum matching.
	convert := func(s string) string {
		var b strings.Builder
		for s != "" {
			best := -1
			for i, p := range kept {
				if strings.HasPrefix(s, p.key) && (best < 0 || len(p.key) > len(kept[best].key)) {
					best = i
				}
			}
			if best >= 0 {
				b.WriteString(kept[best].val)
				s = s[len(kept[best].key):]
				continue
			}
			r, n := utf8.DecodeRuneInString(s)
			if v, ok := cm[r]; ok {
				r = v
			}
			b.WriteRune(r)
			s = s[n:]
		}
		return b.String()
	}
	for _, p := range phrases {
		if got := convert(p.key); got != p.val {
			return nil, fmt.Errorf("phrase %q converts to %q with the reduced table, want %q", p.key, got, p.val)
		}
	}

	keys := make([]rune, 0, len(cm))
	for k := range cm {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Code generated by go run ./internal/gen; DO NOT EDIT.\n\n")
	fmt.Fprintf(&buf, "// Source: OpenCC dictionaries TSCharacters.txt and TSPhrases.txt as shipped\n")
	fmt.Fprintf(&buf, "// in the Go module %s.\n", module)
	fmt.Fprintf(&buf, "// Licence: Apache License 2.0 (see NOTICE in this directory).\n")
	fmt.Fprintf(&buf, "// %d character pairs; %d of %d phrases (those that differ from the\n", len(keys), len(kept), len(phrases))
	fmt.Fprintf(&buf, "// character-by-character conversion).\n\n")
	fmt.Fprintf(&buf, "package t2s\n\n")
	fmt.Fprintf(&buf, "// charPairs holds traditional/simplified rune pairs, sorted by the\n// traditional rune.\n")
	fmt.Fprintf(&buf, "const charPairs = \"\" +\n")
	var line strings.Builder
	for i, k := range keys {
		line.WriteRune(k)
		line.WriteRune(cm[k])
		if (i+1)%32 == 0 || i == len(keys)-1 {
			sep := " +"
			if i == len(keys)-1 {
				sep = ""
			}
			fmt.Fprintf(&buf, "\t%q%s\n", line.String(), sep)
			line.Reset()
		}
	}
	fmt.Fprintf(&buf, "\n// phrasePairs holds \"traditional\\tsimplified\\n\" lines, sorted.\n")
	fmt.Fprintf(&buf, "const phrasePairs = \"\" +\n")
	for i, p := range kept {
		sep := " +"
		if i == len(kept)-1 {
			sep = ""
		}
		fmt.Fprintf(&buf, "\t%q%s\n", p.key+"\t"+p.val+"\n", sep)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("format generated source: %w", err)
	}
	return src, nil
}
