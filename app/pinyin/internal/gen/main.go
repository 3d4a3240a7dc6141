// Command gen builds app/pinyin's reading table from the dictionary of
// github.com/mozillazg/go-pinyin (MIT; its data comes from pinyin-data).
//
// It keeps, for every character of the CJK Unified Ideographs block
// (U+4E00–U+9FFF), each distinct reading without tones, most common first,
// and writes two files:
//
//	syllables.txt  the toneless syllables, space-separated, sorted
//	readings.bin   for each character, two bytes (little endian): its first
//	               syllable's index + 1, or 0 when it has no reading; then,
//	               for every further reading, four bytes: the character's
//	               offset from U+4E00 and the syllable's index + 1, sorted
//
// Run it through `go generate ./app/pinyin`.
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	gopinyin "github.com/mozillazg/go-pinyin"
)

const first, last = 0x4E00, 0x9FFF

func main() {
	dir := flag.String("dir", ".", "directory to write syllables.txt and readings.bin to")
	flag.Parse()
	if err := run(*dir); err != nil {
		log.Fatal(err)
	}
}

func run(dir string) error {
	args := gopinyin.NewArgs()
	args.Heteronym = true
	args.Style = gopinyin.Normal
	readings := make([][]string, last-first+1)
	set := map[string]bool{}
	for r := rune(first); r <= last; r++ {
		for _, p := range gopinyin.SinglePinyin(r, args) {
			p = strings.ReplaceAll(p, "ü", "v")
			if !contains(readings[r-first], p) {
				readings[r-first] = append(readings[r-first], p)
				set[p] = true
			}
		}
	}
	syllables := make([]string, 0, len(set))
	for s := range set {
		syllables = append(syllables, s)
	}
	sort.Strings(syllables)
	index := map[string]uint16{}
	for i, s := range syllables {
		index[s] = uint16(i + 1)
	}
	head := make([]byte, 0, 2*len(readings))
	var tail []byte
	extra := 0
	for off, rs := range readings {
		if len(rs) == 0 {
			head = binary.LittleEndian.AppendUint16(head, 0)
			continue
		}
		head = binary.LittleEndian.AppendUint16(head, index[rs[0]])
		for _, p := range rs[1:] {
			tail = binary.LittleEndian.AppendUint16(tail, uint16(off))
			tail = binary.LittleEndian.AppendUint16(tail, index[p])
			extra++
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "syllables.txt"), []byte(strings.Join(syllables, " ")+"\n"), 0o644); err != nil {
		return fmt.Errorf("write syllables: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "readings.bin"), append(head, tail...), 0o644); err != nil {
		return fmt.Errorf("write readings: %w", err)
	}
	log.Printf("%d syllables, %d characters, %d further readings, %d bytes", len(syllables), len(readings), extra, len(head)+len(tail))
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
