// Package parse reads a news report of a local People's Congress session and
// returns a Record of its facts: locality, term, session, event, date,
// attendance, the people who presided, spoke, reported and were elected, the
// resolutions adopted, and where in the text each fact was read.
//
// The pipeline runs one way: bytes → decode → strip site furniture (reading
// publication date and source from it) → normalise for matching, keeping a
// map back to the original → find facts, each with its span → Record.
package parse

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"renda/parse/decode"
	"renda/parse/fold"
	"renda/parse/schema"
)

// ID returns the record id for a file name: its base name without extension.
func ID(name string) string { return schema.ID(name) }

// MaxBytes is the largest report Parse reads: news reports are kilobytes;
// anything this large is not one.
const MaxBytes = 256 << 20

// ErrTooLarge is returned for input over MaxBytes.
var ErrTooLarge = errors.New("too large for a report")

// Parse decodes data, the raw bytes of the report in file name, and reads its
// record. Errors name the file and the reason, e.g. "a.txt: empty file".
func Parse(name string, data []byte) (Record, error) {
	if len(data) > MaxBytes {
		return Record{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", name, ErrTooLarge, len(data), MaxBytes)
	}
	text, _, err := decode.Bytes(data)
	if err != nil {
		return Record{}, fmt.Errorf("%s: %w", name, err)
	}
	return FromText(ID(name), text), nil
}

// FromText reads the record of an already decoded report.
func FromText(id, original string) Record {
	p := cleanPage(original)
	r := newReader(p.text)
	r.rec.ID = id
	r.rec.Published = p.published
	r.months = p.months
	if p.seam != "" {
		r.seam = max(0, strings.LastIndex(r.n, fold.String(p.seam)))
	}
	r.rec.Source = strings.TrimSpace(fold.String(p.source))
	if r.rec.Source == "" {
		r.rec.Source = r.dateline()
	}
	if r.rec.Source == "" {
		r.rec.Source = fold.String(p.site)
	}
	r.rec.Source = paperOf(r.rec.Source)
	r.site = fold.String(p.site)
	r.readTitle()
	r.readCongress()
	r.readPlaces()
	r.readEvent()
	r.readDate()
	r.readAnnounced()
	r.readRecounting()
	r.readAttendance()
	r.readPresiding()
	r.readSpeakers()
	r.readByline()
	r.readReports()
	r.readBriefings()
	r.readExplainedBy()
	r.readHeardReports()
	r.readAdoptedReports()
	r.readWrittenSubjects()
	r.withoutShortNames()
	r.reportsInTextOrder()
	r.readRemarks()
	r.readExecutiveChairs()
	r.readRostrum()
	r.readElected()
	r.readResumedRemarks()
	r.readTitleResolution()
	r.readResolutions()
	r.readPhotographers()
	r.readMentioned()
	r.finish()
	return *r.rec
}

// span is a byte range of the normalised text.
type span struct{ start, end int }

// reader holds one report while its facts are read: the text, its
// normalised form and the record being filled.
type reader struct {
	f         *fold.Text
	n         string // normalised text, where facts are matched
	rec       *Record
	lines     []span
	sentences []span
	main      mention        // the congress the report is about
	mainAt    []int          // where each mention of that session starts
	title     span           // where the headline stands; empty when there is none
	at        map[rune][]int // where each anchor rune stands in n
	posts     []int          // where each rune of postRunes stands in n
	seen      map[Evidence]bool
	first     map[role]int // where each name (or resolution) was first read in each field: the lists' order and their sets
	reportAt  []int        // where each report of rec.Reports was read
	standing  bool         // the report is on a meeting of the standing committee
	meetings  []meetingAt  // the meetings named, the congress's and other bodies'
	siblings  []mention    // other places' sessions of the main's level (readSiblings)
	below     []mention    // sessions of places below the main's level (readSiblings)
	listed    []span       // places listed after the locality before one congress of the session
	otherBody bool         // the report is on another body's meeting, not the congress's
	agenda    listCache    // the numbered list onAgenda looked at last
	announced bool         // the meeting comes after the page's day: nothing was heard yet
	press     bool         // a press conference's page: who speaks there answers the press
	site      string       // the site's name over the page (望奎县人民政府), "" when none
	// recounting: the report is on a meeting that conveys a past session's
	// spirit (readRecounting): the session's acts it recounts are not its own
	recounting bool
	electedAt  map[string]int  // where each name elected is in rec.Elected
	lost       map[string]bool // the candidates the text says lost (saidLost)
	joined     map[string]bool // who joined a deliberation (joinedDeliberation)
	// electedPresidium is where the first sentence saying the presidium was
	// elected ends, -1 if none, 0 until looked for (presidiumElected)
	electedPresidium int
	// seam is where a second article the page holds starts in n (a
	// portal's page of two), 0 if none: what it says is another report's
	seam int
	// unelected are the people an election names whom the meeting did not
	// elect, and those a session named in passing gave a role (othersRole),
	// mentioned once every role is read
	unelected []named
	// titledScans counts the names knownPerson looked for through the text
	titledScans int
	months      []when // the months the page's furniture names without a day
}

// anchorRunes start the words that facts hang on (届, 主持, 讲话, 当选…):
// their positions are found in one pass instead of one search a word.
const anchorRunes = "届主讲致当选补任执报摄全月通批预闭开听审态协党言印图辞面决领半团"

// marks is the set of the runes the first pass notes: the
// anchor runes (anchors), the sentence ends and the runes readMentioned
// looks at (postRunes).
var marks = func() (m runeSet) {
	for _, c := range anchorRunes + "。!?;\n." {
		m.add(c)
	}
	for k := range m {
		m[k] |= postRunes[k]
	}
	return m
}()

// anchors is the set of the anchor runes.
var anchors = func() (m runeSet) {
	for _, c := range anchorRunes {
		m.add(c)
	}
	return m
}()

// find returns the byte offsets of word in the normalised text, using the
// anchor index when word holds an anchor rune (表态发言 is found at 态).
func (r *reader) find(word string) []int {
	pre := 0 // the bytes of word before its first anchor rune
	for _, c := range word {
		if strings.ContainsRune(anchorRunes, c) {
			break
		}
		pre += utf8.RuneLen(c)
	}
	if pre == len(word) {
		return indexAll(r.n, word)
	}
	c, _ := utf8.DecodeRuneInString(word[pre:])
	var out []int
	next := 0
	for _, i := range r.at[c] {
		if s := i - pre; s >= next && strings.HasPrefix(r.n[s:], word) {
			out = append(out, s)
			next = s + len(word)
		}
	}
	return out
}

func newReader(text string) *reader {
	f := fold.New(text)
	r := &reader{f: f, n: f.Norm, rec: &Record{Text: text}}
	r.at = make(map[rune][]int, 16)
	n := r.n
	start, sent := 0, 0
	// One pass over the bytes: lines, sentences and anchor runes. Every
	// rune that matters here is ASCII or three bytes long, so the loop
	// decodes only three-byte sequences, by hand.
	for i := 0; i < len(n); {
		b := n[i]
		size, c := 1, rune(b)
		switch {
		case b < utf8.RuneSelf:
		case b&0xF0 == 0xE0 && i+2 < len(n):
			size, c = 3, rune(b&0x0F)<<12|rune(n[i+1]&0x3F)<<6|rune(n[i+2]&0x3F)
		default:
			_, size = utf8.DecodeRuneInString(n[i:])
			c = utf8.RuneError
		}
		if !marks.has(c) {
			i += size
			continue // most runes: neither an anchor nor a sentence end
		}
		if c == '.' && !fullStop(n, i) {
			i += size
			continue // a decimal point, a date's or a web address's dot
		}
		switch c {
		case '。', '.', '!', '?', ';', '\n':
			end := i + size
			if strings.TrimSpace(n[sent:i]) != "" {
				r.sentences = append(r.sentences, span{sent, end})
			}
			sent = end
			if c == '\n' {
				r.lines = append(r.lines, span{start, i})
				start = i + 1
			}
		default:
			if anchors.has(c) {
				r.at[c] = append(r.at[c], i)
			}
			if postRunes.has(c) {
				r.posts = append(r.posts, i)
			}
		}
		i += size
	}
	r.lines = append(r.lines, span{start, len(n)})
	if strings.TrimSpace(n[sent:]) != "" {
		r.sentences = append(r.sentences, span{sent, len(n)})
	}
	return r
}

// innerStop reports whether line holds a half-width full stop with more
// after it: two sentences typed with half-width punctuation (…开幕.会议应到
// 代表56名,实到51名.), no headline.
func innerStop(line string) bool {
	for i := 0; i < len(line)-1; i++ {
		if line[i] == '.' && fullStop(line, i) && strings.TrimSpace(line[i+1:]) != "" {
			return true
		}
	}
	return false
}

// fullStop reports whether the half-width dot at byte i of s ends a
// sentence, as in texts typed with half-width punctuation (会议胜利闭幕.):
// it follows a Han character or a closing quote or bracket, and no letter or
// digit follows it.
func fullStop(s string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isHan(prev) && !strings.ContainsRune(")》”\"", prev) {
		return false
	}
	if i+1 < len(s) {
		next := s[i+1]
		if next >= '0' && next <= '9' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' {
			return false
		}
	}
	return true
}

// sentenceAfter returns the sentence that starts at or after byte i.
func (r *reader) sentenceAfter(i int) span {
	for _, s := range r.sentences {
		if s.start >= i {
			return s
		}
	}
	return span{}
}

// sentenceEnd returns where the sentence holding byte i ends: at its 。, !,
// ?, ; or line end, or at the text's end.
func (r *reader) sentenceEnd(i int) int {
	k := r.sentenceFrom(i)
	if k == len(r.sentences) {
		return len(r.n)
	}
	s := r.sentences[k]
	if s.start > i {
		return s.start // i stands between sentences, in blank space
	}
	if c, size := utf8.DecodeLastRuneInString(r.n[s.start:s.end]); strings.ContainsRune("。.!?;\n", c) {
		return s.end - size
	}
	return s.end
}

// sentenceAt returns the sentence holding byte i, or an empty span.
func (r *reader) sentenceAt(i int) span {
	if k := r.sentenceFrom(i); k < len(r.sentences) && r.sentences[k].start <= i {
		return r.sentences[k]
	}
	return span{}
}

// sentenceFrom returns the index of the first sentence that ends after
// byte i: the one holding i, or the next.
func (r *reader) sentenceFrom(i int) int {
	k, _ := slices.BinarySearchFunc(r.sentences, i, func(s span, i int) int { return cmp.Compare(s.end, i+1) })
	return k
}

// lineFrom returns the index of the first line that ends at or after byte
// i: the one holding i, or the next.
func (r *reader) lineFrom(i int) int {
	k, _ := slices.BinarySearchFunc(r.lines, i, func(l span, i int) int { return cmp.Compare(l.end, i) })
	return k
}

// maxListLines bounds the numbered lists and result lines read under a
// heading: a session adopts or hears a few dozen things, and a bound keeps
// a text of many headings over one long list linear.
const maxListLines = 100

// evidence records that field was read at n[start:end].
func (r *reader) evidence(field string, start, end int) {
	if start < 0 || end > len(r.n) || start >= end {
		return
	}
	s, e := r.f.Span(start, end)
	ev := Evidence{Field: field, Start: s, End: e}
	if r.seen[ev] {
		return
	}
	if r.seen == nil {
		r.seen = make(map[Evidence]bool, 64)
	}
	r.seen[ev] = true
	r.rec.Evidence = append(r.rec.Evidence, ev)
}

// paperOf returns the newspaper an e-paper's name stands for (三峡都市报数字报
// → 三峡都市报, 某某日报电子版 → 某某日报), or source.
func paperOf(source string) string {
	for _, w := range []string{"数字报", "电子版", "数字版", "电子报"} {
		if s, ok := strings.CutSuffix(source, w); ok && strings.HasSuffix(s, "报") {
			return s
		}
	}
	return source
}

// warn adds msg to the record's warnings once.
func (r *reader) warn(msg string) {
	for _, w := range r.rec.Warnings {
		if w == msg {
			return
		}
	}
	r.rec.Warnings = append(r.rec.Warnings, msg)
}

// person adds name to a people list once, with its evidence, unless the
// text says it of another body's meeting.
func (r *reader) person(field string, list *[]string, name string, start, end int) {
	// a photo credit is the page's, wherever it stands (after a part on
	// the CPPCC's session too), unless the page is another body's
	if field == "photographers" {
		if r.otherBody || r.pastSeam(start) {
			return
		}
	} else if others, passing := r.roleAside(start); others {
		if passing {
			r.unelected = append(r.unelected, named{name, start, end}) // a role at a session named in passing
		}
		return
	}
	r.evidence(field, start, end)
	if !r.mark(field, name, start) { // a map, not a scan of the list: lists may be long
		*list = append(*list, name)
	}
}

// dateline reads the outlet from a news dateline at the start of the
// body: 忻州日报讯, 临汾新闻网讯(记者…), 新华社太原1月5日电. The source is
// read there, so its evidence is recorded too.
func (r *reader) dateline() string {
	for _, ln := range r.lines {
		line := strings.TrimSpace(r.n[ln.start:ln.end])
		if line == "" || isHeadline(line) {
			continue
		}
		lead := ln.start + strings.Index(r.n[ln.start:ln.end], line)
		head := line[:min(len(line), 60)]
		if i := strings.Index(head, "讯"); i > 0 {
			src, from := head[:i], 0
			if j := strings.LastIndexAny(src, " ,。:)(【["); j >= 0 {
				_, size := utf8.DecodeRuneInString(src[j:]) // 。 is three bytes
				src, from = src[j+size:], j+size
			}
			for _, kind := range []string{"快", "简", "专"} { // 【正阳融媒快讯】: the outlet's flash
				if t, ok := strings.CutSuffix(src, kind); ok && utf8.RuneCountInString(t) >= 2 {
					src = t
					break
				}
			}
			if n := utf8.RuneCountInString(src); n >= 2 && n <= 12 && !strings.HasPrefix(src, "本") && hasHan(src) {
				r.evidence("source", lead+from, lead+from+len(src))
				return src
			}
		}
		for _, agency := range []string{"新华社", "中新社"} {
			if strings.HasPrefix(head, agency) {
				r.evidence("source", lead, lead+len(agency))
				return agency
			}
		}
		return ""
	}
	return ""
}

// role is a name read in a field.
type role struct{ field, name string }

// mark notes that name was read in field at byte start, keeping the first,
// and reports whether it had been read in field before.
func (r *reader) mark(field, name string, start int) (seen bool) {
	if r.first == nil {
		r.first = make(map[role]int, 64)
	}
	k := role{field, name}
	p, seen := r.first[k]
	if !seen || start < p {
		r.first[k] = start
	}
	return seen
}

// inTextOrder sorts a list of names by where each was first read in field.
func (r *reader) inTextOrder(field string, names []string) {
	sort.SliceStable(names, func(i, j int) bool {
		return r.first[role{field, names[i]}] < r.first[role{field, names[j]}]
	})
}

// readTitle takes the headline and notes where it stands. Among the lines
// before the body starts (at most five, skipping short furniture such as
// 本站首页 or a newspaper's 2024年01月06日 第01版), it takes the first that
// names a congress (a site's name such as 清徐县人民政府门户网站 may come
// first); failing that, the first line when it reads as a headline. A
// headline split over two lines (忻州市五届人大 / 四次会议开幕) and a
// subtitle after a dash that names the session the headline does not
// (——县十八届人大三次会议开幕侧记) are joined to it.
func (r *reader) readTitle() {
	// bare: a line naming the session and no more (a bulletin's masthead);
	// told: the first headline after it that tells of a meeting without
	// naming the congress (大会举行第二次全体会议)
	first, seen, lines, bare, told := -1, 0, 0, -1, -1
	// heading: the last line before the body that is no site, menu or
	// breadcrumb, however short (简讯, 工作动态, 2026年1月9日 over a
	// township's page), for a page with no headline
	heading := -1
	for k, ln := range r.lines {
		line := strings.TrimSpace(r.n[ln.start:ln.end])
		if line == "" {
			continue
		}
		lines++
		// a site's menu (网站首页, 政务公开, 人大要闻…) does not count: a
		// few dozen lines at most, of words shorter than any headline
		menu := isMenuWord(line) || isSectionLabel(line)
		if k >= 60 || !menu && seen >= 5 {
			break
		}
		// nor does the site's or paper's name over the page (通化新闻网),
		// with a column of it or not
		banner := siteBanner(line)
		site := isOutlet(line) || banner || bodyBanner(line)
		if !menu && !site {
			seen++
		}
		if site && r.site == "" {
			r.site = line // 望奎县人民政府 over the page, its furniture naming no site
		}
		if columnLabel(line) || banner {
			continue // 【邳州两会】, 青海新闻网 · 聚焦2025青海两会 over the headline
		}
		if !isHeadline(line) {
			if strings.Contains(line, "。") || innerStop(line) || utf8.RuneCountInString(line) > 64 {
				break // the body has started
			}
			heading = -1
			if !site && !isNavLine(line) && utf8.RuneCountInString(line) <= 16 {
				heading = k
			}
			continue
		}
		heading = -1
		if first < 0 && !site && (lines == 1 || !menu && seen == 1) {
			first = k
		}
		if strings.HasPrefix(line, "—") {
			continue // a subtitle or a report's occasion, under the title
		}
		if strings.HasPrefix(line, "原标题") {
			continue // the title the report had where it first ran, under the portal's own
		}
		title, last := r.headlineAt(k)
		if !namesCongress(title) {
			if bare >= 0 && told < 0 && firstIndex(title, meetingWords) >= 0 {
				told = k
			}
			continue
		}
		// a site's or a bulletin's name above the headline
		// (某县人民代表大会常务委员会, 某县第十八届人民代表大会第三次会议)
		if bareName(title) {
			if bare < 0 {
				bare = k
			}
			continue
		}
		r.setTitle(k, last, title)
		return
	}
	if bare >= 0 {
		first = bare
		if told >= 0 {
			first = told
		}
	}
	if first < 0 && heading >= 0 {
		first = heading
	}
	if first >= 0 {
		title, last := r.headlineAt(first)
		r.setTitle(first, last, title)
	}
}

// headlineAt returns the headline that starts on line k, joined with the
// next line when the headline is split over both or the next is a subtitle
// after a dash, and the line where it ends.
func (r *reader) headlineAt(k int) (string, int) {
	line := strings.TrimSpace(r.n[r.lines[k].start:r.lines[k].end])
	if k+1 < len(r.lines) {
		next := r.lines[k+1]
		nl := strings.TrimSpace(r.n[next.start:next.end])
		split := !hasSessionMention(line) && !hasSessionMention(nl) && hasSessionMention(line+nl)
		// the session's name, then what it says or adopts (…第四次会议 /
		// 关于市人民政府工作报告的决议, …第三次会议 / 主席团公告); not a
		// bulletin's name over its own (简报)
		words := utf8.RuneCountInString(strings.ReplaceAll(nl, " ", ""))
		named := bareName(line) && !namesCongress(nl) && words >= 4 && words <= 30 && !strings.Contains(nl, "。") && hasHan(nl) &&
			!datedLine(nl) // not a site's date and search box (2024年1月17日 站内搜索)
		// a subtitle after a dash, not a report's byline (——2024年1月15日在…会议上),
		// under a headline that does not name the session itself (凝心聚力谋发展
		// / ——县十八届人大三次会议开幕侧记; not …举行预备会议 / ——选举产生大会
		// 主席团和秘书长, which every blind key leaves out)
		subtitle := strings.HasPrefix(nl, "—") && len(findDates(nl)) == 0 && !hasSessionMention(line)
		if named || isHeadline(nl) && (split || subtitle) {
			return line + nl, k + 1
		}
	}
	return line, k
}

// setTitle records the headline that runs from line k to line last.
func (r *reader) setTitle(k, last int, title string) {
	ln := r.lines[k]
	lead := len(r.n[ln.start:ln.end]) - len(strings.TrimLeft(r.n[ln.start:ln.end], " \t"))
	// a bullet before it (· 州十五届人大四次会议隆重开幕, in an e-paper's
	// list of its headlines)
	if c, size := utf8.DecodeRuneInString(title); strings.ContainsRune(bullets+"·", c) {
		rest := strings.TrimLeft(title[size:], " ")
		lead += len(title) - len(rest)
		title = rest
	}
	end := r.lines[last].end
	// a page's title saved with the text keeps the site's name after it
	// (…会议开幕 - 某县人民政府网, …_某县新闻网): cut
	if head, ok := withoutSite(title); ok && k == last && strings.HasPrefix(r.n[ln.start+lead:], head) {
		title, end = head, ln.start+lead+len(head)
	}
	r.rec.Title = title
	r.title = span{ln.start + lead, end}
	r.evidence("title", r.title.start, r.title.end)
}

// withoutSite returns a headline without the site's name written after it
// and a separator (_, |, " - "), when what follows names an outlet.
func withoutSite(t string) (string, bool) {
	for _, sep := range []string{"_", "|", " - "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 || !isOutlet(strings.TrimSpace(t[i+len(sep):])) {
			continue
		}
		if head := strings.TrimRight(t[:i], " "); utf8.RuneCountInString(head) >= 6 {
			return head, true
		}
	}
	return t, false
}

// namesCongress reports whether a headline names a people's congress or one
// of its sessions.
func namesCongress(s string) bool {
	return hasSessionMention(s) || strings.Contains(s, "人大") || strings.Contains(s, "人民代表大会") || strings.Contains(s, "人代会") ||
		strings.Contains(s, "两会")
}

// meetingWords tell of a meeting in a headline that does not name the
// congress (大会举行第二次全体会议 under a bulletin's masthead).
var meetingWords = []string{"开幕", "闭幕", "全体会议", "预备会议", "主席团", "召开", "举行", "选举"}

// bareName reports whether a line names a body or a session and says
// nothing of it: 某县人民代表大会常务委员会, 某县人大常委会, 某县第十八届人民代表
// 大会第三次会议.
func bareName(line string) bool {
	if strings.HasSuffix(line, "次会议") {
		return firstIndex(line, meetingWords) < 0 // not …主席团举行第一次会议
	}
	// a site's name (某县人大常委会, 某盟人大工委网站, …常委会 打印版, …常委会
	// 主办: the body that runs the site)
	for _, w := range []string{"打印版", "主办"} {
		line = strings.TrimSpace(strings.TrimSuffix(line, w))
	}
	for _, w := range []string{"委员会", "常委会", "人大", "工委", "网站"} {
		if strings.HasSuffix(line, w) {
			return true
		}
	}
	// (…代表议案和建议提出情况通报 is a headline, not a paper's name)
	return isOutlet(line) && !hasSuffixAny(line, []string{"通报", "汇报"})
}

// isHeadline reports whether a line reads as a headline: short, not a
// sentence nor a clause that goes on (…主任;), not a date or byline.
func isHeadline(line string) bool {
	n := len([]rune(line))
	if n < 5 || n > 64 || strings.Contains(line, "。") || innerStop(line) || hasSuffixAny(line, []string{":", ";", ","}) {
		return false
	}
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") {
		return false // a note under a headline: (2024年1月18日…会议通过)
	}
	for _, w := range []string{"导读:", "摘要:", "提要:", "编者按"} {
		if strings.HasPrefix(line, w) {
			return false // the lead's summary
		}
	}
	if isSectionLabel(line) {
		return false
	}
	if datedLine(line) || isIssueMark(line) {
		return false // nor a bulletin's name over its issue's number
	}
	return hasHan(line)
}

// datedLine reports whether a line starts with a date, or is an index's
// entry with its day. A headline that opens with its day and a bar
// (2025.1.8丨县十八届人大五次会议主席团举行第一次会议, a WeChat post's) is none.
func datedLine(line string) bool {
	ds := findDates(line)
	if len(ds) > 0 && ds[0].Start == 0 {
		rest := strings.TrimLeft(line[ds[0].End:], " ")
		return !hasPrefixAny(rest, []string{"丨", "|"}) || !namesCongress(rest)
	}
	return datedEntry(line)
}

// isSectionLabel reports whether a line names the section a page is filed
// in (专题:聚焦2025通化两会), above its headline, or a column's label
// (■聚焦市六届人大三次会议: the session and no more).
func isSectionLabel(line string) bool {
	for _, w := range []string{"专题:", "专栏:", "栏目:"} {
		if strings.HasPrefix(line, w) {
			return true
		}
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(line, bullets+" "), "聚焦")
	return ok && (bareName(rest) || strings.HasSuffix(rest, "两会") && utf8.RuneCountInString(rest) <= 10)
}

// columnLabel reports whether a line is a column's label in brackets and
// no more (【邳州两会】, [人代会专题]): it names no session.
func columnLabel(line string) bool {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}} {
		if inner, ok := strings.CutPrefix(line, p[0]); ok {
			inner, ok = strings.CutSuffix(inner, p[1])
			return ok && utf8.RuneCountInString(inner) <= 12 && !strings.ContainsAny(inner, p[0]+p[1]) && !hasSessionMention(inner)
		}
	}
	return false
}

// siteBanner reports whether a line is a site's name and a column of it
// (青海新闻网 · 聚焦2025青海两会, 某县融媒 | 两会专题): an outlet, a
// separator, and no session named.
func siteBanner(line string) bool {
	// or its name and address (射阳县人民政府 www.sheyang.gov.cn)
	if i := strings.LastIndexByte(line, ' '); i > 0 && webAddress(line[i+1:]) {
		site := strings.TrimSpace(line[:i])
		return isOutlet(site) && utf8.RuneCountInString(site) <= 16
	}
	for _, sep := range []string{"·", "|", "_", " - "} {
		if site, column, ok := strings.Cut(line, sep); ok {
			site = strings.TrimSpace(site)
			return isOutlet(site) && utf8.RuneCountInString(site) <= 12 && strings.TrimSpace(column) != "" && !hasSessionMention(line)
		}
	}
	return false
}

// webAddress reports whether s is a site's address (www.sheyang.gov.cn,
// http://rmzf.gov.cn/).
func webAddress(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "http://"), "https://")
	host, _, _ := strings.Cut(s, "/")
	if !strings.HasPrefix(host, "www.") && !hasSuffixAny(host, []string{".cn", ".com", ".net", ".org"}) {
		return false
	}
	return strings.IndexFunc(host, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')
	}) < 0
}

// bodyBanner reports whether a line is the name of an institution over its
// own site (凤阳县发展和改革委员会, 如东县人民法院, 县财政局), not a
// headline.
func bodyBanner(line string) bool {
	return allHan(line) && utf8.RuneCountInString(line) <= 16 && hasSuffixAny(line, []string{"委员会", "人民法院", "人民检察院", "局"})
}

func hasSessionMention(s string) bool {
	for _, m := range findMentions(s) {
		if m.session > 0 {
			return true
		}
	}
	return false
}

// finish gives every list a non-nil value so the JSON shows [] not null.
func (r *reader) finish() {
	rec := r.rec
	for field, l := range map[string][]string{"presiding": rec.Presiding, "speakers": rec.Speakers,
		"executive_chairs": rec.ExecutiveChairs, "rostrum": rec.Rostrum, "photographers": rec.Photographers,
		"mentioned": rec.Mentioned} {
		r.inTextOrder(field, l)
	}
	sort.SliceStable(rec.Elected, func(i, j int) bool {
		return r.first[role{"elected", rec.Elected[i].Name}] < r.first[role{"elected", rec.Elected[j].Name}]
	})
	for _, l := range []*[]string{&rec.Places, &rec.Presiding, &rec.Speakers, &rec.ExecutiveChairs, &rec.Rostrum, &rec.Resolutions, &rec.Photographers, &rec.Warnings, &rec.Mentioned, &rec.ReportsInWriting} {
		if *l == nil {
			*l = []string{}
		}
	}
	if rec.Reports == nil {
		rec.Reports = []Report{}
	}
	if rec.Elected == nil {
		rec.Elected = []Election{}
	}
	if rec.Evidence == nil {
		rec.Evidence = []Evidence{}
	}
	if rec.Event == "" {
		rec.Event = EventOther
	}
}
