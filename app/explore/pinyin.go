package explore

import (
	"iter"
	"slices"
	"sort"
	"strings"

	"renda/app/pinyin"
)

// pyEntry is a locality with its pinyin keys.
type pyEntry struct {
	name string
	spelling
	docs []int // ascending
}

// pyPerson is a person of the index, ix.names[name], with their spelling,
// entry spell of ix.spellings.people: two numbers rather than a copy of both, 4.5
// MB for the 560,000 people of 100,000 reports where copies took 58 MB.
type pyPerson struct{ name, spell int32 }

// match reports how the folded latin query q matches the spelling: the
// tier, a score within it, and the spelling to show beside the name.
func (e *spelling) match(q string) (tier, score int, shown string) {
	if e.readings == "" {
		return e.matchPlain(q)
	}
	full, initials := e.keys()
	first, _, _ := strings.Cut(full, recordSep) // the name's own reading
	best := tierNone
	for k := range strings.SplitSeq(full, recordSep) {
		if k == "" || !strings.HasPrefix(k, q) {
			continue
		}
		t := tierInside
		if k == q {
			t = tierExact
		}
		s := 100 - min(len(k)-len(q), 99)
		if t > best || (t == best && s > score) {
			best, score, shown = t, s, e.shown
			if k != first && !strings.HasPrefix(first, q) {
				shown = k // an other reading matched: show that one
			}
		}
	}
	if best != tierNone {
		return best, score, shown
	}
	for k := range strings.SplitSeq(initials, recordSep) {
		if k != "" && strings.HasPrefix(k, q) {
			return tierInside, 50 - min(len(k)-len(q), 49), e.shown
		}
	}
	return tierNone, 0, ""
}

// matchPlain is match for a name read one way only (no readings): its
// full key is shown without spaces, its initials key the syllables' first
// letters; neither is built.
func (e *spelling) matchPlain(q string) (tier, score int, shown string) {
	full, initials := 0, 0           // the keys' lengths
	fullOK, initialsOK := true, true // q is a prefix of the key so far
	for j := 0; j < len(e.shown); j++ {
		c := e.shown[j]
		if c == ' ' {
			continue
		}
		if full < len(q) && q[full] != c {
			fullOK = false
		}
		full++
		if j == 0 || e.shown[j-1] == ' ' {
			if initials < len(q) && q[initials] != c {
				initialsOK = false
			}
			initials++
		}
	}
	switch {
	case full == 0:
		return tierNone, 0, ""
	case fullOK && full >= len(q):
		if full == len(q) {
			return tierExact, 100, e.shown
		}
		return tierInside, 100 - min(full-len(q), 99), e.shown
	case initialsOK && initials >= len(q):
		return tierInside, 50 - min(initials-len(q), 49), e.shown
	}
	return tierNone, 0, ""
}

// pinyinPeople returns the people that the latin query q may match, in
// order: those one of whose keys starts with q's first letter.
func (ix *Index) pinyinPeople(q string) iter.Seq[pyPerson] {
	return func(yield func(pyPerson) bool) {
		if c := q[0]; c >= 'a' && c <= 'z' {
			for _, i := range ix.pyLetter[c-'a'] {
				if !yield(ix.pyPeople[i]) {
					return
				}
			}
			return
		}
		for _, p := range ix.pyPeople {
			if !yield(p) {
				return
			}
		}
	}
}

// letters returns the letters (0 for a) that the spelling's keys start
// with: a query matches it only if it starts with one of them.
func (e *spelling) letters() iter.Seq[int] {
	return func(yield func(int) bool) {
		var seen uint32
		add := func(k string) bool {
			if k == "" || k[0] < 'a' || k[0] > 'z' || seen&(1<<(k[0]-'a')) != 0 {
				return true
			}
			seen |= 1 << (k[0] - 'a')
			return yield(int(k[0] - 'a'))
		}
		if e.readings == "" {
			add(e.shown)
			return
		}
		full, initials := e.keys()
		for k := range strings.SplitSeq(full+recordSep+initials, recordSep) {
			if !add(k) {
				return
			}
		}
	}
}

// pinyinQuery returns the folded pinyin of term t when it can be one: latin
// letters (digits allowed) with at least one letter; else "".
func pinyinQuery(t string) string {
	q := pinyin.Fold(t)
	if q == "" || strings.IndexFunc(q, func(r rune) bool { return r >= 'a' && r <= 'z' }) < 0 {
		return ""
	}
	return q
}

// matchPinyin adds to out the documents whose place or people match the
// latin term q by pinyin, as a chain of pinyinHits per document
// (pinyinDetail makes their spans and spellings).
func (ix *Index) matchPinyin(q string, out *matches) {
	unit, _ := lookup(pinyinUnits, q)
	for i := range ix.pyPlaces {
		e := &ix.pyPlaces[i]
		tier, score, _ := e.match(q)
		if tier == tierNone && unit != "" && strings.HasSuffix(e.name, unit) {
			tier, score = tierInside, 50
		}
		if tier == tierNone {
			continue
		}
		for _, doc := range e.docs {
			m := out.get(doc)
			out.addPinyin(m, pinyinHit{place: int32(i + 1)})
			m.raise(tier, score)
		}
	}
	for p := range ix.pinyinPeople(q) {
		sp := ix.spellings.people.spelling(int(p.spell))
		tier, score, _ := sp.match(q)
		if tier == tierNone {
			continue
		}
		for _, doc := range ix.docsOf(int(p.name)) {
			m := out.get(int(doc))
			out.addPinyin(m, pinyinHit{name: p.name, spell: p.spell})
			m.raise(tier, score)
		}
	}
}

// pinyinDetail returns what the normalised term t matched by pinyin in m's
// document: its locality, whole, with the locality's spelling; another
// place it covers (a roundup's, a delegation's), in its title or else with
// its spelling; and its people, whole, with theirs, in the order
// matchPinyin found them.
func (ix *Index) pinyinDetail(t string, ms *matches, m *termMatch) (loc []Span, locPinyin string, title []Span, places, people []NameHit) {
	if m.pinyin == 0 {
		return nil, "", nil, nil, nil
	}
	q := pinyinQuery(t)
	for k := m.pinyin; k != 0; k = ms.pinyin[k-1].prev {
		h := ms.pinyin[k-1]
		if h.place > 0 {
			e := &ix.pyPlaces[h.place-1]
			if d := &ix.Docs[m.doc]; e.name != d.Locality() {
				if i := strings.Index(d.Title(), e.name); i >= 0 { // its delegation's
					title = append(title, Span{i, i + len(e.name)})
				} else {
					_, _, shown := e.match(q)
					places = append(places, NameHit{Name: e.name, Spans: []Span{{0, len(e.name)}}, Pinyin: shown})
				}
				continue
			}
			if loc == nil { // the last found, as matchPinyin kept
				var tier int
				tier, _, locPinyin = e.match(q)
				loc = []Span{{0, len(e.name)}}
				if u, ok := lookup(pinyinUnits, q); tier == tierNone && ok {
					loc = []Span{{len(e.name) - len(u), len(e.name)}} // the unit alone
				}
			}
			continue
		}
		sp := ix.spellings.people.spelling(int(h.spell))
		_, _, shown := sp.match(q)
		n := ix.personName(int(h.name))
		people = append(people, NameHit{Name: n, Spans: []Span{{0, len(n)}}, Pinyin: shown})
	}
	slices.Reverse(people)
	slices.Reverse(places)
	return loc, locPinyin, title, places, people
}

// WantsPinyin reports whether a query's text holds a term that latin
// queries match by pinyin (wangdehai, qx): the people's spellings are
// needed to answer it fully.
func WantsPinyin(text string) bool {
	for t := range strings.FieldsSeq(text) {
		if pinyinQuery(t) != "" {
			return true
		}
	}
	return false
}

// pinyinUnits are the units of places as a researcher types them in
// pinyin after a place's name (Guidong xian, Gannan zhou, Hunan sheng,
// Xinshi zhen Deqing), by their folded pinyin: such a term matches every
// place of that unit besides the places and people it spells (周 for
// zhou), so that the name before it keeps the place.
// A table as pinyinWords is.
const pinyinUnits = "sheng 省;zizhiqu 自治区;shi 市;zhou 州;zizhizhou 自治州;meng 盟;diqu 地区;" +
	"xian 县;zizhixian 自治县;qu 区;qi 旗;zhen 镇;xiang 乡;jiedao 街道"

// isPinyinWord reports whether the latin term t is one of pinyinWords.
func isPinyinWord(t string) bool {
	_, ok := lookup(pinyinWords, pinyin.Fold(t))
	return ok
}

// joinedPinyin returns the folded pinyin of the whole query text when it
// holds several latin terms (qing xu → qingxu), else "".
func joinedPinyin(text string) string {
	if f := strings.Fields(text); len(f) == 0 || len(f) == 1 && !isPinyinWord(f[0]) {
		return ""
	}
	return pinyinQuery(text)
}

// fromBits are the bits of a rank key that say which of the query's
// readings a document matched: its terms and at most seven more.
const fromBits = 3

// A reading is another way to read a query's terms: latin terms joined,
// as a name or place typed in syllables (Kuang Zhiming for 邝志明).
type reading struct {
	terms  []string
	joined int // the term that joins two of the query's; -1: all of them
}

// readings returns the query's readings besides its terms, seven at most:
// the whole text joined (joinedPinyin), and, when it holds three terms or
// more, each pair of neighbouring latin terms joined in place (Kuang
// Zhiming Shunde: kuangzhiming shunde; Gansu renda yubei huiyi: 预备会议
// for yubeihuiyi, as Terms reads pinyinWords).
func readings(text string) []reading {
	var rs []reading
	if j := joinedPinyin(text); j != "" {
		rs = append(rs, reading{terms: []string{asWord(j)}, joined: -1})
	}
	raw := splitTerms(text)
	if len(raw) < 3 {
		return rs
	}
	for i := 0; i+1 < len(raw) && len(rs) < 1<<fromBits-1; i++ {
		a, b := pinyinQuery(raw[i]), pinyinQuery(raw[i+1])
		if a == "" || b == "" {
			continue
		}
		t := slices.Concat(raw[:i], []string{a + b}, raw[i+2:])
		for k := range t {
			t[k] = asWord(t[k])
		}
		rs = append(rs, reading{terms: t, joined: i})
	}
	return rs
}

// PinyinSorted returns names sorted by their corrected pinyin
// (pinyin.SortKey): 长沙 under c, 厦门 under x. person says whether the
// names are people's (surname readings) or places'.
func PinyinSorted(names []string, person bool) []string {
	keys := make(map[string]string, len(names))
	for _, n := range names {
		keys[n] = pinyin.SortKey(n, person)
	}
	out := slices.Clone(names)
	sort.Stable(stringsBy{out, func(a, b string) int { return strings.Compare(keys[a], keys[b]) }})
	return out
}
