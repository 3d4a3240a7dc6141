package parse

import (
	"strings"
	"unicode/utf8"
)

// clauseDelims end a clause: a name list or a role never reaches past them.
// The half-width full stop of texts typed with half-width punctuation is
// one: no name or post holds it, and a decimal (3.5%) only shortens a
// clause about figures.
const clauseDelims = "。.,;:!?\n()《》“”\""

// clauseReach bounds, in bytes, how far clauseStart looks back: 500
// characters hold any list of people before a verb a report writes, and a
// clause that runs on (thousands of names joined by 、) is read in linear
// time.
const clauseReach = 1500

// clauseStart returns where the clause holding byte i of s starts, or,
// when that is more than clauseReach bytes back, the first item of a list
// (after a 、) within reach.
func clauseStart(s string, i int) int {
	return nearStart(s, i, clauseReach, clauseDelims, "、")
}

// nearStart returns where the stretch of s that ends at byte i starts:
// after the last rune of delims within reach bytes before i; when none is
// there, after the first rune of seps within reach (a list is cut between
// its items), else reach bytes back. Bounded scans keep crowded texts
// linear.
func nearStart(s string, i, reach int, delims, seps string) int {
	lo := max(0, i-reach)
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	w := s[lo:i]
	if j := strings.LastIndexAny(w, delims); j >= 0 {
		_, size := utf8.DecodeRuneInString(w[j:])
		return lo + j + size
	}
	if lo == 0 {
		return 0
	}
	if j := strings.IndexAny(w, seps); j >= 0 {
		_, size := utf8.DecodeRuneInString(w[j:])
		return lo + j + size
	}
	return lo
}

// nearEnd returns where the stretch of s that starts at byte j ends: at the
// first rune of delims within reach bytes after j; when none is there, at
// the last rune of seps within reach, else reach bytes ahead.
func nearEnd(s string, j, reach int, delims, seps string) int {
	hi := min(len(s), j+reach)
	for hi > j && hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi--
	}
	w := s[j:hi]
	if k := strings.IndexAny(w, delims); k >= 0 {
		return j + k
	}
	if hi == len(s) {
		return hi
	}
	if k := strings.LastIndexAny(w, seps); k >= 0 {
		return j + k
	}
	return hi
}

// titleReach bounds, in bytes, how far titleClauseStart looks back: a
// deliverer and a report's title take far less (200 characters), and a
// clause that runs on (a list of a thousand reports) is read in linear time.
const titleReach = 600

// titleClauseStart is clauseStart for a clause that may quote a title:
// 《》 do not end it. It looks back at most titleReach bytes.
func titleClauseStart(s string, i int) int {
	return nearStart(s, i, titleReach, "。.,;:!?\n", "")
}

// clauseEndNear is clauseEnd looking at most clauseReach bytes ahead: a
// clause that runs further ends at the last 、 within reach, so that a list
// is cut between its items.
func clauseEndNear(s string, i int) int {
	return nearEnd(s, i, clauseReach, clauseDelims, "、")
}

// clauseEnd returns where the clause holding byte i of s ends.
func clauseEnd(s string, i int) int {
	j := strings.IndexAny(s[i:], clauseDelims)
	if j < 0 {
		return len(s)
	}
	return i + j
}

// trimVerbs removes words that stand between a name and the verb of its
// role: 出席会议并(讲话), 在(主持会议时), 作重要(讲话), 发表就职(讲话), 王伟的
// (讲话).
func trimVerbs(s string) string {
	tails := []string{"出席会议并", "出席大会并", "出席会议", "出席大会", "出席并", "主持会议并", "主持大会并", "主持并",
		"主持开幕会并", "主持闭幕会并", "主持开幕大会并", "主持闭幕大会并", "并", "担任大会执行主席", "担任执行主席",
		"进行宪法宣誓", "进行了宪法宣誓", "宪法宣誓", "宣誓", "在会上", "在大会上",
		"作了重要", "作重要", "发表了重要", "发表重要", "就职", "作动员", "作总结", "作表态", "作简短", "作闭幕", "作开幕", "重要", "动员", "总结",
		"召集",           // 会议由上届镇人大主席覃志坚召集并(主持)
		"在主会场", "在分会场", // …额尔敦毕力格在主会场(主席台就座)
		"作了", "作", "发表", "在", "分别", "先后", "轮流", "共同", "也", "亦", "还", "随后",
		"同志", "到会指导", "到会祝贺", "莅临指导", "到会", "应邀", // 黄德贵应邀(在主席台就座)
		"的"} // 县长王伟的(讲话)
	for {
		cut := false
		s = strings.TrimRight(s, " ")
		// 出席巴彦花镇会议并, 出席镇人代会闭幕会: the meeting attended (…会议, …大会, …会)
		if k, met := strings.LastIndex(s, "出席"), strings.TrimSuffix(s, "并"); k > 0 && utf8.RuneCountInString(s[k:]) <= 14 &&
			(strings.HasSuffix(met, "会") || strings.HasSuffix(met, "会议")) {
			s, cut = s[:k], true
		}
		// 代表县委, 代表县人大常委会, 代表县人民政府: the body one spoke
		// for (周荣华代表县人大常委会致辞; 代表新一届政府班子作表态发言, 代表
		// 新当选人员, 代表承办单位; 代表新一届县级国家机构组成人员; 代表各镇（街道）),
		// 20 characters back at most
		w := max(0, len(s)-20*3)
		if k := strings.LastIndex(s[w:], "代表"); k >= 0 && utf8.RuneCountInString(s[w+k:]) <= 20 &&
			hasSuffixAny(s[w+k+len("代表"):], []string{"委", "常委会", "委员会", "政府", "人大", "主席团", "法院", "检察院", "政协", "班子", "人员", "单位", "镇", "乡", "街道"}) {
			s, cut = s[:w+k], true
		}
		// 在闭幕大会上, 在开幕式上, 在闭幕时: where or when the role was played
		if strings.HasSuffix(s, "上") || strings.HasSuffix(s, "时") {
			if k := strings.LastIndex(s, "在"); k > 0 && utf8.RuneCountInString(s[k:]) <= 10 {
				s, cut = s[:k], true
			}
		}
		for _, t := range tails {
			if strings.HasSuffix(s, t) {
				s = s[:len(s)-len(t)]
				cut = true
			}
		}
		if !cut {
			return s
		}
	}
}

// nameBefore finds the person named right before byte i of the normalised
// text, in the same clause: the subject of the role word at i.
func (r *reader) nameBefore(i int) (string, int, int, bool) {
	i -= len(r.n[:i]) - len(withoutNote(r.n[:i]))
	cs := clauseStart(r.n, i)
	seg := trimVerbs(r.n[cs:i])
	// 作 right before a verb it never governs is the name's last character,
	// not the verb of 作报告 (大会执行主席俄木拉作主持会议)
	if whole := r.n[cs:i]; seg+"作" == whole && hasPrefixAny(r.n[i:], []string{"主持", "当选", "宣布"}) {
		if name, off, ok := nameAtEnd(whole); ok && off+len(name) == len(whole) {
			return name, cs + off, cs + off + len(name), true
		}
	}
	// the note stands before the verbs trimmed (严志强(Yan Zhiqiang)出席会议
	// 并(讲话))
	if w := withoutNote(r.n[:cs]); seg == "" && len(w) < cs {
		i = len(w)
		cs = clauseStart(r.n, i)
		seg = trimVerbs(r.n[cs:i])
	}
	// a note in brackets on the body spoken for, between the name and the
	// verb (高云飞代表各镇（街道）作表态发言): the clause before the note,
	// the words after it
	if seg == "" && cs > 0 && r.n[cs-1] == ')' {
		if k := strings.LastIndexByte(r.n[max(0, cs-40):cs], '('); k >= 0 {
			k += max(0, cs-40)
			ps := clauseStart(r.n, k)
			if t := trimVerbs(r.n[ps:k] + r.n[cs:i]); len(t) < k-ps {
				if name, off, ok := nameAtEnd(t); ok {
					return name, ps + off, ps + off + len(name), true
				}
			}
		}
	}
	name, off, ok := nameAtEnd(seg)
	if !ok {
		// a title after the name: 王德海书记讲话, 李明同志主持
		if t := trimTitleSuffix(seg); t != seg {
			if name, off, ok = nameAtEnd(t); ok {
				return name, cs + off, cs + off + len(name), true
			}
		}
		return "", 0, 0, false
	}
	return name, cs + off, cs + off + len(name), true
}

// withoutNote removes a note in parentheses on a person from the end of s:
// 王五(女), 李明(回族), 赵六(女,满族), 孙七(无党派人士), and the name in
// pinyin (方志刚(Fang Zhigang)).
func withoutNote(s string) string {
	t, ok := strings.CutSuffix(s, ")")
	if !ok {
		return s
	}
	k := strings.LastIndex(t, "(")
	if k < 0 || len(t)-k > 40 {
		return s
	}
	note := t[k+1:]
	if pinyinName(note) {
		return strings.TrimRight(t[:k], " ")
	}
	for _, w := range []string{"女", "男", "族", "党员", "党派"} {
		if strings.Contains(note, w) {
			return strings.TrimRight(t[:k], " ")
		}
	}
	return s
}

// pinyinName reports whether note is a name in pinyin: Latin letters and
// spaces, capitalised (Fang Zhigang, Ouyang Li).
func pinyinName(note string) bool {
	if len(note) < 4 || note[0] < 'A' || note[0] > 'Z' {
		return false
	}
	for i := 0; i < len(note); i++ {
		if c := note[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// trimTitleSuffix removes one title word from the end of s.
func trimTitleSuffix(s string) string {
	w := titleSuffix(s)
	if w == "" {
		return s
	}
	return strings.TrimRight(s[:len(s)-len(w)], " ")
}

// runStart returns where the sentence holding byte i starts, or the first
// of the sentences before it that end with ; and so run on to it (议程为:听取
// …报告;审查…;听取…报告), within reach: a sentence of thousands of hearing
// verbs is read in linear time.
func (r *reader) runStart(i int) int {
	start := r.sentenceAt(i).start
	for k := r.sentenceFrom(i) - 1; k >= 0 && start-r.sentences[k].start < clauseReach; k-- {
		if s := r.sentences[k]; s.end != start || r.n[s.end-1] != ';' {
			break
		}
		start = r.sentences[k].start
	}
	return max(start, nearStart(r.n, i, clauseReach, "", ""))
}

// onAgenda reports whether byte i stands in a session's agenda, which says
// what the session is to do, not what it did: a sentence setting out the
// 议程 before i (大会的主要议程是：听取…; not 根据会议议程，大会审查了…), or an
// item of a numbered list under a line that names it (会议议程：\n1.听取…).
func (r *reader) onAgenda(i int) bool {
	// the agenda's sentence, and those before it when they end with ;
	// (议程为:听取…报告;审查…;听取…报告)
	start := r.runStart(i)
	for _, k := range indexAll(r.n[start:i], "议程") {
		after := r.n[start+k+len("议程"):]
		// 议程共有九项:, 议程共11项,主要是: the list follows a colon near
		// the word
		if c := strings.IndexByte(after[:min(len(after), 36)], ':'); c >= 0 && !strings.Contains(after[:c], "。") {
			return true
		}
		for _, w := range []string{"是", "为", "有", "包括", ":"} {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
	}
	k := r.lineFrom(i)
	if r.onSchedule(k) {
		return true
	}
	if k >= len(r.lines) || enumeratorLen(r.n[r.lines[k].start:r.lines[k].end]) == 0 {
		return false
	}
	// the list's first line, remembered for the next item of the same list
	if c := &r.agenda; c.valid && c.first <= k && k <= c.last+1 {
		c.last = max(c.last, k) // the same list, or its next item
		return c.is
	}
	first := k
	for first > 0 && first > k-maxListLines && enumeratorLen(r.n[r.lines[first-1].start:r.lines[first-1].end]) > 0 {
		first--
	}
	// the list's heading, maybe a blank line or a note in brackets above it
	// (会议议程(草案)\n\n一、…; …会议议程\n(2026年9月28日…预备会议通过)\n\n一、…)
	head := first - 1
	for head > 0 && head > first-4 {
		t := strings.TrimSpace(r.n[r.lines[head].start:r.lines[head].end])
		if t != "" && !(strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")) {
			break
		}
		head--
	}
	// (its last sentence: not a paragraph that went through its agenda and
	// heads what it adopted, …圆满完成各项议程…。会议表决通过了以下决议：)
	hl := ""
	if head >= 0 {
		hl = r.n[r.lines[head].start:r.lines[head].end]
		if p := strings.LastIndex(strings.TrimRight(hl, "。 "), "。"); p >= 0 {
			hl = hl[p+len("。"):]
		}
	}
	is := strings.Contains(hl, "议程")
	r.agenda = listCache{valid: true, first: first, last: k, is: is}
	return is
}

// onSchedule reports whether line k stands in a session's schedule set out
// on the lines under its heading (具体日程安排如下：⏎1月8日⏎下午 2:30　第一次
// 全体会议⏎　听取县人民政府县长郝文斌关于政府工作的报告): what is to come, up to
// a paragraph's sentence or a long line above it, maxListLines lines at
// most (a text of many long lines is read in linear time).
func (r *reader) onSchedule(k int) bool {
	for h := k - 1; h >= 0 && h > k-maxListLines && k < len(r.lines); h-- {
		line := r.n[r.lines[h].start:r.lines[h].end]
		if len(line) > 300 {
			return false // a schedule's lines are short
		}
		line = strings.TrimSpace(line)
		// (附：大会日程, a heading of its own; 附：攸县第十八届人民代表大会第六次
		// 会议日程)
		short := utf8.RuneCountInString(line) <= 12 || strings.HasPrefix(line, "附:") && utf8.RuneCountInString(line) <= 40
		if strings.Contains(line, "日程") && (strings.HasSuffix(line, ":") || strings.Contains(line, "如下") ||
			short && (strings.HasSuffix(line, "日程") || strings.HasSuffix(line, "日程安排"))) {
			return true
		}
		if strings.Contains(line, "。") {
			return false
		}
	}
	return false
}

// listCache remembers the numbered list onAgenda looked at last: its lines
// first to last, and whether it is an agenda.
type listCache struct {
	valid       bool
	first, last int
	is          bool
}

// enumerated returns the items of a numbered list on the lines that start
// at byte i of the normalised text, as reports set out what a meeting
// adopted or heard after a colon: "1.关于…的决议;", "(二)…", "三、…". Each
// item is its line without the number and the closing mark; the list ends
// at the first line without a number.
func (r *reader) enumerated(i int) []piece {
	var out []piece
	blank := 0
	for k := r.lineFrom(i); k < len(r.lines) && len(out) < maxListLines; k++ {
		l := r.lines[k]
		if l.start < i {
			continue
		}
		line := r.n[l.start:l.end]
		if strings.TrimSpace(line) == "" {
			if blank++; blank > 2 {
				break
			}
			continue // items a blank line or two apart
		}
		blank = 0
		if tallyLine(line) {
			continue // the votes for the item above (赞成398票，反对0票，弃权5票)
		}
		k := enumeratorLen(line)
		if k == 0 || strings.HasSuffix(strings.TrimRight(line, " "), ":") {
			break // the list ends, or a list of its own starts under this item
		}
		t := strings.TrimRight(line[k:], " 。.;,")
		out = append(out, piece{t, l.start + k, l.start + k + len(t)})
	}
	return out
}

// tallyLine reports whether line gives the votes for an item of a list
// above it, alone: 赞成398票，反对0票，弃权5票.
func tallyLine(line string) bool {
	t := strings.TrimLeft(line, " (")
	return hasPrefixAny(t, []string{"赞成", "同意"}) && strings.Contains(t, "票") && !strings.Contains(t, "关于")
}

// bullets open the items of a list in posts written for phones.
const bullets = "◆◇▶►▷•●○■□★☆✦✓✅👉📌"

// enumeratorLen returns the byte length of the item number that opens line
// (spaces included): 1. 1、 (1) (一) 一、, or 0 when it opens with none.
func enumeratorLen(line string) int {
	t := strings.TrimLeft(line, " ")
	pad := len(line) - len(t)
	if strings.HasPrefix(t, "(") {
		if _, e, ok := numAfter(t, 1, 3); ok && strings.HasPrefix(t[e:], ")") {
			return pad + e + 1
		}
		return 0
	}
	// a bullet: ◆ 关于…的决议, ▶ …
	if c, size := utf8.DecodeRuneInString(t); strings.ContainsRune(bullets, c) {
		return pad + size + len(t[size:]) - len(strings.TrimLeft(t[size:], " "))
	}
	_, e, ok := numAfter(t, 0, 3)
	if !ok {
		return 0
	}
	for _, mark := range []string{".", "、", ")"} {
		if strings.HasPrefix(t[e:], mark) {
			e += len(mark)
			return pad + e + len(t[e:]) - len(strings.TrimLeft(t[e:], " ")) // 1. 关于…
		}
	}
	return 0
}
