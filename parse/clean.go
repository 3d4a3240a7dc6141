package parse

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"renda/parse/fold"
)

// page is a report split into its body and the site furniture around it.
type page struct {
	text      string // body lines (source characters), boilerplate removed
	title     string // a 标题 field's value (source characters), "" if none
	published string // publication date or time, normalised
	keyed     bool   // published is a field's that says so (发布日期, 发布时间)
	source    string // 来源, else 发文机关, 发布机构 or 供稿
	written   string // 成文日期, the publication date when no other is given
	// seam is the first line of a second article the page holds (a
	// portal's page of two), "" if none: what follows is another report's
	seam string
	site string // the site's own name, from copyright lines or image captions
	// months are the months the furniture names without a day, as an
	// archive's breadcrumb does (首页 > 德江要闻 > 2024年1月)
	months []when
}

// signedBy records who published the page and when, as a line signing it
// says, unless an earlier line said so.
func (p *page) signedBy(who, ts string) {
	if p.source == "" {
		p.source = who
	}
	if p.published == "" {
		p.published = ts
	}
}

// furniture lists markers of site furniture lines: navigation, widgets,
// copyright, licences, hotlines, editors. A line holding one is dropped when
// it is short enough not to be a paragraph of the report.
var furniture = []string{
	"字体大小", "字体:", "字号:", "【大】", "【打印】", "【关闭】", "打印本页", "关闭窗口", "分享到", "扫一扫",
	"关于我们", "联系我们", "法律声明", "网站地图", "设为首页", "加入收藏", "返回顶部", "当前位置",
	"您现在的位置", "首页>", "首页 >", "上一篇", "下一篇", "上一版", "下一版", "上一条:", "下一条:", "上一则", "下一则", "相关新闻", "相关阅读", "相关链接", "责任编辑",
	"责编", "编辑:", "审核:", "校对:", "监制:", "初审:", "复审:", "终审:", "编审:", "作者:", "点击率",
	"点击数", "点击量", "浏览次数", "浏览量", "阅读次数", "阅读量", "访问量", "访问次数", "版权所有", "Copyright", "copyright", "©",
	"All Rights Reserved", "ICP备", "ICP证", "不得转载", "禁止转载", "谢绝转载", "原创稿件", "公网安备", "网安备", "许可证号", "许可证编号", "举报电话",
	"举报邮箱", "投稿邮箱", "新闻热线", "服务热线", "便民服务热线",
	"网站标识码", "索引号", "主题分类", "发文字号", "主题词", "发布日期", "发文时间", "发布时间",
	"发表时间", "来源:", "稿源:", "发文机关", "发布机构", "成文日期", "供稿:", "供稿单位", "[image", "[图片", "图片[",
	// a portal's table of an item's fields (信息公开: 文号：　　关键词：人代会；选举)
	"文号:", "关键词:", "关键字:", "信息分类", "生成日期", "公开方式", "公开范围", "组配分类", "体裁分类",
	// a WeChat article's calls to follow and read more
	"点击蓝字", "关注我们", "往期推荐", "往期回顾", "长按识别", "长按二维码", "扫码关注", "阅读原文", "点个在看",
	"预览时标签不可点", "关注该公众号", "阅读体验更佳", // 打开冰城+APP,阅读体验更佳
	"继续滑动看下一个", "向上滑动看下一个", "喜欢此内容的人还喜欢", "微信扫一扫",
	// the note of whoever saved the page (备注：抓取于2026-03-01，来源链接 http://…
	// ；整理人：课题组)
	"抓取于", "抓取时间", "采集于", "采集时间", "来源链接", "原文链接", "整理人:",
}

// markerIndex groups the furniture markers by their first rune, with a
// bitset of those runes, so that a line is scanned once instead of once a
// marker and most runes cost one bit test.
type markerIndex struct {
	first  runeSet // the runes markers start with (of the BMP)
	byRune map[rune][]string
}

var markers = func() *markerIndex {
	m := &markerIndex{byRune: map[rune][]string{}}
	for _, w := range furniture {
		r, _ := utf8.DecodeRuneInString(w)
		m.byRune[r] = append(m.byRune[r], w)
		m.first.add(r)
	}
	return m
}()

// hasMarker reports whether t holds a furniture marker.
func hasMarker(t string) bool {
	for i, c := range t {
		if c < 1<<16 && !markers.first.has(c) {
			continue
		}
		for _, w := range markers.byRune[c] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// cleanPage separates the report from the page furniture and reads the
// useful parts of that furniture first.
func cleanPage(original string) page {
	var p page
	var kept []string
	blank := 0
	// body: a sentence was kept; related: the lines are a list of other
	// articles' headlines under 相关文章 or 往期推荐, after the body
	body, related := false, false
	// comments: the lines are readers' comments under 网友评论 or 热门评论
	// (nicknames, their words, 赞 counts), after the body, up to the page's
	// related articles or furniture
	comments := false
	// signedOff: an editor's line closed the body (（责任编辑：聂文）); other: a
	// second article of the page opened after it, headline and 来源 line
	// (a portal's page of two): its lines go, its furniture is read
	signedOff, other := false, false
	named := false // the bulletin's name over its issue was kept
	var lines []string
	md := isMarkdown(original)
	for line := range strings.Lines(original) {
		line = withoutInvisibles(unmarkup(strings.TrimRight(line, "\r\n")))
		if md {
			line = unmarkdown(line)
		}
		lines = append(lines, line)
	}
	lines = unflatten(lines)
	// keep adds a line of the body, after a blank line when blank lines
	// stood before it
	keep := func(line string) {
		if blank > 0 && len(kept) > 0 {
			kept = append(kept, "")
		}
		blank = 0
		kept = append(kept, strings.TrimRight(line, " \t\u3000"))
	}
	unwrapped := unwrap(lines)
	ruled := ruledTables(unwrapped)
	figured := figuredTables(unwrapped)
	for k, line := range unwrapped {
		// a picture's caption and credit after its placeholder stay
		// ([图片] 代表们举手表决。记者 达瓦次仁 摄)
		line = afterPlaceholder(line)
		// n: the line normalised as furniture is read (a long paragraph
		// needs none); furn: it is furniture
		para := isParagraph(line)
		n, furn := "", false
		if !para {
			n = spacedKey(barCell(fold.String(line)))
		}
		// a list of related articles goes; the page's furniture among or
		// under it (编辑：…, 某报社版权所有) is read, and dropped
		if other {
			// the other article's furniture tells what the page lacks
			// only (its site's name under it), not its source or day; its
			// lines stay, searched, from the seam on
			if isFurniture(n) {
				q := page{site: p.site}
				readFurniture(&q, line, n, true)
				p.site = q.site
				continue
			}
			if strings.TrimSpace(line) == "" {
				blank++
				continue
			}
			if p.seam == "" {
				p.seam = strings.TrimSpace(line)
			}
			keep(line)
			continue
		}
		if comments {
			if !isRelatedHead(line) && (n == "" || !isFurniture(n)) {
				continue
			}
			comments = false
		}
		if body && isCommentHead(line) {
			comments = true
			continue
		}
		// (a photo credit under the list is the page's: 图片：…记者 孙浩 摄)
		if related && !hasSentence(line) && !isCreditLine(n) {
			if furn = isFurniture(n); !furn {
				continue
			}
		} else {
			related = false
		}
		if body && isRelatedHead(line) {
			related = true
			continue
		}
		if body && relatedInline(line) {
			continue // 相关推荐：A｜B｜C, the links on the head's line
		}
		if para {
			keep(line)
			body = true
			continue
		}
		// a WeChat account's name and the day, above the body (雷山西江
		// 2021-11-16): who published the page, and when
		if who, ts, ok := accountByline(strings.TrimSpace(n)); ok && !body {
			p.signedBy(who, ts)
			continue
		}
		// a line signing the page (a WeChat byline, a masthead, a
		// publisher and the day) or an app's 发布于…: who and when, read
		// once here and dropped
		if who, ts, ok := signed(strings.TrimSpace(n)); ok {
			// the account alone on the line above (恭城融媒⏎2025-01-10 16:05 ·
			// 发布于广西): who
			if last := len(kept) - 1; who == "" && !body && last >= 1 && accountAlone(kept[last]) {
				who, kept = strings.TrimSpace(kept[last]), kept[:last]
			}
			p.signedBy(who, ts)
			continue
		}
		// a row of a table drawn with a rule under its head (| 职务 | 姓名 |
		// / | --- | --- | / | 县长 | 母国庆 |) is the report's, of two cells
		// too, and so is one of rows of figures (职务 | 候选人 | 赞成票 / 县人
		// 民政府副县长 | 李卫国 | 52), however like a menu
		furn = (furn || isFurniture(n)) && !(ruled[k] && isTableRow(strings.TrimSpace(n), 2)) && !figured[k]
		// the bulletin's name over its first page (某县人民代表大会常务委员会
		// 公报  2024年第1期) stays, once, where a researcher may look for it;
		// each page's repeat of it goes
		if name, ok := issueMark(n); furn && ok && name != "" && !body && !named {
			furn, named = false, true
		}
		readFurniture(&p, line, n, furn)
		if furn && p.source == "" && !body {
			p.source = paperAbove(unwrapped[:k], n)
		}
		if furn {
			signedOff = signedOff || body && strings.Contains(n, "编辑")
			// a link to the next article, which the page then holds, its
			// 来源 line first (下一篇：孙祖镇…胜利闭幕⏎来源：孙祖镇人大…)
			if body && hasPrefixAny(strings.TrimSpace(n), []string{"下一篇", "上一篇"}) && sourceNext(unwrapped[k+1:]) {
				other = true
			}
			continue
		}
		if strings.TrimSpace(n) == "" || isBoxRule(strings.TrimSpace(line)) {
			blank++
			continue
		}
		if signedOff && !hasSentence(line) && sourceNext(unwrapped[k+1:]) {
			other = true // its headline opens the other article
			p.seam = strings.TrimSpace(line)
			keep(line)
			continue
		}
		if body && isRule(strings.TrimSpace(line)) {
			signedOff = true // a rule closes the report (====================)
			continue
		}
		keep(line)
		body = body || hasSentence(line)
	}
	if p.published == "" {
		p.published = p.written
	}
	kept = withoutMenu(kept)
	if p.title != "" && !hasLine(kept, p.title) {
		kept = append([]string{p.title}, kept...)
	}
	p.text = strings.Join(kept, "\n")
	return p
}

// sourceNext reports whether the first of lines that is not blank is a
// 来源 line, alone or after the day (2025年01月10日   来源：区市场监管局),
// with a sentence below it: under a headline, another article's.
func sourceNext(lines []string) bool {
	for k, l := range lines {
		if t := strings.TrimSpace(fold.String(l)); t != "" {
			i := strings.Index(t, "来源:")
			if i < 0 {
				return false
			}
			if i > 0 {
				day := strings.TrimSpace(t[:i])
				if ds := findDates(day); len(ds) != 1 || ds[0].Start != 0 || ds[0].End != len(day) {
					return false
				}
			}
			// another article has a body under it: the page's own 来源,
			// its editors and counters under it (下一篇：…⏎来源：某县人大
			// 常委会办公室⏎编辑：…⏎阅读 1568), is no other's
			return slices.ContainsFunc(lines[k+1:], hasSentence)
		}
	}
	return false
}

// isRule reports whether line is a rule drawn across the page with one
// character repeated (====, ----, ****, ——————), five at least.
func isRule(line string) bool {
	return ruleOf(line, "=-*_~—－＝")
}

// isBoxRule reports whether line is a rule of box-drawing characters
// (━━━━━━), which a WeChat post draws around its parts and tables, not
// at its end, or a table's border (┌────┬───┐, ├────┼───┤).
func isBoxRule(line string) bool {
	if ruleOf(line, "─━═┄┅┈┉╌╍▬") {
		return true
	}
	if utf8.RuneCountInString(line) < 5 {
		return false
	}
	for _, c := range line {
		if c < 0x2500 || c > 0x257F || c == '│' || c == '┃' {
			return false // a row's text, or its bars (│ 关于…的决议 │ 485 │)
		}
	}
	return true
}

// ruleOf reports whether line is one of the characters of set repeated,
// five times at least.
func ruleOf(line, set string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	if !strings.ContainsRune(set, first) || utf8.RuneCountInString(line) < 5 {
		return false
	}
	return strings.Trim(line, string(first)) == ""
}

// afterPlaceholder returns what follows an image's placeholder that opens
// line ([图片], [image: 图片[2]-会议现场-某某网], 图片[1]; full-width brackets
// or traditional script too: ［图片］, [圖片]), or line when none does or
// nothing follows it. A placeholder after a photo's credit on its line
// ((蓝天宇 摄)[图片] 图为…) goes, the credit and the caption stay.
func afterPlaceholder(line string) string {
	t := strings.TrimLeft(line, " \t\u3000")
	if !hasPrefixAny(t, placeholders) {
		for _, p := range placeholders {
			k := strings.Index(t, p)
			if credit := strings.TrimRight(t[:max(k, 0)], " \t\u3000"); k > 0 && hasSuffixAny(credit, []string{"摄)", "摄）"}) {
				if rest := afterPlaceholder(t[k:]); rest != t[k:] {
					return credit + " " + rest
				}
			}
		}
		return line
	}
	end, depth := -1, 0
	for i, c := range t {
		switch c {
		case '[', '［':
			depth++
		case ']', '］':
			if depth--; depth == 0 {
				end = i + utf8.RuneLen(c)
			}
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 {
		return line
	}
	rest := strings.TrimLeft(t[end:], " \t\u3000")
	if rest == "" {
		return line
	}
	return rest
}

// placeholders open the placeholder of an image.
var placeholders = []string{"[图片", "[圖片", "［图片", "［圖片", "[image", "图片[", "圖片["}

// invisibles are the format characters a page may hide inside a name or a
// number (谭丽\u200b娟, 3\u00ad06名): the soft hyphen, zero-width spaces and
// joiners, the word joiner, and a byte order mark past the text's start.
const invisibles = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

// withoutInvisibles removes the invisibles from a line.
func withoutInvisibles(line string) string {
	if !strings.ContainsAny(line, invisibles) {
		return line
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(invisibles, r) {
			return -1
		}
		return r
	}, line)
}

// unmarkup removes what a page's markup left in a line of text saved from
// it: the tags of HTML's elements (<br>, <p style="…">, </p>, <o:p>; a
// script's or a style's content with them), comments (<!--more-->), and
// entities (&nbsp;, &ldquo;, &#8220;), which become their characters —
// so markup written as entities (&lt;b&gt;) is text, shown as such. A <
// that opens no element's tag stays (当x<y时，y>z). A line with neither <
// nor & costs one scan.
func unmarkup(line string) string {
	if strings.IndexByte(line, '<') < 0 && strings.IndexByte(line, '&') < 0 {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] == '<' {
			if end := tagEnd(line, i); end > i {
				i = end
				continue
			}
		}
		b.WriteByte(line[i])
		i++
	}
	return html.UnescapeString(b.String())
}

// tagEnd returns where a tag or comment that opens at byte i of s ends, or
// i when none does: <!--…-->, or < then an element's name (maybe after /),
// its attributes and > within 300 bytes. A script or a style ends with its
// closing tag, when the line holds it.
func tagEnd(s string, i int) int {
	if strings.HasPrefix(s[i:], "<!--") {
		if k := strings.Index(s[i:], "-->"); k >= 0 {
			return i + k + len("-->")
		}
		return i
	}
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9' || s[k] == ':') {
		k++
	}
	name := strings.ToLower(s[j:k])
	if !htmlElements[name] || k < len(s) && s[k] != '>' && s[k] != ' ' && s[k] != '/' {
		return i
	}
	w := s[k:min(len(s), k+300)]
	g := strings.IndexAny(w, "<>")
	if g < 0 || w[g] != '>' {
		return i
	}
	end := k + g + 1
	if (name == "script" || name == "style") && s[i+1] != '/' {
		if c := strings.Index(strings.ToLower(s[end:]), "</"+name+">"); c >= 0 {
			end += c + len("</"+name+">")
		}
	}
	return end
}

// htmlElements are the elements whose tags a saved text may hold.
var htmlElements = setOf([]string{"a", "abbr", "article", "aside", "b", "big", "blockquote", "body", "br", "center",
	"code", "dd", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2",
	"h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li", "link",
	"main", "meta", "nav", "o:p", "object", "ol", "p", "pre", "s", "script", "section", "small", "source", "span",
	"strike", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td", "tfoot", "th", "thead", "title",
	"tr", "u", "ul", "video"})

// isPageMark reports whether a line is a page's number or header as text
// copied from a PDF repeats them: — 2 —, - 2 -, 第 2 页 共 4 页, or a
// publisher and the month (县人大常委会办公室 2024年1月).
func isPageMark(t string) bool {
	digits := strings.Trim(t, "—-–− ")
	if digits != t && allDigits(digits) {
		return true
	}
	if p, ok := strings.CutPrefix(t, "第"); ok {
		p = strings.Join(strings.Fields(p), "")
		n, rest, _ := strings.Cut(p, "页")
		return allDigits(n) && (rest == "" || strings.HasPrefix(rest, "共") && strings.HasSuffix(rest, "页"))
	}
	if !strings.HasSuffix(t, "月") {
		return false
	}
	ds := findDates(t)
	if len(ds) != 1 || ds[0].Day != 0 || ds[0].Year == 0 || ds[0].End != len(t) || ds[0].Start == 0 {
		return false
	}
	who := strings.TrimSpace(t[:ds[0].Start])
	return who != t[:ds[0].Start] && isOutlet(who) && utf8.RuneCountInString(who) <= 20
}

// isIssueMark reports whether a normalised line numbers a bulletin's
// issue, alone or after the bulletin's name as each page heads it:
// 2025年第1期(总第86期), 瓮安人大  2025年第1期.
func isIssueMark(t string) bool {
	_, ok := issueMark(t)
	return ok
}

// issueMark reads a line that numbers a bulletin's issue (isIssueMark) and
// the bulletin's name before the number, if any.
func issueMark(t string) (name string, ok bool) {
	t = strings.TrimSpace(t)
	if k := strings.LastIndex(t, "(总第"); k > 0 && strings.HasSuffix(t, "期)") {
		t = strings.TrimSpace(t[:k])
	}
	body, ok := strings.CutSuffix(t, "期")
	if !ok {
		return "", false
	}
	y := strings.LastIndex(body, "年第")
	if y < 4 || !allDigits(body[y-4:y]) || !allDigits(body[y+len("年第"):]) {
		return "", false
	}
	who := body[:y-4]
	if who == "" {
		return "", true
	}
	name = strings.TrimSpace(who)
	return name, who != strings.TrimRight(who, " ") && utf8.RuneCountInString(name) <= 24
}

// distributionKeys open the lines of a bulletin's distribution list: to
// whom it is reported, sent and issued (报：县委常委…, 送：…, 发：…).
var distributionKeys = map[string]bool{"报": true, "送": true, "发": true, "抄送": true, "抄报": true, "主送": true, "分送": true, "报送": true}

// isDistribution reports whether the normalised line t is a line of a
// bulletin's distribution list (报：县委常委，县人大常委会主任…) or its print
// run (（共印120份）): a key, a colon and bodies, no sentence.
func isDistribution(t string) bool {
	if run, ok := strings.CutPrefix(strings.Trim(t, "() "), "共印"); ok {
		n, ok := strings.CutSuffix(run, "份")
		return ok && allDigits(n)
	}
	k, rest, ok := strings.Cut(t, ":")
	return ok && distributionKeys[strings.TrimSpace(k)] && strings.TrimSpace(rest) != "" && !strings.Contains(rest, "。")
}

// imprint reads a bulletin's imprint, the body that compiled it and the day
// it was issued (瓮安县人大常委会办公室编　　2025年1月15日印发; 大会秘书处编印
// 2025年1月9日): its source and publication date.
func imprint(t string) (body, ts string, ok bool) {
	t = strings.TrimSpace(t)
	issued := strings.HasSuffix(t, "印发")
	t = strings.TrimSuffix(t, "印发")
	ds := findDates(t)
	if len(ds) != 1 || ds[0].End != len(t) || ds[0].Day == 0 {
		return "", "", false
	}
	compiled := "编印" // the day alone after it: 大会秘书处编印　2025年1月9日
	if issued {
		compiled = "编"
	}
	body, ok = strings.CutSuffix(strings.TrimSpace(t[:ds[0].Start]), compiled)
	if !ok || body == "" || utf8.RuneCountInString(body) > 30 || strings.ContainsAny(body, clauseDelims) {
		return "", "", false
	}
	ts, ok = timestamp(t[ds[0].Start:])
	return body, ts, ok
}

// relatedHeads head a list of other articles under a report.
var relatedHeads = []string{"相关文章", "相关新闻", "相关阅读", "相关链接", "相关报道", "相关稿件", "相关信息", "相关推荐", "推荐阅读", "延伸阅读", "相关视频", "推荐视频", "更多视频",
	"往期推荐", "往期回顾", "往期精彩", "精彩推荐", "热点推荐", "热门推荐", "热门文章", "猜你喜欢", "更多新闻",
	"喜欢此内容的人还喜欢", "本版其他文章", "本版文章", "本版导读", "同版文章", "其他文章"}

// isRelatedHead reports whether a source line is the head of a list of
// other articles (相关文章：), alone on its line.
func isRelatedHead(line string) bool {
	lead := strings.TrimLeft(line, " \t\u3000【[［>»›■◆●▶★↓▼👇") // >>相关新闻, ■相关阅读, ↓↓↓ 推荐阅读, ［相关链接］
	if first, _ := utf8.DecodeRuneInString(lead); len(lead) > 40 || !strings.ContainsRune("相推延往精热猜更喜本同其", first) {
		return false // a head has at most ten characters and its colon, and opens as one of them does
	}
	t := strings.TrimRight(strings.TrimSpace(fold.String(line)), ": ")
	t = strings.Trim(t, "【】[]>»›■◆●▶★↓▼👇 ")
	for _, h := range relatedHeads {
		if t == h {
			return true
		}
	}
	return false
}

// commentHeads head readers' comments under a report.
var commentHeads = []string{"网友评论", "热门评论", "最新评论", "全部评论", "精彩评论", "读者评论", "用户评论", "评论区", "评论", "精选留言", "网友留言", "留言"}

// isCommentHead reports whether a source line is the head of readers'
// comments, alone on its line, with their count or not (网友评论（共23条）,
// 热门评论(12), 【网友评论】).
func isCommentHead(line string) bool {
	t := strings.TrimSpace(fold.String(line))
	if len(t) > 40 {
		return false
	}
	if k := strings.IndexByte(t, '('); k > 0 && strings.HasSuffix(t, ")") {
		count := strings.TrimSuffix(strings.TrimPrefix(t[k+1:len(t)-1], "共"), "条")
		if !allDigits(count) {
			return false
		}
		t = t[:k]
	}
	t = strings.Trim(t, "【】[]>»›■◆●▶★↓▼👇: ")
	return slices.Contains(commentHeads, t)
}

// relatedInline reports whether a source line is a head of other articles
// with their headlines after its colon, apart by bars (相关推荐：南靖县十八届
// 人大五次会议召开｜梅林镇召开…), no sentence among them.
func relatedInline(line string) bool {
	head, links, ok := strings.Cut(fold.String(line), ":")
	return ok && strings.Contains(links, "|") && !hasSentence(links) && isRelatedHead(head)
}

// withoutMenu drops a site's menu from the top of the kept lines, or from
// under the first two: four or more short words (网站首页, 政务公开,
// 人大要闻…), one a line, with any longer items among them (isMenuItem),
// before the first line that is neither. A menu word is shorter than any
// headline, and no item names a meeting (人代会开幕 stays).
func withoutMenu(kept []string) []string {
	// The menu may start under the site's name (同心县人民政府, then 首页,
	// 走进同心, 县情概况…), and hold longer items among the words
	// (政府信息公开指南, 12345热线): they go with it.
	for start := 0; start <= 2 && start < len(kept); start++ {
		words, k := 0, start
		for ; k < len(kept); k++ {
			t := strings.TrimSpace(kept[k])
			if t == "" {
				continue
			}
			if isMenuWord(t) {
				words++
			} else if !isMenuItem(t) {
				break
			}
		}
		if words >= 4 && k < len(kept) {
			return append(kept[:start:start], kept[k:]...)
		}
		if strings.TrimSpace(kept[start]) != "" && isMenuWord(strings.TrimSpace(kept[start])) {
			break // the menu starts here and is no menu
		}
	}
	return kept
}

// isMenuItem reports whether a line may be an item of a site's menu
// among its words: up to eight characters, Han or digits, naming no
// congress and no meeting (人代会开幕 is a headline).
func isMenuItem(t string) bool {
	n := 0
	for _, c := range t {
		if n++; n > 8 || !isHan(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return n >= 2 && !namesCongress(t) && firstIndex(t, meetingWords) < 0
}

// isMenuWord reports whether a line reads as an item of a site's menu: a
// word of two to four Han characters and nothing else.
func isMenuWord(t string) bool {
	n := 0
	for _, c := range t {
		if n++; n > 4 || !isHan(c) {
			return false
		}
	}
	return n >= 2
}

// barKeys are the keys a WeChat article writes before a bar instead of a
// colon: 来源 | 县融媒体中心, 编辑丨王丽.
var barKeys = []string{"来源", "编辑", "责任编辑", "责编", "审核", "校对", "监制", "初审", "复审", "终审", "作者"}

// barCell rewrites a furniture line "key | value" (or "key丨value") as
// "key:value", so that it reads and is dropped as 来源:… and 编辑:… are.
func barCell(n string) string {
	t := strings.TrimSpace(n)
	for _, k := range barKeys {
		rest, ok := strings.CutPrefix(t, k)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		for _, bar := range []string{"|", "丨"} {
			if v, ok := strings.CutPrefix(rest, bar); ok {
				return k + ":" + strings.TrimSpace(v)
			}
		}
	}
	return n
}

// hasSentence reports whether line ends a sentence: a 。, or a half-width
// full stop as the sentence reader takes one (会议胜利闭幕., not 2025.1.8).
func hasSentence(line string) bool {
	if strings.Contains(line, "。") {
		return true
	}
	for i := 0; i < len(line); i++ {
		if line[i] == '.' && fullStop(line, i) {
			return true
		}
	}
	return false
}

// isParagraph reports whether a source line is a long paragraph of prose
// (360 bytes: 120 Chinese characters): such a line is never furniture, so it
// needs no closer look.
func isParagraph(line string) bool {
	return len(line) >= 360 && strings.Contains(line, "。") &&
		!strings.Contains(line, "Copyright") && !strings.Contains(line, "©")
}

// hasLine reports whether one of lines is s, spaces aside: a 标题 field's
// value the page also prints as its headline. (A sentence that holds the
// headline's words is not one.)
func hasLine(lines []string, s string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) == s {
			return true
		}
	}
	return false
}

// isFurniture reports whether the normalised line n is site furniture.
func isFurniture(n string) bool {
	t := strings.TrimSpace(n)
	if t == "" {
		return false
	}
	if strings.HasPrefix(t, "|") {
		return !isDataRow(t) // a row of the report's data is no menu either
	}
	if _, ok := dateline(t); ok || strings.HasPrefix(t, "[image") {
		return true
	}
	// A 标题 (or 名称) field on a line of its own: readFurniture keeps its
	// value as the headline, without the key.
	if k, _, ok := strings.Cut(t, ":"); ok && len(k) <= 30 {
		if key := lastWord(k); titleKeys[key] && key == strings.Join(strings.Fields(k), "") {
			return true
		}
	}
	runes := utf8.RuneCountInString(t)
	if runes >= 120 && strings.Contains(t, "。") {
		return false // a paragraph of the report, however it mentions 来源 or 版权
	}
	if hasMarker(t) && !isCreditLine(t) && !isProse(t, runes) || footerField(t) {
		return true
	}
	if isPageMark(t) || isIssueMark(t) || isDistribution(t) || isAttachment(t) {
		return true
	}
	if _, _, ok := imprint(t); ok {
		return true
	}
	// (a credit line set with bars is no menu: 记者:任佳 王硕 | 摄像:高远 | 编辑:秦雨)
	if (isChannelLine(t, runes) || isNavLine(t) || isButtonRow(t)) && !isCreditLine(t) {
		return true
	}
	// A run of contact details: hotlines, e-mail, phone numbers.
	if !strings.Contains(t, "。") && (strings.Contains(t, "热线") || strings.Contains(t, "电话") || strings.Contains(t, "邮箱") ||
		strings.Contains(t, "地址:")) && hasLongDigits(t) {
		return true
	}
	return false
}

// isAttachment reports whether t links a file attached to the page (附件:
// 2026年第1期人大工作简报.pdf).
func isAttachment(t string) bool {
	rest, ok := strings.CutPrefix(t, "附件")
	if !ok {
		return false
	}
	rest = strings.ToLower(rest)
	return len(t) <= 200 && hasSuffixAny(strings.TrimSpace(rest), []string{".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".zip", ".rar", ".ofd"})
}

// footerWords name a site's makers in its footer, and are prose words too
// (…代表承办单位作表态发言, 提供技术支持): a footer's only as a field.
var footerWords = []string{"主办单位", "承办单位", "技术支持", "主办:", "承办:"}

// footerField reports whether t holds a footer's field: one of
// footerWords opening the line or followed by a colon or a space
// (主办单位：某县人民政府　技术支持：某公司).
func footerField(t string) bool {
	for _, w := range footerWords {
		if i := strings.Index(t, w); i >= 0 {
			rest := t[i+len(w):]
			if i == 0 || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " ") || rest == "" || strings.HasSuffix(w, ":") {
				return true
			}
		}
	}
	return false
}

// isProse reports whether t, a line of the given length in runes, is a
// paragraph of two sentences or more, long enough that a marker's word in
// it is prose (…建议加大对中药材种植的技术支持。), not a footer's field: no
// number of a licence, a phone or a year of copyright.
func isProse(t string, runes int) bool {
	return runes >= 60 && strings.Count(t, "。") >= 2 && !hasLongDigits(t) && !strings.Contains(t, "版权")
}

// isDataRow reports whether a line drawn as a table's row holds the
// report's data (| 县人民政府县长 | 马海龙 | 165 | 1 | 3 | 当选 |): three
// cells or more, none a page's field (| 发文机关:县融媒体中心 | 主题词: |)
// and not all rules (| --- | --- |).
func isDataRow(t string) bool { return isTableRow(t, 3) }

// isTableRow reports whether t is a table's row of at least min cells, none
// a page's field and not all rules.
func isTableRow(t string, min int) bool {
	cells, rules := 0, 0
	for c := range strings.SplitSeq(strings.Trim(t, "|"), "|") {
		c = strings.TrimSpace(c)
		switch {
		case strings.Contains(c, ":"):
			return false
		case strings.Trim(c, "-: ") == "":
			rules++
		}
		cells++
	}
	return cells >= min && rules < cells
}

// ruledTables marks the lines of tables drawn with bars whose head has a
// rule under it (| 职务 | 姓名 | over | --- | --- |): runs of lines opening
// with a bar, one of them all rules.
func ruledTables(lines []string) []bool {
	out := make([]bool, len(lines))
	for k := 0; k < len(lines); {
		if !barred(lines[k]) {
			k++
			continue
		}
		end, rule := k, false
		for ; end < len(lines) && barred(lines[end]); end++ {
			t := strings.TrimSpace(fold.String(lines[end]))
			rule = rule || strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-")
		}
		for i := k; i < end && rule; i++ {
			out[i] = true
		}
		k = end
	}
	return out
}

// figuredTables marks the lines of tables drawn with bars between cells
// and no rule, which read like a site's menu (职务 | 候选人 | 赞成票 | 结果):
// runs of two lines or more of the same number of cells, three or more,
// one of them a cell of a figure (| 52 |, 171票) or a results table's
// heading (职务, 姓名) that no menu holds; not the rule under a head.
func figuredTables(lines []string) []bool {
	out := make([]bool, len(lines))
	cells := make([]int, len(lines))
	figures, rules := make([]bool, len(lines)), make([]bool, len(lines))
	for k, line := range lines {
		if len(line) > maxRowBytes || !strings.ContainsAny(line, "|｜") {
			continue // most lines, not folded
		}
		t := strings.Trim(strings.TrimSpace(fold.String(line)), "|")
		if !strings.Contains(t, "|") {
			continue
		}
		rules[k] = true
		for c := range strings.SplitSeq(t, "|") {
			c = strings.TrimSpace(c)
			cells[k]++
			figures[k] = figures[k] || isFigure(c) || tableHeads[strings.ReplaceAll(c, " ", "")] // 职务 | 姓名 | 性别 | 民族
			rules[k] = rules[k] && strings.Trim(c, "-: ") == ""
		}
	}
	for k := 0; k < len(lines); {
		end, figured := k, false
		for end < len(lines) && cells[end] >= 3 && cells[end] == cells[k] {
			figured = figured || figures[end]
			end++
		}
		// the rule under a head (| --- | --- |) is no data
		for i := k; i < end && end-k >= 2 && figured; i++ {
			out[i] = !rules[i]
		}
		k = max(end, k+1)
	}
	return out
}

// maxRowBytes bounds a line read as a table's row.
const maxRowBytes = 600

// isFigure reports whether a table's cell is a figure: digits, maybe with a
// unit (171, 98.5%, 171票, 12名).
func isFigure(c string) bool {
	for _, u := range []string{"票", "名", "人", "%"} {
		c = strings.TrimSuffix(c, u)
	}
	return c != "" && strings.Trim(c, "0123456789.") == ""
}

// barred reports whether a line opens with a bar, as a table's row does.
func barred(line string) bool {
	t := strings.TrimLeft(line, " \t\u3000")
	return strings.HasPrefix(t, "|") || strings.HasPrefix(t, "｜")
}

// isCreditLine reports whether a short line credits the photographs
// (记者：乌兰 摄影：白音仓 编辑：苏亚拉图; a television item's 摄像：赵鹏飞):
// it stays in the text, where the photographers are read, though it names
// the editor.
func isCreditLine(t string) bool {
	for _, w := range []string{"摄影:", "摄影|", "摄影丨", "图片:", "图片|", "摄像:", "摄像|", "摄像丨"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	// (图片来源:县融媒体中心 记者 郑一鸣 摄; 供稿:勐遮镇党政办 图:岩叫 摄)
	return (strings.Contains(t, "图片来源:") || strings.Contains(t, "图:")) && strings.Contains(t, "摄")
}

// isButtonRow recognises a row of a page's buttons in brackets ([ 无障碍 ]
// [ 关怀版 ] [ English ], 【打印】【关闭】): two or more short words, each in
// brackets, and nothing else (no field such as 【来源:县融媒体中心】).
func isButtonRow(t string) bool {
	n := 0
	for t != "" {
		open, size := utf8.DecodeRuneInString(t)
		var closer string
		switch open {
		case '[':
			closer = "]"
		case '【':
			closer = "】"
		default:
			return false
		}
		end := strings.Index(t, closer)
		if end < 0 {
			return false
		}
		if w := strings.TrimSpace(t[size:end]); w == "" || utf8.RuneCountInString(w) > 8 || strings.Contains(w, ":") {
			return false
		}
		t = strings.TrimLeft(t[end+len(closer):], " ")
		n++
	}
	return n >= 2
}

// isChannelLine recognises a section label such as 政治 · 经济 or
// 首页 | 新闻: short words separated by dots or bars.
func isChannelLine(t string, runes int) bool {
	if runes > 16 || !strings.ContainsAny(t, "·|>»") || strings.HasPrefix(t, "摄影") || strings.HasPrefix(t, "图片") ||
		strings.HasPrefix(t, "图|") || strings.Contains(t, "摄") {
		return false // not a credit: 摄影|张三, (记者 努尔艾力·阿不都 摄)
	}
	// nor a transcribed name alone (叶尔肯·别克, one of a list a line)
	if !strings.ContainsAny(t, " |>»") && !strings.ContainsFunc(t, func(r rune) bool { return r != '·' && !fold.Transcribes(r) }) {
		return false
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune(" ·|>»", r) }) {
		if utf8.RuneCountInString(w) > 4 {
			return false
		}
	}
	return true
}

// isNavLine recognises a site's breadcrumbs or menu of any length: short
// words after > or » (正北方网 > 新闻 > 内蒙古新闻, 贵阳人大网 > 人大要闻), or
// three or more between bars (首页 | 常委会会议 | 立法工作 | 代表工作), maybe
// the section the page is filed in among them (… | 视频 | 专题：2025宁阳两会). A
// headline has one bar at most (南京两会|市十七届人大三次会议开幕).
func isNavLine(t string) bool {
	if len(t) > 300 {
		return false
	}
	if isSpacedMenu(t) {
		return true
	}
	// breadcrumbs from the home page with dashes, arrows or slashes
	// (首页 — 县市动态 — 元阳县, 首页→人大要闻)
	if rest, ok := strings.CutPrefix(t, "首页"); ok {
		for _, sep := range []string{"—", "→", "›", "/", "-"} {
			if strings.HasPrefix(strings.TrimLeft(rest, " "), sep) {
				t = strings.ReplaceAll(t, sep, ">")
				break
			}
		}
	}
	// (首页 》 新闻中心 》 区镇动态: a book title's closing mark without its opening one)
	crumbs := strings.IndexByte(t, '>') >= 0 || strings.Contains(t, "»") || strings.Contains(t, "》") && !strings.Contains(t, "《")
	if bar := strings.IndexByte(t, '|'); !crumbs && (bar < 0 || strings.IndexByte(t[bar+1:], '|') < 0) ||
		strings.IndexByte(t, ',') >= 0 || strings.Contains(t, "。") {
		return false
	}
	for i, w := range strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("|>»》", r) }) {
		if _, item, ok := strings.Cut(w, ":"); i == 0 && ok {
			w = item // after the menu's label (版面导航: 01 要闻 | 02 要闻)
		}
		if isSectionLabel(strings.TrimSpace(w)) {
			continue
		}
		w = strings.TrimSpace(w)
		n := utf8.RuneCountInString(w)
		if !hasHan(w) {
			n = len(strings.Fields(w)) * 2 // an English menu's words (Invest in Xuzhou)
		}
		if n > 16 || n > 10 && !crumbs {
			return false // a crumb may name a site in full (某县人民政府门户网站 > 政务公开)
		}
	}
	return true
}

// isSpacedMenu recognises a site's menu set out with spaces (首页
// 人大要闻　常委会工作　代表工作): four words or more of Han characters, 首页
// among them, and maybe the section the page is filed in (专题:2025西青两会).
// (Names a space apart, 黎明华　王海英, have no 首页.) A word's brackets are
// dropped before it is read (街道(镇)动态).
func isSpacedMenu(t string) bool {
	if !strings.Contains(t, "首页") {
		return false
	}
	words := strings.Fields(t)
	for _, w := range words {
		w = withoutParens.Replace(w)
		if k := utf8.RuneCountInString(w); (k < 2 || k > 8 || strings.IndexFunc(w, func(r rune) bool { return !isHan(r) }) >= 0) && !isSectionLabel(w) {
			return false
		}
	}
	return len(words) >= 4
}

// withoutParens drops half-width round brackets.
var withoutParens = strings.NewReplacer("(", "", ")", "")

func hasLongDigits(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			run++
			if run >= 5 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// readFurniture takes publication time, source, title and site name from a
// furniture line before it is dropped. line is the source line and n its
// normalised form.
func readFurniture(p *page, line, n string, furn bool) {
	written := false // the line gives the day a document was written
	for _, cell := range metaCells(n) {
		key, val := cell[0], cell[1]
		switch {
		case titleKeys[key] && p.title == "" && val != "":
			p.title = originalOf(line, val)
		case (strings.HasSuffix(key, "来源") && !strings.HasPrefix(key, "图") || key == "稿源" || weakSourceKeys[key]) && val != "":
			if p.source == "" || !weakSourceKeys[key] {
				// the value ends at a widget or a gap before the next
				// cell (县融媒体中心  【字体:大 中 小】, …中心  访问量:562)
				// or at a byline (…融媒体中心 文/孟和 图/其其格), and a
				// province a space after it is where it posted from
				// (屏南融媒 福建); an English byline after it ends it too
				// (香港文汇报　By Zhou Lin)
				src := withoutDate(unbracket(cutAt(val, "作者", "时间", "日期", "发布时间", "发布日期", "发布于", " 发布", "点击", "编辑", "浏览", "  ", "【", "访问", " 记者", " 通讯员",
					" 文/", " 图/", " 文:", " 图:", " 摄影", " 字体", " 字号", " By ", " by ", " Reporter")))
				if pr := provinceAtEnd(src); pr != "" && pr != src {
					src = strings.TrimSpace(strings.TrimSuffix(src, pr))
				}
				p.source = src
			}
		case key == "成文日期":
			written = true
			if ts, ok := timestamp(val); ok && p.written == "" {
				p.written = ts
			}
		case strings.Contains(key, "时间") || strings.Contains(key, "日期"):
			// a date its key says is the publication's (发布日期) wins over
			// one a key did not (生成日期, in the row above)
			keyed := strings.Contains(key, "发布") || strings.Contains(key, "发表")
			if p.published == "" || keyed && !p.keyed {
				if ts, ok := timestamp(val); ok {
					p.published, p.keyed = ts, keyed
				}
			}
		}
	}
	if furn {
		if body, ts, ok := imprint(n); ok { // a bulletin's imprint, which isFurniture has read as such
			p.source = cmp.Or(p.source, body)
			p.published = cmp.Or(p.published, ts)
		}
	}
	if p.site == "" {
		p.site = siteName(n)
	}
	if furn && strings.Contains(n, "月") {
		for _, d := range findDates(n) {
			if d.Year != 0 && d.Day == 0 {
				p.months = append(p.months, when{Year: d.Year, Month: d.Month})
			}
		}
	}
	// A dateline is furniture (isFurniture), so only furniture lines are read
	// for one.
	if furn && p.source == "" {
		if outlet, ok := dateline(n); ok && outlet != "" {
			p.source = outlet
		}
	}
	// A short furniture line that carries a date and time without a key,
	// as in "2024-01-05 10:30 来源:某县融媒" (not the day a document was
	// written, which a 发布日期 may follow).
	if p.published == "" && furn && !written {
		t := strings.TrimSpace(n)
		if ts, ok := timestamp(t); ok {
			p.published = ts
		} else if _, ok := dateline(t); ok {
			// the day over an e-paper's page (2026年01月17日　A2版：综合新闻),
			// or beside the outlet
			if ds := findDates(t); len(ds) > 0 && ds[0].Start == 0 {
				if ts, ok := timestamp(t[:ds[0].End]); ok {
					p.published = ts
				}
			}
		}
	}
}

// paperAbove returns the paper named alone on the line above a newspaper's
// date line n (南通日报 ⏎ 二〇二六年一月八日　星期四　A3　县域·如东), the
// lines before it given; or "".
func paperAbove(before []string, n string) string {
	if outlet, ok := dateline(n); !ok || outlet != "" {
		return ""
	}
	for k := len(before) - 1; k >= 0; k-- {
		t := strings.TrimSpace(fold.String(before[k]))
		if t == "" {
			continue
		}
		if runes := utf8.RuneCountInString(t); runes >= 3 && runes <= 10 && strings.HasSuffix(t, "报") && allHan(t) {
			return t
		}
		return ""
	}
	return ""
}

// weakSourceKeys name who issued or contributed a page, its source when
// no 来源 field says otherwise.
var weakSourceKeys = map[string]bool{"发文机关": true, "发布机构": true, "发布者": true, "发布单位": true, "供稿": true, "供稿单位": true}

// spacedKey closes up a two-character key that a page pads to the width of
// four (标    题:…, 来　　源:…), so that it reads as the key it is.
func spacedKey(n string) string {
	t := strings.TrimLeft(n, " ")
	a, size := utf8.DecodeRuneInString(t)
	if !isHan(a) {
		return n
	}
	rest := strings.TrimLeft(t[size:], " ")
	if len(rest) == len(t)-size {
		return n // no space after the first character
	}
	b, bsize := utf8.DecodeRuneInString(rest)
	if !isHan(b) || !strings.HasPrefix(strings.TrimLeft(rest[bsize:], " "), ":") {
		return n
	}
	return t[:size] + rest
}

// dateline reads a line that holds a publication date and nothing else but
// its time and the outlet, as pages print it under the headline:
// "2024-01-05 10:30", "2023年2月14日 09:30 县融媒体中心",
// "2023年2月14日 县融媒体中心", "2025年01月09日 星期四 长江日报", a newspaper's
// "2024年01月06日 第01版". It
// returns the outlet, "" if none. A date written in words alone on its line
// is not one: it may close a speech.
func dateline(n string) (outlet string, ok bool) {
	t := withoutWidgets(strings.TrimSpace(n)) // …A2版:综合新闻 【放大】【缩小】【默认】
	t = strings.ReplaceAll(t, "|", " ")       // 2026年01月07日 星期三 | 第02版:要闻
	if t == "" || len(t) > 90 || !(isDigit(t[0]) || strings.HasPrefix(t, "二")) {
		return "", false
	}
	ds := findDates(t)
	if len(ds) == 0 || ds[0].Start != 0 || ds[0].Year == 0 || ds[0].Day == 0 {
		return "", false
	}
	after := t[ds[0].End:]
	rest := strings.TrimLeft(after, "0123456789: ")
	timed := strings.Contains(after[:len(after)-len(rest)], ":")
	rest = strings.TrimSpace(rest)
	// the weekday before the outlet (2025年01月09日 星期四　　长江日报)
	if w, o, ok := strings.Cut(rest, " "); ok && !isWeekday(rest) && isWeekday(strings.Trim(w, "()")) {
		rest = strings.TrimSpace(o)
	}
	iso := !strings.Contains(t[:ds[0].End], "月")
	switch {
	case timed && (strings.Contains(rest, "记者") || strings.Contains(rest, "通讯员")) && !strings.HasSuffix(rest, "摄"):
		return "", true // a byline, no outlet: 2026-01-29 12:16 江西日报全媒体记者 钟亮
	case rest == "":
		return "", iso || timed
	case strings.HasPrefix(rest, "第") && strings.Contains(rest[:min(len(rest), 15)], "版"):
		return "", true // a newspaper's page: 2024年01月06日 第01版
	case isWeekday(rest) || pageWords(rest) && !timed && (strings.Contains(rest, "版") || !isOutlet(rest)):
		// a newspaper's date line: 2024年1月9日 星期二 (第01版:要闻); a page's
		// section may read as an outlet (2026年01月17日 A2版:综合新闻)
		return "", true
	case utf8.RuneCountInString(rest) > 20 || strings.ContainsAny(rest, clauseDelims+"、"):
		return "", false
	case timed || isOutlet(rest):
		return rest, true
	}
	return "", false
}

// signature reads a line that signs a page with its publisher and the
// day: "(高阳乡人民政府 2024-03-13)", "某县融媒体中心 2024年3月13日". The
// publisher's name ends as an outlet's does (isOutlet); the date is full
// and ends the line, maybe with its time. It returns the publisher and the
// publication time.
func signature(t string) (outlet, ts string, ok bool) {
	if len(t) > 180 || t == "" {
		return "", "", false
	}
	// the line ends with the day (or its time), maybe in parentheses
	if last := strings.TrimSuffix(t, ")"); last == "" || !isDigit(last[len(last)-1]) && !strings.HasSuffix(last, "日") {
		return "", "", false
	}
	if in, found := strings.CutPrefix(t, "("); found {
		if t, found = strings.CutSuffix(in, ")"); !found {
			return "", "", false
		}
	}
	d, ok := soleDate(t)
	if !ok {
		return "", "", false
	}
	// 大会秘书处编 2024年1月9日: who compiled it
	outlet = strings.TrimSuffix(strings.TrimSpace(t[:d.Start]), "编")
	// a session's secretariat names the session (…第一次会议秘书处)
	most := 20
	if strings.HasSuffix(outlet, "秘书处") {
		most = 40
	}
	if strings.Trim(t[d.End:], "0123456789: ") != "" || strings.ContainsAny(outlet, clauseDelims+"、()") ||
		utf8.RuneCountInString(outlet) > most || !hasHan(outlet) || !isOutlet(outlet) {
		return "", "", false
	}
	ts, ok = timestamp(t[d.Start:])
	return outlet, ts, ok
}

// signed reads a line that says when the page was published and maybe who
// published it: a WeChat byline, a masthead, a signature or an app's 发布于
// line (no one). It returns the publisher and the time.
func signed(t string) (who, ts string, ok bool) {
	if who, ts, ok = wechatByline(t); ok {
		return who, ts, ok
	}
	if who, ts, ok = masthead(t); ok {
		return who, ts, ok
	}
	if who, ts, ok = signature(withoutFollow(withoutWidgets(t))); ok {
		return who, ts, ok
	}
	if who, ts, ok = appByline(t); ok {
		return who, ts, ok
	}
	if who, ok = platformByline(t); ok {
		return who, "", true
	}
	if who, ok = outletByline(t); ok {
		return who, "", true
	}
	ts, ok = postedAt(t)
	return "", ts, ok
}

// outletByline reads a byline of an outlet and its reporters, a gap apart,
// with no date (巍山县融媒体中心  记者 字丽娟; 某县融媒体中心 通讯员 李明 王芳).
// It returns the outlet.
func outletByline(t string) (string, bool) {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 5 || !isOutlet(f[0]) || !allHan(f[0]) || utf8.RuneCountInString(f[0]) > 20 {
		return "", false
	}
	word := f[1]
	for _, w := range []string{"记者", "通讯员"} {
		if k := strings.Index(word, w); k >= 0 {
			word = word[k+len(w):] // 全媒体记者, 记者字丽娟
			if word == "" && len(f) == 2 {
				return "", false // no one named
			}
			for _, who := range append([]string{word}, f[2:]...) {
				if n := utf8.RuneCountInString(who); who != "" && (n < 2 || n > 4 || !allHan(who)) {
					return "", false
				}
			}
			return f[0], true
		}
	}
	return "", false
}

// platforms are the content platforms whose name follows an account's in
// its byline (南靖书洋 · 头条号).
var platforms = []string{"头条号", "百家号", "网易号", "搜狐号", "企鹅号", "澎湃号", "大鱼号", "一点号", "抖音号", "快手号", "视频号", "新浪号"}

// platformByline reads an account's byline on a content platform: the
// account, then the platform (南靖书洋　·　头条号). It returns the account.
func platformByline(t string) (string, bool) {
	f := strings.FieldsFunc(t, func(c rune) bool { return c == ' ' || c == '·' || c == '•' })
	if len(f) != 2 || !slices.Contains(platforms, f[1]) {
		return "", false
	}
	if n := utf8.RuneCountInString(f[0]); n < 2 || n > 12 || !allHan(f[0]) {
		return "", false
	}
	return f[0], true
}

// accountAlone reports whether a line is an outlet's name alone (恭城融媒,
// 某县融媒体中心), as an app sets it over the time of a post.
func accountAlone(line string) bool {
	t := strings.TrimSpace(line)
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 12 && allHan(t) && isOutlet(t)
}

// withoutFollow cuts the button a news app prints after its byline, a
// space before it (柳河县融媒体中心　2026-01-13 12:08　　关注).
func withoutFollow(t string) string {
	t = strings.TrimRight(t, " ")
	for _, b := range []string{"+关注", "已关注", "关注", "订阅"} {
		if s, ok := strings.CutSuffix(t, b); ok && strings.HasSuffix(s, " ") {
			return strings.TrimRight(s, " ")
		}
	}
	return t
}

// withoutWidgets cuts the widgets in brackets that end a line (文登新闻网
// 2025年01月09日 08:32 【字号 大 中 小】【我要打印】).
func withoutWidgets(t string) string {
	for {
		t = strings.TrimRight(t, " ")
		var open string
		switch {
		case strings.HasSuffix(t, "】"):
			open = "【"
		case strings.HasSuffix(t, "]"):
			open = "["
		default:
			return t
		}
		k := strings.LastIndex(t, open)
		if k <= 0 {
			return t
		}
		t = t[:k]
	}
}

// appByline reads the line a news app prints under its headline, its
// cells apart by bars: the account, the time, and maybe how often it was
// read ("冀云怀来 | 2025-01-08 12:30:45 | 阅读 2.3万"). It returns the
// account and the publication time.
func appByline(t string) (account, ts string, ok bool) {
	// or apart by spaces: 冰城+ 2026-01-07 21:30 阅读 1.2万 (a time in it: a
	// colon, looked for first)
	if strings.IndexByte(t, ':') < 0 || len(t) > 120 {
		return "", "", false
	}
	if f := strings.Fields(t); !strings.Contains(t, "|") && len(f) >= 3 && len(f) <= 5 {
		t = f[0] + "|" + f[1] + " " + f[2]
		if len(f) > 3 {
			t += "|" + strings.Join(f[3:], " ")
		}
	}
	// (its credits after the day: 乌海日报 | 2021-01-13 22:10:45 | 作者:记者 许静 |
	// 编辑:何丹)
	cells := slices.DeleteFunc(strings.Split(t, "|"), func(c string) bool {
		return hasPrefixAny(strings.TrimSpace(c), []string{"作者", "编辑", "责任编辑", "责编", "记者", "通讯员"})
	})
	if len(cells) < 2 || len(cells) > 3 || len(t) > 120 {
		return "", "", false
	}
	account = strings.TrimRight(strings.TrimSpace(cells[0]), "+") // 冰城+, an app's name
	if n := utf8.RuneCountInString(account); n < 2 || n > 12 || !allHan(account) {
		return "", "", false
	}
	if len(cells) == 3 && !hasPrefixAny(strings.TrimSpace(cells[2]), []string{"阅读", "浏览", "点击", "访问"}) {
		return "", "", false
	}
	// the day and its time (a column's label and its day, 仪陇两会 |
	// 2025.1.8, signs nothing)
	day := strings.TrimSpace(cells[1])
	ds := findDates(day)
	if len(ds) != 1 || ds[0].Year == 0 || ds[0].Day == 0 || ds[0].Start != 0 || !strings.Contains(day[ds[0].End:], ":") ||
		strings.Trim(day[ds[0].End:], "0123456789: ") != "" {
		return "", "", false
	}
	ts, ok = timestamp(day)
	return account, ts, ok
}

// masthead reads a newspaper's line over its page: the paper, the day
// (maybe its time), and a few short words — the weekday, the page, its
// section ("鄞州日报 二〇二五年一月十一日 星期六 第A1版:要闻", "苏州日报
// 2022年1月8日 A01 要闻", "香港文汇报 2024年1月28日(星期日) A13 中国新闻",
// "世界日报(泰国) 2024年1月17日 中国新闻"). It returns the paper and the
// publication time.
func masthead(t string) (paper, ts string, ok bool) {
	t = strings.ReplaceAll(t, "|", " ") // 温州日报数字报 | 2026.01.09 星期五 | 第2版:要闻
	if len(t) > 150 || strings.Contains(t, "。") || !strings.Contains(t, "报 ") && !strings.Contains(t, "报(") && !strings.Contains(t, "版") {
		return "", "", false // a paper's name ends with 报 before a gap, or its page is named
	}
	d, ok := soleDate(t)
	if !ok {
		return "", "", false
	}
	paper = strings.TrimSpace(t[:d.Start])
	if k := strings.Index(paper, "("); k > 0 && strings.HasSuffix(paper, ")") {
		paper = paper[:k] // 世界日报(泰国): where the paper is
	}
	for _, edition := range []string{"数字报", "电子版", "数字版"} {
		if p, ok := strings.CutSuffix(paper, edition); ok && strings.HasSuffix(p, "报") {
			paper = strings.TrimSpace(p) // 温州日报数字报: the paper's e-edition
		}
	}
	if utf8.RuneCountInString(paper) > 20 || strings.ContainsAny(paper, clauseDelims+"、()") || !hasHan(paper) || !isOutlet(paper) {
		return "", "", false
	}
	clock := strings.TrimLeft(t[d.End:], " ")
	if !pageWords(strings.TrimLeft(clock, "0123456789:")) {
		return "", "", false
	}
	ts, ok = timestamp(t[d.Start:])
	return paper, ts, ok
}

// pageWords reports whether s is a few words naming the weekday, page or
// section of a newspaper's page (星期六 第01版:要闻).
func pageWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !isPageWord(strings.Trim(w, "()")) {
			return false
		}
	}
	return true
}

// isPageWord reports whether a word of a masthead after its date names the
// weekday, the page (第A1版, A13, 第01版:要闻) or its section (要闻, 中国新闻).
func isPageWord(f string) bool {
	if isWeekday(f) {
		return true
	}
	page, section, _ := strings.Cut(f, ":")
	page = strings.TrimSuffix(strings.TrimPrefix(page, "第"), "版")
	code := page != "" && len(page) <= 4
	for _, c := range page {
		code = code && (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}
	if code {
		return section == "" || isMenuWord(section) || utf8.RuneCountInString(section) <= 6 && hasHan(section)
	}
	return isMenuWord(f) || utf8.RuneCountInString(f) <= 6 && hasHan(f) && !strings.ContainsAny(f, clauseDelims+"、")
}

// soleDate returns the one date of a furniture line, full and after some
// words (the publisher's), or false.
func soleDate(t string) (when, bool) {
	ds := findDates(t)
	if len(ds) != 1 || ds[0].Year == 0 || ds[0].Day == 0 || ds[0].Start == 0 {
		return when{}, false
	}
	return ds[0], true
}

// wechatByline reads the line a WeChat article prints under its headline:
// "原创 张三 清徐融媒 2024-01-05 20:15 发表于山西" — maybe 原创, the author,
// the account, the time, maybe where it was posted from. It returns the
// account and the publication time.
func wechatByline(t string) (account, ts string, ok bool) {
	if len(t) > 150 || !strings.HasPrefix(t, "原创") && !strings.Contains(t, "发表于") &&
		(strings.IndexByte(t, ':') < 0 || provinceAtEnd(t) == "") { // the province alone after a time
		return "", "", false
	}
	d, ok := soleDate(t)
	if !ok {
		return "", "", false
	}
	clock := strings.TrimLeft(t[d.End:], " ")
	after := strings.TrimSpace(strings.TrimLeft(clock, " 0123456789:"))
	timed := strings.Contains(clock[:len(clock)-len(strings.TrimLeft(clock, "0123456789:"))], ":")
	original := strings.HasPrefix(t, "原创")
	// after the time: nothing (原创 …), 发表于山西, or the province alone
	// (雷山发布 2024-01-09 18:42 贵州, 原创 胶州发布 2024年1月17日 山东)
	if after != "" && !strings.HasPrefix(after, "发表于") && !((timed || original) && provinceAtEnd(after) == after) || after == "" && !original {
		return "", "", false
	}
	names := strings.Fields(strings.TrimPrefix(t[:d.Start], "原创"))
	if len(names) == 0 || len(names) > 3 {
		return "", "", false
	}
	for _, w := range names {
		if utf8.RuneCountInString(w) > 20 || strings.ContainsAny(w, clauseDelims+"、") {
			return "", "", false
		}
	}
	ts, ok = timestamp(t[d.Start:])
	return names[len(names)-1], ts, ok
}

// provinces holds the short names of the provinces, as WeChat prints where
// an article was posted from.
var provinces = setOf([]string{"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
	"安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
	"西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"})

// provinceAtEnd returns the province's short name that ends t after a
// space (or is t), or "".
func provinceAtEnd(t string) string {
	p := t[strings.LastIndexByte(t, ' ')+1:]
	if provinces[p] {
		return p
	}
	return ""
}

// postedAt reads the line an app prints under a post's headline: 发布于
// 2026年1月9日 10:21 · 浙江 (where it was posted from), or the time first:
// 2026-01-09 10:23 发布于：福建省. It returns the publication time.
func postedAt(t string) (string, bool) {
	if len(t) > 80 {
		return "", false
	}
	if rest, ok := strings.CutPrefix(t, "发布于"); ok {
		return timestamp(strings.TrimSpace(rest))
	}
	when, where, ok := strings.Cut(t, "发布于")
	if !ok || !allHan(strings.Trim(where, ":： ·")) {
		return "", false
	}
	return timestamp(strings.TrimSpace(when))
}

// accountByline reads a line of two or three words, an account's name of
// two to twelve Han characters and the day in figures, maybe with its time:
// 雷山西江 2021-11-16, 正定新城铺  2021-12-28 09:30. It returns the account
// and the publication time.
func accountByline(t string) (account, ts string, ok bool) {
	if len(t) > 80 || !strings.ContainsAny(t, "-/.") || strings.IndexByte(t, ' ') < 0 {
		return "", "", false // the day is written in figures, after a space
	}
	f := withoutReads(strings.Fields(t))
	// the weekday after the day (綦江融媒　2025.01.07　星期二)
	if k := len(f) - 1; k >= 2 && isWeekday(f[k]) {
		f = f[:k]
	}
	// the act between the account and the time (陵水融媒 推送　2026-01-09 22:15)
	if len(f) >= 3 && slices.Contains([]string{"推送", "发布", "发表"}, f[1]) {
		f = append(f[:1], f[2:]...)
	}
	if len(f) < 2 || len(f) > 3 {
		return "", "", false
	}
	if n := utf8.RuneCountInString(f[0]); n < 2 || n > 12 || !allHan(f[0]) || isName(f[0]) {
		return "", "", false
	}
	d, ok := isoAt(f[1], 0)
	if !ok || d.End != len(f[1]) || len(f) == 3 && strings.Trim(f[2], "0123456789:") != "" {
		return "", "", false
	}
	ts, ok = timestamp(strings.Join(f[1:], " "))
	return f[0], ts, ok
}

// withoutReads returns the words of a byline without the count of reads
// that ends it (镇赉融媒 2025-01-07 21:36 阅读 3562, … 浏览量:120).
func withoutReads(f []string) []string {
	k := len(f)
	if k == 0 {
		return f
	}
	word := strings.TrimRight(strings.TrimRight(f[k-1], "0123456789"), ":")
	if word == "" && k >= 2 {
		word, k = strings.TrimRight(f[k-2], ":"), k-1
	}
	switch word {
	case "阅读", "浏览", "阅读量", "浏览量", "阅读数", "浏览数", "播放", "播放量", "播放次数": // a video's plays
		return f[:k-1]
	}
	return f
}

// isWeekday reports whether s is a day of the week (星期二, 周二), maybe
// followed by the lunar date (星期二 农历腊月廿八).
func isWeekday(s string) bool {
	w, ok := strings.CutPrefix(s, "星期")
	if !ok {
		w, ok = strings.CutPrefix(s, "周")
	}
	if !ok {
		return false
	}
	day, size := utf8.DecodeRuneInString(w)
	rest := strings.TrimSpace(w[size:])
	return strings.ContainsRune("一二三四五六日天", day) && (rest == "" || strings.HasPrefix(rest, "农历"))
}

// isOutlet reports whether s names a publishing outlet by its ending, as in
// 县融媒体中心, 延边日报, 某某新闻网.
func isOutlet(s string) bool {
	return hasSuffixAny(s, []string{"中心", "报", "网", "网站", "台", "社", "新闻", "融媒", "发布", "政府", "人大", "常委会", "办公室", "秘书处"})
}

// titleKeys are the keys of a page's field that holds the headline.
var titleKeys = map[string]bool{"标题": true, "名称": true}

// metaCells splits a furniture line into key:value cells, as in
// "| 发文机关:县融媒体中心 | 主题词: |" or "时间:2024-03-30 22:37:00点击率:2615".
func metaCells(n string) [][2]string {
	// keys in brackets: 【发布时间】2026年01月22日　【来源】康庄镇
	// (an e-paper's fields: 【标题】余江区二届人大六次会议…, 【作者】艾晓丽)
	if strings.Contains(n, "来源】") || strings.Contains(n, "时间】") || strings.HasPrefix(strings.TrimSpace(n), "【标题】") {
		for _, k := range metaKeys {
			n = strings.ReplaceAll(n, "【"+k+"】", k+":")
		}
	}
	if !strings.Contains(n, ":") {
		return nil
	}
	var cells [][2]string
	for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == '|' }) {
		part = strings.TrimSpace(part)
		for part != "" {
			i := strings.Index(part, ":")
			if i < 0 {
				break
			}
			key := lastWord(part[:i])
			if k := strings.TrimLeft(key, "([【"); strings.HasPrefix(k, "图") {
				key = k // (图片来源:…), a picture's, not the page's
			}
			rest := part[i+1:]
			// The value runs to the next key (a short word followed by ':').
			j := nextKey(rest)
			val := unbracket(strings.TrimSpace(rest[:j]))
			if key != "" {
				cells = append(cells, [2]string{key, val})
			}
			part = rest[j:]
		}
	}
	return cells
}

// withoutDate removes a date written after a source's name (阳城县人民政府
// 2024-02-28), which the publication time reads.
func withoutDate(v string) string {
	if ds := findDates(v); len(ds) > 0 && ds[0].Start > 0 {
		return strings.TrimSpace(v[:ds[0].Start])
	}
	return v
}

// unbracket removes a closing bracket that ends a furniture value without
// its opener, as the cells of "[ 作者：张三 ]  [ 来源：县融媒体中心 ]" leave,
// and the next cell's opener after it ([来源:县融媒体中心] [点击:1024]).
func unbracket(v string) string {
	v = strings.TrimRight(v, " [【(")
	for _, p := range [][2]string{{"[", "]"}, {"【", "】"}, {"(", ")"}} {
		if t, ok := strings.CutSuffix(v, p[1]); ok && !strings.Contains(t, p[0]) {
			return strings.TrimSpace(t)
		}
	}
	return v
}

// metaKeys are the furniture keys a value stops before.
var metaKeys = []string{"来源", "稿源", "作者", "时间", "日期", "成文日期", "发布", "发文", "点击", "浏览", "编辑", "责任编辑", "字号", "标题", "主题", "索引号", "阅读", "供稿", "录入"}

func nextKey(s string) int {
	best := len(s)
	for _, k := range metaKeys {
		for off := 0; ; {
			i := strings.Index(s[off:], k)
			if i < 0 {
				break
			}
			i += off
			// a key is followed by ':' within a few characters (e.g. 发布时间:)
			tail := s[i+len(k):]
			if c := strings.Index(tail, ":"); c >= 0 && c <= 9 && i < best && !strings.ContainsAny(tail[:c], " |") {
				best = i
			}
			off = i + len(k)
		}
	}
	return best
}

// lastWord returns the last word of s, a key of two characters padded
// apart to the width of four joined (名　　称, 文　　号 → 名称, 文号).
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	i := strings.LastIndexAny(s, " |")
	if i < 0 {
		return s
	}
	last, head := s[i+1:], strings.TrimRight(s[:i], " ")
	if j := strings.LastIndexAny(head, " |"); utf8.RuneCountInString(last) == 1 && utf8.RuneCountInString(head[j+1:]) == 1 {
		return head[j+1:] + last
	}
	return last
}

func cutAt(s string, words ...string) string {
	for _, w := range words {
		if i := strings.Index(s, w); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// originalOf finds the source characters of the normalised value val in the
// source line: normalisation keeps character counts, so the value's rune
// position carries over.
func originalOf(line, val string) string {
	n := fold.New(line)
	i := strings.Index(n.Norm, val)
	if i < 0 {
		return val
	}
	return line[n.Orig(i):n.Orig(i+len(val))]
}

// siteName reads a site's own name from a copyright line
// ("Copyright © 2005-2025 清徐融媒 …", "版权所有：清徐县人民政府"), the
// site's owner ("主办单位：清徐县人民政府办公室") or an image caption
// ("[image: 图片[2]-标题-爱山亭网]"). A newspaper's office that owns the site
// names its paper, the outlet (沧州日报社版权所有 → 沧州日报).
func siteName(n string) string {
	s := siteOwner(n)
	if paper, ok := strings.CutSuffix(s, "报社"); ok && utf8.RuneCountInString(paper) >= 2 {
		return paper + "报"
	}
	return s
}

// siteOwner is siteName as the line writes it.
func siteOwner(n string) string {
	if i := strings.Index(n, "图片["); i >= 0 && strings.HasPrefix(strings.TrimSpace(n), "[image") {
		cap := strings.TrimSuffix(strings.TrimSpace(n[i:]), "]")
		if j := strings.LastIndex(cap, "-"); j >= 0 {
			return strings.TrimSpace(cap[j+1:])
		}
		return ""
	}
	// 本文为江西新闻客户端原创稿件，未经授权不得转载
	for _, mark := range []string{"本文为", "本文系", "本稿为", "本稿系"} {
		if i := strings.Index(n, mark); i >= 0 {
			owner, _, ok := strings.Cut(n[i+len(mark):], "原创")
			if ok && utf8.RuneCountInString(owner) >= 2 && utf8.RuneCountInString(owner) <= 12 && !strings.ContainsFunc(owner, func(c rune) bool { return !isHan(c) && !unicode.IsLetter(c) }) {
				return owner
			}
		}
	}
	for _, mark := range []string{"Copyright ©", "Copyright©", "©", "版权所有", "主办单位", "主办:"} {
		i := strings.Index(n, mark)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(n[i+len(mark):], ": ")
		rest = strings.TrimPrefix(rest, "©")
		if after := strings.TrimLeft(rest, ",;"); mark == "版权所有" && (strings.TrimSpace(after) == "" || strings.HasPrefix(after, "未经") || isLicence(after)) {
			// the owner before the mark: 宝安日报社版权所有 未经授权禁止转载,
			// 湛江日报社版权所有，未经书面授权不得转载,
			// 荆州日报社主办 鄂ICP备05003318号 版权所有, 商丘日报社版权所有  豫ICP备…
			// (吉ICP备2021006843号-2　今日柳河 版权所有: the licence first)
			f := slices.DeleteFunc(strings.Fields(n[:i]), isLicence)
			if k := slices.IndexFunc(f, hasHan); k >= 0 {
				return beforeLicence(cutAt(f[k], "版权所有", "主办", "承办"))
			}
			return ""
		}
		rest = strings.TrimSpace(rest)
		// skip years such as 2005-2025 or 2015 - 2021
		rest = strings.TrimLeft(rest, "0123456789- ")
		f := strings.Fields(rest)
		if len(f) == 0 || !hasHan(f[0]) {
			return ""
		}
		return beforeLicence(cutAt(f[0], "版权所有", "主办", "承办", "技术支持", "地址", "电话", "网站标识码", "公网安备", "网安备"))
	}
	return ""
}

// beforeLicence cuts a site's name before its ICP licence, written right
// after it on pages that drop spaces between Han characters
// (鄂尔多斯日报社蒙ICP备05000123号), with the licence's province (蒙).
func beforeLicence(s string) string {
	i := strings.Index(s, "ICP")
	if i <= 0 {
		return s
	}
	s = s[:i]
	if c, size := utf8.DecodeLastRuneInString(s); strings.ContainsRune(icpProvinces, c) && utf8.RuneCountInString(s) > 3 {
		s = s[:len(s)-size]
	}
	return strings.TrimSpace(s)
}

// isLicence reports whether s opens with an ICP licence number (豫ICP备
// 05001234号, ICP备…), which names no one.
func isLicence(s string) bool {
	s = strings.TrimSpace(s)
	if c, size := utf8.DecodeRuneInString(s); strings.ContainsRune(icpProvinces, c) {
		s = s[size:]
	}
	return strings.HasPrefix(s, "ICP")
}

// icpProvinces are the one-character names of provinces that open ICP
// licence numbers (京ICP备…, 滇ICP备…), their other names (滇 云, 黔 贵, 蜀
// 川, 陇 甘) included.
const icpProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼滇黔蜀陇"

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}
