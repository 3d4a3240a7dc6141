package explore

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// sourceTable files the documents under their sources (the outlet or
// account a page names: 隆回县融媒体中心, 湄潭永兴), so that a term the page
// gives only there finds it: the parser keeps the source line out of the
// body text, and a county's roundup headed 我县… names its county nowhere
// else. Outlets repeat, so the table holds each distinct source once.
type sourceTable struct {
	names []string // the distinct sources, normalised, "" left out
	at    []int32  // names[i]'s documents are docs[at[i]:at[i+1]]
	docs  []int32  // ascending within each source
	// The names by character, so that a term is checked against the
	// names holding its rarest character only: a corpus of 100,000
	// reports has tens of thousands of sources, one scan of which cost
	// a keystroke a millisecond natively. Filed by the first search that
	// needs them (filing, not loading, pays: 5 ms natively for 30,000).
	filing *sync.Once
	runes  []rune  // the characters of the names, ascending
	runeAt []int32 // runes[i]'s names are byRune[runeAt[i]:runeAt[i+1]]
	byRune []int32 // ascending within each character
}

// indexSources builds ix.sources from the documents' sources.
func (ix *Index) indexSources() {
	number := map[string]int32{} // source as printed → its number
	var printed []string
	of := make([]int32, len(ix.Docs))
	for d := range ix.Docs {
		s := ix.Docs[d].Source()
		if s == "" {
			of[d] = -1
			continue
		}
		n, ok := number[s]
		if !ok {
			n = int32(len(printed))
			number[s] = n
			printed = append(printed, s)
		}
		of[d] = n
	}
	t := sourceTable{names: make([]string, len(printed)), at: make([]int32, len(printed)+1)}
	for i, s := range printed {
		t.names[i] = Normalise(s)
	}
	for _, n := range of {
		if n >= 0 {
			t.at[n+1]++
		}
	}
	for i := 1; i < len(t.at); i++ {
		t.at[i] += t.at[i-1]
	}
	t.docs = make([]int32, t.at[len(t.at)-1])
	next := append([]int32(nil), t.at[:len(printed)]...)
	for d, n := range of {
		if n >= 0 {
			t.docs[next[n]] = int32(d)
			next[n]++
		}
	}
	t.filing = new(sync.Once)
	ix.sources = t
}

// lastFiled is the last character filed as itself (sourceTable.runes):
// those beyond the Basic Multilingual Plane, rare in names, are filed
// together under it.
const lastFiled = 0xFFFF

// filed returns the character r is filed under.
func filed(r rune) rune { return min(r, lastFiled) }

// indexRunes files the table's names by the characters they hold: two
// passes over the names and arrays by character, no map or search (30,000
// names in a millisecond or two natively).
func (t *sourceTable) indexRunes() {
	count := make([]int32, lastFiled+1) // names holding the character; then where its next goes
	last := make([]int32, lastFiled+1)  // the last name that counted it, +1; then −1 − the last filed
	for n, name := range t.names {
		for _, r := range name {
			if f := filed(r); last[f] != int32(n+1) {
				last[f] = int32(n + 1)
				count[f]++
			}
		}
	}
	t.runeAt = []int32{0}
	for r, c := range count {
		if c > 0 {
			t.runes = append(t.runes, rune(r))
			t.runeAt = append(t.runeAt, t.runeAt[len(t.runeAt)-1]+c)
			count[r] = t.runeAt[len(t.runeAt)-2]
		}
	}
	t.byRune = make([]int32, t.runeAt[len(t.runeAt)-1])
	for n, name := range t.names {
		for _, r := range name {
			if f := filed(r); last[f] != int32(-1-n) {
				last[f] = int32(-1 - n)
				t.byRune[count[f]] = int32(n)
				count[f]++
			}
		}
	}
}

// holding returns the names that hold every character of term, and more:
// those holding its rarest character.
func (t *sourceTable) holding(term string) []int32 {
	var best []int32
	for i, r := range term {
		k, ok := slices.BinarySearch(t.runes, filed(r))
		if !ok {
			return nil
		}
		if l := t.byRune[t.runeAt[k]:t.runeAt[k+1]]; i == 0 || len(l) < len(best) {
			best = l
		}
	}
	return best
}

// congressWord reports whether t is what a user types for a session of a
// people's congress in general, which a report may never write so: 人代会
// for 县十八届人大四次会议 or 第十九届人民代表大会第三次会议, and 两会, the
// congress's and the CPPCC's sessions of the year.
func congressWord(t string) bool {
	switch t {
	case "人代会", "人大会议", "人大会", "两会":
		return true
	}
	return false
}

// matchCongress calls f with every document of a congress's session (its
// record gives the session's term and number, or the congress's level)
// when the normalised term t is a congressWord.
func (ix *Index) matchCongress(t string, f func(doc int)) {
	if !congressWord(t) {
		return
	}
	for d := range ix.Docs {
		if ix.labelOf[d] >= 0 || ix.Docs[d].Level() != "" {
			f(d)
		}
	}
}

// matchSources calls f with every document whose source holds the
// normalised term t as typed. A term of one character is no name of an
// outlet (县 or 报 would name most of them) and matches none.
func (ix *Index) matchSources(t string, f func(doc int)) {
	if utf8.RuneCountInString(t) < 2 {
		return
	}
	s := &ix.sources
	s.filing.Do(s.indexRunes)
	for _, i := range s.holding(t) {
		if strings.Contains(s.names[i], t) {
			for _, d := range s.docs[s.at[i]:s.at[i+1]] {
				f(int(d))
			}
		}
	}
}
