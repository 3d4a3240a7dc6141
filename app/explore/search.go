package explore

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"renda/app/internal/keysort"
	"renda/app/textindex"
)

// Hit is a document that matches a query, with what to highlight.
type Hit struct {
	Doc      int    // position in Index.Docs
	Title    []Span // matched bytes of the document's Title
	Locality []Span // matched bytes of its Locality
	// LocalityPinyin is the spelling of the locality when a latin query
	// matched it by pinyin (qing xu xian), else "".
	LocalityPinyin string
	People         []NameHit // people named in it whose names matched
	// Places are the other places the document covers (a roundup's, a
	// delegation's: schema.Record.Places) that a latin query matched by
	// pinyin where its title does not name them (its title's are marked
	// in Title).
	Places []NameHit
	Body   []int    // normalised-text offsets of phrases found only in the body
	Terms  []string // the normalised terms matched in the body, as Body

	rank  int // sum over terms of the best tier reached
	score int // tie-breaker within a rank: fuzzy scores, occurrences
}

// NameHit is a person's name that matched, with the matched bytes.
type NameHit struct {
	Name   string
	Spans  []Span
	Pinyin string // the spelling that a latin query matched, else ""
}

// Match tiers, best first: how one term matched one document.
const (
	tierNone   = iota
	tierFuzzy  // the term's characters appear in order in a title, place or name
	tierBody   // the term appears as a phrase in the body text
	tierInside // the term appears as a whole inside a title, place or name
	tierExact  // the term is a whole place or person name
)

// termMatch is how one term matched one document. Most matches of a
// broad term are in the body only: what matched in the title, place or
// names is apart (where), so that the body matches stay small.
//
// It is 32 bytes and holds no pointer: a broad term gives most of 100,000
// documents one, and most of those matched the title or the place, which
// the term's lists of found keys say (a termWhere each, 88 bytes with
// pointers, was a fifth of what typing allocated), and what a latin term
// matched by pinyin is a chain of pinyinHits.
type termMatch struct {
	doc   int32
	score int32
	body  int32 // offset in the normalised body, -1 if none
	// title and loc are 1 + the position of the document's title (place)
	// in the term's matches' titles (locs), 0 if it did not match.
	title, loc int32
	// people is 1 + the position in matches.people of the last person the
	// term matched in the document by name, 0 if none.
	people int32
	// pinyin is 1 + the position in matches.pinyin of the last place or
	// person the term matched in the document by pinyin, 0 if none.
	pinyin int32
	tier   int8
	near   bool // body is where the body holds the term near, not as typed
	// bodyless: the term matched as the body would (tierBody) but in no
	// text to mark: the document's source or its record held it.
	bodyless bool
}

// bodyOnly reports whether the term matched the document in its body text
// only: as a phrase (tierBody), or near and nowhere else.
func (m *termMatch) bodyOnly() bool {
	if m.near {
		return m.title == 0 && m.loc == 0 && m.people == 0 && m.pinyin == 0
	}
	return m.tier == tierBody
}

// personHit is a person a term matched in a document by name: one of the
// term's names, and the document's person matched before it.
type personHit struct {
	found int32 // position in matches.names
	prev  int32 // 1 + the position of the document's previous personHit, 0 if none
}

// pinyinHit is a place or a person a latin term matched in a document by
// pinyin, and the document's hit before it. The spans and spellings of
// hits are made only for the documents shown (detail): a term like z
// matched half of 100,000 reports' people, and a NameHit each was 14 MB
// a keystroke, a collection every few keystrokes in wasm.
type pinyinHit struct {
	place int32 // 1 + the place's position in Index.pyPlaces; 0: a person
	name  int32 // the person's name (Index.personName)
	spell int32 // the person's spelling (spellList.spelling)
	prev  int32 // 1 + the position of the document's previous pinyinHit, 0 if none
}

func (m *termMatch) raise(tier, score int) {
	if t, s := int8(tier), clampScore(score); t > m.tier || (t == m.tier && s > m.score) {
		m.tier, m.score = t, s
	}
}

// match finds the documents that match the normalised term t: every
// document, or in the body text only those of within when it is not nil.
// last says that within are the documents every other term matched.
func (ix *Index) match(t string, within []int, last bool) *matches {
	keys := ix.keys.take()
	titles := findKeys(t, &ix.title, keys, 0)
	body := ix.findBody(t, within, false, nil)
	// Made at the length the titles and the body give: growing it was a
	// fifth of the time of a broad term.
	out := ix.slots.take(len(ix.Docs), min(len(ix.Docs), len(titles.list)+len(body)))
	out.keys = keys
	get := out.get
	// A title equal to the term is no better than one containing it; a
	// place or name equal to it is.
	out.titles = titles
	for i, f := range titles.list {
		m := get(int(f.index))
		m.title = int32(i + 1)
		m.raise(min(int(f.tier), tierInside), int(f.score))
	}
	// A session, a date or a region the term names: as a title holding it.
	named := func(doc int) { get(doc).raise(tierInside, 90) }
	ix.matchLabels(t, named)
	ix.matchDates(t, named)
	ix.matchRegions(t, named)
	// An outlet the term names (the source line is the page's, kept out
	// of the body text), or a word for any congress's session (人代会): as
	// the body holding it once.
	bodyless := func(doc int) {
		m := get(doc)
		if m.tier < tierBody {
			m.bodyless = true
		}
		m.raise(tierBody, 1)
	}
	ix.matchSources(t, bodyless)
	ix.matchCongress(t, bodyless)
	out.locs = findKeys(t, &ix.locality, keys, 1)
	for i, f := range out.locs.list {
		m := get(int(f.index))
		m.loc = int32(i + 1)
		m.raise(int(f.tier), int(f.score))
	}
	out.names = findKeys(t, &ix.nameKeys, keys, 2)
	for i, f := range out.names.list {
		for _, doc := range ix.docsOf(int(f.index)) {
			m := get(int(doc))
			out.people = append(out.people, personHit{found: int32(i), prev: m.people})
			m.people = int32(len(out.people))
			m.raise(int(f.tier), int(f.score))
		}
	}
	if q := pinyinQuery(t); q != "" {
		ix.matchPinyin(q, out)
	}
	// A phrase the body holds nowhere as typed is looked for near, unless
	// the last term's title, place, name or label holds it in a document
	// every term matched: what the user typed is there, and near matches
	// would only add noise below it (and the index's candidates, or a scan
	// of the texts, to every keystroke of a long place name). A term
	// before the last cannot know which documents the others leave.
	// A short term's swapped forms are looked for too: a term of three
	// characters found near with one left out (candidates in texts not
	// loaded yet) may be one typed with two swapped.
	_, nearable := ix.body.(NearSearcher)
	nowhere := nearable && len(body) == 0 && !(last && out.heldIn(within))
	near := nowhere && textindex.Nearable(t)
	out.near = near
	if near {
		body = ix.findBody(t, within, true, body)
	}
	_, pooled := ix.body.(*IndexSearcher)
	forms := swappedForms(t)
	if p := pairSwapped(t); p != nil && nowhere && !out.anyIn(within) {
		forms = p // two characters swapped: only for a term nothing holds
	}
	if nowhere && len(forms) > 0 {
		if !pooled {
			body = slices.Clip(body) // the searcher may keep its answer
		}
		for _, f := range forms {
			found := ix.findBody(f, within, false, nil)
			body = append(body, found...)
			if pooled {
				ix.textMatches.give(found)
			}
		}
		near = near || len(body) > 0
		out.near = near
	}
	if pooled {
		defer ix.textMatches.give(body)
	}
	tier := tierBody
	if near {
		tier = tierFuzzy // as loose as characters in order in a title
	}
	for _, tm := range body {
		m := get(tm.Doc)
		m.body, m.near, m.bodyless = int32(tm.At), near, false
		m.raise(tier, tm.Count)
	}
	return out
}

// findBody returns the documents whose body text holds the normalised term
// t, all of them or those of within: as typed, or near when near is set
// (the searcher must be a NearSearcher). The matches of the index's own searcher go into reuse, a
// list of an earlier call, or else one from the pool (textMatches); the
// caller gives them back.
func (ix *Index) findBody(t string, within []int, near bool, reuse []TextMatch) []TextMatch {
	if s, ok := ix.body.(*IndexSearcher); ok {
		if reuse == nil {
			reuse = ix.textMatches.take(0)
		}
		return s.appendFind(reuse[:0], t, within, near)
	}
	if ns, ok := ix.body.(NearSearcher); ok && near {
		return ns.FindNear(t, within)
	}
	return ix.body.Find(t, within) // may be kept by the searcher
}

// matches are the documents one term matched, with how.
type matches struct {
	slot         []int32     // per document: 1 + the position of its match in ms, 0 if none
	ms           []termMatch // in order of first match
	titles, locs keysFound   // the titles and places the term matched (keys are documents)
	names        keysFound   // the people's names it matched
	people       []personHit // the people it matched by name in each document (termMatch.people)
	pinyin       []pinyinHit // the places and people it matched by pinyin (termMatch.pinyin)
	near         bool        // no body text held the term as typed: it was looked for near
	keys         *keyScratch // the arrays of titles, locs and names, given back with the matches
}

// asTyped reports whether a document holds the term as typed in its title,
// place or a person's name (tierInside or better).
func (m *matches) asTyped() bool {
	for i := range m.ms {
		if m.ms[i].tier >= tierInside {
			return true
		}
	}
	return false
}

// heldIn reports whether a document of within (of all when within is nil)
// holds the term as typed in its title, place, a person's name or a label
// (tierInside or better).
func (m *matches) heldIn(within []int) bool {
	if within == nil {
		return m.asTyped()
	}
	for _, doc := range within {
		if tm := m.at(doc); tm != nil && tm.tier >= tierInside {
			return true
		}
	}
	return false
}

// anyIn reports whether a document of within (of all when within is nil)
// matched the term in any way.
func (m *matches) anyIn(within []int) bool {
	if within == nil {
		return len(m.ms) > 0
	}
	return slices.ContainsFunc(within, func(doc int) bool { return m.at(doc) != nil })
}

// slotPool keeps the slot arrays of matches (one int32 a document: 400 KB
// at 100,000 reports, for each term of each keystroke, most of what a
// search allocated) and their lists of matches (2.8 MB for a broad term at
// 100,000 reports, a fifth of what typing allocated once the rest shrank)
// from one search to the next. Safe for concurrent use.
type slotPool struct{ p sync.Pool }

// pooled is what slotPool keeps of one matches.
type pooled struct {
	slot   []int32
	ms     []termMatch
	people []personHit
	pinyin []pinyinHit
}

// take returns new matches over n documents with room for want of them:
// a zeroed slot array of n and an empty list.
func (sp *slotPool) take(n, want int) *matches {
	m := &matches{}
	if p, ok := sp.p.Get().(*pooled); ok && len(p.slot) == n {
		m.slot = p.slot
		if cap(p.ms) >= want {
			m.ms = p.ms[:0]
		}
		m.people, m.pinyin = p.people[:0], p.pinyin[:0]
	}
	if m.slot == nil {
		m.slot = make([]int32, n)
	}
	if m.ms == nil {
		m.ms = make([]termMatch, 0, want)
	}
	return m
}

// give takes back m's slot array, zeroing it, and its list; m must not be
// used after.
func (sp *slotPool) give(m *matches) {
	if m == nil || m.slot == nil {
		return
	}
	if m.few() {
		for _, tm := range m.ms {
			m.slot[tm.doc] = 0
		}
	} else {
		clear(m.slot)
	}
	sp.p.Put(&pooled{slot: m.slot, ms: m.ms[:0], people: m.people[:0], pinyin: m.pinyin[:0]})
	m.slot, m.ms, m.people, m.pinyin = nil, nil, nil, nil
}

// scratch keeps a search's temporary arrays for the next one: a broad term
// over 100,000 reports made megabytes of each a keystroke, which made
// collections. Safe for concurrent use.
type scratch[T any] struct{ p sync.Pool }

// take returns an empty array with room for n.
func (s *scratch[T]) take(n int) []T {
	if b, ok := s.p.Get().(*[]T); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]T, 0, n)
}

// give takes back b, which must not be used after.
func (s *scratch[T]) give(b []T) {
	if cap(b) > 0 {
		b = b[:0]
		s.p.Put(&b)
	}
}

// addPinyin adds h to what m's term matched by pinyin.
func (ms *matches) addPinyin(m *termMatch, h pinyinHit) {
	h.prev = m.pinyin
	ms.pinyin = append(ms.pinyin, h)
	m.pinyin = int32(len(ms.pinyin))
}

// few reports whether m matched few of the documents: walking its matches
// then beats walking every slot.
func (m *matches) few() bool { return len(m.ms)*16 < len(m.slot) }

// docs appends the matched documents to out, ascending: read off the
// slots when they are many (a broad term matches most of 100,000 reports:
// sorting them was 7% of its search), else sorted.
func (m *matches) docs(out []int) []int {
	if m.few() {
		for _, tm := range m.ms {
			out = append(out, int(tm.doc))
		}
		slices.Sort(out)
		return out
	}
	for doc, s := range m.slot {
		if s != 0 {
			out = append(out, doc)
		}
	}
	return out
}

// get returns doc's match, adding an empty one if there is none. The
// pointer is good until the next call.
func (m *matches) get(doc int) *termMatch {
	if s := m.slot[doc]; s != 0 {
		return &m.ms[s-1]
	}
	m.ms = append(m.ms, termMatch{doc: int32(doc), body: -1})
	m.slot[doc] = int32(len(m.ms))
	return &m.ms[len(m.ms)-1]
}

// at returns doc's match, nil if there is none.
func (m *matches) at(doc int) *termMatch {
	if s := m.slot[doc]; s != 0 {
		return &m.ms[s-1]
	}
	return nil
}

// found is one string of a list that matched a term. It is 24 bytes and
// holds no pointer: a broad term matches most titles (as 48 bytes with a
// slice of spans, a fifth of what typing allocated).
type found struct {
	index      int32
	score      int32
	start, end int32 // the whole match in the normalised string, when fuzzy is 0
	// fuzzy is what matched the key fuzzily: 1 the term, 1 + k the term's
	// k-th swap (swaps); 0: the term whole, at start.
	fuzzy int32
	tier  int8
}

// keysFound are the keys of a list that matched a term. The spans of
// fuzzy matches are made only for the hits shown (spans): a term with a
// character missing matched thousands of names, a slice of spans each.
type keysFound struct {
	list []found
	term string // the normalised term
}

// spans returns the spans of f, a match of kf among the keys of ks, in
// the key's normalised string.
func (kf *keysFound) spans(ks *keySet, f found) []Span {
	if f.fuzzy == 0 {
		return []Span{{int(f.start), int(f.end)}}
	}
	pattern := kf.term
	if f.fuzzy > 1 {
		pattern = swaps(pattern)[f.fuzzy-2]
	}
	norm := ks.norm(int(f.index))
	_, idx, _ := newFuzzyScorer(pattern).score(norm)
	return runeSpans(norm, idx)
}

// origSpans returns the spans of f, a match of kf among the keys of ks,
// in the key's original string.
func (kf *keysFound) origSpans(ks *keySet, f found) []Span {
	return ks.origSpans(int(f.index), kf.spans(ks, f))
}

// addFuzzy adds the fuzzy match of key index by pattern 1 + variant (see
// found.fuzzy).
func (kf *keysFound) addFuzzy(index, score, variant int) {
	kf.list = append(kf.list, found{index: int32(index), score: clampScore(score), fuzzy: int32(1 + variant), tier: tierFuzzy})
}

// clampScore returns a score within an int32: sahilm/fuzzy scores long
// strings in the billions, which must not wrap.
func clampScore(s int) int32 { return int32(min(max(s, math.MinInt32), math.MaxInt32)) }

// keyScratch keeps findKeys's arrays from one search to the next: the
// lists of the titles, places and names a term matched, which its matches
// hold until they are given back, and the temporaries. A broad term over
// 100,000 reports made 2.4 MB of titles a keystroke: typing the benchmark's
// queries allocated 290 MB in findKeys, a fifth of all it allocated.
type keyScratch struct {
	lists   [3][]found // titles, places, names
	matched []int32
	rest    []int
	dups    []uint64
}

// keyPool keeps keyScratches. Safe for concurrent use.
type keyPool struct{ p sync.Pool }

// take returns a keyScratch, kept or new.
func (kp *keyPool) take() *keyScratch {
	if sc, ok := kp.p.Get().(*keyScratch); ok {
		return sc
	}
	return &keyScratch{}
}

// give takes back sc, nil or taken, whose lists must no longer be used.
func (kp *keyPool) give(sc *keyScratch) {
	if sc != nil {
		kp.p.Put(sc)
	}
}

// findKeys matches term t against every key of ks: as a whole where it
// appears whole (contiguous matches rank first), else as sahilm/fuzzy finds
// its characters in order. Only the distinct normal forms holding every
// character of t are tried, first with a plain subsequence test (fuzzy's
// Unicode case folding is slow on CJK and both sides are already
// normalised); keys equal to a form share its match. Matches come in key
// order, then those with two characters swapped, then the keys equal to
// an earlier one.
//
// A broad term (会议: every title) matches most keys: the list is made at
// its largest length at once, an allocation that made a collection per
// keystroke in wasm. With sc, the list is sc.lists[which] and the
// temporaries sc's, reused (the list until its matches are given back);
// sc may be nil.
func findKeys(t string, ks *keySet, sc *keyScratch, which int) keysFound {
	if sc == nil {
		sc = &keyScratch{}
	}
	cands := ks.candidates(t)
	var (
		fz  = newFuzzyScorer(t)
		out = keysFound{list: sc.lists[which][:0], term: t}
		// matched[i] is the distinct form of out.list[i]
		matched = sc.matched[:0]
		rest    = sc.rest[:0] // candidates that match no way yet
	)
	if n := withSame(ks, cands); cap(out.list) < n {
		out.list = make([]found, 0, n)
	}
	if cap(matched) < len(cands) {
		matched = make([]int32, 0, len(cands))
	}
	defer func() {
		sc.lists[which], sc.matched, sc.rest = out.list[:0], matched[:0], rest[:0]
	}()
	for _, d := range cands {
		norm := ks.form(int(d))
		if at := strings.Index(norm, t); at >= 0 { // no need for fuzzy
			tier := tierInside
			if norm == t {
				tier = tierExact
			}
			score := 100 - min(at, 99) // earlier is better
			matched = append(matched, d)
			out.list = append(out.list, found{index: ks.distinct[d], score: int32(score), start: int32(at), end: int32(at + len(t)), tier: int8(tier)})
			continue
		}
		if !subsequence(norm, t) {
			rest = append(rest, int(d))
		} else if score, _, ok := fz.score(norm); ok {
			matched = append(matched, d)
			out.addFuzzy(int(ks.distinct[d]), score, 0)
		}
	}
	// Two characters typed the wrong way round: the forms that hold the
	// term with two neighbours swapped, in order, below the other fuzzy
	// matches of their rank.
	for k, v := range swaps(t) {
		fz := newFuzzyScorer(v)
		rest = slices.DeleteFunc(rest, func(d int) bool {
			n := ks.form(d)
			if !subsequence(n, v) {
				return false
			}
			if score, _, ok := fz.score(n); ok {
				matched = append(matched, int32(d))
				out.addFuzzy(int(ks.distinct[d]), score-swapPenalty, 1+k)
			}
			return true
		})
	}
	sc.dups = ks.appendDupsOf(sc.dups[:0], matched)
	for _, dup := range sc.dups {
		f := out.list[uint32(dup)]
		f.index = int32(dup >> 32)
		out.list = append(out.list, f)
	}
	if len(out.list) == 0 {
		return keysFound{}
	}
	return out
}

// withSame returns how many keys the distinct forms cands stand for.
func withSame(ks *keySet, cands []int32) int {
	n := len(cands)
	if ks.sameAt != nil {
		for _, d := range cands {
			n += len(ks.same(int(d)))
		}
	}
	return n
}

// subsequence reports whether the characters of t appear in s in order.
// swapPenalty lowers the fuzzy score of a match with two characters
// swapped.
const swapPenalty = 50

// swapMax is the longest term looked for with two neighbouring characters
// swapped (荣辉光 for 荣光辉) by its swapped forms: a longer one is found so
// near (textindex.NearIn), as it keeps enough pairs of its own.
const swapMax = 5

// swappedForms returns the swapped forms (swaps) of a term of Han
// characters, three to swapMax of them, which the search looks for as
// phrases when the body text holds the term nowhere. Nil for any other
// term.
func swappedForms(t string) []string {
	rs := []rune(t)
	if len(rs) > swapMax || !allHan(rs) {
		return nil
	}
	return swaps(t)
}

// pairSwapped returns a term of two different Han characters swapped, the
// one form the search looks for when nothing among the reports the other
// terms left holds the term in any way (实求 typed for 求实 beside 民主、团结、
// — any two characters swapped are a word of some report, so only then).
// Nil for any other term. The marks in a text (findPhrase) do not look for
// it: a term its report matched outside the text (its title, its place)
// would mark any word of its two characters swapped.
func pairSwapped(t string) []string {
	rs := []rune(t)
	if len(rs) != 2 || rs[0] == rs[1] || !allHan(rs) {
		return nil
	}
	return []string{string([]rune{rs[1], rs[0]})}
}

// swaps returns t with each pair of different neighbouring characters
// swapped, in order, for terms of three characters or more: two
// characters swapped would match any text holding both.
func swaps(t string) []string {
	rs := []rune(t)
	if len(rs) < 3 {
		return nil
	}
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == rs[i+1] {
			continue
		}
		rs[i], rs[i+1] = rs[i+1], rs[i]
		out = append(out, string(rs))
		rs[i], rs[i+1] = rs[i+1], rs[i]
	}
	return out
}

func subsequence(s, t string) bool {
	for _, r := range t {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return true
}

// Search returns the documents that match every term of q and its filters,
// best first, with the facet counts around them. The empty query returns
// every document, newest first.
func (ix *Index) Search(q Query) Result { return ix.SearchTop(q, -1) }

// SearchTop is Search with the first n hits only (n < 0: all), and every
// hit's document in Result.Docs: a page showing 20 results needs no more
// detail, whatever the number of hits.
func (ix *Index) SearchTop(q Query, n int) Result {
	terms := q.Terms()
	var (
		ranked []rankedDoc
		// The query's readings, its terms first (see readings), and
		// their terms' matches.
		reads   = [][]string{terms}
		per     = [][]*matches{nil}
		split   []string   // the terms searched as their words
		splitAs [][]string // and those words, for each
	)
	if len(terms) == 0 {
		ranked = make([]rankedDoc, len(ix.Docs))
		for i := range ranked {
			ranked[i] = rankedDoc{doc: int32(i)}
		}
	} else {
		per[0], ranked = ix.matchAll(terms, 0, -1)
		if len(ranked) == 0 {
			// No report holds every term: one of a long term's words may
			// stand elsewhere in the report (补选副区长 in 补选邓嘉明为副区长).
			// If none holds the words either, what was looked for near
			// is still what the user is told.
			// The cuts are tried in turn (Cuts): a post and a name, the
			// places, the words of two.
			var prev []string
			for level := 0; level < maxCuts; level++ {
				words, cut, as := wordsOf(terms, level)
				if len(cut) == 0 || slices.Equal(words, prev) {
					break
				}
				prev = words
				wper, wranked := ix.matchAll(words, 0, -1)
				if len(wranked) > 0 {
					ix.release(per[0])
					ix.ranked.give(ranked)
					terms, split, splitAs, per[0], ranked = words, cut, as, wper, wranked
					reads[0] = terms
					break
				}
				ix.release(wper)
				ix.ranked.give(wranked)
			}
		}
		for _, rd := range readings(q.Text) {
			ms, more := ix.matchAll(rd.terms, int8(len(reads)), rd.joined)
			// One term standing for all of them: ranked as if each had
			// matched as it did (yuhai zhen: 豫海镇 whole, above a Yu Hai
			// and a Zhen somebody in one report).
			if rd.joined < 0 {
				for i := range more {
					more[i].rank *= int32(len(terms))
					more[i].score *= int32(len(terms))
				}
			}
			reads, per = append(reads, rd.terms), append(per, ms)
			ranked = union(ranked, more, len(ix.Docs))
			ix.ranked.give(more)
		}
	}
	f := ix.newFilter(q)
	facets := ix.facets(ranked, q, f)
	keys := ix.rankKeys.take(len(ranked))
	all := f.only(-1)
	for _, r := range ranked {
		if all || f.passes(int(r.doc), -1) {
			keys = append(keys, ix.rankKey(r))
		}
	}
	o := &order{ix: ix, keys: keys}
	var top []uint64
	if n >= 0 && n < len(keys) {
		top = smallest(keys, n)
	} else {
		top = o.sort()
	}
	hits := make([]Hit, len(top))
	for i, k := range top {
		r := ix.unkey(k)
		hits[i] = ix.detail(r, reads[r.from], per[r.from])
	}
	var near []string
	for i, m := range per[0] {
		if m.near && !m.asTyped() {
			near = append(near, terms[i])
		}
	}
	for _, ms := range per {
		ix.release(ms)
	}
	if len(terms) > 0 {
		ix.ranked.give(ranked)
	}
	return Result{Hits: hits, Facets: facets, Near: near, Split: split, SplitAs: splitAs, order: o}
}

// release gives the terms' matches back to their pools.
func (ix *Index) release(ms []*matches) {
	for _, m := range ms {
		ix.keys.give(m.keys)
		ix.slots.give(m)
	}
}

// maxCuts is the most ways a term is cut (Cuts).
const maxCuts = 3 + maxHalves

// wordsOf returns the terms with each of four Han characters or more cut
// into words, its cut of the given level (Cuts; its last when it has
// fewer), the terms it cut and, for each, its words.
func wordsOf(terms []string, level int) (words, cut []string, as [][]string) {
	for _, t := range terms {
		if cs := Cuts(t); cs != nil {
			w := cs[min(level, len(cs)-1)]
			words, cut, as = append(words, w...), append(cut, t), append(as, w)
		} else {
			words = append(words, t)
		}
	}
	return words, cut, as
}

// Words returns the words that a search term of four Han characters or more
// is looked for as first when no report holds it with the other terms
// (Result.Split): its first cut (Cuts). Nil for any other term.
func Words(term string) []string {
	if cs := Cuts(term); cs != nil {
		return cs[0]
	}
	return nil
}

// Cuts returns the ways a search term of four Han characters or more is
// cut into words, tried in turn when no report holds it with the other
// terms (Result.Split): a post and the name after it (秘书长莫海燕 → 秘书长
// 莫海燕, as a report writes 选举莫海燕为大会秘书长), the places it names one
// after the other, each ending with its unit (尚志市亚布力镇 → 尚志市 亚布力镇,
// as a report names the county apart from the township), and its words of
// two characters, the last overlapping the one before when their number is
// odd (补选副区长 → 补选 副区 区长; 补选涟水县人民政府县长, whose place the
// report writes after the name elected, is found so). A term that runs
// characters and digits together is cut where they meet first (阳城县2026年
// 预算草案 → 阳城县 2026 年预算草案). Every word is a run of the term, whose
// shards of the text index the term needs already. Nil for any other term.
func Cuts(term string) [][]string {
	rs := []rune(term)
	if len(rs) < 4 {
		return nil
	}
	if !allHan(rs) {
		return scriptCuts(rs)
	}
	var cuts [][]string
	if titled := postAndName(rs); titled != nil {
		cuts = append(cuts, titled)
	}
	if places := placesOf(rs); places != nil {
		cuts = append(cuts, places)
	}
	return append(append(cuts, pairsOf(rs)), halvesOf(rs)...)
}

// maxHalves is the most ways halvesOf cuts a term in two.
const maxHalves = 4

// halvesOf cuts rs in two, each part of textindex.NearMin characters or
// more, at the middle first and then ever further from it (maxHalves
// ways at most): a phrase typed with a slip and without the punctuation
// its text holds (强美富高新江都 for “强富美高”新江都; 成果持巩固 for
// ”成果持续巩固) lacks pairs on both sides of the punctuation and is found
// near nowhere, nor by its words of two, one of which the slip broke;
// each half holds one of the two and is found near.
func halvesOf(rs []rune) [][]string {
	var cuts [][]string
	mid := len(rs) / 2
	for d := 0; d <= len(rs) && len(cuts) < maxHalves; d++ {
		k := mid - d/2 // mid, mid+1, mid-1, mid+2, mid-2, …
		if d%2 == 1 {
			k = mid + (d+1)/2
		}
		if k >= textindex.NearMin && len(rs)-k >= textindex.NearMin {
			cuts = append(cuts, []string{string(rs[:k]), string(rs[k:])})
		}
	}
	return cuts
}

// pairsOf cuts rs into words of two characters, the last overlapping the
// one before when their number is odd.
func pairsOf(rs []rune) []string {
	var words []string
	for i := 0; i < len(rs); i += 2 {
		i = min(i, len(rs)-2)
		words = append(words, string(rs[i:i+2]))
	}
	return words
}

// scriptCuts cuts a term of Han characters and digits where they meet
// (阳城县2026年预算草案 → 阳城县 2026 年预算草案); nil for a term of one of
// them, or holding anything else (补选x区长).
func scriptCuts(rs []rune) [][]string {
	var words []string
	start, han := 0, false
	for i, r := range rs {
		h := unicode.Is(unicode.Han, r)
		if !h && (r < '0' || r > '9') {
			return nil
		}
		if i > start && h != unicode.Is(unicode.Han, rs[i-1]) {
			words = append(words, string(rs[start:i]))
			start = i
		}
		han = han || h
	}
	words = append(words, string(rs[start:]))
	if len(words) < 2 || !han {
		return nil
	}
	return [][]string{words}
}

// postEnds are the last words of posts that a name follows in a query
// (副市长欧阳晓岚, 县人大常委会主任向东林), space-separated.
const postEnds = "长 书记 主任 主席 委员 代表 常委 部长 秘书长 主任委员 监察官"

// postAndName cuts rs into a post and the name of two to four characters
// after it (副市长 欧阳晓岚), or returns nil when it ends with no such pair
// (人大常委会主任: 会主任 is no name; 人民法院院长候选人: a role in 人, 候选人,
// 负责人, 监票人, is none either).
func postAndName(rs []rune) []string {
	posts := strings.Fields(postEnds)
	for n := 2; n <= 4 && n <= len(rs)-2; n++ {
		head, name := string(rs[:len(rs)-n]), string(rs[len(rs)-n:])
		if strings.ContainsRune(name, '会') || strings.HasSuffix(name, "人") || slices.ContainsFunc(posts, func(p string) bool { return strings.HasSuffix(name, p) }) {
			continue
		}
		if slices.ContainsFunc(posts, func(p string) bool { return strings.HasSuffix(head, p) }) {
			return []string{head, name}
		}
	}
	return nil
}

// unitRunes end the names of places (尚志市, 亚布力镇, 西藏自治区).
const unitRunes = "省市县区旗州盟乡镇"

// placesOf cuts rs after each unit rune that ends a name of three
// characters or more and leaves two or more: nil when it cuts nowhere.
func placesOf(rs []rune) []string {
	var words []string
	start := 0
	for i, r := range rs {
		if i-start >= 2 && len(rs)-i > 2 && strings.ContainsRune(unitRunes, r) {
			words = append(words, string(rs[start:i+1]))
			start = i + 1
		}
	}
	if words == nil {
		return nil
	}
	return append(words, string(rs[start:]))
}

// allHan reports whether every rune of rs is a Han character.
func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// A rank key orders ranked documents best first as integers, which sort
// quickly (sortKeys): by rank, then score, descending, then newest first.
//
//	bits 63–56: 255 − rank · bits 55–32: 2²⁴−1 − (score + 2²³) · bits 31–3: place newest first · bits 2–0: from
//
// Each document has one place: its keys differ.
const scoreHalf = 1 << 23

// rankKey returns r's rank key.
func (ix *Index) rankKey(r rankedDoc) uint64 {
	rank := uint64(min(max(r.rank, 0), 255))
	score := uint64(min(max(int(r.score), -scoreHalf), scoreHalf-1) + scoreHalf)
	return (255-rank)<<56 | (1<<24-1-score)<<32 | uint64(ix.newest[r.doc])<<fromBits | uint64(r.from)
}

// keyDoc returns the document of rank key k.
func (ix *Index) keyDoc(k uint64) int32 { return ix.order[k>>fromBits&(1<<(32-fromBits)-1)] }

// unkey returns the ranked document of rank key k.
func (ix *Index) unkey(k uint64) rankedDoc {
	return rankedDoc{
		doc:   ix.keyDoc(k),
		rank:  int32(255 - k>>56),
		score: int32(1<<24-1-(k>>32&(1<<24-1))) - scoreHalf,
		from:  int8(k & (1<<fromBits - 1)),
	}
}

// smallest returns the n smallest of keys, ascending, leaving keys as they
// are: the first results of a broad term need no order of the rest. It
// keeps the n best so far in a heap, the largest on top.
func smallest(keys []uint64, n int) []uint64 {
	if n <= 0 {
		return nil
	}
	h := make([]uint64, 0, n)
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && h[c+1] > h[c] {
				c++
			}
			if h[i] >= h[c] {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for _, k := range keys {
		switch {
		case len(h) < n:
			h = append(h, k)
			if len(h) == n {
				for i := n/2 - 1; i >= 0; i-- {
					down(i)
				}
			}
		case k < h[0]:
			h[0] = k
			down(0)
		}
	}
	keysort.Uint64s(h)
	return h
}

// order is the ranking of every hit of a result, sorted when first asked
// for (Result.Docs).
type order struct {
	ix     *Index
	keys   []uint64 // the hits' rank keys, in no order
	once   sync.Once
	sorted []uint64 // keys ascending, once sorted
	docs   []int    // the hits' documents best first, once sorted
}

// sort sorts a copy of the keys and reads the documents off it, once, and
// returns the sorted keys.
func (o *order) sort() []uint64 {
	o.once.Do(func() {
		o.sorted = slices.Clone(o.keys)
		sortKeys(o.sorted)
		o.docs = make([]int, len(o.sorted))
		for i, k := range o.sorted {
			o.docs[i] = int(o.ix.keyDoc(k))
		}
	})
	return o.sorted
}

// rankedDoc is a document that matched every term, with the sum of the
// terms' tiers and scores.
type rankedDoc struct {
	doc, rank, score int32
	from             int8 // the reading it matched: 0 the terms (see readings)
}

// matchAll returns each term's matches and the documents that match every
// term, ascending, ranked; the term at joined (if not negative) stands for
// two of the query's and ranks twice.
func (ix *Index) matchAll(terms []string, from int8, joined int) ([]*matches, []rankedDoc) {
	// Each term searches the bodies of only the documents that matched all
	// the terms before it.
	per := make([]*matches, len(terms))
	var within []int // nil: every document
	for i, t := range terms {
		per[i] = ix.match(t, within, i == len(terms)-1)
		next := ix.ints.take(len(per[i].ms))
		if i == 0 {
			next = per[i].docs(next)
		} else {
			for _, doc := range within {
				if per[i].at(doc) != nil {
					next = append(next, doc)
				}
			}
			ix.ints.give(within)
		}
		within = next
	}
	defer ix.ints.give(within)
	ranked := ix.ranked.take(len(within))[:len(within)]
	for k, doc := range within {
		r := rankedDoc{doc: int32(doc), from: from}
		for i := range terms {
			m := per[i].at(doc)
			w := int32(1)
			if i == joined {
				w = 2
			}
			r.rank += w * int32(m.tier)
			r.score += w * m.score
		}
		ranked[k] = r
	}
	return per, ranked
}

// detail makes the hit of a ranked document from the terms' matches.
func (ix *Index) detail(r rankedDoc, terms []string, per []*matches) Hit {
	h := Hit{Doc: int(r.doc), rank: int(r.rank), score: int(r.score)}
	for i, t := range terms {
		ms := per[i]
		m := ms.at(h.Doc)
		if m.title > 0 {
			h.Title = append(h.Title, ms.titles.origSpans(&ix.title, ms.titles.list[m.title-1])...)
		}
		loc, locPinyin, titled, places, byPinyin := ix.pinyinDetail(t, ms, m)
		h.Title = append(h.Title, titled...)
		h.Places = addNames(h.Places, places)
		switch {
		case loc != nil: // by pinyin, shown over the characters'
			h.Locality = append(h.Locality, loc...)
			h.LocalityPinyin = cmp.Or(h.LocalityPinyin, locPinyin)
		case m.loc > 0:
			h.Locality = append(h.Locality, ms.locs.origSpans(&ix.locality, ms.locs.list[m.loc-1])...)
		}
		var people []NameHit // by name in the term's names' order, then by pinyin
		for k := m.people; k != 0; k = ms.people[k-1].prev {
			f := ms.names.list[ms.people[k-1].found]
			people = append(people, NameHit{Name: ix.personName(int(f.index)), Spans: ms.names.origSpans(&ix.nameKeys, f)})
		}
		slices.Reverse(people)
		h.People = addNames(h.People, append(people, byPinyin...))
		if m.bodyOnly() && !m.bodyless {
			h.Body = append(h.Body, int(m.body))
			h.Terms = append(h.Terms, t)
		}
	}
	h.Title, h.Locality = mergeSpans(h.Title), mergeSpans(h.Locality)
	return h
}

// union adds the documents of more to ranked, keeping the better of two
// rankings of one document, over a corpus of n documents.
func union(ranked, more []rankedDoc, n int) []rankedDoc {
	at := make([]int32, n) // 1 + position in ranked
	for i, r := range ranked {
		at[r.doc] = int32(i + 1)
	}
	for _, r := range more {
		i := at[r.doc] - 1
		if i < 0 {
			ranked = append(ranked, r)
			continue
		}
		if cmp.Or(cmp.Compare(r.rank, ranked[i].rank), cmp.Compare(r.score, ranked[i].score)) > 0 {
			ranked[i] = r
		}
	}
	return ranked
}

// addNames adds the name hits of add to hs, joining the spans of one name.
func addNames(hs, add []NameHit) []NameHit {
	for _, a := range add {
		i := slices.IndexFunc(hs, func(h NameHit) bool { return h.Name == a.Name })
		if i < 0 {
			hs = append(hs, a)
			continue
		}
		hs[i].Spans = mergeSpans(append(hs[i].Spans, a.Spans...))
		hs[i].Pinyin = cmp.Or(hs[i].Pinyin, a.Pinyin)
	}
	return hs
}
