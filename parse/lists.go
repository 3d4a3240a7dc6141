package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/cnum"
)

// named is a name found in the normalised text with its span.
type named struct {
	name       string
	start, end int
}

// listStops end a list of names: verbs and words that follow the last name.
var listStops = []string{"在主席台", "主席台", "在主会场", "在分会场", "出席", "主持", "就座", "就坐", "讲话", "致辞", "致开幕词", "致闭幕词", "当选", "等", "以及", "和大会", "和主席团", "及主席团", "列席", "宣布", "作", "代表", "同志", "分别", "轮流", "共同", "为"}

// nameList reads names separated by 、 starting at byte i, skipping titles
// (市委书记, 市领导) in front of them, until the clause ends or a verb. A
// comma is crossed right after a title with no name, as in 执行主席，区委书记
// 张国强, and before a clause of titles and names alone, as in 县委书记王海军，
// 旗政协主席萨仁高娃等.
func (r *reader) nameList(i int, afterTitle bool) []named {
	i = skipColon(r.n, i)
	// 执行主席为沈国良、潘晓红…, 执行主席为：…, 执行主席名单：…, 执行主席为
	// (按姓氏笔画为序)：…, 就座的大会执行主席有：…
	// 执行主席,名单如下:⏎…
	if strings.HasPrefix(r.n[i:], ",名单如下") {
		i++
	}
	for _, w := range []string{"分别为", "为", "是", "名单如下", "名单", "如下", "还有", "有"} {
		if strings.HasPrefix(r.n[i:], w) {
			i = skipColon(r.n, i+len(w))
			break
		}
	}
	// a note before the colon, maybe with a comma (按姓氏笔画排序,共15名)
	// or before the line's end (成员名单（21人，按姓氏笔画为序）⏎王丽芬…)
	if k := bracketNoteLen(r.n[i:]); k > 0 && strings.HasPrefix(r.n[i+k:], ":") {
		i = skipColon(r.n, i+k)
	} else if k > 0 && strings.HasPrefix(strings.TrimLeft(r.n[i+k:], " "), "\n") {
		i += k + len(r.n[i+k:]) - len(strings.TrimLeft(r.n[i+k:], " "))
	}
	// the names on the lines below (在主席台就座的有：⏎孙振东　侯立新⏎…)
	if strings.HasPrefix(r.n[i:], "\n") {
		return r.nameLines(i)
	}
	var out []named
	titleOnly := afterTitle
	for pos := i; pos < len(r.n); {
		if r.n[pos] == ',' {
			// the next clause goes on with the list, maybe up to the verb
			// that ends it (…孔祥林, 邹丽华在主席台前排就座), or after a
			// conjunction (…雷思远，以及老同志欧阳庆林、傅学平等)
			if c := listConjunction(r.n[pos+1:]); c > 0 && !titleOnly {
				if next := beforeOthers(r.n[pos+1+c : clauseEndNear(r.n, pos+1+c)]); isRoleClause(next) {
					pos += c
				}
			}
			next := beforeOthers(r.n[pos+1 : clauseEndNear(r.n, pos+1)])
			if k := listStop(next); k > 0 {
				next = next[:k]
			}
			// a name whose surname the parser does not know, between
			// names apart by commas (…,段志宏,字润华,尹绍春,…)
			if t := strings.TrimSpace(next); !titleOnly && !isRoleClause(next) && len(out) > 0 && out[len(out)-1].end == len(strings.TrimRight(r.n[:pos], " ")) &&
				unknownName(t, false, commaClauses(r.n, pos+1+len(next))) {
				at := pos + 1 + strings.Index(next, t)
				out = append(out, named{squeeze(t), at, at + len(t)})
				pos += 1 + len(next)
				continue
			}
			if !titleOnly && !isRoleClause(next) {
				break
			}
			pos++
		}
		end := clauseEndNear(r.n, pos)
		items, stop := r.roleItems(pos, end, pos == i, &out)
		titleOnly = items > 0 && lastTitleOnly(r.n[pos:end])
		if next, ok := afterNote(r.n, end); ok && !stop && items > 0 {
			pos = next // 庄志强(镇党委书记)、骆雅琴(镇党委副书记、镇长)…
			continue
		}
		// a group of titled names after a semicolon goes on with the
		// list (就座的有：大会执行主席叶国强、…；县领导徐海滨、陈美玲)
		if !stop && end < len(r.n) && r.n[end] == ';' && items > 0 {
			next := r.n[end+1 : clauseEndNear(r.n, end+1)]
			first, _, _ := strings.Cut(next, "、")
			if _, _, ok := titledName(strings.TrimSpace(first)); ok && isRoleClause(next) {
				pos = end + 1
				continue
			}
		}
		if stop || end >= len(r.n) || r.n[end] != ',' {
			break
		}
		pos = end
	}
	return out
}

// commaNames reads a line of names apart by commas, the line starting at
// byte at, and reports whether every item is a name (two at least).
func commaNames(line string, at int) ([]named, bool) {
	items := splitPieces(line, ",")
	if len(items) < 2 {
		return nil, false
	}
	var out []named
	for _, p := range items {
		t := withoutListNote(strings.TrimSpace(p.text)) // 杨光荣(主持),陈兴国
		if !isName(squeeze(t)) {
			return nil, false
		}
		s := at + p.start + strings.Index(p.text, t)
		out = append(out, named{squeeze(t), s, s + len(t)})
	}
	return out, true
}

// commaClauses returns the clauses after the comma at byte i of s, up to a
// few: the items of a list typed with commas that may follow.
func commaClauses(s string, i int) []string {
	var out []string
	for len(out) < 3 && i < len(s) && s[i] == ',' {
		e := clauseEndNear(s, i+1)
		out = append(out, s[i+1:e])
		i = e
	}
	return out
}

// listConjunction returns the length of the conjunction s starts with that
// carries a list on after a comma (以及, 及, 还有), or 0.
func listConjunction(s string) int {
	for _, w := range []string{"以及", "及", "还有"} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// joinsOn reports whether s opens with a conjunction that joins one more
// to a list (和, 与, 及 — conjunctionAt's — or 以及).
func joinsOn(s string) bool {
	return conjunctionAt(s) > 0 || strings.HasPrefix(s, "以及")
}

// withoutListNote returns a listed name without the short note in brackets
// after it (艾尼瓦尔·买买提(召集人), 杨光荣(主持)).
func withoutListNote(t string) string {
	if k := strings.LastIndexByte(t, '('); k > 0 && bracketNoteLen(t[k:]) == len(t)-k {
		return strings.TrimSpace(t[:k])
	}
	return t
}

// skipColon returns where s goes on after byte i past colons and spaces.
func skipColon(s string, i int) int {
	for i < len(s) && (s[i] == ':' || s[i] == ' ') {
		i++
	}
	return i
}

// nameLines reads a list set out on the lines after byte i, which ends a
// line: each line names people alone, apart by spaces or 、 (孙振东　侯立新,
// 马　俊　田学斌: a name padded to three characters' width too), maybe
// after a label (第一次全体会议：于占江、孟庆国) and a blank line between
// them, up to two blank lines or a line that names no one alone,
// maxListLines at most (a text of many such lists over one long list is
// read in linear time).
func (r *reader) nameLines(i int) []named {
	var out []named
	blank := 0
	for lines := 0; i < len(r.n) && r.n[i] == '\n' && lines < maxListLines; lines++ {
		i++
		end := strings.IndexByte(r.n[i:], '\n')
		if end < 0 {
			end = len(r.n)
		} else {
			end += i
		}
		line := strings.TrimRight(r.n[i:end], " 。.;")
		if strings.TrimSpace(line) == "" && blank < 1 {
			blank++ // the lines apart by a blank one
			i = end
			continue
		}
		blank = 0
		// a label before the names: 第一次全体会议：于占江、孟庆国
		label := 0
		if c := strings.IndexByte(line, ':'); c > 0 && isListLabel(strings.TrimLeft(line[:c], " ")) {
			label = c + 1
		}
		// names apart by commas (第二次全体会议: 陈丽娟,何志明,冯嘉欣)
		if named, ok := commaNames(line[label:], i+label); ok {
			out = append(out, named...)
			i = end
			continue
		}
		// the list ends in this line where a clause does (…胡　建、吴　霞，
		// 以及大会主席团其他成员) or at 等 after its last name (…吴霞等县领导)
		last, clause := false, false
		if c := indexOutsideNotes(line[label:], ",;"); c > 0 {
			clause = strings.TrimSpace(line[label+c+1:]) != ""
			line, last = line[:label+c], true // not in a note: 马丽娟(女,苗族)
		}
		lastItem := label
		if k := strings.LastIndex(line[label:], "、"); k >= 0 {
			lastItem = label + k + len("、")
		}
		if before, after, ok := strings.Cut(line[lastItem:], "等"); ok && before != "" {
			line, last = line[:lastItem+len(before)], true
			clause = clause || after != "" // 区委书记褚志刚等区领导在主席台就座
		}
		// a title and the name after it, one a line (县委书记 谢国庆; 县委副书记、
		// 县人民政府代理县长 刘卫平, a space before the name); not a sentence
		// that goes on past a comma or 等 (在主席台就座的还有区委书记钟振宇，…)
		if name, off, ok := titledName(strings.TrimSpace(line[label:])); ok && !clause && (!strings.Contains(line[label:], "、") || strings.HasSuffix(strings.TrimSpace(line[label:]), " "+name)) {
			at := i + label + strings.Index(line[label:], strings.TrimSpace(line[label:])) + off
			out = append(out, named{name, at, at + len(name)})
			i = end
			continue
		}
		var names []named
		for _, item := range splitPieces(line[label:], "、") {
			words := appendSpaced(nil, item)
			for wi, w := range words {
				t := withoutListNote(strings.TrimSpace(w.text))
				// one of a surname the parser does not know among names
				// after the first (王丽芬　尹志刚　字春花　苏　勇)
				if !isName(squeeze(t)) && !(len(out)+len(names) > 0 && unknownName(squeeze(t), false, spacedTexts(words[wi+1:]))) {
					return out
				}
				at := i + label + w.start + strings.Index(w.text, t)
				names = append(names, named{squeeze(t), at, at + len(t)})
			}
		}
		if len(names) == 0 {
			return out
		}
		out = append(out, names...)
		if last {
			return out
		}
		i = end
	}
	return out
}

// isListLabel reports whether t, before a colon on a line of names, labels
// them with the meeting they are for (第一次全体会议, 第二次全体会议执行主席).
func isListLabel(t string) bool {
	return strings.HasPrefix(t, "第") && strings.Contains(t, "会议") && utf8.RuneCountInString(t) <= 16
}

// afterNote reports whether s[i:] is a note in brackets after a name of a
// list, its posts, that the list goes on after (庄志强(镇党委书记)、), and
// where the next item starts.
func afterNote(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '(' {
		return 0, false
	}
	j := strings.IndexByte(s[i:min(len(s), i+90)], ')')
	if j < 0 || strings.ContainsAny(s[i+1:i+j], clauseDelims) {
		return 0, false
	}
	rest := s[i+j+1:]
	if !strings.HasPrefix(rest, "、") {
		return 0, false
	}
	return i + j + 1 + len("、"), true
}

// roleItems reads the 、-separated items of n[s:e] into out: names, and
// names after titles. It reports how many items it read and whether a verb
// or a word that is neither ended the list. first says that n[s:] follows
// the role's word (执行主席者永平主持): its first item stands where a name
// is expected, as one after a name does.
func (r *reader) roleItems(s, e int, first bool, out *[]named) (int, bool) {
	pos, n := s, 0
	items := strings.Split(r.n[s:e], "、")
	wasName := false // the item before was a name
	for k, item := range items {
		is := pos
		pos += len(item) + len("、")
		n++
		stop := false
		if k := listStop(item); k >= 0 {
			// 同志 after each name of a list (梁文彬同志、韦丽萍同志…) ends
			// none but the last
			item, stop = item[:k], !(item[k:] == "同志" && k > 0 && n < len(items))
		}
		t := strings.TrimSpace(item)
		after := wasName || first && k == 0
		wasName = false
		// 大会执行主席 符海强 吉学军 陈春燕: names a space apart, split as
		// nameListBefore splits them; here the first word is a name too
		if words := appendSpaced(nil, piece{item, is, is + len(item)}); len(words) > 1 && isName(squeeze(words[0].text)) {
			for _, w := range words {
				*out = append(*out, named{squeeze(w.text), w.start, w.end})
			}
			wasName = true
			if stop {
				return n, true
			}
			continue
		}
		switch {
		case t == "":
		case isName(squeeze(t)) || surnameTong(t) || after && unknownName(t, stop, items[k+1:]):
			wasName = true
			j := strings.Index(item, t)
			*out = append(*out, named{squeeze(t), is + j, is + j + len(t)})
		case hasTitle(t):
			// 杜明远和区领导刘明哲: the name before the conjunction is the
			// list's last, the titled name after it another's first
			if j, _, ok := joinedAt(item, func(first, _ string) bool { return isName(squeeze(strings.TrimSpace(first))) }); ok {
				first := strings.TrimSpace(item[:j])
				at := is + strings.Index(item, first)
				*out = append(*out, named{squeeze(first), at, at + len(first)})
			}
			if name, off, ok := nameAtEnd(item); ok {
				wasName = true
				*out = append(*out, named{name, is + off, is + off + len(name)})
			}
		default:
			// 大会执行主席王伟和李强在主席台就座: two names and a conjunction
			j, k, ok := pairAt(item)
			if !ok || !isName(squeeze(strings.TrimSpace(item[:j]))) {
				stop = true
				break
			}
			wasName = true
			for _, p := range []piece{{item[:j], is, is + j}, {item[k:], is + k, is + len(item)}} {
				t := strings.TrimSpace(withoutVotes(p.text))
				at := p.start + strings.Index(p.text, t)
				*out = append(*out, named{squeeze(t), at, at + len(t)})
			}
		}
		if stop {
			return n, true
		}
	}
	return n, false
}

// listStop returns where a word that ends a list stands in item (a verb:
// 邹丽华在主席台前排就座), or -1; 老同志肖华俊 is veterans and 市领导同志秦海波
// the city's leaders, titles, not 同志 after a name; an item that opens with
// 同志 and one more character before the stop is a name of the surname 同
// (…,师晓燕,同志刚在主席台前排就座), not 同志 after no one.
func listStop(item string) int {
	k := firstStop(item)
	if k >= 0 && strings.HasPrefix(item[k:], "同志") && (strings.HasSuffix(item[:k], "老") || strings.HasSuffix(item[:k], "领导")) {
		return -1
	}
	if k == 0 && strings.HasPrefix(item, "同志") {
		_, size := utf8.DecodeRuneInString(item[len("同志"):])
		if n := len("同志") + size; surnameTong(item[:n]) {
			if j := firstStop(item[n:]); j >= 0 {
				return n + j
			}
			return -1
		}
	}
	return k
}

// surnameTong reports whether t, an item of a list, is a name of three of
// the surname 同 whose given name starts with 志 (同志刚), not the honorific
// 同志 before a word (同志们, 同志在主席台就座, 同志等).
func surnameTong(t string) bool {
	rest, ok := strings.CutPrefix(t, "同志")
	c, size := utf8.DecodeRuneInString(rest)
	return ok && size == len(rest) && isHan(c) && !strings.ContainsRune("们的等和与及也都是说", c) &&
		!slices.ContainsFunc(listStops, func(w string) bool { return strings.HasPrefix(w, rest) })
}

// amongNames reports whether t, an item of a list between a name and next,
// reads as a name whose surname the parser does not know: two or three Han
// characters and no title, followed by a name (王志刚、者文学、张丽娟).
func amongNames(t, next string) bool {
	return unknownName(t, false, []string{next})
}

// unknownName reports whether t, an item of a list after a name, reads as a
// name whose surname the parser does not know: two or three Han characters
// and no title, and the list goes on with a name, maybe after more such
// items (杨光荣、起志明、自学林、罗美仙), or ends with t at a word that stops
// it (stop: 黄晓东、区少芬在主席台前排就座); of four or five characters, a
// Mongolian name, only before a name (陶克陶胡、其木格; 孟根其其格、刘振山). rest
// are the items after t.
func unknownName(t string, stop bool, rest []string) bool {
	n := utf8.RuneCountInString(t)
	if n > 5 || n >= 4 && stop {
		return false
	}
	// a name that is a word too (文明, 高峰) opening with a surname, between
	// names (岑华、文明、王光荣): a name
	if !mayBeNameOf(t, 5) && !(!stop && nonNames[t] && hasSurname(t)) {
		return false
	}
	if stop {
		return true
	}
	for _, next := range rest {
		k := firstStop(next)
		if k >= 0 {
			next = next[:k] // 徐春梅在主席台前排就座
		}
		next = squeeze(strings.TrimSpace(next))
		switch {
		case isName(next):
			return true
		case k >= 0 || utf8.RuneCountInString(next) > 3 || !mayBeName(next):
			return false
		}
	}
	return false
}

// spacedTexts returns the texts of the first few words, the names that may
// follow one whose surname the parser does not know; a name padded to the
// width of three (苏　勇) is one.
func spacedTexts(words []piece) []string {
	var out []string
	for k := 0; k < len(words) && len(out) < 3; k++ {
		t := strings.TrimSpace(words[k].text)
		if k+1 < len(words) && paddedName(t, strings.TrimSpace(words[k+1].text)) {
			t += strings.TrimSpace(words[k+1].text)
			k++
		}
		out = append(out, t)
	}
	return out
}

// texts returns the texts of pieces.
func texts(pieces []piece) []string {
	out := make([]string, len(pieces))
	for i, p := range pieces {
		out[i] = p.text
	}
	return out
}

// mayBeName reports whether t, where a name is expected (between names, or
// after a post in a list of results), may be one whose surname or opening
// the parser does not know: two to four Han characters, no title, no
// common word, and no character of places or offices after the first (a
// surname may be written as places are: 区嘉俊).
func mayBeName(t string) bool { return mayBeNameOf(t, 4) }

// mayBeNameOf is mayBeName for names of up to longest characters.
func mayBeNameOf(t string, longest int) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > longest || nonNames[t] || hasTitle(t) || slices.ContainsFunc(verbsInWords, func(v string) bool { return strings.Contains(t, v) }) {
		return false
	}
	for k, c := range t {
		if !isHan(c) || k > 0 && strings.ContainsRune(notInLongNames, c) {
			return false
		}
	}
	return true
}

// verbsInWords are verbs no name holds, which a word after a title may
// (听取代表发言后: 发言后 is no one; 经全体代表表决: 表决 is none).
var verbsInWords = []string{"发言", "审议", "讨论", "建议", "听取", "提出", "表示", "认为", "表决", "投票"}

// beforeOthers cuts 等 and what follows from a clause that ends a list:
// 旗政协主席萨仁高娃等旗领导 → 旗政协主席萨仁高娃.
func beforeOthers(clause string) string {
	if k := strings.LastIndex(clause, "等"); k > 0 {
		return clause[:k]
	}
	return clause
}

// withoutVotes cuts what follows a name in a list of people elected: the
// votes and 同志 (钟海波同志以68票、彭丽以65票、…当选为副镇长; 杨金龙(42票)).
func withoutVotes(item string) string {
	// 杨金龙(42票)
	if pre, ok := strings.CutSuffix(item, "票)"); ok {
		if k := strings.LastIndex(pre, "("); k > 0 {
			item = pre[:k]
		}
	}
	if pre, ok := strings.CutSuffix(item, "票"); ok {
		if k := strings.LastIndex(pre, "以"); k > 0 {
			item = pre[:k]
		}
	}
	return strings.TrimSuffix(withoutCount(item), "同志")
}

// withoutCount cuts the count a list's last name may carry: 蓝春燕5名代表,
// 李四等三位同志, 李强二人 — after a bare 位, 名 or 人 only where a name
// is left (not 王五人, a name ending in a numeral).
func withoutCount(item string) string {
	for _, w := range []string{"名代表", "位代表", "名同志", "位同志", "位", "名", "人"} {
		if pre, ok := strings.CutSuffix(item, w); ok {
			if _, j, ok := numBefore(pre, len(pre), 4); ok && j > 0 {
				if name := strings.TrimSuffix(pre[:j], "等"); len(w) > len("人") || isName(squeeze(strings.TrimSpace(name))) {
					return name
				}
			}
		}
	}
	return item
}

// joinSpaced joins the pieces of a list split at spaces where a
// two-character name was spaced to the width of three (冯 瑶, 王　琦): two
// pieces of one character each that make a name become one, spanning both.
func joinSpaced(pieces []piece) []piece {
	out := pieces[:0:0]
	for k := 0; k < len(pieces); k++ {
		p := pieces[k]
		if k+1 < len(pieces) && paddedName(p.text, pieces[k+1].text) {
			out = append(out, piece{p.text + pieces[k+1].text, p.start, pieces[k+1].end})
			k++
			continue
		}
		out = append(out, p)
	}
	return out
}

// paddedName reports whether a and b, two words a space apart, are the
// halves of a two-character name padded to the width of three (冯 瑶).
func paddedName(a, b string) bool {
	return utf8.RuneCountInString(a) == 1 && utf8.RuneCountInString(b) == 1 && isName(a+b)
}

// lastTitleOnly reports whether the last 、-item of clause is a title with
// no name after it (执行主席), so that the list goes on after a comma.
func lastTitleOnly(clause string) bool {
	items := strings.Split(clause, "、")
	last := strings.TrimSpace(items[len(items)-1])
	if last == "" {
		return len(items) == 1
	}
	_, _, named := nameAtEnd(last)
	return !named && hasTitleSuffix(last)
}

// isRoleClause reports whether every 、-item of clause is a title, a name,
// or a name after titles: 大会主席团常务主席、执行主席 or 区委书记张国强.
func isRoleClause(clause string) bool {
	if strings.TrimSpace(clause) == "" {
		return false
	}
	for _, item := range strings.Split(clause, "、") {
		t := cutTitleNote(strings.TrimSpace(withoutVotes(item))) // 汪彦学以479票，谢培国以492票，…当选
		if isName(squeeze(t)) || hasTitleSuffix(t) || surnameTong(t) || afterDelegation(t) > 0 {
			continue
		}
		if _, _, ok := titledName(t); ok {
			continue
		}
		return false
	}
	return true
}

// afterDelegation returns where the name starts in a list's item that names
// a deputy after their delegation (湖寮镇代表团李春梅), or 0.
func afterDelegation(item string) int {
	k := strings.LastIndex(item, "代表团")
	if k <= 0 || !isName(squeeze(strings.TrimSpace(item[k+len("代表团"):]))) {
		return 0
	}
	return k + len("代表团")
}

// clauseStartPastNotes returns where the clause ending at byte j starts,
// a note on a listed person or in a title (镇领导郭永福、黄美玲(女)、陈俊杰;
// 常务副区长(北京援藏干部)赵明远) no end to it, as withoutNote reads it,
// within reach of byte i.
func (r *reader) clauseStartPastNotes(j, i int) int {
	cs := clauseStart(r.n, j)
	for n := 0; n < maxListLines && cs > 0 && r.n[cs-1] == ')' && i-cs < clauseReach; n++ {
		k := strings.LastIndexByte(r.n[max(0, cs-40):cs], '(')
		if k < 0 {
			break
		}
		if k += max(0, cs-40); withoutNote(r.n[:cs]) == r.n[:cs] && !hasTitleSuffix(r.n[:k]) {
			break
		}
		cs = clauseStart(r.n, k)
	}
	return cs
}

// cutTitleNote returns a list's item without the note between its title
// and the name (常务副区长(北京援藏干部)赵明远 → 常务副区长赵明远).
func cutTitleNote(t string) string {
	k, e := strings.IndexByte(t, '('), strings.IndexByte(t, ')')
	if k <= 0 || e < k || e-k > 40 || !hasTitleSuffix(t[:k]) {
		return t
	}
	return t[:k] + t[e+1:]
}

// nameListBefore reads the list of names that ends right before byte i,
// as in 区领导苑冬梅、李斌、李康正出席大会并在主席台前排就座. Titles and names
// separated by commas belong to it too: 大会主席团常务主席、执行主席，区委书记
// 张国强，…李文华等在主席台前排就座.
func (r *reader) nameListBefore(i int) []named {
	cs := r.clauseStartPastNotes(i, i)
	for cs > 0 && r.n[cs-1] == ',' && i-cs < clauseReach {
		// (a note in a titled item: 常务副区长（北京援藏干部）赵明远)
		ps := r.clauseStartPastNotes(cs-1, i)
		// a name of a surname the parser does not know goes on with the list
		// when a name follows it (…,段玉华,字建国,和润清在主席台…)
		next, _, _ := strings.Cut(r.n[cs:i], ",")
		if !isRoleClause(r.n[ps:cs-1]) && !unknownName(strings.TrimSpace(r.n[ps:cs-1]), false, []string{next}) {
			break
		}
		cs = ps
	}
	for cs < i && r.n[cs] == ' ' {
		cs++ // a paragraph's indent: 　　大会执行主席黄志强　覃文斌…
	}
	seg := trimVerbs(r.n[cs:i])
	items := splitPieces(seg, "、", ",")
	if strings.Contains(seg, " ") {
		var spaced []piece
		for _, p := range items {
			spaced = appendSpaced(spaced, p)
		}
		items = spaced
	}
	items = splitLastPair(items) // 王伟、李强和张三在主席台就座
	items = splitTitledPairs(items)
	var out []named
	wasName := false // the item before was a name
	for k, p := range items {
		item, s := withoutNote(withoutVotes(p.text)), cs+p.start // 黄美玲(女), 杨金龙(42票)
		// a clause going on with the list (…黄绮雯，以及方庆元、杜慧玲等在主席台就座)
		if c := listConjunction(item); c > 0 && p.start > 0 {
			item, s = item[c:], s+c
		}
		// the last item may carry a tail: 曲君和大会主席团成员 (but 孟和等
		// is 孟和 and others)
		if before, _, ok := strings.Cut(item, "等"); k == len(items)-1 && ok && isName(squeeze(strings.TrimSpace(before))) {
			item = before
		} else if c := countAfterName(item); c > 0 {
			// 刘利、杨秀芬、朱明亮三位代表分别…作大会发言 (the topics after it
			// listed with 、 too)
			item = item[:c]
		} else if k == len(items)-1 {
			for _, cut := range []string{"和", "及", "以及", "等"} {
				if j := strings.Index(item, cut); j > 0 && !isName(squeeze(item)) && !halvesDotted(item[:j]) {
					item = item[:j]
				}
			}
		} else if j := strings.Index(item, "等"); j > 0 && strings.HasPrefix(seg[p.end:], ",") && hasTitle(item[:j]) {
			// an item that ends its clause ends the list: what follows 等 is
			// the kind of them all (…、茶业公司的董事长程立群等3名县人大代表，分别
			// 围绕…作大会发言)
			item = item[:j]
		}
		item = strings.TrimSuffix(item, "同志") // 县政协主席张红同志等县领导
		// a deputy named as such, after their delegation: 银丽华代表、蓝天明
		// 代表先后作大会发言, 罗城仫佬族自治县代表团银丽华代表
		if d := strings.TrimSuffix(item, "代表"); d != item {
			g := 0 // after the delegation
			if k := strings.LastIndex(d, "代表团"); k >= 0 {
				g = k + len("代表团")
			}
			if isName(squeeze(strings.TrimSpace(d[g:]))) {
				item, s = d[g:], s+g
			}
		} else if g := afterDelegation(item); g > 0 {
			item, s = item[g:], s+g // 湖寮镇代表团李春梅
		}
		t := strings.TrimSpace(item)
		after := wasName
		wasName = false
		switch {
		case isName(squeeze(t)) || surnameTong(t) || after && unknownName(t, k == len(items)-1, texts(items[k+1:])): // the last ends at the verb
			wasName = true
			j := strings.Index(item, t)
			out = append(out, named{squeeze(t), s + j, s + j + len(t)})
		case hasTitle(item) || (k == 0 && len(items) > 1):
			if name, off, ok := nameAtEnd(item); ok {
				wasName = true
				out = append(out, named{name, s + off, s + off + len(name)})
			}
		}
	}
	return out
}

// countAfterName returns where a count of people (三位, 3名) starts after
// the name that opens item (朱明亮三位代表分别…), or 0.
func countAfterName(item string) int {
	for j, c := range item {
		if j > 0 && cnum.IsNumeral(c) {
			if _, e, ok := numAfter(item, j, 3); ok && hasPrefixAny(item[e:], []string{"位", "名"}) && isName(squeeze(strings.TrimSpace(item[:j]))) {
				return j
			}
			return 0
		}
	}
	return 0
}

// splitLastPair returns the pieces of a list with the last split in two
// where it is a pair of names joined by a conjunction (王伟、李强和张三 →
// 王伟, 李强, 张三).
func splitLastPair(items []piece) []piece {
	n := len(items)
	if n == 0 {
		return items
	}
	last := items[n-1]
	j, k, ok := pairAt(last.text)
	if !ok {
		return items
	}
	return append(items[:n-1], piece{last.text[:j], last.start, last.start + j}, piece{last.text[k:], last.start + k, last.end})
}

// splitTitledPairs returns the pieces of a list with each that joins two
// titled names by a conjunction split in two (区政协主席刘秀琼和大会执行主席
// 邝伟明 → 区政协主席刘秀琼, 大会执行主席邝伟明).
func splitTitledPairs(items []piece) []piece {
	var out []piece
	for _, p := range items {
		j, k, ok := titledPairAt(p.text)
		if !ok {
			out = append(out, p)
			continue
		}
		out = append(out, piece{p.text[:j], p.start, p.start + j}, piece{p.text[k:], p.start + k, p.end})
	}
	return out
}

// titledPairAt reports whether item is a name, maybe titled, joined by a
// conjunction to a titled name, and where the conjunction starts and the
// second part begins.
func titledPairAt(item string) (int, int, bool) {
	return joinedAt(item, func(first, second string) bool {
		_, _, titled := titledName(strings.TrimSpace(second))
		if !titled {
			return false
		}
		first = strings.TrimSpace(first)
		_, _, titled = titledName(first)
		return titled || isName(squeeze(first))
	})
}

// pairAt reports whether item ends with a name joined to what comes before
// it by a conjunction (王伟和李强, 县长王伟与李强, 李强及张三二人), and where the
// conjunction starts and the name's part begins. A name holding the
// conjunction's character (孟和) is no pair, nor one whose first part is a
// transcribed name's one-character half (阿拉腾·苏和…).
func pairAt(item string) (int, int, bool) {
	return joinedAt(item, func(_, second string) bool {
		return isName(squeeze(strings.TrimSpace(withoutVotes(second))))
	})
}

// joinedAt returns where the first conjunction of item (以及, 和, 及, 与)
// whose parts both fit starts and where its second part begins; item a
// name whole, or a first part that ends a transcribed name's half, is no
// pair.
func joinedAt(item string, fit func(first, second string) bool) (int, int, bool) {
	if isName(squeeze(strings.TrimSpace(item))) {
		return 0, 0, false
	}
	for _, cut := range []string{"以及", "和", "及", "与"} {
		j := strings.Index(item, cut)
		if j <= 0 || halvesDotted(item[:j]) {
			continue
		}
		if k := j + len(cut); fit(item[:j], item[k:]) {
			return j, k, true
		}
	}
	return 0, 0, false
}

// halvesDotted reports whether s ends a character after a middle dot: a
// transcribed name's part is longer, so a conjunction that follows is its
// own (阿拉腾·苏和等, not 阿拉腾·苏 and others).
func halvesDotted(s string) bool {
	s = strings.ReplaceAll(s, "•", "·")
	i := strings.LastIndex(s, "·")
	return i >= 0 && utf8.RuneCountInString(s[i+len("·"):]) == 1
}

// appendSpaced appends list item p to out, split into its words when it
// holds names separated by spaces (县领导张三 李四 王五) and every word after
// the first is a name; an item such as 王　珍, a name padded to the width of
// three characters, stays whole.
func appendSpaced(out []piece, p piece) []piece {
	t := strings.TrimSpace(p.text)
	if !strings.Contains(t, " ") || isName(squeeze(t)) {
		return append(out, p)
	}
	var words []piece
	for _, w := range splitPieces(p.text, " ") {
		if strings.TrimSpace(w.text) != "" {
			words = append(words, w)
		}
	}
	n := len(out)
	for k := 0; k < len(words); k++ {
		w := words[k]
		// a name padded among them (黎明华　符　坚　陈　雄), one word as
		// written, its space kept for the callers' spans
		if k+1 < len(words) && paddedName(w.text, words[k+1].text) {
			w.text, w.end = p.text[w.start:words[k+1].end], words[k+1].end
			k++
		}
		// one of a surname the parser does not know between names
		// (关永强　岑少芳　区健雄　罗婉仪) is a name too
		if k > 0 && !isName(squeeze(withoutNote(w.text))) && !(k+1 < len(words) && unknownName(strings.TrimSpace(w.text), false, spacedTexts(words[k+1:]))) {
			return append(out[:n], p)
		}
		out = append(out, piece{w.text, p.start + w.start, p.start + w.end})
	}
	if len(out)-n < 2 {
		return append(out[:n], p)
	}
	return out
}

// indexOutsideNotes returns the index of the first of chars (ASCII) in s
// that stands outside parentheses, or -1.
func indexOutsideNotes(s, chars string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')':
			depth = max(depth-1, 0)
		case depth == 0 && strings.IndexByte(chars, c) >= 0:
			return i
		}
	}
	return -1
}

// splitPieces splits s at any of seps, keeping each piece's offset; a
// separator inside parentheses splits nothing (隗红梅(赞成43票,反对1票)).
func splitPieces(s string, seps ...string) []piece {
	var out []piece
	start, depth := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth = max(depth-1, 0)
		}
		hit := ""
		for _, sep := range seps {
			if depth == 0 && strings.HasPrefix(s[i:], sep) {
				hit = sep
				break
			}
		}
		if hit == "" {
			i++
			continue
		}
		out = append(out, piece{s[start:i], start, i})
		i += len(hit)
		start = i
	}
	return append(out, piece{s[start:], start, len(s)})
}

func firstStop(s string) int {
	best := -1
	for _, w := range listStops {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			// 代表 and 为 are part of titles such as 人大代表 only after a title
			best = i
		}
	}
	return best
}

// indexSpaced returns the span of the first w in s, where a scan may have
// left a space between two of its characters (符合法定人 数), or -1, -1.
func indexSpaced(s, w string) (int, int) {
	if i := strings.Index(s, w); i >= 0 {
		return i, i + len(w)
	}
	first, size := utf8.DecodeRuneInString(w)
	for off := 0; off < len(s); {
		i := strings.IndexRune(s[off:], first)
		if i < 0 {
			break
		}
		i += off
		j, k := i+size, size
		for k < len(w) {
			if j < len(s) && s[j] == ' ' {
				j++
			}
			_, n := utf8.DecodeRuneInString(w[k:])
			if !strings.HasPrefix(s[j:], w[k:k+n]) {
				break
			}
			j, k = j+n, k+n
		}
		if k == len(w) {
			return i, j
		}
		off = i + size
	}
	return -1, -1
}

// indexAll returns the byte offsets of every occurrence of sub in s.
func indexAll(s, sub string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + len(sub)
	}
}
