package explore

import (
	"strings"
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
	ix.sources = t
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
	for i, name := range s.names {
		if strings.Contains(name, t) {
			for _, d := range s.docs[s.at[i]:s.at[i+1]] {
				f(int(d))
			}
		}
	}
}
