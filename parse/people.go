package parse

import (
	"strings"
	"unicode/utf8"
)

// clauseDelims end a clause: a name list or a role never reaches past them.
const clauseDelims = "。,;:!?\n()《》“”\""

// clauseStart returns where the clause holding byte i of s starts.
func clauseStart(s string, i int) int {
	j := strings.LastIndexAny(s[:i], clauseDelims)
	if j < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[j:])
	return j + size
}

// titleClauseStart is clauseStart for a clause that may quote a title:
// 《》 do not end it.
func titleClauseStart(s string, i int) int {
	j := strings.LastIndexAny(s[:i], "。,;:!?\n")
	if j < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[j:])
	return j + size
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
// role: 出席会议并(讲话), 在(主持会议时), 作重要(讲话).
func trimVerbs(s string) string {
	tails := []string{"出席会议并", "出席大会并", "出席会议", "出席大会", "出席并", "并", "在会上", "在大会上",
		"作了重要", "作重要", "发表了重要", "发表重要", "作动员", "作总结", "作表态", "作简短", "重要", "动员", "总结",
		"作了", "作", "发表", "在", "分别", "先后", "也", "还",
		"同志", "代表市委", "代表县委", "代表区委", "代表省委", "代表党委"}
	for {
		cut := false
		s = strings.TrimRight(s, " ")
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
	cs := clauseStart(r.n, i)
	seg := trimVerbs(r.n[cs:i])
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

// trimTitleSuffix removes one title word from the end of s.
func trimTitleSuffix(s string) string {
	for _, w := range titleWords {
		if strings.HasSuffix(s, w) {
			return strings.TrimRight(s[:len(s)-len(w)], " ")
		}
	}
	return s
}

// readPresiding finds who presided: X主持会议, 会议由X主持.
func (r *reader) readPresiding() {
	for _, i := range r.find("主持") {
		if strings.HasPrefix(r.n[i+len("主持"):], "人") {
			continue
		}
		if name, s, e, ok := r.nameBefore(i); ok {
			r.person("presiding", &r.rec.Presiding, name, s, e)
		}
	}
}

// readSpeakers finds who spoke: X讲话, X出席会议并讲话, X致辞, a speech's
// byline, and paragraphs that open with a person's remarks (王德海强调…).
func (r *reader) readSpeakers() {
	for _, w := range []string{"讲话", "致辞", "致开幕词", "致闭幕词"} {
		for _, i := range r.find(w) {
			after := r.n[i+len(w):]
			if strings.HasPrefix(after, "精神") || strings.HasPrefix(after, "重要指示") || strings.HasPrefix(after, "指示") {
				continue
			}
			at := i
			// 张三作了题为《…》的讲话: the name stands before the quoted title
			if strings.HasSuffix(r.n[:at], "》的") {
				if q := strings.LastIndex(r.n[:at], "《"); q >= 0 && at-q < 200 {
					at = q
					for _, w := range []string{"题为", "以", "了"} {
						at -= len(r.n[:at]) - len(strings.TrimSuffix(r.n[:at], w))
					}
				}
			}
			if name, s, e, ok := r.nameBefore(at); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e)
			}
		}
	}
	for _, ln := range r.lines {
		line := strings.TrimLeft(r.n[ln.start:ln.end], " ")
		lead := ln.end - ln.start - len(line)
		if name, ok := nameAtStart(line, "指出", "强调", "表示", "要求", "说", "最后说", "最后强调", "在讲话中", "在讲话时"); ok {
			r.person("speakers", &r.rec.Speakers, name, ln.start+lead, ln.start+lead+len(name))
		} else if name, ok := nameAtStart(line, "在"); ok && remarksWhile(line[len(name):]) {
			r.person("speakers", &r.rec.Speakers, name, ln.start+lead, ln.start+lead+len(name))
		}
	}
}

// remarksWhile reports whether s, the rest of a paragraph after a name,
// opens with remarks made during the meeting: 在主持会议时说, 在讲话中指出.
func remarksWhile(s string) bool {
	end := strings.IndexAny(s, ",。")
	if end < 0 || end > 48 {
		return false
	}
	clause := s[:end]
	for _, v := range []string{"时说", "时指出", "时强调", "时表示", "中指出", "中强调", "中说", "上说", "上指出", "上强调"} {
		if strings.HasSuffix(clause, v) {
			return true
		}
	}
	return false
}

// readByline takes the speaker of a speech transcript (在…上的讲话) from
// the byline right under the title: 王剑峰 2022年1月26日.
func (r *reader) readByline(titleEnd int) {
	t := r.rec.Title
	if !(strings.HasSuffix(t, "讲话") || strings.HasSuffix(t, "致辞") || strings.Contains(t, "上的讲话")) {
		return
	}
	for _, ln := range r.lines {
		if ln.start < titleEnd {
			continue
		}
		line := strings.TrimSpace(r.n[ln.start:ln.end])
		if line == "" {
			continue
		}
		first := strings.Fields(line)[0]
		if isName(first) {
			i := strings.Index(r.n[ln.start:ln.end], first) + ln.start
			r.person("speakers", &r.rec.Speakers, first, i, i+len(first))
		}
		return
	}
}

// readExecutiveChairs reads the names that follow 执行主席:
// 大会执行主席郝云、贾志武…在主席台前排就座, 执行主席、市委书记朱晓东出席….
func (r *reader) readExecutiveChairs() {
	for _, i := range r.find("执行主席") {
		for _, n := range r.nameList(i+len("执行主席"), true) {
			r.person("executive_chairs", &r.rec.ExecutiveChairs, n.name, n.start, n.end)
		}
	}
}

// readRostrum reads who sat on the rostrum: names before 在主席台(前排)就座
// and after 在主席台就座的(还)有.
func (r *reader) readRostrum() {
	for _, anchor := range []string{"主席台"} {
		for _, i := range r.find(anchor) {
			after := r.n[i+len(anchor):]
			after = strings.TrimPrefix(after, "上")
			after = strings.TrimPrefix(after, "前排")
			if !strings.HasPrefix(after, "就座") && !strings.HasPrefix(after, "就坐") {
				continue
			}
			j := len(r.n) - len(after) + len("就座")
			if rest := r.n[j:]; strings.HasPrefix(rest, "的") {
				k := strings.Index(rest[:min(len(rest), 24)], "有")
				if k < 0 {
					continue
				}
				for _, n := range r.nameList(j+k+len("有"), false) {
					r.person("rostrum", &r.rec.Rostrum, n.name, n.start, n.end)
				}
				continue
			}
			for _, n := range r.nameListBefore(i) {
				r.person("rostrum", &r.rec.Rostrum, n.name, n.start, n.end)
			}
		}
	}
}

// named is a name found in the normalised text with its span.
type named struct {
	name       string
	start, end int
}

// listStops end a list of names: verbs and words that follow the last name.
var listStops = []string{"在主席台", "主席台", "出席", "主持", "就座", "就坐", "讲话", "致辞", "当选", "等", "以及", "和大会", "和主席团", "及主席团", "列席", "宣布", "作", "代表", "同志", "分别", "为"}

// nameList reads names separated by 、 starting at byte i, skipping titles
// (市委书记, 市领导) in front of them, until the clause ends or a verb. A
// comma is crossed only right after a title with no name, as in
// 执行主席，区委书记张国强.
func (r *reader) nameList(i int, afterTitle bool) []named {
	for i < len(r.n) && (r.n[i] == ':' || r.n[i] == ' ') {
		i++
	}
	var out []named
	titleOnly := afterTitle
	for pos := i; pos < len(r.n); {
		if r.n[pos] == ',' {
			if !titleOnly {
				break
			}
			pos++
		}
		end := clauseEnd(r.n, pos)
		items, stop := r.roleItems(pos, end, &out)
		titleOnly = items > 0 && lastTitleOnly(r.n[pos:end])
		if stop || end >= len(r.n) || r.n[end] != ',' {
			break
		}
		pos = end
	}
	return out
}

// roleItems reads the 、-separated items of n[s:e] into out: names, and
// names after titles. It reports how many items it read and whether a verb
// or a word that is neither ended the list.
func (r *reader) roleItems(s, e int, out *[]named) (int, bool) {
	pos, n := s, 0
	for _, item := range strings.Split(r.n[s:e], "、") {
		is := pos
		pos += len(item) + len("、")
		n++
		stop := false
		if k := firstStop(item); k >= 0 {
			item, stop = item[:k], true
		}
		t := strings.TrimSpace(item)
		switch {
		case t == "":
		case isName(squeeze(t)):
			k := strings.Index(item, t)
			*out = append(*out, named{squeeze(t), is + k, is + k + len(t)})
		case hasTitle(t):
			if name, off, ok := nameAtEnd(item); ok {
				*out = append(*out, named{name, is + off, is + off + len(name)})
			}
		default:
			stop = true
		}
		if stop {
			return n, true
		}
	}
	return n, false
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

// hasTitleSuffix reports whether s ends with a title word.
func hasTitleSuffix(s string) bool {
	for _, w := range titleWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isRoleClause reports whether every 、-item of clause is a title, a name,
// or a name after titles: 大会主席团常务主席、执行主席 or 区委书记张国强.
func isRoleClause(clause string) bool {
	if strings.TrimSpace(clause) == "" {
		return false
	}
	for _, item := range strings.Split(clause, "、") {
		t := strings.TrimSpace(item)
		if isName(squeeze(t)) || hasTitleSuffix(t) {
			continue
		}
		if _, off, ok := nameAtEnd(t); ok && off > 0 && hasTitleSuffix(t[:off]) {
			continue
		}
		return false
	}
	return true
}

// nameListBefore reads the list of names that ends right before byte i,
// as in 区领导苑冬梅、李斌、李康正出席大会并在主席台前排就座. Titles and names
// separated by commas belong to it too: 大会主席团常务主席、执行主席，区委书记
// 张国强，…李文华等在主席台前排就座.
func (r *reader) nameListBefore(i int) []named {
	cs := clauseStart(r.n, i)
	for cs > 0 && r.n[cs-1] == ',' {
		ps := clauseStart(r.n, cs-1)
		if !isRoleClause(r.n[ps : cs-1]) {
			break
		}
		cs = ps
	}
	seg := trimVerbs(r.n[cs:i])
	items := splitPieces(seg, "、", ",")
	var out []named
	for k, p := range items {
		item, s := p.text, cs+p.start
		// the last item may carry a tail: 曲君和大会主席团成员
		if k == len(items)-1 {
			for _, cut := range []string{"和", "及", "以及", "等"} {
				if j := strings.Index(item, cut); j > 0 && !isName(squeeze(item)) {
					item = item[:j]
				}
			}
		}
		t := strings.TrimSpace(item)
		switch {
		case isName(squeeze(t)):
			j := strings.Index(item, t)
			out = append(out, named{squeeze(t), s + j, s + j + len(t)})
		case hasTitle(item) || (k == 0 && len(items) > 1):
			if name, off, ok := nameAtEnd(item); ok {
				out = append(out, named{name, s + off, s + off + len(name)})
			}
		}
	}
	return out
}

// splitPieces splits s at any of seps, keeping each piece's offset.
func splitPieces(s string, seps ...string) []piece {
	var out []piece
	start := 0
	for i := 0; i < len(s); {
		hit := ""
		for _, sep := range seps {
			if strings.HasPrefix(s[i:], sep) {
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

// readReports finds reports delivered to the meeting: X代表Y向大会作工作报告,
// X作《政府工作报告》, 听取X所作的…报告.
func (r *reader) readReports() {
	for _, i := range r.find("报告") {
		cs := titleClauseStart(r.n, i)
		clause := r.n[cs : i+len("报告")]
		k := deliverAt(clause)
		if k < 0 {
			continue
		}
		title := strings.TrimPrefix(clause[k+len("作"):], "了")
		title = strings.Trim(title, "《》 ")
		if strings.HasPrefix(title, "的") || title == "" {
			title = strings.TrimPrefix(title, "的")
		}
		head := clause[:k]
		var by string
		byStart, byEnd := 0, 0
		body := ""
		switch {
		case strings.HasSuffix(head, "所"):
			if name, s, e, ok := r.nameBefore(cs + len(head) - len("所")); ok {
				by, byStart, byEnd = name, s, e
			}
		default:
			h := strings.TrimSuffix(head, "向大会")
			h = strings.TrimSuffix(h, "向会议")
			if j := strings.Index(h, "代表"); j > 0 {
				body = h[j+len("代表"):]
				h = h[:j]
			}
			if name, off, ok := nameAtEnd(trimVerbs(h)); ok {
				by, byStart, byEnd = name, cs+off, cs+off+len(name)
			}
		}
		if by == "" {
			continue
		}
		title = qualifyReport(title, body)
		if utf8.RuneCountInString(title) < 4 {
			continue
		}
		r.rec.Reports = appendReport(r.rec.Reports, Report{Title: title, By: by})
		r.evidence("reports", cs+k, i+len("报告"))
		r.evidence("reports", byStart, byEnd)
	}
}

// deliverAt finds the 作 that delivers a report in clause, as in
// 向大会作工作报告, skipping the 作 of 工作, 作为, 作出 and 作用.
func deliverAt(clause string) int {
	for k := len(clause); k > 0; {
		k = strings.LastIndex(clause[:k], "作")
		if k < 0 {
			return -1
		}
		next := clause[k+len("作"):]
		if strings.HasSuffix(clause[:k], "工") || strings.HasSuffix(clause[:k], "合") ||
			strings.HasPrefix(next, "为") || strings.HasPrefix(next, "出") || strings.HasPrefix(next, "用") ||
			strings.HasPrefix(next, "风") {
			continue
		}
		return k
	}
	return -1
}

// qualifyReport names a bare 工作报告 after the body that delivered it:
// 人民政府 → 政府工作报告.
func qualifyReport(title, body string) string {
	if title != "工作报告" {
		return title
	}
	for _, b := range []struct{ suffix, name string }{
		{"人民政府", "政府"}, {"政府", "政府"}, {"常务委员会", "人大常委会"}, {"常委会", "人大常委会"},
		{"人民法院", "法院"}, {"人民检察院", "检察院"}, {"监察委员会", "监察委员会"},
	} {
		if strings.HasSuffix(body, b.suffix) {
			return b.name + title
		}
	}
	return title
}

func appendReport(rs []Report, x Report) []Report {
	for _, r := range rs {
		if r == x {
			return rs
		}
	}
	return append(rs, x)
}

// readElected finds people elected or appointed: X当选Y, 选举X为Y, 补选X为Y,
// 任命X为Y.
func (r *reader) readElected() {
	for _, verb := range []string{"选举", "补选", "任命"} {
		for _, i := range r.find(verb) {
			j := i + len(verb)
			for j < len(r.n) && (r.n[j] == ':' || r.n[j] == ' ') {
				j++
			}
			end := clauseEnd(r.n, j)
			k := strings.Index(r.n[j:end], "为")
			if k < 0 {
				continue
			}
			ps := j + k + len("为")
			pe := positionEnd(r.n, ps)
			if pe == ps {
				continue
			}
			pos := j
			for _, item := range strings.Split(r.n[j:j+k], "、") {
				t := strings.TrimSpace(item)
				if isName(squeeze(t)) {
					at := pos + strings.Index(item, t)
					r.elect(squeeze(t), at, at+len(t), ps, pe)
				}
				pos += len(item) + len("、")
			}
		}
	}
	for _, i := range r.find("当选") {
		if strings.HasSuffix(r.n[:i], "新") || strings.HasPrefix(r.n[i:], "当选人") {
			continue
		}
		ps := i + len("当选")
		if strings.HasPrefix(r.n[ps:], "为") {
			ps += len("为")
		}
		pe := positionEnd(r.n, ps)
		if k := strings.Index(r.n[ps:pe], "后"); k >= 0 {
			pe = ps + k // 当选县长后作了表态发言: the post ends before 后
		}
		if names := r.nameListBefore(i); len(names) > 1 {
			for _, n := range names {
				r.elect(n.name, n.start, n.end, ps, pe)
			}
			continue
		}
		if name, s, e, ok := r.nameBefore(i); ok {
			r.elect(name, s, e, ps, pe)
		}
	}
}

func (r *reader) elect(name string, s, e, ps, pe int) {
	pos := strings.TrimSpace(r.n[ps:pe])
	for _, x := range r.rec.Elected {
		if x.Name == name {
			return
		}
	}
	r.rec.Elected = append(r.rec.Elected, Election{Name: name, Position: pos})
	r.evidence("elected", s, e)
	r.mark("elected", name, s)
	if pe > ps {
		r.evidence("elected", ps, pe)
	}
}

// positionEnd returns where the post after 当选 or 为 ends: at the end of the
// clause (a post may list several offices joined by 、).
func positionEnd(s string, i int) int {
	j := strings.IndexAny(s[i:], "。,;!?\n(")
	if j < 0 {
		return len(s)
	}
	return i + j
}

// readPhotographers reads photo credits: 冯晓磊摄, (记者 张三 摄), 摄影:张三.
func (r *reader) readPhotographers() {
	for _, i := range r.find("摄") {
		after := r.n[i+len("摄"):]
		if next, _ := utf8.DecodeRuneInString(after); isHan(next) && !strings.HasPrefix(after, "影") {
			continue
		}
		if strings.HasPrefix(after, "影") {
			continue
		}
		cs := clauseStart(r.n, i)
		seg := strings.TrimRight(r.n[cs:i], " /")
		if f := strings.Fields(seg); len(f) > 0 {
			last := f[len(f)-1]
			if isName(last) {
				j := cs + strings.LastIndex(seg, last)
				r.person("photographers", &r.rec.Photographers, last, j, j+len(last))
				continue
			}
		}
		if name, off, ok := nameAtEnd(seg); ok && utf8.RuneCountInString(seg) <= 8 {
			r.person("photographers", &r.rec.Photographers, name, cs+off, cs+off+len(name))
		}
	}
	for _, w := range []string{"摄影:", "摄影 ", "图/", "摄/"} {
		for _, i := range r.find(w) {
			j := i + len(w)
			f := strings.Fields(r.n[j:clauseEnd(r.n, j)])
			if len(f) > 0 && isName(f[0]) {
				k := j + strings.Index(r.n[j:], f[0])
				r.person("photographers", &r.rec.Photographers, f[0], k, k+len(f[0]))
			}
		}
	}
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
