package explore

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"renda/parse/cnum"
)

// Session labels let a query name a term and session the way any report
// might write them: 十五届人大二次会议, 第15届…第2次会议, 十八届三次,
// 汾池区十八届三次. Each document with a term or session gets a label
// built from its parsed fields with Arabic numbers, in a long, a short and
// a bare form, each after the document's locality
//
//	汾池区第15届人民代表大会第2次会议 · 汾池区15届人大2次会议 · 汾池区15届2次
//
// and a query term holding numerals is matched against the labels with
// its numerals written the same way (foldNumerals).

// labelForms returns the long, short and bare forms of a label, each
// after the document's locality in its label; all "" for a document with
// neither term nor session.
func labelForms(term, session int) (long, short, bare string) {
	if term <= 0 && session <= 0 {
		return "", "", ""
	}
	var t, s string
	if term > 0 {
		t = strconv.Itoa(term) + "届"
		long += "第" + t + "人民代表大会"
		short += t + "人大"
	}
	if session > 0 {
		s = strconv.Itoa(session) + "次"
		long += "第" + s + "会议"
		short += s + "会议"
	}
	return long, short, t + s
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

// labelGroup is the documents of one term and session: their labels
// differ only in their localities.
type labelGroup struct {
	long, short, bare string // labelForms
	docs              []int  // ascending
}

// indexLabels groups the documents with a term or session by the two:
// a label is a locality (the locality's key) and a form of its group's,
// which matchLabels matches apart. Shipping the labels' key set cost 10
// MB of the 26 MB of tables at 100,000 reports; grouping takes
// milliseconds.
func (ix *Index) indexLabels() {
	ix.labelOf = make([]int32, len(ix.Docs))
	at := map[[2]int]int32{}
	ix.labelGroups = nil
	for i := range ix.Docs {
		d := &ix.Docs[i]
		ix.labelOf[i] = -1
		if d.Term <= 0 && d.Session <= 0 {
			continue
		}
		ts := [2]int{max(d.Term, 0), max(d.Session, 0)}
		g, ok := at[ts]
		if !ok {
			g = int32(len(ix.labelGroups))
			at[ts] = g
			var lg labelGroup
			lg.long, lg.short, lg.bare = labelForms(ts[0], ts[1])
			ix.labelGroups = append(ix.labelGroups, lg)
		}
		ix.labelOf[i] = g
		ix.labelGroups[g].docs = append(ix.labelGroups[g].docs, i)
	}
}

// matchLabels calls f once with every document whose session label
// contains the term t once its numerals are folded, in ascending order.
// Only a term naming a term or session (a numeral and 届 or 次) is
// matched: 一 alone is not a session.
//
// A label is a locality and a form (labelForms), so t is in it when it is
// in the form, in the locality, or a suffix of the locality followed by
// a prefix of the form: the forms are those of a few hundred groups, the
// localities a key set.
func (ix *Index) matchLabels(t string, f func(doc int)) {
	if !strings.ContainsAny(t, "届次") {
		return
	}
	folded, ok := foldNumerals(t)
	if !ok {
		return
	}
	var docs []int
	// t in the form: the whole group.
	for _, g := range ix.labelGroups {
		if strings.Contains(g.long, folded) || strings.Contains(g.short, folded) || strings.Contains(g.bare, folded) {
			docs = append(docs, g.docs...)
		}
	}
	// t in a locality, or across its end and a form's start.
	docs = ix.localityDocs(docs, folded, false, nil)
	groups := make([]bool, len(ix.labelGroups))
	for k := range folded {
		if k == 0 {
			continue // the head must hold a character
		}
		head, tail := folded[:k], folded[k:]
		found := false
		for gi, g := range ix.labelGroups {
			groups[gi] = strings.HasPrefix(g.long, tail) || strings.HasPrefix(g.short, tail) || strings.HasPrefix(g.bare, tail)
			found = found || groups[gi]
		}
		if found {
			docs = ix.localityDocs(docs, head, true, groups)
		}
	}
	slices.Sort(docs)
	for _, d := range slices.Compact(docs) {
		f(d)
	}
}

// localityDocs appends to docs the documents with a label (of groups, if
// not nil) whose locality's key contains s, or ends with it (suffix).
func (ix *Index) localityDocs(docs []int, s string, suffix bool, groups []bool) []int {
	for _, d := range ix.locality.candidates(s) {
		i := int(ix.locality.distinct[d])
		if n := ix.locality.form(int(d)); suffix && !strings.HasSuffix(n, s) || !suffix && !strings.Contains(n, s) {
			continue
		}
		same := ix.locality.same(int(d))
		for j := -1; j < len(same); j++ {
			doc := i
			if j >= 0 {
				doc = int(same[j])
			}
			if g := ix.labelOf[doc]; g >= 0 && (groups == nil || groups[g]) {
				docs = append(docs, doc)
			}
		}
	}
	return docs
}
