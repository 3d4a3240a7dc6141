package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/fold"
)

// unwrap joins the lines of paragraphs that were wrapped at a fixed width,
// as text copied from a PDF or an old page is (every line of a paragraph
// 38 characters, or 76 columns, but its last): a line that fills the width
// and does not end a sentence goes on in the next. Lines of a text that is
// not wrapped vary in width, and are kept as they are — but a line that
// ends in the middle of a list, with 、, goes on in the next whatever its
// width (在主席台就座的还有县领导吴建华、朱立新、⏎熊传福、钟怡).
func unwrap(lines []string) []string {
	return joinSplitNames(joinDangling(joinListBreaks(unwrapWidth(lines))))
}

// nameVerbs may follow a name that a line break split (…主任贾⏎国庆主持会议).
var nameVerbs = []string{"主持", "讲话", "致辞", "作", "宣布", "出席", "当选", "为", "同志", "代表", "在", "等", "说", "表示",
	"指出", "强调", "、", ",", "。", ";", "(", ")"}

// joinSplitNames joins a line that ends with a post and a surname (县十六
// 届人大常委会主任贾) to the next, which opens with the rest of the name and
// goes on (国庆主持会议。): a name a line break split. Fewer than five lines
// are left alone, as unwrapWidth leaves them.
func joinSplitNames(lines []string) []string {
	if len(lines) < 5 {
		return lines
	}
	var out []string
	for k := 0; k < len(lines); k++ {
		line := lines[k]
		for k+1 < len(lines) && splitName(line, lines[k+1]) {
			line = strings.TrimRight(line, " \t\u3000") + strings.TrimLeft(lines[k+1], " \t\u3000")
			k++
		}
		out = append(out, line)
	}
	return out
}

// splitName reports whether line ends with a post and a surname whose name
// next goes on with (…主任贾 and 国庆主持会议), or with a card's cell of a
// surname alone whose name next holds the rest of, alone (周家栋　　吕 and
// 卫华).
func splitName(line, next string) bool {
	const pad = " \t\u3000"
	l := strings.TrimRight(line, pad)
	// (the last rune folded first: most lines end with none that folds to a
	// surname, and are not folded whole)
	last, _ := utf8.DecodeLastRuneInString(l)
	if c, _ := utf8.DecodeRuneInString(fold.String(string(last))); !surnameSet[c] {
		return false
	}
	l = fold.String(l)
	c, size := utf8.DecodeLastRuneInString(l)
	n := fold.String(strings.TrimLeft(next, pad))
	if cell := strings.TrimRight(l[:len(l)-size], pad); cell != "" && len(cell) < len(l)-size {
		rest := strings.TrimRight(n, " ")
		return utf8.RuneCountInString(rest) <= 2 && isName(string(c)+rest)
	}
	if !hasTitleSuffix(l[:len(l)-size]) {
		return false
	}
	name, ok := nameAtStart(string(c)+n, nameVerbs...)
	return ok && utf8.RuneCountInString(name) >= 2
}

// joinDangling joins an indented paragraph's line that ends on a word no
// line ends with (the verb 作 before what is delivered, 关于 before its
// subject) with the lines under it that go on from it, not indented: a
// long title set on lines of its own (…主任委员张志刚作⏎市人大财政经济委员会
// 关于…纲要（草案）⏎和…审查结果的报告。报告认为…).
func joinDangling(lines []string) []string {
	var out []string
	for k := 0; k < len(lines); k++ {
		line := lines[k]
		if !indented(line) || !hasSuffixAny(strings.TrimRight(line, " \u3000"), []string{"作", "作了", "关于"}) {
			out = append(out, line)
			continue
		}
		for k+1 < len(lines) && goesOn(line, lines[k+1]) {
			line += lines[k+1]
			k++
		}
		out = append(out, line)
	}
	return out
}

// unwrapWidth joins the lines of paragraphs wrapped at a fixed width, or
// at none (unwrapIndented).
func unwrapWidth(lines []string) []string {
	if len(lines) < 5 {
		return lines
	}
	width, columns := wrapWidth(lines)
	if width == 0 {
		return unwrapIndented(lines)
	}
	measure := utf8.RuneCountInString
	if columns {
		measure = displayWidth
	}
	out := make([]string, 0, len(lines))
	// the headline, the first line, goes on in no line without a clause's
	// punctuation when it holds none itself: one as wide as the body's
	// lines by chance is not wrapped into the bulletin's name under it
	// (…会议隆重开幕⏎昭觉县第十三届人民代表大会第五次会议⏎会　　刊)
	head := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	for start := 0; start < len(lines); {
		if start == head && start+1 < len(lines) && !hasClausePunct(lines[start]) && !hasClausePunct(lines[start+1]) {
			out = append(out, lines[start])
			start++
			continue
		}
		// lines[start:end] are one paragraph: each line but the last fills
		// the width, and the one after it is not empty; a page's break
		// between two of them (its number, the bulletin's header) is
		// dropped from it
		para, end := lines[start:start+1:start+1], start+1 // para's lines, appended to a copy
		punct := hasClausePunct(lines[start])              // a line of para holds a sentence's punctuation
		for end < len(lines) && len(para[len(para)-1]) <= maxWrapBytes &&
			(wraps(para[len(para)-1], width, measure) || punct && (len(para) > 1 || indented(para[0])) && breaksWord(para[len(para)-1], width, measure)) {
			next := pageBreak(lines, end)
			if next == len(lines) || startsParagraph(lines[next]) {
				break
			}
			para = append(para, lines[next])
			punct = punct || hasClausePunct(lines[next])
			end = next + 1
		}
		out = append(out, strings.Join(para, ""))
		start = end
	}
	return out
}

// joinListBreaks joins a line that ends with 、 to the next when that is
// not blank: no list item ends a line. So does a line a scan broke in a
// word with a hyphen after a Han character (…向大会作政府工-⏎作报告), the
// hyphen dropped. Lines that need no joining are returned as they are; a
// run of many is joined in linear time.
func joinListBreaks(lines []string) []string {
	const pad = " \t\u3000"
	broken := func(l string) bool {
		l = strings.TrimRight(l, pad)
		if strings.HasSuffix(l, "、") {
			return true
		}
		t := strings.TrimSuffix(l, "-")
		c, _ := utf8.DecodeLastRuneInString(t)
		return len(t) < len(l) && isHan(c)
	}
	breaks := func(k int) bool {
		if k+1 >= len(lines) || !broken(lines[k]) {
			return false
		}
		next := strings.TrimLeft(lines[k+1], pad)
		c, _ := utf8.DecodeRuneInString(next)
		return next != "" && (strings.HasSuffix(strings.TrimRight(lines[k], pad), "、") || isHan(c))
	}
	if !slices.ContainsFunc(lines, broken) {
		return lines
	}
	out := make([]string, 0, len(lines))
	for k := 0; k < len(lines); k++ {
		if !breaks(k) {
			out = append(out, lines[k])
			continue
		}
		var b strings.Builder
		b.WriteString(strings.TrimSuffix(strings.TrimRight(lines[k], pad), "-"))
		for ; breaks(k); k++ {
			next := strings.TrimLeft(lines[k+1], pad)
			if breaks(k + 1) {
				next = strings.TrimSuffix(strings.TrimRight(next, pad), "-")
			}
			b.WriteString(next)
		}
		out = append(out, b.String())
	}
	return out
}

// unwrapIndented joins the lines of paragraphs that open with an indent
// and were wrapped at no one width (a newspaper's column copied by hand, a
// PDF set in proportional type around a picture): a line that does not end
// a sentence goes on in the next when that is neither blank nor indented.
// It does so only where most indented paragraphs, three at least, go on
// over lines so: a page whose paragraphs are lines of their own, or whose
// furniture follows an indented line, is kept as it is. A bulletin's
// headings and page numbers centred with spaces, and its notes in brackets
// under a heading (（2024年1月11日…会议通过）), are no paragraphs.
func unwrapIndented(lines []string) []string {
	paras, wrapped := 0, 0
	for k := 0; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if !indented(lines[k]) || t == "" || centred(lines[k]) || bracketed(t) {
			continue
		}
		paras++
		if k+1 < len(lines) && goesOn(lines[k], lines[k+1]) {
			wrapped++
		}
	}
	if wrapped < 3 || wrapped*2 <= paras {
		return lines
	}
	out := make([]string, 0, len(lines))
	for start := 0; start < len(lines); {
		// a paragraph's lines, a page's break between two of them (its
		// number, the bulletin's header) dropped, as unwrap drops it
		para, end := lines[start:start+1:start+1], start+1
		for indented(lines[start]) && end < len(lines) {
			next := pageBreak(lines, end)
			if next == len(lines) || !goesOn(para[len(para)-1], lines[next]) {
				break
			}
			para = append(para, lines[next])
			end = next + 1
		}
		out = append(out, strings.Join(para, ""))
		start = end
	}
	return out
}

// goesOn reports whether line, of an indented paragraph, goes on in next:
// it ends no sentence and is no row of a table, and next starts no
// paragraph.
func goesOn(line, next string) bool {
	if len(line) > maxWrapBytes || tableRow(line) || startsParagraph(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " "))
	return !strings.ContainsRune(sentenceEnds+"”", last)
}

// pageBreak returns the index of the first line from i on that is neither
// blank nor a page's mark (its number, a bulletin's header: — 2 —, 瓮安人大
// 2025年第1期) when there is such a mark there, else i.
func pageBreak(lines []string, i int) int {
	k, marked := i, false
	for ; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		if t = fold.String(t); !isPageMark(t) && !isIssueMark(t) { // as isFurniture reads them, normalised
			break
		}
		marked = true
	}
	if !marked {
		return i
	}
	return k
}

// startsParagraph reports whether a line starts a paragraph of its own,
// whatever the line before: it is blank or indented, a row of a table, or
// a line of a bulletin's distribution list (送：…⏎发：…).
func startsParagraph(line string) bool {
	t := strings.TrimSpace(line)
	return t == "" || indented(line) || tableRow(line) || isDistribution(fold.String(t)) || listItem(t)
}

// listItem reports whether line, as written, is an item of a list under
// its label (labelled), or a row of names set apart by spaces (韦志坚　蒙志刚
// 覃国强…, three names or more): no line of a paragraph, however wide.
func listItem(line string) bool {
	t := strings.TrimLeft(line, " \t\u3000")
	// a label is short: its colon comes early (第二次全体会议: …)
	if head := t[:min(len(t), 60)]; (strings.IndexByte(head, ':') >= 0 || strings.Contains(head, "：")) && labelled(fold.String(strings.TrimSpace(line))) {
		return true
	}
	// a row's first name is short: a space comes early (paragraphs have
	// none there); most lines are read no further
	if head := t[:min(len(t), 16)]; strings.IndexByte(head, ' ') < 0 && !strings.Contains(head, "\u3000") {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(t, "\u3000", " "))
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		if !isName(w) {
			return false
		}
	}
	return true
}

// labelled reports whether t opens with a list's label and its colon, an
// item of a list on a line of its own (第二次全体会议: 于长江,马秀云…).
func labelled(t string) bool {
	k := strings.IndexByte(t, ':')
	return k > 0 && isListLabel(strings.TrimSpace(t[:k]))
}

// indented reports whether a line opens with the indent that starts a
// paragraph (two full-width spaces, or spaces): it starts a paragraph,
// whatever the line before.
func indented(line string) bool {
	return strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\u3000") || strings.HasPrefix(line, "\t")
}

// centred reports whether line opens with more space than a paragraph's
// indent (two or three full-width spaces, four ASCII ones, a tab: six
// columns at most): a heading or a page's number set in the middle of the
// page.
func centred(line string) bool {
	cols := 0
	for _, c := range line {
		switch c {
		case ' ':
			cols++
		case '\u3000':
			cols += 2
		case '\t':
			cols += 4
		default:
			return cols > 6
		}
		if cols > 6 {
			return true
		}
	}
	return false // blank
}

// bracketed reports whether t stands wholly in brackets, full- or
// half-width.
func bracketed(t string) bool {
	return strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
}

// maxWrapBytes bounds the lines that may have been wrapped: 160 Chinese
// characters. Longer lines, a paragraph each, are not counted, so a text
// of paragraphs costs next to nothing to look at.
const maxWrapBytes = 480

// wraps reports whether line fills the wrap width and does not end a
// sentence (a paragraph that ends right at the width stays apart from the
// next). The width is met within a seventh of it: text copied from a PDF
// set in proportional type wraps at the same place on the page, not at the
// same number of characters (50 to 56 columns for a width of 55).
func wraps(line string, width int, measure func(string) int) bool {
	tol := max(1, width/7)
	if w := measure(line); w < width-tol || w > width+tol || tableRow(line) || centred(line) {
		return false // a page's number centred with spaces fills no width
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(sentenceEnds, last)
}

// breaksWord reports whether line, short of the wrap width but at least
// half of it, stops in the middle of a sentence's words: a line of a
// paragraph set in proportional type around a picture, or a paragraph's
// first line after a page's break, which unwrap joins to the next when
// the paragraph is known to go on over lines (it opens with an indent or
// has wrapped before) and holds a sentence's punctuation (a headline
// centred with spaces does not), so that a name split over both is whole
// (县人大常委会主任雷⏎振东主持会议).
func breaksWord(line string, width int, measure func(string) int) bool {
	if measure(line)*2 < width || tableRow(line) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return isHan(last)
}

// hasClausePunct reports whether line holds the punctuation of a sentence
// going on (，、。；：), full- or half-width.
func hasClausePunct(line string) bool { return strings.ContainsAny(line, "，、。；：,;:") }

// sentenceEnds are the marks that end a sentence: a line ending with one
// ends its paragraph, whatever its width.
const sentenceEnds = "。！？!?"

// wrapWidth returns the width the text's lines were wrapped at, in
// characters or (columns set) in columns, whichever more lines fill, or 0
// when they were not wrapped: among the lines at least 20 characters long,
// at least five and two in five must have the width (or one less).
func wrapWidth(lines []string) (width int, columns bool) {
	// first, without decoding: a wrapped text has at least five lines of
	// the size that go on in the next (no sentence ends them); a text of
	// paragraphs, each ending with its sentence, has not
	open := 0
	for _, l := range lines {
		if len(l) >= 20 && len(l) <= maxWrapBytes && !tableRow(l) && !centred(l) && !listItem(l) {
			if last, _ := utf8.DecodeLastRuneInString(l); !strings.ContainsRune(sentenceEnds, last) {
				open++
			}
		}
	}
	if open < 5 {
		return 0, false
	}
	var byRunes, byColumns [maxWrapBytes + 1]uint16
	long := 0
	for _, l := range lines {
		if len(l) < 20 || tableRow(l) || centred(l) || listItem(l) {
			continue // a heading centred with spaces, a labelled item, is no line of a paragraph
		}
		long++
		if len(l) > maxWrapBytes {
			continue
		}
		n := utf8.RuneCountInString(l)
		if n < 20 {
			long--
			continue
		}
		byRunes[n]++
		byColumns[n+(len(l)-n)/2]++
	}
	rw, rn := mode(byRunes[:])
	cw, cn := mode(byColumns[:])
	if cn > rn {
		rw, rn, columns = cw, cn, true
	}
	if rn < 5 || rn*5 < long*2 {
		return 0, false
	}
	return rw, columns
}

// tableRow reports whether line is a row of a table drawn in text (| 索引号:…
// | |, 县人民政府副县长 | 朱湘兰 | 171: two bars or more) or set in columns
// (县人民政府县长      赵文昌    196, cells apart by tabs or three spaces or
// more), or drawn with box characters (│ 关于…的决议 │ 485 │, and its
// borders ┌───┬──┐), whose rows are often padded to one width and are no
// paragraph.
func tableRow(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") || strings.HasPrefix(t, "｜") || strings.HasSuffix(t, "｜") ||
		strings.Count(t, "|")+strings.Count(t, "｜")+strings.Count(t, "│")+strings.Count(t, "┃") >= 2 || isBoxRule(t) || strings.Contains(t, "   ") || strings.Contains(t, "\t") || strings.Contains(t, "\u3000\u3000")
}

// mode returns the width w for which count[w]+count[w-1] is largest (the
// wider on ties) and that sum.
func mode(count []uint16) (int, int) {
	best, n := 0, 0
	for w := 1; w < len(count); w++ {
		if c := int(count[w]) + int(count[w-1]); c >= n && c > 0 {
			best, n = w, c
		}
	}
	return best, n
}

// displayWidth is the width of s in columns: two for a Chinese character,
// one for ASCII. It is counted from the bytes and the runes, without
// decoding: a three-byte rune (all of CJK) is two columns, an ASCII byte
// one (a two-byte rune, such as ·, counts one and a half, rounded down).
func displayWidth(s string) int {
	n := utf8.RuneCountInString(s)
	return n + (len(s)-n)/2
}
