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
	at = append(at, r.heldLists()...)
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
			return strings.HasSuffix(p, name) || shortFor(name, p) || withoutUnit(name, p)
		}) {
			continue
		}
		// a place named alone first (a headline's 石龙镇, then 京山市石龙镇),
		// or by its short name (延边代表团, then 延边朝鲜族自治州代表团; 宁波代表团,
		// then 宁波市代表团): one place, named in full
		if k := slices.IndexFunc(r.rec.Places, func(p string) bool { return strings.HasSuffix(name, p) || shortFor(p, name) || withoutUnit(p, name) }); k >= 0 {
			if p := r.rec.Places[k]; shortFor(p, name) || withoutUnit(p, name) || endsWithUnit(strings.TrimSuffix(name, p)) {
				r.rec.Places[k] = name
				r.evidence("places", s.start, s.end)
			}
			continue // else words read with the place (图为西江镇)
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
	return saysHeld(r.n[min(m.locStart, m.start):max(sent.end, m.end)])
}

// saysHeld reports whether s says a meeting is held: a word of heldWords
// not followed by one that puts it before or after (召开以来, 召开前).
func saysHeld(s string) bool {
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
// name it opens with (延边 for 延边朝鲜族自治州), maybe with its unit
// (黔东南州 for 黔东南苗族侗族自治州).
func shortFor(short, long string) bool {
	if u := lastRune(short); strings.HasSuffix(long, "自治"+u) {
		short = strings.TrimSuffix(short, u)
	}
	return strings.HasPrefix(long, short) && strings.Contains(long[len(short):], "自治") && utf8.RuneCountInString(short) >= 2
}

// withoutUnit reports whether short is the place long named without its
// unit word (宁波 for 宁波市, 黔江 for 黔江区), as a delegation goes by it.
func withoutUnit(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short)
	return ok && utf8.RuneCountInString(short) >= 2 && slices.Contains([]string{"市", "县", "区", "州", "盟", "旗"}, rest)
}

// delegation is the word for a place's delegates at a congress.
const delegation = "代表团"

// delegationsAt reads the places whose delegations are named before byte
// i of s (代表团): one place (大江口镇代表团) or a list of them (虞姬乡、朝阳镇、
// 黄湾镇代表团; 秦都区、…、长武县等代表团; 锁南镇、达板镇等各代表团; 桂城街道、…、
// 里水镇7个代表团).
func delegationsAt(s string, i int) []span {
	var out []span
	i = listEnd(s, i)
	for sp, ok := placeBefore(s, i); ok; sp, ok = placeBefore(s, sp.start-len("、")) {
		out = append(out, sp)
		if !strings.HasSuffix(s[:sp.start], "、") {
			break
		}
	}
	return out
}

// listEnd returns where a list of places ends before byte i of s, before
// what sums it up there: 各 (…各代表团), a count (…里水镇7个代表团), 等
// (…长武县等代表团), in that order back from i.
func listEnd(s string, i int) int {
	i = len(strings.TrimSuffix(s[:i], "各"))
	if t := strings.TrimSuffix(s[:i], "个"); len(t) < i {
		if _, n, ok := numBefore(t, len(t), 4); ok {
			i = n
		}
	}
	return len(strings.TrimSuffix(s[:i], "等"))
}

// trimWordAfter cuts from the end of t the first of words that follows one
// of after (镇 of 召开镇, 乡镇 of 等乡镇), leaving after in place.
func trimWordAfter(t string, words, after []string) string {
	for _, w := range words {
		if v, ok := strings.CutSuffix(t, w); ok && hasSuffixAny(v, after) {
			return v
		}
	}
	return t
}

// placeBefore reads the place named right before byte i of s: one written
// with its unit (大江口镇, 綦江区) or a name the division table knows, whole
// or short (玉树). Delegations of no place (解放军代表团, 县直代表团, 各乡镇
// 代表团) give none.
func placeBefore(s string, i int) (span, bool) {
	// a development zone's delegation (洋浦经济开发区代表团), its 区 no district's
	if j, ok := zoneBefore(s, i); ok {
		return span{j, i}, true
	}
	if loc, _, start := localityBefore(s, i); loc != "" {
		// (not read past the delegation before it: 公坪镇代表团和碧涌镇代表团)
		for _, w := range []string{"代表团和", "代表团及", "代表团与"} {
			if k := strings.LastIndex(s[max(0, start-len(w)):i], w); k >= 0 {
				start = max(0, start-len(w)) + k + len(w)
			}
		}
		return span{start, i}, start < i
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

// heldLists reads the places of sessions a roundup says are held with no
// term or session of their own written beside them: a list of places
// right before the congress's word (同期召开的穆家峪镇、太师屯镇人代会) or
// before the verb that holds it (官路镇、下各镇…和双庙乡陆续召开人代会;
// 西江镇、茶埠镇也分别召开了第十八届人民代表大会第一次会议). Only places of
// the congress's level or below count, as for sessions named in full
// (readSiblings).
func (r *reader) heldLists() []span {
	rank := levelRank(r.rec.Level)
	if rank < 0 {
		return nil
	}
	own, ownName := "", ""
	if u, name, ok := unitBefore(r.rec.Locality, len(r.rec.Locality)); ok && name != "" {
		own, ownName = name+u.suffix, name
	}
	var out []span
	for _, w := range []string{"人代会", "人民代表大会"} {
		for _, i := range r.find(w) {
			if r.pastSeam(i) || !goesOnAsSession(r.n[i+len(w):]) {
				continue
			}
			sent := r.sentenceAt(i)
			if !saysHeld(r.n[sent.start:max(sent.end, i+len(w))]) {
				continue
			}
			for _, sp := range placeListBefore(r.n, verbBefore(r.n, termBefore(r.n, i))) {
				u, name, ok := unitBefore(r.n, sp.end)
				if !ok || levelRank(u.level) < rank || strings.HasSuffix(name, "次") || endsWithCount(name) ||
					own != "" && (strings.HasSuffix(r.n[sp.start:sp.end], own) || runeSuffix(name, 2) >= 0 && strings.HasPrefix(ownName, name[runeSuffix(name, 2):])) {
					// a county's, no place (首次镇人代会, 麻旺两镇), or the
					// locality, however named (粤北瑶乡必背镇; 广西龙胜县 for
					// 龙胜各族自治县)
					continue
				}
				if name != "" {
					// the place alone, not what holds it (粤北瑶乡必背镇)
					sp.start = max(sp.start, sp.end-len(u.suffix)-len(name))
				}
				out = append(out, sp)
			}
		}
	}
	return out
}

// goesOnAsSession reports whether s, the text after a congress's word, goes
// on as its session (人代会相继召开, 人民代表大会第一次会议) and not as one of
// its bodies or its delegates (人民代表大会主席团, 人民代表大会代表).
func goesOnAsSession(s string) bool {
	if s == "" {
		return true
	}
	c, _ := utf8.DecodeRuneInString(s)
	return !isHan(c) || hasPrefixAny(s, []string{"第", "会议", "召开", "开幕", "闭幕", "举行", "胜利", "隆重", "和", "也", "均", "都", "分别", "相继", "陆续", "先后", "已", "上"}) ||
		strings.HasPrefix(strings.TrimLeft(s, "一二三四五六七八九十"), "次会议")
}

// termBefore returns where the words naming the congress's term before
// byte i of s begin (第十八届, 新一届, and a level word after them: 镇第十八届
// 人民代表大会), or i when there are none.
func termBefore(s string, i int) int {
	if t := strings.TrimSuffix(s[:i], "届"); len(t) < i {
		switch {
		case strings.HasSuffix(t, "新一"):
			i = len(t) - len("新一")
		default:
			if _, n, ok := numBefore(t, len(t), 4); ok {
				i = len(strings.TrimSuffix(t[:n], "第"))
			}
		}
	}
	return i
}

// verbBefore returns where the verb that holds a session before byte i of
// s begins, with the words that go with it (也分别召开了, 陆续召开, 相继
// 举行), or i when there is none.
func verbBefore(s string, i int) int {
	// a level word after the verb (召开镇人民代表大会)
	t := trimWordAfter(s[:i], []string{"镇", "乡", "县", "区", "市"}, []string{"召开", "举行", "了"})
	t = strings.TrimSuffix(t, "了")
	n := len(t)
	for _, v := range []string{"召开", "举行"} {
		t = strings.TrimSuffix(t, v)
	}
	if len(t) == n {
		return i
	}
	for {
		k := len(t)
		for _, w := range []string{"分别", "相继", "陆续", "先后", "同日", "同期", "同时", "依次", "已经", "已", "也", "均", "都", "亦"} {
			t = strings.TrimSuffix(t, w)
		}
		if len(t) == k {
			return k
		}
	}
}

// placeListBefore reads the places listed right before byte i of s, each
// written with its unit (官路镇、下各镇和皤滩乡), ended by what sums them up
// (等镇, 等14个乡镇, 各乡镇); none when no place ends there.
func placeListBefore(s string, i int) []span {
	t := trimWordAfter(s[:i], []string{"乡镇", "镇", "乡", "街道", "苏木"}, []string{"等", "个", "各"})
	var out []span
	for end := listEnd(s, len(t)); ; {
		loc, _, start := localityBefore(s, end)
		// (the mark looked for within reach of an item's six characters)
		from := max(0, end-len("、")-6*utf8.UTFMax)
		if k := strings.LastIndex(s[from:end], "、"); k >= 0 && from+k+len("、") < start && endsWithUnit(s[:end]) {
			k += from
			// an item between two marks is one place, whatever
			// stops names elsewhere (下各镇)
			if item := s[k+len("、") : end]; utf8.RuneCountInString(item) <= 6 && allHan(item) {
				loc, start = item, k+len("、")
			}
		}
		if loc == "" {
			return out
		}
		for _, w := range []string{"和", "及"} {
			// a place read on past the word that joins it to the one
			// before (下各镇和皤滩乡): the place after it
			if k := strings.LastIndex(s[start:end], w); k > 0 && endsWithUnit(s[start:start+k]) {
				start += k + len(w)
			}
		}
		out = append(out, span{start, end})
		sep := ""
		for _, w := range []string{"、", "和", "及", "以及"} {
			if strings.HasSuffix(s[:start], w) {
				sep = w
			}
		}
		if sep == "" {
			return out
		}
		end = start - len(sep)
	}
}

// endsWithCount reports whether a place's name read before its unit ends
// with a number, a count of places and no name (龙潭、麻旺两镇, 已有五个县).
func endsWithCount(name string) bool {
	c, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(name, "个")) // 已有五个县
	return strings.ContainsRune("一二三四五六七八九十两几多", c)
}
