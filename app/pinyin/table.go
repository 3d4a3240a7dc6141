package pinyin

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// The table's range: the CJK Unified Ideographs block.
const firstHan, lastHan = 0x4E00, 0x9FFF

//go:embed syllables.txt
var syllableList string

//go:embed readings.bin
var readingsBin string

// table is the generated reading table, split once on first use.
type table struct {
	syllables []string // index + 1 is a syllable's id
	head      string   // two bytes per character: its first syllable id
	more      string   // four bytes per further reading: offset, syllable id
}

// The table is split on first use. It is not a sync.OnceValue: that is
// set up by the package's initialisation, which would keep the table in
// every program importing the package, such as the browser app, which
// needs only Fold (40 KB of brotli in app.wasm).
var (
	tableOnce sync.Once
	tableData table
)

// loadTable returns the reading table.
func loadTable() table {
	tableOnce.Do(func() {
		n := 2 * (lastHan - firstHan + 1)
		tableData = table{
			syllables: strings.Fields(syllableList),
			head:      readingsBin[:n],
			more:      readingsBin[n:],
		}
	})
	return tableData
}

// readings returns a character's toneless readings, the most common first,
// or nil when the table has none.
func readings(r rune) []string {
	if r == '〇' {
		return []string{"ling"}
	}
	if r < firstHan || r > lastHan {
		return nil
	}
	t := loadTable()
	off := int(r - firstHan)
	id := u16(t.head, 2*off)
	if id == 0 {
		return nil
	}
	out := []string{t.syllables[id-1]}
	n := len(t.more) / 4
	i := sort.Search(n, func(i int) bool {
		return int(u16(t.more, 4*i)) >= off
	})
	for ; i < n && int(u16(t.more, 4*i)) == off; i++ {
		out = append(out, t.syllables[u16(t.more, 4*i+2)-1])
	}
	return out
}

// u16 reads a little-endian uint16 at s[i:].
func u16(s string, i int) uint16 { return uint16(s[i]) | uint16(s[i+1])<<8 }
