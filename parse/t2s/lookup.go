package t2s

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// phrase is one dictionary phrase: traditional key and simplified value.
type phrase struct{ key, val string }

// entry is what the dictionary holds for one traditional rune: its
// simplified form ("" when the rune itself is not converted) and the phrases
// starting with it, longest first.
type entry struct {
	val     string
	phrases []phrase
}

// dict is the read-only dictionary, built once from table.go.
type dict struct {
	lo, hi  rune            // dense covers runes lo..hi-1
	dense   []uint16        // dense[r-lo] is 1 + an index into entries, or 0
	sparse  map[rune]uint16 // the same for runes outside lo..hi-1
	entries []entry
}

// table returns the dictionary, building it on first use.
var table = sync.OnceValue(build)

// Dense range: the CJK Extension A and Unified Ideographs blocks, where
// nearly all keys live.
const denseLo, denseHi = 0x3400, 0xA000

func build() *dict {
	d := &dict{
		lo:     denseLo,
		hi:     denseHi,
		dense:  make([]uint16, denseHi-denseLo),
		sparse: make(map[rune]uint16),
	}
	d.entries = make([]entry, 0, 4400)
	slot := func(r rune) *entry {
		var idx uint16
		if r >= d.lo && r < d.hi {
			idx = d.dense[r-d.lo]
		} else {
			idx = d.sparse[r]
		}
		if idx == 0 {
			d.entries = append(d.entries, entry{})
			idx = uint16(len(d.entries))
			if r >= d.lo && r < d.hi {
				d.dense[r-d.lo] = idx
			} else {
				d.sparse[r] = idx
			}
		}
		return &d.entries[idx-1]
	}
	for s := charPairs; s != ""; {
		k, n := utf8.DecodeRuneInString(s)
		_, m := utf8.DecodeRuneInString(s[n:])
		slot(k).val = s[n : n+m]
		s = s[n+m:]
	}
	for s := phrasePairs; s != ""; {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		k, v, _ := strings.Cut(line, "\t")
		first, _ := utf8.DecodeRuneInString(k)
		e := slot(first)
		e.phrases = append(e.phrases, phrase{k, v})
	}
	for i := range d.entries {
		ps := d.entries[i].phrases
		// Longest first, so the first prefix match is the longest one.
		for a := 1; a < len(ps); a++ {
			for b := a; b > 0 && len(ps[b].key) > len(ps[b-1].key); b-- {
				ps[b], ps[b-1] = ps[b-1], ps[b]
			}
		}
	}
	return d
}

// lookup returns the entry for r, or nil.
func (d *dict) lookup(r rune) *entry {
	var idx uint16
	if r >= d.lo && r < d.hi {
		idx = d.dense[r-d.lo]
	} else if r >= 0x80 {
		idx = d.sparse[r]
	}
	if idx == 0 {
		return nil
	}
	return &d.entries[idx-1]
}
