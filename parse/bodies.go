package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// A report on a congress often names meetings of other bodies held beside
// it: the CPPCC's session (市政协五届三次会议闭幕, the other half of 两会) and
// the Party's plenums and congresses (市委五届六次全会, 党代会). What is said
// of those meetings — who presided, who spoke, that one closed — is not said
// of the congress.

// meetingAt is where the text names a meeting, and whether it is another
// body's.
type meetingAt struct {
	at    int
	other bool
	held  bool // it opens a section on its meeting (又讯…会议在南宁开幕)
	// inHeld: it stands in a section another body's held meeting opened,
	// the congress not named since
	inHeld bool
	// sibling: a session of another place of the congress's level that a
	// roundup reports beside it (readSiblings)
	sibling bool
	// below: a session of a place below the congress's level (a district's
	// report on its session telling of a town's: 华泾镇第七届…会议召开。镇人大
	// 主席沈秀琴主持会议), never the record's: its people are mentioned
	below bool
	// another: another session of the same congress, told in passing (a
	// review of the year: 1月7日至9日，县十八届人大五次会议如期召开。代表们听取
	// 审议了时任县长马志勇所作的政府工作报告…, in a report on the sixth), never
	// the record's: its people are mentioned
	another bool
	// until: where the section the meeting stands in ends, when a sentence
	// telling of several sessions at once opened it (同日，大武口区…、惠农区
	// …分别开幕。…; 同日,头营镇,彭堡镇也分别召开…): its paragraph's end, after
	// which the text is the main session's again; 0 when the congress's
	// next mention ends it
	until int
}

// readMeetings lists, in text order, the congress's sessions named (ms,
// read by readCongress) and the meetings of other bodies.
func (r *reader) readMeetings(ms []mention) {
	var out []meetingAt
	for _, i := range r.find("政协") {
		if cppccSession(r.n[i+len("政协"):]) {
			out = append(out, meetingAt{at: i, other: true})
		}
	}
	for _, i := range r.find("全会") {
		// 五届六次全会, 三中全会; not 安全会议 or 健全会商
		if before := r.n[:i]; strings.HasSuffix(before, "次") || strings.HasSuffix(before, "中") {
			out = append(out, meetingAt{at: i, other: true})
		}
	}
	for _, w := range []string{"党代会", "党代表大会", "政治协商会议"} {
		for _, i := range r.find(w) {
			out = append(out, meetingAt{at: i, other: true})
		}
	}
	// 中国共产党某县第十五次代表大会
	for _, i := range r.find("共产党") {
		if k := strings.Index(r.n[i:min(len(r.n), i+48)], "代表大会"); k > 0 {
			out = append(out, meetingAt{at: i, other: true})
		}
	}
	if len(out) == 0 && r.seam == 0 {
		return // the congress's meetings alone: nothing is said aside
	}
	r.setMeetings(out, ms)
	// A report whose headline names another body's meeting and no session
	// of the congress is that body's, whatever it says of the congress
	// further on (委员们还将列席市六届人大二次会议开幕会): nothing it says is
	// the congress's.
	if first := r.meetings[0]; r.title.end > r.title.start && first.other && first.at < r.title.end && !slices.ContainsFunc(ms, func(m mention) bool {
		return !m.standing && m.start < r.title.end
	}) {
		r.otherBody = true
		r.warn("congress: the headline names another body's meeting (the CPPCC's, the Party's) and no session of a people's congress")
	}
}

// setMeetings lists the meetings of other bodies (others) and the
// congress's sessions named (ms) in text order, each other's marked held
// when it opens a section of its own — not one named after the congress's
// in its sentence (…巴彦花镇第四届人民代表大会第五次会议和乌兰哈拉嘎苏木第四届
// 人民代表大会第五次会议分别…闭幕: both held, the sentence the congress's).
func (r *reader) setMeetings(others []meetingAt, ms []mention) {
	out := slices.Clone(others)
	for _, m := range ms {
		if !m.standing && !r.pastSeam(m.start) {
			out = append(out, meetingAt{at: m.start})
		}
	}
	// a second article of the page is another's, whatever it reports
	if r.seam > 0 && !slices.ContainsFunc(out, func(m meetingAt) bool { return m.at == r.seam }) {
		out = append(out, meetingAt{at: r.seam, other: true, sibling: true})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	in, until := false, 0
	for k := range out {
		afterOwn := k > 0 && !out[k-1].other && out[k-1].at >= r.sentenceAt(out[k].at).start
		out[k].held = out[k].other && !afterOwn && r.opensSection(out[k].at) || r.seam > 0 && out[k].at == r.seam
		if out[k].held && !in {
			until = 0
			if sent := r.sentenceAt(out[k].at); out[k].sibling && firstIndex(r.n[sent.start:sent.end], severalAtOnce) >= 0 {
				until = r.lines[r.lineFrom(out[k].at)].end
			}
		}
		in = out[k].other && (in || out[k].held)
		out[k].inHeld = in
		if in && until > 0 && out[k].at >= until {
			// one of those sessions named again past that paragraph heads
			// its own (沁水县十九届人大一次会议应到代表181名…)
			until = r.lines[r.lineFrom(out[k].at)].end
		}
		if in {
			out[k].until = until
		}
	}
	r.meetings = out
}

// severalAtOnce tell of several sessions in one sentence (…分别开幕, 也召开).
var severalAtOnce = []string{"分别", "也", "相继", "陆续"}

// pastSeam reports whether byte i stands in a second article the page
// holds (reader.seam).
func (r *reader) pastSeam(i int) bool {
	return r.seam > 0 && i >= r.seam
}

// readSiblings takes the sessions of other places of the main session's
// level that ms names (a roundup's 户部乡第十九届人民代表大会第五次会议 beside
// 街头镇's) for other bodies' meetings: what their sections say is theirs.
// It returns ms without them.
func (r *reader) readSiblings(ms []mention, main mention) []mention {
	var sibs []meetingAt
	var own []mention
	for _, m := range ms {
		if m.session > 0 && m.locality != "" && main.locality != "" && levelRank(m.level) == levelRank(main.level) && !m.standing &&
			!strings.HasSuffix(main.locality, lastPlace(m.locality)) && !strings.HasSuffix(m.locality, lastPlace(main.locality)) &&
			!oneUnit(main.locality, m.locality) {
			sibs = append(sibs, meetingAt{at: m.start, other: true, sibling: true})
			r.siblings = append(r.siblings, m)
			continue
		}
		// (not the session a resolution's title names as issuing it: …第二次
		// 会议关于…的决议)
		if m.session > 0 && main.session > 0 && !m.standing && (m.session != main.session || m.term != main.term) && samePlace(main, m) &&
			!strings.HasPrefix(r.n[m.end:], "关于") {
			sibs = append(sibs, meetingAt{at: m.start, other: true, another: true})
			continue
		}
		if m.session > 0 && m.locality != "" && main.locality != "" && !m.standing && levelRank(main.level) >= 0 && levelRank(m.level) > levelRank(main.level) {
			r.below = append(r.below, m)
			sibs = append(sibs, meetingAt{at: m.start, other: true, below: true})
			continue
		}
		own = append(own, m)
	}
	if len(sibs) == 0 {
		return ms
	}
	for _, m := range r.meetings {
		if m.other {
			sibs = append(sibs, meetingAt{at: m.at, other: true})
		}
	}
	r.setMeetings(sibs, own)
	return own
}

// standingAside takes the meetings of the congress's standing committee
// that the report says were held (当天上午，县十八届人大常委会第二十六次会议在
// 县行政中心召开，会议由…主持) or acted (此前，县第十七届人大常委会第二十六次会议
// 决定任命徐晓鸣为…代理县长) for another body's: what is said of them is not
// the session's. Called when the report is on a session, not on such a
// meeting.
func (r *reader) standingAside(ms []mention) {
	var others []meetingAt
	for _, m := range r.meetings {
		if m.other {
			others = append(others, m)
		}
	}
	n := len(others)
	for _, m := range ms {
		if !m.standing || m.meeting == 0 {
			continue
		}
		// what follows the meeting's name (…人大|常委会第二十六次会议|决定任命)
		rest := r.n[m.end:min(len(r.n), m.end+60)]
		acted := false
		if k := strings.Index(rest, "次会议"); k >= 0 {
			acted = hasPrefixAny(strings.TrimPrefix(rest[k+len("次会议"):], "已"), standingActs)
		}
		if sent := r.sentenceAt(m.start); acted || firstIndex(r.n[m.start:sent.end], []string{"召开", "举行"}) >= 0 {
			others = append(others, meetingAt{at: m.start, other: true})
		}
	}
	if len(others) > n {
		r.setMeetings(others, ms)
	}
}

// standingActs open what a standing committee's meeting did, written
// right after it: 决定任命, 任命, 接受…辞去, 通过, 审议.
var standingActs = []string{"决定", "任命", "接受", "通过", "审议"}

// lastPlace returns the innermost unit of a compound locality (林州市任村镇
// → 任村镇).
func lastPlace(loc string) string {
	body := strings.TrimSuffix(loc, lastRune(loc))
	if i := strings.LastIndexAny(body, "省市县区旗盟州"); i >= 0 {
		_, size := utf8.DecodeRuneInString(body[i:])
		if rest := loc[i+size:]; utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return loc
}

// lastRune returns the last character of s.
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// cppccSession reports whether the text after 政协 names one of its
// sessions: 五届三次会议, 第十四届委员会第二次会议, 某县第十一届委员会, 会议,
// 全体会议 — not a title such as 政协主席.
func cppccSession(s string) bool {
	if strings.HasPrefix(s, "会议") || strings.HasPrefix(s, "全体会议") {
		return true
	}
	// a place may stand between: 政协某县第十一届委员会
	for k := 0; k <= 6 && s != ""; k++ {
		t := strings.TrimPrefix(s, "第")
		if _, e, ok := numAfter(t, 0, 4); ok && strings.HasPrefix(t[e:], "届") {
			return true
		}
		c, size := utf8.DecodeRuneInString(s)
		if !isHan(c) || hasPrefixAny(s, []string{"主席", "副主席", "委员", "常委", "秘书长", "副秘书长"}) {
			return false // 政协主席, 政协委员, 政协常委… (but 政协常德市第八届委员会)
		}
		s = s[size:]
	}
	return false
}

// heldWords say that a meeting named in a sentence is held.
var heldWords = []string{"开幕", "闭幕", "召开", "举行", "预备会议"}

// opensSection reports whether the meeting named at byte i opens a report
// of its own within the page: its sentence opens its paragraph with a
// dateline or a day (又讯　26日下午，中国人民政治协商会议…在呼和浩特闭幕), with
// the meeting's name and place, or with the time after the session's
// meeting (闭幕会后，…), and says the meeting is held. A meeting named in
// passing (同期召开的县政协…, 此前一天，市政协…闭幕) opens none.
func (r *reader) opensSection(i int) bool {
	sent := r.sentenceAt(i)
	line := r.lines[r.lineFrom(sent.start)]
	if strings.TrimSpace(r.n[line.start:sent.start]) != "" {
		return false // not the paragraph's first sentence
	}
	s := strings.TrimLeft(r.n[sent.start:sent.end], " ")
	for _, w := range []string{"又讯", "本报讯", "讯"} {
		s = strings.TrimLeft(strings.TrimPrefix(s, w), " ")
	}
	// (what one learnt besides: 据悉，同日，东石镇…也分别闭幕)
	for _, w := range []string{"据悉,", "据了解,", "另悉,", "另据了解,", "此外,"} {
		s = strings.TrimLeft(strings.TrimPrefix(s, w), " ")
	}
	// the byline after it (本报讯（通讯员 刘 洋）1月7日下午，…)
	if k := bracketNoteLen(s); k > 0 {
		s = strings.TrimLeft(s[k:], " ")
	}
	// (冠县第十八届人民代表大会第五次会议于1月8日下午闭幕; 闭幕会后，县十九届人大
	// 常委会第一次会议随即召开)
	opens := datedOpening(s) || strings.TrimSpace(r.n[sent.start:i]) == "" || hasPrefixAny(s, []string{"会后", "闭幕会后", "闭幕后", "大会闭幕后"})
	if !opens {
		loc, _, start := localityBefore(r.n, i)
		opens = loc != "" && strings.TrimSpace(r.n[sent.start:start]) == "" // its place before it
	}
	return opens && firstIndex(r.n[sent.start:sent.end], heldWords) >= 0
}

// datedOpening reports whether a sentence opens with its day: a date, a day
// alone (26日下午) or a day said of another (同日下午, 次日).
func datedOpening(s string) bool {
	if ds := findDates(s[:min(len(s), 40)]); len(ds) > 0 && ds[0].Start == 0 {
		return true
	}
	if _, e, ok := numAfter(s, 0, 3); ok && strings.HasPrefix(s[e:], "日") {
		return true
	}
	return hasPrefixAny(s, []string{"同日", "当日", "当天", "同一天", "次日"})
}

// aside reports whether what is said at byte i is said of another body's
// meeting: the last meeting named before i is not the congress's, named in
// i's sentence or said to be held (政协…第一次会议在南宁开幕, then its
// presidents and reports, until the congress is named again), or the whole
// report is another body's.
func (r *reader) aside(i int) bool {
	_, ok := r.asideOf(i)
	return ok
}

// othersRole reports whether a role read at byte i (who presided, spoke or
// was elected, a report, a resolution) is another body's: said aside. A
// roundup's other place's session, covered (龙潭镇…会议由…主持；麻旺镇…会议由
// …主持: its place is among the places) or named in passing (据了解，…其中，
// 新街镇第十九届…会议于9月24日召开，…选举卢建林为新街镇人民政府镇长), is
// another's too: what it did is not the record's, and its people are
// mentioned.
func (r *reader) othersRole(i int) bool {
	others, _ := r.roleAside(i)
	return others
}

// roleAside reports whether a role read at byte i is another's
// (othersRole), and whether that other is a session of the congress's kind
// (another place's, one below, another of the same congress), whose people
// are mentioned.
func (r *reader) roleAside(i int) (others, passing bool) {
	m, ok := r.asideOf(i)
	switch {
	case !ok:
		return false, false
	case !m.below && !m.another && !m.sibling:
		return true, false
	}
	return true, true
}

// samePlace reports whether mention m names the place of the main session,
// in full or short (县 for 东丰县), or no place.
func samePlace(main, m mention) bool {
	if m.level != "" && main.level != "" && m.level != main.level {
		return false
	}
	return m.locality == "" || main.locality == "" || strings.HasSuffix(main.locality, lastPlace(m.locality)) ||
		strings.HasSuffix(m.locality, lastPlace(main.locality)) || oneUnit(main.locality, m.locality)
}

// asideOf returns the meeting what is said at byte i is said of when aside
// reports it is another body's (the zero meetingAt when the whole report
// is).
func (r *reader) asideOf(i int) (meetingAt, bool) {
	if r.otherBody {
		return meetingAt{}, true
	}
	if len(r.meetings) == 0 {
		return meetingAt{}, false
	}
	// the last meeting named before i
	k := sort.Search(len(r.meetings), func(k int) bool { return r.meetings[k].at >= i }) - 1
	if k < 0 || !r.meetings[k].other {
		return meetingAt{}, false
	}
	m := r.meetings[k]
	return m, m.inHeld && (m.until == 0 || i < m.until) || m.at >= r.sentenceAt(i).start
}
