package parse

import (
	"fmt"
	"strings"
)

// attendanceWords name the figures of a roll call, longest first.
var (
	expectedWords = []string{"应出席会议", "应出席", "应到会", "应到", "应参会"}
	presentWords  = []string{"实际出席", "实出席会议", "实出席", "实到会", "实到", "到会", "实际到会", "出席会议", "出席", "参会", "与会", "报到", "实有"}
	absentWords   = []string{"因病、因事请假", "因病因事请假", "因事请假", "因病请假", "缺席", "请假"}
	quorumWords   = []string{"符合法定人数", "符合法定要求", "达到法定人数", "超过法定人数", "超过半数", "过半数", "的半数"}
)

// figure is one number of a roll call and where it was read.
type figure struct {
	n          int
	start, end int
}

// readAttendance finds the roll call: the first sentence stating how many
// delegates were due (应到, 应出席), and reads present, absent and quorum
// from that sentence and the next.
func (r *reader) readAttendance() {
	s := r.n
	for _, sent := range r.sentences {
		if r.pastSeam(sent.start) {
			break // a second article's roll
		}
		txt := s[sent.start:sent.end]
		if !strings.Contains(txt, "应") {
			continue
		}
		exp, ok := figureAfter(txt, expectedWords)
		if !ok {
			continue
		}
		a := &Attendance{Expected: exp.n}
		r.evidence("attendance", sent.start+exp.start, sent.start+exp.end)
		// present and absent may follow in the same or the next sentence
		scope := txt[exp.end:]
		base := sent.start + exp.end
		if next := r.sentenceAfter(sent.end); next.end > next.start && !strings.Contains(s[next.start:next.end], "应") {
			scope = s[base:next.end]
		}
		pres, hasPres := figureAfter(scope, presentWords)
		if hasPres && r.rec.Event != EventOpening && strings.Contains(s[sent.start:base+pres.start], "开幕") {
			// the roll given twice (开幕时实际出席252名;今天下午的全体会议,
			// 出席247名): a report on a later meeting takes the later one
			if later := r.sentenceAfter(base + len(scope)); later.end > later.start {
				t := s[later.start:later.end]
				// (its own 应到 may come again: 本次全体会议应到会代表289名，实到会
				// 代表265名, the same number due)
				from := 0
				if e, ok := figureAfter(t, expectedWords); ok && e.n == exp.n {
					from = e.end // present and absent after the due
				}
				if p, ok := figureAfter(t[from:], presentWords); ok && (from > 0 || !strings.Contains(t, "应")) {
					scope, base, pres = t[from:], later.start+from, p
				}
			}
		}
		if hasPres {
			// the roll counted again after latecomers came in (开幕时实到代表
			// 119名，会议开始后又有2名代表…迟到入场，实到代表121名): the last count
			rest := scope[pres.end:]
			if k := firstIndex(rest, lateWords); k >= 0 {
				if p, ok := figureAfter(rest[k:], presentWords); ok {
					pres = figure{p.n, pres.end + k + p.start, pres.end + k + p.end}
				}
			}
			a.Present = pres.n
			r.evidence("attendance", base+pres.start, base+pres.end)
		} else if pres, hasPres = figureAfter(txt[:exp.start], presentWords); hasPres {
			// 到会代表198人，占应到代表212人的93.4%: who came, said first
			a.Present = pres.n
			r.evidence("attendance", sent.start+pres.start, sent.start+pres.end)
		}
		absent, hasAbsent := sumAfter(scope, absentWords)
		for _, f := range absent {
			a.Absent += f.n
			r.evidence("attendance", base+f.start, base+f.end)
		}
		switch {
		case hasPres && !hasAbsent:
			a.Absent = a.Expected - a.Present
		case !hasPres && hasAbsent:
			a.Present = a.Expected - a.Absent
		}
		if hasPres && hasAbsent && a.Expected-a.Present != a.Absent {
			r.warn(fmt.Sprintf("attendance: %d expected − %d present ≠ %d absent", a.Expected, a.Present, a.Absent))
		}
		if a.Present > a.Expected || a.Absent < 0 {
			r.warn(fmt.Sprintf("attendance: %d present of %d expected", a.Present, a.Expected))
		}
		r.readQuorum(a, sent.start, min(len(s), base+len(scope)+60))
		if !a.Quorum {
			r.quorumRepeated(a, sent.end) // the roll given again, with the quorum
		}
		r.rec.Attendance = a
		return
	}
	if !r.readAmong() && !r.readPresentOnly() {
		r.readAbsentOnly()
	}
}

// lateWords say delegates came in after the roll was first counted.
var lateWords = []string{"迟到", "补到", "陆续到会", "后到"}

// readAmong reads the roll call written as a share of the delegates:
// 全县212名代表中，有198名出席会议 (212 due, 198 came).
func (r *reader) readAmong() bool {
	for _, sent := range r.sentences {
		if r.pastSeam(sent.start) {
			break // a second article's roll
		}
		txt := r.n[sent.start:sent.end]
		i := strings.Index(txt, "代表中")
		if i < 0 {
			continue
		}
		due, ok := delegatesBefore(txt, i)
		if !ok {
			continue
		}
		j := i + len("代表中")
		j += len(txt[j:]) - len(strings.TrimLeft(txt[j:], ", "))
		for _, w := range []string{"共有", "有"} {
			if strings.HasPrefix(txt[j:], w) {
				j += len(w)
				break
			}
		}
		n, e, ok := numAfter(txt, j, 6)
		if !ok || !(strings.HasPrefix(txt[e:], "名") || strings.HasPrefix(txt[e:], "人") || strings.HasPrefix(txt[e:], "位")) {
			continue
		}
		e += len("名") // 名, 人 and 位 are three bytes each
		came := strings.TrimPrefix(strings.TrimPrefix(txt[e:], "代表"), "人大代表")
		if !strings.HasPrefix(came, "出席") && !strings.HasPrefix(came, "到会") && !strings.HasPrefix(came, "参加") {
			continue
		}
		a := &Attendance{Expected: due.n, Present: n, Absent: due.n - n}
		r.evidence("attendance", sent.start+due.start, sent.start+due.end)
		r.evidence("attendance", sent.start+j, sent.start+e)
		if a.Absent < 0 {
			r.warn(fmt.Sprintf("attendance: %d present of %d expected", a.Present, a.Expected))
		}
		r.readQuorum(a, sent.start, min(len(r.n), sent.end+60))
		r.rec.Attendance = a
		return true
	}
	return false
}

// delegatesBefore reads the count "N名(人大)" that ends right before the
// 代表 at byte i of s: 212名 in 212名代表, 63名 in 63名人大代表. An
// approximate count (200余名) is not one.
func delegatesBefore(s string, i int) (figure, bool) {
	head := strings.TrimSuffix(s[:i], "人大")
	for _, u := range []string{"名", "位"} {
		if !strings.HasSuffix(head, u) {
			continue
		}
		n, start, ok := numBefore(s, len(head)-len(u), 6)
		if ok && n > 0 {
			return figure{n: n, start: start, end: i + len("代表")}, true
		}
	}
	return figure{}, false
}

// quorumRepeated reads the quorum from a later sentence after byte from
// that gives the same roll (本次选举应到代表198名，实到191名，发出选票… then
// 会议应到代表198名，实到191名，符合法定人数).
func (r *reader) quorumRepeated(a *Attendance, from int) {
	for k := r.sentenceFrom(from); k < len(r.sentences); k++ {
		sent := r.sentences[k]
		txt := r.n[sent.start:sent.end]
		if !strings.Contains(txt, "法定") {
			continue
		}
		if exp, ok := figureAfter(txt, expectedWords); ok && exp.n == a.Expected {
			r.readQuorum(a, sent.start, sent.end)
			return
		}
	}
}

// readQuorum sets a.Quorum when the normalised text between start and end
// says the quorum was met.
func (r *reader) readQuorum(a *Attendance, start, end int) {
	for _, w := range quorumWords {
		if i, e := indexSpaced(r.n[start:end], w); i >= 0 {
			// 不足全体代表的半数, 未达到法定人数: said, and not met
			clause := r.n[clauseStart(r.n, start+i) : start+i]
			if strings.Contains(clause, "不足") || strings.Contains(clause, "未") || strings.Contains(clause, "不到") || strings.Contains(clause, "没有") {
				continue
			}
			a.Quorum = true
			r.evidence("attendance", start+i, start+e)
			return
		}
	}
}

// presentOnlyWords name the delegates who came when the text does not say
// how many were due: 出席会议的代表有186人, 实到代表198名.
var presentOnlyWords = []string{"实际出席", "实出席", "实际到会", "实到会", "实到", "到会", "出席会议", "出席大会", "出席代表", "出席本次会议", "出席本次大会",
	"出席开幕会", "出席闭幕会", "出席开幕大会", "出席闭幕大会", "出席预备会议"}

// readPresentOnly reads how many delegates came when no sentence says how
// many were due: 出席会议的代表186名, 全镇63名人大代表参加会议. Expected stays
// 0 (not stated); Absent is read when stated (出席代表186名，缺席12名), not
// derived. It reports whether it read them.
func (r *reader) readPresentOnly() bool {
	for _, sent := range r.sentences {
		if r.pastSeam(sent.start) {
			break // a second article's roll
		}
		txt := r.n[sent.start:sent.end]
		// every word of presentOnlyWords holds 出席 or 到, and so does
		// what delegatesCame reads, unless it holds 参加
		if !strings.Contains(txt, "代表") || !strings.Contains(txt, "出席") && !strings.Contains(txt, "到") && !strings.Contains(txt, "参加") {
			continue
		}
		f, ok := figureAfter(txt, presentOnlyWords)
		if !ok {
			f, ok = delegatesCame(txt)
		}
		if !ok {
			continue
		}
		a := &Attendance{Present: f.n}
		r.evidence("attendance", sent.start+f.start, sent.start+f.end)
		base := sent.start + f.end
		absent, _ := sumAfter(r.n[base:sent.end], absentWords)
		for _, g := range absent {
			a.Absent += g.n
			r.evidence("attendance", base+g.start, base+g.end)
		}
		if exp, ok := expectedFromRate(txt[f.end:], a.Present); ok {
			// 实到代表197名，出席率98.5%: the delegates due, worked out
			a.Expected = exp
			if len(absent) == 0 {
				a.Absent = exp - a.Present
			}
			r.warn(fmt.Sprintf("attendance: %d expected worked out from %d present and the rate of attendance", exp, a.Present))
		}
		r.readQuorum(a, sent.start, min(len(r.n), sent.end+60))
		r.rec.Attendance = a
		return true
	}
	return false
}

// readAbsentOnly reads how many delegates stayed away when the text says
// neither how many were due nor how many came: 除因事因病请假的3名代表外，其余
// 代表全部出席会议; 本次会议缺席12名代表. Expected and Present stay 0 (not
// stated), as readPresentOnly leaves Expected.
func (r *reader) readAbsentOnly() {
	for _, sent := range r.sentences {
		if r.pastSeam(sent.start) {
			break // a second article's roll
		}
		txt := r.n[sent.start:sent.end]
		if !strings.Contains(txt, "代表") || !strings.Contains(txt, "缺席") && !strings.Contains(txt, "请假") {
			continue
		}
		absent, ok := sumAfter(txt, absentWords)
		if !ok {
			continue
		}
		a := &Attendance{}
		for _, g := range absent {
			a.Absent += g.n
			r.evidence("attendance", sent.start+g.start, sent.start+g.end)
		}
		r.readQuorum(a, sent.start, min(len(r.n), sent.end+60))
		r.rec.Attendance = a
		return
	}
}

// rateWords name the share of the delegates due who came.
var rateWords = []string{"出席率", "到会率", "参会率"}

// expectedFromRate works out how many delegates were due from the share
// who came, written after the count (实到代表197名，出席率98.5%): the one
// whole number of delegates that present of them rounds to the rate as
// written (to its last decimal), or false when none or several do (a rate
// of 98% over 50 came).
func expectedFromRate(s string, present int) (int, bool) {
	k := firstIndex(s, rateWords)
	if k < 0 || present <= 0 {
		return 0, false
	}
	rest := strings.TrimLeft(s[k:], "出席到参会率为达 ")
	end := 0
	for end < len(rest) && (isDigit(rest[end]) || rest[end] == '.') {
		end++
	}
	num := rest[:end]
	if !strings.HasPrefix(rest[end:], "%") || num == "" || strings.Count(num, ".") > 1 {
		return 0, false
	}
	digits, decimals := strings.ReplaceAll(num, ".", ""), 0
	if d := strings.IndexByte(num, '.'); d >= 0 {
		decimals = len(num) - d - 1
	}
	if len(digits) > 6 || decimals > 3 {
		return 0, false
	}
	// the rate in units of its last decimal, and a half unit either side
	var units, scale int64 = 0, 100
	for _, c := range digits {
		units = units*10 + int64(c-'0')
	}
	for range decimals {
		scale *= 10
	}
	if units <= 0 || units > scale {
		return 0, false
	}
	// present/e*scale rounds to units: (2·units−1)·e ≤ 2·present·scale < (2·units+1)·e
	p2 := 2 * int64(present) * scale
	lo := (p2 + 2*units) / (2*units + 1) // smallest e with p2 < (2u+1)e, maybe one short
	found, exp := 0, int64(0)
	for e := max(int64(present), lo-1); (2*units-1)*e <= p2; e++ {
		if p2 < (2*units+1)*e {
			found++
			exp = e
		}
		if found > 1 {
			return 0, false
		}
	}
	return int(exp), found == 1
}

// delegatesCame reads "N名(人大)代表出席|参加|到会" in s: a count of the
// delegates who came, written before the verb. An approximate count (200余名,
// 200多名) is not one.
func delegatesCame(s string) (figure, bool) {
	for _, i := range indexAll(s, "代表") {
		after := strings.TrimPrefix(s[i+len("代表"):], "们")
		after = strings.TrimPrefix(after, "共")
		if !strings.HasPrefix(after, "出席") && !strings.HasPrefix(after, "参加") && !strings.HasPrefix(after, "到会") {
			continue
		}
		if f, ok := delegatesBefore(s, i); ok {
			return f, true
		}
	}
	return figure{}, false
}

// figureAfter finds the first of words followed (within a few characters
// such as 代表, 会议) by a number and 名 or 人.
func figureAfter(s string, words []string) (figure, bool) {
	best, found := figure{start: len(s)}, false
	for _, w := range words {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			if i >= best.start {
				break
			}
			if f, ok := countAt(s, i, i+len(w)); ok {
				best, found = f, true
				break
			}
		}
	}
	return best, found
}

// sumAfter adds up every absent figure (因病请假3名、因事请假6名).
func sumAfter(s string, words []string) ([]figure, bool) {
	var out []figure
	for off := 0; off < len(s); {
		best, bw := -1, ""
		for _, w := range words {
			if i := strings.Index(s[off:], w); i >= 0 && (best < 0 || i < best) {
				best, bw = i, w
			}
		}
		if best < 0 {
			break
		}
		i := off + best
		off = i + len(bw)
		if f, ok := countAt(s, i, off); ok {
			out = append(out, f)
			off = f.end
			// 缺席19名（其中因病请假8名，因事请假11名）: the total, and what
			// it is made of, counted once
			if rest := strings.TrimLeft(s[off:], "(,"); strings.HasPrefix(rest, "其中") {
				break
			}
		}
	}
	return out, len(out) > 0
}

// congressAt returns where a congress's name that starts at byte j of s
// ends (人大, 市人大, 省十四届人大), or j when none starts there.
func congressAt(s string, j int) int {
	k := j
	if len(s)-k >= 3 && strings.Contains("省市州区县旗乡镇", s[k:k+3]) {
		k += 3
	}
	if _, e, ok := numAfter(s, k, 3); ok && strings.HasPrefix(s[e:], "届") {
		k = e + len("届")
	}
	if strings.HasPrefix(s[k:], "人大") {
		return k + len("人大")
	}
	return j
}

// countAt reads "[代表|会议|人员|有|共…]* N [名|人|位]" right after the word
// s[start:j]; 应出席会议的市人大代表498名 and 应出席大会代表720人 count.
func countAt(s string, start, j int) (figure, bool) {
	for {
		moved := false
		// 主席团成员, 成员, 组成人员: the members of the presidium or the standing
		// committee whose meeting is reported (常委会组成人员27名)
		for _, filler := range []string{"代表", "会议", "大会", "开幕大会", "闭幕大会", "开幕会", "闭幕会", "预备", "主席团成员", "成员", "常委会", "组成人员", "人员", "人数", "的", "为", "有", "共", " ", ":"} {
			if strings.HasPrefix(s[j:], filler) {
				j += len(filler)
				moved = true
			}
		}
		// 市人大代表, 省十四届人大代表: the congress, maybe after its
		// level and term, before 代表
		if k := congressAt(s, j); k > j {
			j, moved = k, true
		}
		if !moved {
			break
		}
	}
	// who the deputies are, in a few words before 代表 (应到辖区各级人大
	// 代表43名, 应到议政代表56名)
	if k := strings.Index(s[j:min(len(s), j+8*3+len("代表"))], "代表"); k > 0 && allHan(s[j:j+k]) {
		j += k + len("代表")
	}
	n, e, ok := numAfter(s, j, 6)
	if !ok {
		return figure{}, false
	}
	for strings.HasPrefix(s[e:], " ") {
		e++
	}
	if !hasPrefixAny(s[e:], countUnits) {
		// a number as a scan may leave it (2 06, 25l, 1O8)
		if n, e, ok = scannedNum(s, j); !ok {
			return figure{}, false
		}
	}
	for _, unit := range countUnits {
		if strings.HasPrefix(s[e:], unit) {
			return figure{n: n, start: start, end: e + len(unit)}, true
		}
	}
	return figure{}, false
}

// countUnits end a count of people.
var countUnits = []string{"名", "人", "位"}

// scannedNum reads a number of digits at byte j of s as a scan may leave
// it: a space inside it (应到代表2 06名), l or I for 1 and O or o for 0
// after its first digit (实到25l名, 1O8名). It returns the number and where
// it ends, before any space; it reads one only where a unit follows.
func scannedNum(s string, j int) (n, end int, ok bool) {
	digits := 0
read:
	for k := j; k < len(s) && digits < 6; k++ {
		c := s[k]
		switch {
		case isDigit(c):
			n = n*10 + int(c-'0')
		case digits > 0 && (c == 'l' || c == 'I'):
			n = n*10 + 1
		case digits > 0 && (c == 'O' || c == 'o'):
			n = n * 10
		case digits > 0 && c == ' ' && k+1 < len(s) && isDigit(s[k+1]):
			continue // 2 06
		default:
			break read
		}
		digits++
		end = k + 1
	}
	if digits == 0 {
		return 0, 0, false
	}
	e := end
	for strings.HasPrefix(s[e:], " ") {
		e++
	}
	return n, e, hasPrefixAny(s[e:], countUnits)
}
