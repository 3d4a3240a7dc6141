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
}

// readMeetings lists, in text order, the congress's sessions named (ms,
// read by readCongress) and the meetings of other bodies.
func (r *reader) readMeetings(ms []mention) {
	var out []meetingAt
	for _, i := range r.find("政协") {
		if cppccSession(r.n[i+len("政协"):]) {
			out = append(out, meetingAt{i, true})
		}
	}
	for _, i := range r.find("全会") {
		// 五届六次全会, 三中全会; not 安全会议 or 健全会商
		if before := r.n[:i]; strings.HasSuffix(before, "次") || strings.HasSuffix(before, "中") {
			out = append(out, meetingAt{i, true})
		}
	}
	for _, w := range []string{"党代会", "党代表大会", "政治协商会议"} {
		for _, i := range r.find(w) {
			out = append(out, meetingAt{i, true})
		}
	}
	// 中国共产党某县第十五次代表大会
	for _, i := range r.find("共产党") {
		if k := strings.Index(r.n[i:min(len(r.n), i+48)], "代表大会"); k > 0 {
			out = append(out, meetingAt{i, true})
		}
	}
	if len(out) == 0 {
		return // the congress's meetings alone: nothing is said aside
	}
	for _, m := range ms {
		if !m.standing {
			out = append(out, meetingAt{m.start, false})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	r.meetings = out
	// A report whose headline names another body's meeting and no session
	// of the congress is that body's, whatever it says of the congress
	// further on (委员们还将列席市六届人大二次会议开幕会): nothing it says is
	// the congress's.
	if r.title.end > r.title.start && out[0].other && out[0].at < r.title.end && !slices.ContainsFunc(ms, func(m mention) bool {
		return !m.standing && m.start < r.title.end
	}) {
		r.otherBody = true
		r.warn("congress: the headline names another body's meeting (the CPPCC's, the Party's) and no session of a people's congress")
	}
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
		if !isHan(c) || strings.ContainsRune("主副委常秘", c) {
			return false // 政协主席, 政协委员, 政协常委…
		}
		s = s[size:]
	}
	return false
}

// aside reports whether what is said at byte i is said of another body's
// meeting: the last meeting named before i in its sentence is not the
// congress's, or the whole report is another body's.
func (r *reader) aside(i int) bool {
	if r.otherBody {
		return true
	}
	if len(r.meetings) == 0 {
		return false
	}
	// the last meeting named before i
	k := sort.Search(len(r.meetings), func(k int) bool { return r.meetings[k].at >= i }) - 1
	return k >= 0 && r.meetings[k].other && r.meetings[k].at >= r.sentenceAt(i).start
}
