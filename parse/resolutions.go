package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// adoptWords mark a sentence that adopts resolutions.
var adoptWords = []string{"通过", "批准"}

// readResolutions lists the titles of resolutions and decisions adopted, in
// order: 《…》 titles and 关于…的决议 items in sentences that say 通过 or 批准.
func (r *reader) readResolutions() {
	var adopt []int // where 通过 and 批准 stand, in order
	for _, w := range adoptWords {
		adopt = append(adopt, r.find(w)...)
	}
	sort.Ints(adopt)
	a := 0
	for si, sent := range r.sentences {
		for a < len(adopt) && adopt[a] < sent.start {
			a++
		}
		if a == len(adopt) {
			break
		}
		if adopt[a] >= sent.end {
			continue
		}
		txt := r.n[sent.start:sent.end]
		k := adopt[a] - sent.start
		// drafts a presidium passes for the plenary to vote on (审议通过了…
		// 决议草案,决定提请大会全体会议表决) are not adopted yet
		if strings.Contains(txt, "草案") && (strings.Contains(txt, "提请") || strings.Contains(txt, "提交")) {
			continue
		}
		// what a report said the year saw adopted (报告指出，…提请自治区人大
		// 常委会批准了《…条例》修正案) is no act of the session's
		if r.saidInReport(adopt[a]) {
			continue
		}
		// what the session is to adopt on a later day (根据大会日程，4日上午将
		// 举行第二次全体会议，表决通过关于…的决议)
		if willAdopt(txt[:k]) {
			continue
		}
		found := false
		for _, q := range quoted(txt[k:]) {
			t := strings.TrimSpace(q.text)
			if isResolution(t) {
				r.resolution(t, sent.start+k+q.start, sent.start+k+q.end)
				found = true
			}
		}
		if found {
			continue
		}
		// listed under the sentence: 表决通过了:\n1.关于A的决议;\n2.…, or
		// one a line without numbers; or under the next, after a count (通过
		// 了6项决议。表决结果如下：⏎决议名称　赞成…⏎关于…的决议　209　3　6)
		under := -1
		if t := strings.TrimRight(txt, "\n "); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "以下决议") || strings.HasSuffix(t, "下列决议") {
			under = sent.end
		} else if si+1 < len(r.sentences) && (strings.Contains(txt, "项决议") || strings.Contains(txt, "个决议")) {
			next := r.sentences[si+1]
			if t := strings.TrimSpace(r.n[next.start:next.end]); strings.HasSuffix(t, ":") && utf8.RuneCountInString(t) <= 20 {
				under = next.end
			}
		}
		if under >= 0 {
			items := r.enumerated(under)
			if len(items) == 0 {
				items = r.titleLines(under)
			}
			for _, item := range items {
				t := strings.Trim(withoutTally(item.text), "《》")
				if isResolution(t) {
					s := item.start + strings.Index(item.text, t)
					r.resolution(t, s, s+len(t))
				}
			}
			continue
		}
		// unquoted: 通过了关于A的决议、关于B的决议, and on after a
		// semicolon: …的决议;关于B的决议;…
		if !strings.Contains(txt[k:], "关于") {
			continue
		}
		r.unquoted(txt[k:], sent.start+k)
		for s := r.sentenceFrom(sent.end); s < len(r.sentences) && strings.HasSuffix(r.n[:r.sentences[s].start], ";"); s++ {
			next := r.sentences[s]
			t := r.n[next.start:next.end]
			// (each maybe after its ordinal: …的决议；二是关于…的决议；三是…)
			if lead := strings.TrimLeft(t, " "); !strings.HasPrefix(lead[ordinalLen(lead):], "关于") {
				break
			}
			r.unquoted(t, next.start)
		}
	}
}

// unquoted reads the resolutions listed without title marks in txt, which
// starts at byte pos: 关于A的决议、关于B的决议.
func (r *reader) unquoted(txt string, pos int) {
	items := splitItems(txt)
	for _, item := range items {
		t := strings.TrimRight(strings.TrimSpace(item.text), "。.;!?")
		i := strings.Index(t, "关于")
		if i < 0 {
			continue
		}
		pre := t[:i]
		t = t[i:]
		// the last item ends with its clause: 关于B的决议,批准了…; an
		// item's votes in brackets go (关于A的决议(赞成548票,反对4票,弃权9票))
		if j := indexOutsideNotes(t, ",;"); j >= 0 {
			t = t[:j]
		}
		t = withoutTally(t)
		// each item keeps the body that issues it as it is written before
		// it: one named alone, each of a list written in full (通过了某镇…会议
		// 关于A的决议、某镇…会议关于B的决议), the first of a list that names it
		// once (通过了某县…会议关于A的决议、关于B的决议: the first's title in
		// full, the others' as written, as every blind key reads them)
		t = issuer(pre) + cutCount(t)
		t = withoutJoined(t)
		if isResolution(t) && !counted(t) {
			s := pos + item.start + strings.Index(item.text, t)
			r.resolution(t, s, s+len(t))
		}
	}
}

// willAdopt reports whether before, a sentence up to its verb of adoption,
// tells what is to come: 将 in the verb's clause, or in the clause before
// it when the verb's opens it (…将举行第二次全体会议，表决通过…).
func willAdopt(before string) bool {
	c := strings.LastIndexAny(before, ",;:")
	clause := before[c+1:]
	if strings.Contains(clause, "将") {
		return true
	}
	if c <= 0 {
		return false
	}
	if t := strings.TrimSpace(clause); t != "" && t != "表决" && t != "审议" && t != "并" && t != "并表决" && t != "并审议" {
		return false
	}
	p := strings.LastIndexAny(before[:c], ",;:")
	return strings.Contains(before[p+1:c], "将")
}

// withoutJoined cuts from t, a resolution's title unquoted, what a
// conjunction joins on after it that is no resolution's title (关于设立各
// 代表团的决定和各代表团团长、副团长名单: 关于设立各代表团的决定).
func withoutJoined(t string) string {
	for _, end := range []string{"的决定", "的决议"} {
		k := strings.Index(t, end)
		if k < 0 {
			continue
		}
		k += len(end)
		if n := conjunctionAt(t[k:]); n > 0 && !strings.Contains(t[k:], "关于") {
			return t[:k]
		}
	}
	return t
}

// issuer returns the body that issues a resolution when the text before its
// 关于 ends with one after the verb (通过了某县第十八届人民代表大会第一次会议
// 关于…的决定: 某县第十八届人民代表大会第一次会议), as a title in 《》 keeps it;
// else "".
func issuer(pre string) string {
	for _, v := range []string{"通过了", "批准了", "通过", "批准"} {
		if j := strings.LastIndex(pre, v); j >= 0 {
			pre = pre[j+len(v):]
			break
		}
	}
	if !strings.Contains(pre, "届") || strings.ContainsAny(pre, ",、:") || utf8.RuneCountInString(pre) > 40 ||
		!hasSuffixAny(pre, []string{"会议", "人民代表大会", "主席团", "常务委员会", "常委会"}) {
		return ""
	}
	return pre
}

// titleLines returns the lines from byte i that each hold a resolution's
// title alone (a list without numbers), up to the first that does not.
func (r *reader) titleLines(i int) []piece {
	var out []piece
	for k := r.lineFrom(i); k < len(r.lines) && len(out) < maxListLines; k++ {
		l := r.lines[k]
		if l.start < i {
			continue
		}
		line := r.n[l.start:l.end]
		if len(out) == 0 && (tallyHead(line) || strings.TrimSpace(line) == "") {
			continue // 决议名称　赞成　反对　弃权, and the rule under it, dropped
		}
		// a row of a table drawn with bars: | 关于…的决议 | 485 | 1 | 3 |
		if b := strings.TrimLeft(line, " "); strings.HasPrefix(b, "|") {
			cell, _, _ := strings.Cut(b[1:], "|")
			line = line[:len(line)-len(b)+1+len(cell)]
		}
		t := withoutTally(strings.Trim(line[enumeratorLen(line):], " 。.;,|"))
		if !isResolution(strings.Trim(t, "《》")) {
			break
		}
		s := l.start + strings.Index(line, t)
		out = append(out, piece{t, s, s + len(t)})
	}
	return out
}

// withoutTally cuts the votes written after a title, in brackets (关于…的
// 决议(赞成281票,反对0票,弃权4票)) or in a table's columns (关于…的决议　209
// 3　6), the result after them too (…的决议　62　60　60　0　0　通过).
func withoutTally(t string) string {
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k > 0 && strings.Contains(t[k:], "票") {
			return strings.TrimRight(t[:k], " ")
		}
	}
	// the columns are spaced or tabbed
	whole := t
	if k := strings.LastIndexAny(t, " \t"); k > 0 && slices.Contains([]string{"通过", "未通过", "获通过"}, t[k+1:]) {
		t = strings.TrimRight(t[:k], " \t")
	}
	cut := false
	for {
		k := strings.LastIndexAny(t, " \t")
		if k <= 0 || !allDigits(t[k+1:]) {
			break
		}
		t, cut = strings.TrimRight(t[:k], " \t"), true
	}
	if !cut {
		return whole // a result with no votes before it is no table's
	}
	return t
}

// tallyHead reports whether line heads a table of votes: 决议名称　赞成　反对　弃权.
func tallyHead(line string) bool {
	return strings.Contains(line, "赞成") && strings.Contains(line, "反对") && !strings.Contains(line, "关于")
}

// readTitleResolution reads the resolution whose text the report is: a
// headline naming a resolution (…会议关于…的决议) over a line in parentheses
// saying it was adopted ((2024年1月17日…会议通过)).
func (r *reader) readTitleResolution() {
	if r.title.end <= r.title.start {
		return
	}
	head := r.n[r.title.start:r.title.end]
	k := strings.Index(head, "关于")
	if k < 0 || !isResolution(head[k:]) {
		return
	}
	for _, ln := range r.lines {
		if ln.start < r.title.end {
			continue
		}
		line := strings.TrimSpace(r.n[ln.start:ln.end])
		if strings.HasPrefix(line, "(") && strings.Contains(line, "通过") {
			r.resolution(head[k:], r.title.start+k, r.title.end)
			return
		}
		if line != "" {
			return // the first line under the headline says it, or none does
		}
	}
}

func (r *reader) resolution(t string, s, e int) {
	// (not an item of the session's agenda: …会议议程⏎…十、通过关于设立…专门委员会的决定)
	if r.othersRole(s) || r.recounting || r.onAgenda(s) {
		return
	}
	// a draft a presidium passes (通过了:⏎1.…关于…的决议(草案);) is the
	// plenary's to adopt
	if r.rec.Event == EventPresidium && (strings.HasSuffix(t, "草案") || strings.HasSuffix(t, "(草案)")) {
		return
	}
	t = innerMarks.Replace(withoutRowNumber(withoutStraySpaces(t)))
	if r.mark("resolutions", t, s) {
		return
	}
	r.rec.Resolutions = append(r.rec.Resolutions, t)
	r.evidence("resolutions", s, e)
}

// ordinalLen returns the length of the ordinal that opens an item of a
// list (二是, 十一是), or 0.
func ordinalLen(s string) int {
	k := 0
	for n := 0; n < 3 && k < len(s); n++ {
		c, size := utf8.DecodeRuneInString(s[k:])
		if !strings.ContainsRune("一二三四五六七八九十", c) {
			break
		}
		k += size
	}
	if k > 0 && strings.HasPrefix(s[k:], "是") {
		return k + len("是")
	}
	return 0
}

// innerMarks drops the title marks nested in a resolution's title (关于
// 《某县…规划纲要》的决议, 关于〈…〉的决议): the record's titles hold none.
var innerMarks = strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "")

// withoutRowNumber drops the number of a table's row before a title, a
// gap after it (1  关于政府工作报告的决议).
func withoutRowNumber(t string) string {
	k := 0
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if rest := strings.TrimLeft(t[k:], " "); k > 0 && k <= 3 && len(t)-len(rest) >= k+2 && strings.HasPrefix(rest, "关于") {
		return rest
	}
	return t
}

// withoutStraySpaces drops the spaces a scan left between two Han
// characters of a title (政府工作 报告 → 政府工作报告); others stay.
func withoutStraySpaces(t string) string {
	if strings.IndexByte(t, ' ') < 0 {
		return t
	}
	var b strings.Builder
	for i, c := range t {
		if c == ' ' {
			p, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t[:i], " "))
			n, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i:], " "))
			if isHan(p) && isHan(n) {
				continue
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

// cutCount removes a count after the last title of a list: 关于…的决议等6项决议
// → 关于…的决议.
func cutCount(t string) string {
	i := strings.LastIndex(t, "等")
	if i <= 0 {
		return t
	}
	n, e, ok := numAfter(t, i+len("等"), 4)
	if ok && n > 0 && strings.HasPrefix(t[e:], "项") {
		return t[:i]
	}
	// 关于…的决议等各项决议, …等其他决议
	if rest := t[i+len("等"):]; (strings.HasPrefix(rest, "各项") || strings.HasPrefix(rest, "其他")) && isResolution(rest) {
		return t[:i]
	}
	return t
}

// counted reports whether t counts resolutions rather than names one:
// 关于计划和预算的三项决议, …的6个决议草案, 关于政府工作报告等的各项决议.
func counted(t string) bool {
	i := strings.LastIndex(t, "的")
	if i < 0 {
		return false
	}
	if strings.HasPrefix(t[i+len("的"):], "各项") {
		return true
	}
	n, e, ok := numAfter(t, i+len("的"), 4)
	if !ok || n == 0 {
		return false
	}
	for _, w := range []string{"项", "个", "件"} {
		if strings.HasPrefix(t[e:], w) {
			return true
		}
	}
	return false
}

// isResolution reports whether a title names a resolution or decision, or
// a regulation the congress adopts (自治条例, 单行条例: …保护条例), rather
// than a report or a plan; not the session's election rules (…选举办法,
// 补选办法, 议案处理办法), by which it votes.
func isResolution(t string) bool {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "(草案)"), "草案")
	for _, end := range []string{"决议", "决定", "议程", "规则", "名单", "条例"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// piece is a substring with its byte span.
type piece struct {
	text       string
	start, end int
}

// quoted returns the titles of s in title marks 《…》, or in the quotation
// marks that stand for them in some reports: 「…」, 『…』 (traditional
// script), “…” and, in text typed in half-width, "…".
func quoted(s string) []piece {
	var out []piece
	for off := 0; ; {
		i := strings.IndexAny(s[off:], "《「『“\"")
		if i < 0 {
			return out
		}
		i += off
		open, size := utf8.DecodeRuneInString(s[i:])
		i += size
		closer := string(closing[open])
		j := strings.Index(s[i:], closer)
		if j < 0 {
			return out
		}
		out = append(out, piece{s[i : i+j], i, i + j})
		off = i + j + len(closer)
	}
}

// closing pairs each opening title or quotation mark with its closer.
var closing = map[rune]rune{'《': '》', '「': '」', '『': '』', '“': '”', '"': '"'}

// splitItems splits s at 、 and 和 that start a new 关于 item, so that a
// title holding 、 stays whole.
func splitItems(s string) []piece {
	var out []piece
	start := 0
	for _, sep := range indexAllAny(s, []string{"、关于", "和关于", "及关于", ",关于"}) {
		out = append(out, piece{s[start:sep.at], start, sep.at})
		start = sep.at + sep.len
	}
	if len(out) == 0 {
		// each item with the body that issues it: …的决议、某镇第十九届人民
		// 代表大会第一次会议关于B的决议
		for _, i := range indexAll(s, "关于") {
			for _, mark := range []string{"、", "和", "及"} {
				at := strings.LastIndex(s[start:i], mark) + start
				if at < start || !hasSuffixAny(s[:at], []string{"的决议", "的决定"}) || issuer("通过"+s[at+len(mark):i]) == "" {
					continue
				}
				out = append(out, piece{s[start:at], start, at})
				start = at + len(mark)
				break
			}
		}
	}
	end := len(s)
	return append(out, piece{s[start:end], start, end})
}

type sepAt struct{ at, len int }

// indexAllAny finds the separators seps (each a mark followed by 关于) in
// order and returns where each separator's mark is and its length (without
// the 关于, which belongs to the next item).
func indexAllAny(s string, seps []string) []sepAt {
	var out []sepAt
	for _, i := range indexAll(s, "关于") {
		for _, sep := range seps {
			mark := sep[:len(sep)-len("关于")]
			if strings.HasSuffix(s[:i], mark) {
				out = append(out, sepAt{i - len(mark), len(mark)})
				break
			}
		}
	}
	return out
}

func firstIndex(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
