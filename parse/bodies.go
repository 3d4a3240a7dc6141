package parse

import (
	"sort"
	"strings"
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
	for _, m := range ms {
		if !m.standing {
			out = append(out, meetingAt{m.start, false})
		}
	}
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
	for _, w := range []string{"党代会", "党代表大会"} {
		for _, i := range r.find(w) {
			out = append(out, meetingAt{i, true})
		}
	}
	if len(out) == 0 {
		return
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	r.meetings = out
}

// cppccSession reports whether the text after 政协 names one of its
// sessions: 五届三次会议, 第十四届委员会第二次会议, 会议, 全体会议 — not a
// title such as 政协主席.
func cppccSession(s string) bool {
	if strings.HasPrefix(s, "会议") || strings.HasPrefix(s, "全体会议") {
		return true
	}
	s = strings.TrimPrefix(s, "第")
	_, e, ok := numAfter(s, 0, 4)
	return ok && strings.HasPrefix(s[e:], "届")
}

// aside reports whether what is said at byte i is said of another body's
// meeting: the last meeting named before i in its sentence is not the
// congress's.
func (r *reader) aside(i int) bool {
	if len(r.meetings) == 0 {
		return false
	}
	sent := r.sentenceAt(i)
	other := false
	for _, m := range r.meetings {
		if m.at >= i {
			break
		}
		if m.at >= sent.start {
			other = m.other
		}
	}
	return other
}
