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

// Dict is the conversion dictionary, read-only once built. Get it with
// Load; the package-level functions use the same one.
type Dict struct {
	lo, hi  rune            // dense covers runes lo..hi-1
	dense   []uint16        // dense[r-lo] is 1 + an index into entries, or 0
	sparse  map[rune]uint16 // the same for runes outside lo..hi-1
	entries []entry
	starts  [(denseHi - denseLo) / 64]uint64 // bit r-lo set when dense[r-lo] != 0: fits in L1
}

// Load returns the dictionary, building it on first use (about 4,400
// entries, a fraction of a millisecond). Callers converting rune by rune
// can keep it to skip the once-check on every call.
func Load() *Dict { return table() }

// table builds the dictionary once.
var table = sync.OnceValue(build)

// Dense range: the CJK Extension A and Unified Ideographs blocks, where
// nearly all keys live.
const denseLo, denseHi = 0x3400, 0xA000

// minSparse bounds the keys outside the dense range from below: all are in
// the supplementary planes, so BMP punctuation and symbols skip the map.
const minSparse = 0x10000

func build() *Dict {
	d := &Dict{
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
		if (k < d.lo || k >= d.hi) && k < minSparse {
			panic("t2s: table.go has a key below minSparse outside the dense range; update lookup.go")
		}
		_, m := utf8.DecodeRuneInString(s[n:])
		slot(k).val = s[n : n+m]
		s = s[n+m:]
	}
	for s := phrasePairs + placePhrases; s != ""; {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		k, v, _ := strings.Cut(line, "\t")
		first, _ := utf8.DecodeRuneInString(k)
		if (first < d.lo || first >= d.hi) && first < minSparse {
			panic("t2s: table.go has a phrase starting below minSparse outside the dense range; update lookup.go")
		}
		e := slot(first)
		e.phrases = append(e.phrases, phrase{k, v})
	}
	for i, idx := range d.dense {
		if idx != 0 {
			d.starts[i/64] |= 1 << (i % 64)
		}
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
func (d *Dict) lookup(r rune) *entry {
	var idx uint16
	if r >= d.lo && r < d.hi {
		idx = d.dense[r-d.lo]
	} else if r >= minSparse {
		idx = d.sparse[r]
	}
	if idx == 0 {
		return nil
	}
	return &d.entries[idx-1]
}

// Starts reports whether a conversion may start with r: r is a traditional
// character or begins a dictionary phrase. It is a quick filter before
// Match.
func (d *Dict) Starts(r rune) bool {
	if r >= d.lo && r < d.hi {
		i := r - d.lo
		return d.starts[i/64]&(1<<(i%64)) != 0
	}
	return r >= minSparse && d.sparse[r] != 0
}

// Match converts the text at the start of s: the longest dictionary phrase
// starting there, else the first character. It returns the simplified text
// and the number of bytes of s it replaces; n is 0 when the first character
// of s needs no conversion (and starts no phrase that does).
//
// out has as many runes as s[:n] except for a few phrases; callers that map
// output back to input can pair runes one to one when the counts agree and
// treat the phrase as one unit otherwise.
func (d *Dict) Match(s string) (out string, n int) {
	if s == "" || s[0] < utf8.RuneSelf {
		return "", 0
	}
	r, size := utf8.DecodeRuneInString(s)
	e := d.lookup(r)
	if e == nil {
		return "", 0
	}
	for _, p := range e.phrases {
		if strings.HasPrefix(s, p.key) {
			return p.val, len(p.key)
		}
	}
	if e.val == "" {
		return "", 0
	}
	return e.val, size
}

// placePhrases keep place names that hold a character the tables simplify
// elsewhere, written in simplified script already (乾县, not 干县: the
// tables know 乾縣 only), in the form of phrasePairs.
const placePhrases = "" +
	"乾县\t乾县\n" + // 陕西咸阳
	"乾安\t乾安\n" // 吉林松原
