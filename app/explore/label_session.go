package explore

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"renda/parse/cnum"
)

// Session labels let a query name a term and session the way any report
// might write them: 十五届人大二次会议, 第15届…第2次会议, 十八届三次. Each
// document with a term or session gets a label built from its parsed
// fields with Arabic numbers, in a long, a short and a bare form
//
//	汾池区第15届人民代表大会第2次会议 · 汾池区15届人大2次会议 · 15届2次
//
// and a query term holding numerals is matched against the labels with
// its numerals written the same way (foldNumerals).

// sessionLabel returns document d's label, "" when it states neither term
// nor session.
func sessionLabel(locality string, term, session int) string {
	if term <= 0 && session <= 0 {
		return ""
	}
	var t, s string
	if term > 0 {
		t = strconv.Itoa(term) + "届"
	}
	if session > 0 {
		s = strconv.Itoa(session) + "次"
	}
	long, short := locality, locality
	if t != "" {
		long += "第" + t + "人民代表大会"
		short += t + "人大"
	}
	if s != "" {
		long += "第" + s + "会议"
		short += s + "会议"
	}
	// Parts are apart: a term never spans two of them.
	return long + "\x00" + short + "\x00" + t + s
}

// foldNumerals writes every run of numerals in s, Chinese or Arabic, as
// Arabic digits (第十五届 → 第15届), and reports whether it met any.
func foldNumerals(s string) (string, bool) {
	var b strings.Builder
	found := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !cnum.IsNumeral(r) {
			b.WriteRune(r)
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !cnum.IsNumeral(r) {
				break
			}
			j += n
		}
		if v, err := cnum.Parse(s[i:j]); err == nil {
			b.WriteString(strconv.Itoa(v))
			found = true
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String(), found
}

// indexLabels makes the session labels of every document.
func (ix *Index) indexLabels() {
	keys := make([]key, len(ix.Docs))
	for i := range ix.Docs {
		d := &ix.Docs[i]
		keys[i] = key{norm: sessionLabel(Normalise(d.Locality), d.Term, d.Session)}
	}
	ix.labels = newKeySet(keys)
}

// matchLabels calls f with every document whose session label contains
// the term t once its numerals are folded. Only a term naming a term or
// session (a numeral and 届 or 次) is matched: 一 alone is not a session.
func (ix *Index) matchLabels(t string, f func(doc int)) {
	if !strings.ContainsAny(t, "届次") {
		return
	}
	folded, ok := foldNumerals(t)
	if !ok {
		return
	}
	for _, d := range ix.labels.candidates(folded) {
		i := ix.labels.distinct[d]
		if !strings.Contains(ix.labels.keys[i].norm, folded) {
			continue
		}
		f(i)
		for _, j := range ix.labels.same[d] {
			f(j)
		}
	}
}
