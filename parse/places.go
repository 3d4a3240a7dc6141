package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/region"
)

// readPlaces lists the places the report covers (Record.Places): the
// locality first, then, in order of first mention, the places whose
// sessions a roundup reports beside it (龙潭镇…会议、麻旺镇…会议分别闭幕; a
// headline's 巴彦花镇、乌兰哈拉嘎苏木第四届人民代表大会) and the places whose
// delegations it names (大江口镇代表团的代表们…, 玉树代表团审议…), and the
// places of other sessions, of its level or below, it says are held
// (saidHeld). A
// researcher looks for a township's session under its own name, whichever
// place the report names first.
func (r *reader) readPlaces() {
	var at []span
	at = append(at, r.listed...)
	for _, m := range r.siblings {
		if r.covered(m) || r.saidHeld(m) {
			at = append(at, span{m.locStart, m.unitEnd})
			at = append(at, m.listed...)
		}
	}
	for _, m := range r.below {
		if r.saidHeld(m) {
			at = append(at, span{m.locStart, m.unitEnd})
			at = append(at, m.listed...)
		}
	}
	for _, i := range r.find(delegation) {
		if !r.pastSeam(i) {
			at = append(at, delegationsAt(r.n, i)...)
		}
	}
	slices.SortStableFunc(at, func(a, b span) int { return a.start - b.start })
	loc := r.rec.Locality
	if loc != "" {
		r.rec.Places = append(r.rec.Places, loc)
	}
	for _, s := range at {
		name := r.n[s.start:s.end]
		if loc != "" && (strings.Contains(loc, name) || strings.HasSuffix(name, loc) || oneUnit(loc, name)) {
			continue // the locality, or a place holding it
		}
		if slices.ContainsFunc(r.rec.Places, func(p string) bool {
			return strings.HasSuffix(p, name) || strings.HasSuffix(name, p) || shortFor(name, p)
		}) {
			continue
		}
		// an autonomous unit named by its short name first (延边代表团, then
		// 延边朝鲜族自治州代表团): one place, named in full
		if k := slices.IndexFunc(r.rec.Places, func(p string) bool { return shortFor(p, name) }); k >= 0 {
			r.rec.Places[k] = name
			r.evidence("places", s.start, s.end)
			continue
		}
		r.rec.Places = append(r.rec.Places, name)
		r.evidence("places", s.start, s.end)
	}
}

// saidHeld reports whether the sentence naming m, another place's session,
// says it is held (武陵区十九届人大五次会议、鼎城区四届人大五次会议也分别开幕;
// 新街镇、嘎娘乡等乡镇已相继召开第十九届…会议; 新街镇…会议于9月24日召开):
// the report covers it beside its own, if only in passing. One held before
// or to come (…会议召开以来, 召开前) is not.
func (r *reader) saidHeld(m mention) bool {
	if r.pastSeam(m.start) {
		return false
	}
	sent := r.sentenceAt(m.start)
	s := r.n[min(m.locStart, m.start):max(sent.end, m.end)]
	for _, w := range heldWords {
		for k := strings.Index(s, w); k >= 0; {
			if !hasPrefixAny(s[k+len(w):], []string{"以来", "前", "之前", "之际", "时", "期间"}) {
				return true
			}
			next := strings.Index(s[k+len(w):], w)
			if next < 0 {
				break
			}
			k += len(w) + next
		}
	}
	return false
}

// levelRank orders the levels of congresses from the province (0) down to
// the township (3); a district's and a county's are one rank.
func levelRank(level string) int {
	switch level {
	case LevelProvince:
		return 0
	case LevelCity:
		return 1
	case LevelDistrict, LevelCounty:
		return 2
	case LevelTownship:
		return 3
	}
	return -1
}

// shortFor reports whether short names the autonomous unit long by the
// name it opens with (延边 for 延边朝鲜族自治州).
func shortFor(short, long string) bool {
	return strings.HasPrefix(long, short) && strings.Contains(long[len(short):], "自治") && utf8.RuneCountInString(short) >= 2
}

// delegation is the word for a place's delegates at a congress.
const delegation = "代表团"

// delegationsAt reads the places whose delegations are named before byte
// i of s (代表团): one place (大江口镇代表团) or a list of them (虞姬乡、朝阳镇、
// 黄湾镇代表团; 秦都区、…、长武县等代表团; 锁南镇、达板镇等各代表团; 桂城街道、…、
// 里水镇7个代表团).
func delegationsAt(s string, i int) []span {
	var out []span
	i = len(strings.TrimSuffix(s[:i], "各"))
	if t := strings.TrimSuffix(s[:i], "个"); len(t) < i {
		if _, n, ok := numBefore(t, len(t), 4); ok {
			i = n // …里水镇7个代表团
		}
	}
	i = len(strings.TrimSuffix(s[:i], "等"))
	for sp, ok := placeBefore(s, i); ok; sp, ok = placeBefore(s, sp.start-len("、")) {
		out = append(out, sp)
		if !strings.HasSuffix(s[:sp.start], "、") {
			break
		}
	}
	return out
}

// placeBefore reads the place named right before byte i of s: one written
// with its unit (大江口镇, 綦江区) or a name the division table knows, whole
// or short (玉树). Delegations of no place (解放军代表团, 县直代表团, 各乡镇
// 代表团) give none.
func placeBefore(s string, i int) (span, bool) {
	if loc, _, start := localityBefore(s, i); loc != "" {
		return span{start, i}, true
	}
	// the longest name known of the ten characters before, of two or more
	// (达尔罕茂明安联合旗 is nine)
	from := i
	for k := 0; k < 10 && from > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:from])
		from -= size
	}
	if name := region.KnownAtEnd(s[from:i]); utf8.RuneCountInString(name) >= 2 {
		return span{i - len(name), i}, true
	}
	return span{}, false
}

// covered reports whether the report covers the sibling session m: one
// that opens a section of its own (held), one named in the headline, or
// one named in a sentence with the congress's own session (…会议和麻旺镇…
// 会议分别闭幕) — not one named in passing.
func (r *reader) covered(m mention) bool {
	if r.pastSeam(m.start) {
		return false // a second article's
	}
	if m.start >= r.title.start && m.start < r.title.end {
		return true
	}
	if k := slices.IndexFunc(r.meetings, func(x meetingAt) bool { return x.at == m.start }); k >= 0 && r.meetings[k].held {
		return true
	}
	sent := r.sentenceAt(m.start)
	return slices.ContainsFunc(r.mainAt, func(i int) bool { return i >= sent.start && i < sent.end })
}
