package parse

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// readReports finds reports delivered to the meeting: X代表Y向大会作工作报告,
// X作《政府工作报告》, 听取X所作的…报告; and explanations of a draft
// delivered as one (X向大会作关于…规划纲要（草案）的说明).
func (r *reader) readReports() {
	at := append(r.find("报告"), r.find("说明")...) // both words three bytes long
	sort.Ints(at)
	for _, i := range at {
		// 作…工作报告的说明: the report names what is delivered; 作A报告、B
		// 报告 (or 《A报告》和《B报告》): the list is read at its last report
		// (unless another 作 follows: 张三作A报告、李四作B报告)
		j := i + len("报告")
		if strings.HasPrefix(r.n[j:], "》") {
			j += len("》")
		}
		// …报告情况的汇报, …审议政府工作报告等各项报告情况的汇报: a report on the
		// reports, not one of them
		if after := r.n[j:clauseEnd(r.n[:min(len(r.n), j+titleReach)], j)]; strings.HasPrefix(after, "的") || strings.HasPrefix(after, "情况") ||
			strings.HasPrefix(after, "等") && (strings.Contains(after, "情况") || strings.Contains(after, "汇报")) ||
			listGoesOn(after) && deliverAt(after) < 0 {
			continue
		}
		cs := titleClauseStart(r.n, i)
		clause := r.n[cs : i+len("报告")]
		k := deliverAt(clause)
		if k < 0 {
			continue
		}
		if r.respectively(cs, k, i) {
			continue
		}
		head := clause[:k]
		var by string
		byStart, byEnd := 0, 0
		body := ""
		switch {
		case strings.HasSuffix(head, "所"):
			// 县长龙海波所作的…: the name before 所; 镇长陈斌代表镇人民政府
			// 所作的…: before 代表; 副主任程丽华受县人大常委会委托所作的…:
			// before 受
			h := strings.TrimSuffix(head, "所")
			at := cs + len(h)
			if t, ok := strings.CutSuffix(h, "委托"); ok {
				if _, _, _, named := r.nameBefore(at); !named {
					if j := strings.LastIndex(t, "受"); j > 0 {
						body, at = t[j+len("受"):], cs+j
					}
				}
			} else if j := strings.LastIndex(h, "代表"); j > 0 && !strings.Contains(h[j:], "、") && !strings.Contains(h[j:], "报告") {
				// the body spoken for, a name before it (not 代表资格审查
				// 委员会 in a body's name, whose deliverer is read whole; not
				// a report's before in the list: 覃立新代表镇人民政府所作的政府
				// 工作报告、梁秋萍所作的…报告)
				if _, _, _, named := r.nameBefore(cs + j); named {
					body, at = h[j+len("代表"):], cs+j
				}
			}
			if name, s, e, ok := r.nameBefore(at); ok {
				by, byStart, byEnd = name, s, e
			}
		default:
			h := strings.TrimSuffix(head, "向大会")
			h = strings.TrimSuffix(h, "向会议")
			hs := cs // where h starts
			// 杜凯受县人民政府委托,向大会作… and 县长王伟代表县人民政府,向大会
			// 作…: the clause before names the deliverer
			if h == "" && cs > 0 && r.n[cs-1] == ',' {
				if ps := titleClauseStart(r.n, cs-1); strings.HasSuffix(r.n[ps:cs-1], "委托") || strings.Contains(r.n[ps:cs-1], "代表") {
					h, hs = r.n[ps:cs-1], ps
				}
			}
			// 杨玉学受州人大常委会委托作…: the deliverer stands before 受,
			// the body they speak for after it
			if t, ok := strings.CutSuffix(h, "委托"); ok {
				if j := strings.LastIndex(t, "受"); j > 0 {
					h, body = t[:j], t[j+len("受"):]
				}
			}
			// 县长王伟代表县人民政府作…: the name before 代表; not the
			// 代表 of a body's name (代表资格审查委员会主任委员陆秀芬作…)
			if j := strings.Index(h, "代表"); j > 0 {
				if _, _, named := nameAtEnd(trimVerbs(h[:j])); named {
					body = h[j+len("代表"):]
					h = h[:j]
				}
			}
			tv := trimVerbs(h)
			if name, off, ok := nameAtEnd(tv); ok {
				by, byStart, byEnd = name, hs+off, hs+off+len(name)
				if body == "" {
					body = officeBody(tv[:off]) // 县人民法院院长王刚作工作报告
				}
			}
		}
		// an agenda's item names who is to deliver it (大会议程为:\n一、听取
		// 和审议县长李晓峰作的政府工作报告;): not delivered yet
		if by == "" || r.onAgenda(cs) {
			continue
		}
		// a report delivered for the CPPCC (区政协副主席郑秋萍代表区政协常委会作
		// 工作报告): its session's, told beside the congress's
		if strings.Contains(body, "政协") {
			continue
		}
		// one the meeting will hear (次日…将听取县长苗卫东作的政府工作报告),
		// looked for within reach: a sentence of thousands of reports is
		// read in linear time
		from := max(r.sentenceAt(cs).start, nearStart(r.n, byStart, clauseReach, "", ""))
		if from <= byStart && notHeard(r.n[from:byStart]) {
			continue
		}
		sent := r.sentenceAt(min(cs, byStart)).start
		// at the closing, a report the session heard recalled (a
		// resolution's 某市第十九届人民代表大会第四次会议听取和审议了市长
		// 李国华所作的政府工作报告): delivered before; nor what a resolution
		// adopted says of it (决议充分肯定了…，同意县长李春雷代表县人民政府所作的
		// 政府工作报告)
		if r.rec.Event == EventClosing && (recalled(r.n[sent:byStart]) && strings.Contains(r.n[sent:byStart], "听取") ||
			strings.HasPrefix(strings.TrimLeft(r.n[sent:byStart], " "), "决议")) {
			continue
		}
		if r.otherMeeting(r.n[sent:min(cs, byStart)]) {
			continue
		}
		// one title, or a list of them delivered by one person
		ts := cs + k + len("作")
		items := heardItems(r.n[ts : i+len("报告")])
		for _, item := range items {
			// 所作的《…》, 作了…, 作完政府工作报告
			title := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(item.text, "了"), "完"), "的")
			title = qualifyReport(strings.Trim(title, titleMarks), body)
			if utf8.RuneCountInString(title) < 4 || !strings.HasSuffix(title, "报告") && !draftExplained(title) {
				continue
			}
			if !r.addReport(Report{Title: title, By: by}, ts+item.start) {
				continue
			}
			if len(items) == 1 {
				r.evidence("reports", cs+k, ts+item.end) // 作…报告
			} else {
				r.evidence("reports", ts+item.start, ts+item.end)
			}
			r.evidence("reports", byStart, byEnd)
		}
	}
}

// briefingMade reads a briefing its maker is said to have made, with no
// hearing verb (会上，大会副秘书长吴美玲作了关于各代表团审议…情况的汇报), the 汇报
// at byte i and the sentence from byte s.
func (r *reader) briefingMade(s, i int) {
	end := i + len("汇报")
	for _, verb := range []string{"作了", "作"} {
		k := strings.LastIndex(r.n[s:i], verb+"关于")
		if k < 0 {
			continue
		}
		at := s + k + len(verb)
		name, ns, ne, ok := r.nameBefore(s + k)
		// (not one to come: 秘书长将作关于…的汇报)
		if !ok || ns < s || strings.ContainsAny(r.n[at:end], ",;") || notHeard(r.n[s:ns]) || strings.HasSuffix(r.n[s:s+k], "将") {
			return
		}
		if r.addReport(Report{Title: r.n[at:end], By: name}, at) {
			r.evidence("reports", at, end)
			r.evidence("reports", ns, ne)
		}
		return
	}
}

// readExplainedBy adds the explanation of a draft a meeting heard whose
// maker the next sentence names (会议还听取了…补选办法(草案)的说明。说明由县人大
// 常委会副主任邱丽芳作出).
func (r *reader) readExplainedBy() {
	const by = "。说明由"
	for _, i := range r.find(by) {
		at := i + len(by)
		clause := r.n[at:clauseEnd(r.n, at)]
		v := strings.Index(clause, "作")
		if v < 0 {
			continue
		}
		rest, off := afterTitle(clause[:v])
		name := strings.TrimSpace(rest)
		if !isName(name) {
			continue
		}
		ns := at + off + strings.Index(rest, name)
		s := max(r.sentenceAt(i).start, nearStart(r.n, i, clauseReach, "", ""))
		h := strings.LastIndex(r.n[s:i], "听取")
		if h < 0 || notHeard(r.n[s:s+h]) {
			continue
		}
		ts := s + h + len("听取")
		ts += len(r.n[ts:i]) - len(strings.TrimPrefix(r.n[ts:i], "了"))
		title := strings.Trim(r.n[ts:i], titleMarks)
		if !strings.HasSuffix(title, "的说明") || !strings.Contains(title, "草案") || strings.ContainsAny(title, ",;、") {
			continue
		}
		if r.addReport(Report{Title: title, By: name}, ts) {
			r.evidence("reports", ts, i)
			r.evidence("reports", ns, ns+len(name))
		}
	}
}

// readBriefings adds the briefings a meeting heard from a person named (a
// presidium's, from the session's secretary-general): 听取了大会秘书长高海军
// 关于各代表团审议…等情况的汇报 → 关于各代表团审议…等情况的汇报, by 高海军; also
// 听取了大会秘书长周文斌所作的《关于…的汇报》 (or "关于…的汇报"). One heard
// from a body (大会秘书处关于…的汇报) or from no one named is not read.
func (r *reader) readBriefings() {
	for _, i := range r.find("汇报") {
		end := i + len("汇报")
		// the sentence before it, within reach (linear time whatever it holds)
		s := max(r.sentenceAt(i).start, nearStart(r.n, i, clauseReach, "", ""))
		v := strings.LastIndex(r.n[s:i], "听取")
		if v < 0 {
			r.briefingMade(s, i)
			continue
		}
		from := s + v + len("听取")
		if strings.HasPrefix(r.n[from:], "了") {
			from += len("了")
		}
		a := strings.Index(r.n[from:i], "关于")
		if a <= 0 {
			// or after who made it: 听取了大会副秘书长李秀英所作的各代表团审议
			// 政府工作报告…情况的汇报
			k := strings.Index(r.n[from:i], "所作的")
			if k <= 0 || !strings.Contains(r.n[from+k:i], "情况") {
				continue
			}
			a = k + len("所作的")
		}
		at := from + a // where the title starts
		who := r.n[from:at]
		// (the title's mark: 《, or a quotation mark that stands for it,
		// "关于…的汇报" in text typed in half-width)
		for _, w := range []string{"《", "「", "『", "“", "\"", "的", "所作", "作"} {
			who = strings.TrimSuffix(who, w)
		}
		name, ns, ne, ok := r.nameBefore(from + len(who))
		if !ok || ns < from || strings.ContainsAny(r.n[at:end], ",;") {
			continue
		}
		title := strings.Trim(r.n[at:end], titleMarks)
		if r.addReport(Report{Title: title, By: name}, at) {
			r.evidence("reports", at, end)
			r.evidence("reports", ns, ne)
		}
	}
}

// planDraft reports whether a title is a draft plan's, which a meeting may
// examine in writing beside the reports (景宁畲族自治县国民经济和社会发展第
// 十五个五年规划纲要(草案)).
func planDraft(t string) bool {
	return strings.HasSuffix(t, "(草案)") && (strings.Contains(t, "纲要") || strings.Contains(t, "规划"))
}

// draftExplained reports whether a title is that of an explanation of a
// draft, delivered as a report is (关于宜昌市国民经济和社会发展第十五个五年
// 规划纲要(草案)的说明); not an explanation of a report (作《政府工作报告》的
// 说明).
func draftExplained(title string) bool {
	return strings.HasPrefix(title, "关于") && strings.HasSuffix(title, "的说明") && strings.Contains(title, "草案")
}

// listGoesOn reports whether more report titles follow the text after a
// title: 、B报告, 和B报告, (《A报告》)和《B报告》.
func listGoesOn(after string) bool {
	for _, w := range []string{"、", "和", "及", "与", "以及"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// titleMarks are trimmed from a report's title: the marks around titles
// (《》, and 「」『』“” in traditional-script and other pages, "" in text
// typed in half-width) and spaces.
const titleMarks = "《》「」『』“”\" "

// respectively reads reports delivered in turn by the people listed before
// 分别作: 法院院长王刚、检察院检察长赵强分别作县人民法院工作报告、县人民检察院
// 工作报告 pairs each name with the report in the same place. The clause
// starts at cs, its 作 is at cs+k and its last 报告 at i. It reports whether
// the clause was such a list.
func (r *reader) respectively(cs, k, i int) bool {
	head := strings.TrimRight(r.n[cs:cs+k], " ")
	head, ok := strings.CutSuffix(head, "分别")
	if !ok {
		return false
	}
	ts := cs + k + len("作")
	titles := heardItems(r.n[ts : i+len("报告")])
	people := splitPieces(head, "、")
	if len(titles) < 2 || len(titles) != len(people) {
		return false
	}
	for n, p := range people {
		name, off, ok := nameAtEnd(p.text)
		t := strings.Trim(titles[n].text, titleMarks)
		if !ok || !strings.HasSuffix(t, "报告") || utf8.RuneCountInString(t) < 4 {
			continue
		}
		s := ts + titles[n].start + strings.Index(titles[n].text, t)
		if !r.addReport(Report{Title: t, By: name}, s) {
			continue
		}
		r.evidence("reports", s, s+len(t))
		r.evidence("reports", cs+p.start+off, cs+p.start+off+len(name))
	}
	return true
}

// heardVerbs open a list of reports a meeting heard or examined, and the
// words that may stand between such a verb and the list.
var (
	heardVerbs = []string{"听取", "审议", "审查", "印发"}
	heardJoins = []string{"和审议", "并审议", "并讨论", "和讨论", "和审查", "并审查", "和批准", "并批准", "审议", "审查", "批准", "并通过", "通过", "并表决", "和表决", "表决", "了"}
)

// notVerbAfter follow a hearing verb's characters where they are no verb.
var notVerbAfter = []string{"委员会", "小组", "组", "报告", "结果", "情况", "中"}

// readHeardReports adds the reports a meeting heard or examined without
// naming who delivered them: 听取和审议了县人民政府工作报告、县人大常委会工作报告.
// Items are split at 、 and at 和, 及 or 与 after a title that ends in 报告,
// so that 国民经济和社会发展计划执行情况的报告 stays whole. A report whose
// title ends with one already read (县人民政府工作报告 after 政府工作报告 by
// 张三), or that one ends with, is not added again.
func (r *reader) readHeardReports() {
	if r.announced {
		return // a schedule's 听取区人民政府工作报告 is yet to come
	}
	var verbs []span // each verb, in text order, so that the reports keep theirs
	for _, w := range heardVerbs {
		for _, i := range r.find(w) {
			// 代表资格审查委员会, …的审查(结果)报告, 资格审查情况, 审议中: a body's
			// name, a report's or a time, not a verb (nor the end of the
			// list before it)
			if hasPrefixAny(r.n[i+len(w):], notVerbAfter) {
				continue
			}
			// 提请审查的…: who put a report to the meeting, in a list
			if before := r.n[:i]; strings.HasSuffix(before, "提请") || strings.HasSuffix(before, "提交") {
				continue
			}
			// within a title's 关于 phrase, before its 的 (关于各代表团审议政府
			// 工作报告…情况的报告): what the report is on (looked for within
			// reach: linear time)
			if openAbout(r.n[max(clauseStart(r.n, i), nearStart(r.n, i, titleReach, "", "")):i]) {
				continue
			}
			verbs = append(verbs, span{i, i + len(w)})
		}
	}
	sort.Slice(verbs, func(a, b int) bool { return verbs[a].start < verbs[b].start })
	for k, v := range verbs {
		limit := len(r.n) // a list ends where the next verb's starts
		if k+1 < len(verbs) {
			limit = verbs[k+1].start
		}
		// the sentence before the verb, within reach (a clause of
		// thousands of verbs is read in linear time)
		from := max(r.sentenceAt(v.start).start, nearStart(r.n, v.start, clauseReach, "", ""))
		if notHeard(r.n[from:v.start]) || r.laterDay(v.start) {
			continue
		}
		// 审议了各代表团对县人民政府工作报告…的审议意见: the opinions on the
		// reports, not the reports
		if hasPrefixAny(strings.TrimPrefix(r.n[v.end:], "了"), []string{"各代表团对", "代表团对", "代表们对", "代表对"}) {
			continue
		}
		// at the closing, the session's reports recalled, or adopted
		// (会议审议通过了《政府工作报告》等重要报告): delivered before
		// (but not those examined in writing, the session's: 大会书面审查了…)
		written := inWriting(r.n[from:v.start], r.n[v.start:v.end])
		if r.rec.Event == EventClosing && !written && (recalled(r.n[from:v.start]) || strings.HasPrefix(r.n[v.end:], "通过")) {
			continue
		}
		if r.otherMeeting(r.n[r.sentenceAt(v.start).start:v.start]) {
			continue
		}
		r.heardList(v.end, limit, written)
	}
}

// otherMeeting reports whether before, the start of a sentence that tells
// of reports heard, names another meeting of the session than the one the
// record covers, where they were delivered (a closing's 在此前举行的第一次
// 全体会议上，代表们听取和审议了…; 30日上午，大会举行开幕会，听取并审议了…;
// a third plenary's 9日下午，大会举行第二次全体会议，听取和审议了…). A
// sentence that names the record's own meeting too is about it. So is a
// meeting of the standing committee, unless the record is on one (旗人大
// 常委会于2025年12月下旬召开第二十八次会议，…并听取了…的报告).
func (r *reader) otherMeeting(before string) bool {
	before = squeeze(before) // a scan's spaced words (第 一 次 全 体 会 议)
	other := strings.Contains(before, "此前")
	if k := firstIndex(before, []string{"常委会", "常务委员会"}); !r.standing && k >= 0 && strings.Contains(before[k:], "次会议") {
		other = true
	}
	for _, m := range []struct {
		words []string
		event string
	}{
		{[]string{"开幕会", "开幕大会", "开幕式"}, EventOpening},
		{[]string{"闭幕会", "闭幕大会", "闭幕式"}, EventClosing},
		{[]string{"预备会议"}, EventPreparatory},
	} {
		if firstIndex(before, m.words) >= 0 {
			if r.rec.Event == m.event {
				return false
			}
			other = true
		}
	}
	for _, i := range indexAll(before, "次全体会议") {
		if n, _, ok := numBefore(before, i, 4); ok && r.rec.Plenary > 0 {
			if n == r.rec.Plenary {
				return false
			}
			other = true
		} else if ok && (r.rec.Event == EventPresidium || r.rec.Event == EventPreparatory) {
			other = true // a presidium's report: 7日上午的第一次全体会议听取了…
		} else if ok && n == 1 && r.rec.Event == EventClosing && !strings.Contains(before, "闭幕") {
			other = true // a closing's: 上午召开的第一次全体会议听取审议了…
		}
	}
	return other
}

// readWrittenSubjects reads the reports a sentence opens with, as its
// subject, before the words that give them to the meeting in writing:
// 《A》和《B》书面提交大会审查; 刘振国宣布：《A》和《B》已印发各位代表，请代表们
// 书面审查; 县人民检察院工作报告以书面形式提请大会审议 (one title unquoted).
func (r *reader) readWrittenSubjects() {
	for _, w := range []string{"书面提交", "已印发", "印发给", "以书面形式", "书面印发"} {
		for _, i := range r.find(w) {
			from := max(r.sentenceAt(i).start, nearStart(r.n, i, clauseReach, "", ""))
			if c := strings.LastIndexByte(r.n[from:i], ':'); c >= 0 {
				from += c + 1 // after who announced it
			}
			seg := r.n[from:i]
			// (a title of 关于… runs longer: 关于柳河县2025年国民经济和社会发展计划
			// 执行情况与2026年国民经济和社会发展计划草案的报告书面印发大会)
			if t := strings.TrimSpace(seg); strings.HasSuffix(t, "报告") && !strings.ContainsAny(t, "《,、") &&
				(utf8.RuneCountInString(t) <= 40 || strings.HasPrefix(t, "关于") && utf8.RuneCountInString(t) <= 80) {
				r.writtenReport(t, from+strings.Index(seg, t))
				continue
			}
			// a list of titles, unquoted and quoted (县人民法院工作报告、县人民
			// 检察院工作报告和《关于…的报告》《关于…的报告》以书面形式提交…)
			if items := heardItems(seg); len(items) > 1 && !slices.ContainsFunc(items, func(p piece) bool { return !writtenItem(p.text) }) {
				for _, p := range items {
					if t := strings.TrimSpace(p.text); !strings.Contains(t, "《") {
						r.writtenReport(t, from+p.start+strings.Index(p.text, t))
					} else {
						r.writtenQuoted(p.text, from+p.start)
					}
				}
				continue
			}
			// (the clause of the titles after words on the agenda: 根据大会议程，
			// 《A》《B》以及《C》均以书面形式印发)
			if c := strings.LastIndexByte(seg, ','); c >= 0 && strings.HasPrefix(strings.TrimLeft(seg[c+1:], " "), "《") {
				from, seg = from+c+1, seg[c+1:]
			}
			if strings.HasPrefix(strings.TrimLeft(seg, " "), "《") {
				r.writtenQuoted(seg, from)
			}
		}
	}
}

// writtenQuoted adds the reports titled in 《》 in s, which starts at byte
// at, to those given in writing.
func (r *reader) writtenQuoted(s string, at int) {
	for _, q := range quoted(s) {
		if t := strings.TrimSpace(q.text); strings.HasSuffix(t, "报告") && utf8.RuneCountInString(t) >= 4 {
			r.writtenReport(t, at+q.start+strings.Index(q.text, t))
		}
	}
}

// writtenItem reports whether t, an item of a list given in writing, is a
// report's title: unquoted, of 80 characters at most and ending in 报告, or
// titles in 《》 alone.
func writtenItem(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "《") {
		return strings.HasSuffix(t, "》") && strings.Count(t, "《") == strings.Count(t, "》")
	}
	return strings.HasSuffix(t, "报告") && !strings.ContainsAny(t, ",《") && utf8.RuneCountInString(t) >= 4 && utf8.RuneCountInString(t) <= 80
}

// inWriting reports whether the hearing verb verb after before, its
// sentence's start, has the meeting examine or receive reports only in
// writing, not delivered to it: 书面审查了…, 以书面形式审议, 书面印发了…, 印发
// 了…报告.
func inWriting(before, verb string) bool {
	if verb == "印发" {
		return true
	}
	c := strings.LastIndexAny(before, ",;:")
	return strings.Contains(before[c+1:], "书面")
}

// notHeard reports whether a hearing verb after before, its sentence's
// start, speaks of reports the meeting did not hear: reports it will hear
// (会议还将听取和审议…, 拟审议…, 将听取…报告,审查…,听取…报告, 大会期间,要听取
// 和审议…, 全体代表要珍惜…,认真审议…: an exhortation), or the
// delegations' deliberation of them that a presidium heard about
// (听取了各代表团审议…报告的情况汇报).
func notHeard(before string) bool {
	if firstIndex(before, []string{"将听取", "将审议", "将审查", "拟听取", "拟审议", "将要听取", "要听取", "要审议", "还将", "将于", "将继续",
		"任务是", "议程是", "议程为", "议程包括", "议程主要有", // the session's tasks, its agenda
		"代表要", "代表们要", "同志们要", "大家要",
		// what a report on the deliberations said of them (汇报指出，大会开幕
		// 以来，全体代表…认真审议政府工作报告和其他各项报告)
		"开幕以来", "召开以来", "指出,", "指出:"}) >= 0 {
		return true
	}
	// what a meeting decided the session is to do, and when (会议还决定，大会
	// 于1月8日上午开幕，听取和审议…), not what it did (决定…，会议于…听取了…)
	if k := strings.LastIndex(before, "决定"); k >= 0 && strings.Contains(before[k:], "于") && !strings.Contains(before[k:], "了") {
		return true
	}
	// a delegation's or a group's deliberation of a report delivered
	// before (来到金寨县代表团,与代表们一起审议政府工作报告; 代表分组审议, 分团审议;
	// 听取了秘书长关于各代表团审议…的汇报), not one they heard (代表们认真听取
	// 和审议了…)
	if g := lastIndexOf(before, []string{"代表团", "代表组", "分组", "分团", "小组", "代表们"}); g >= 0 && !strings.Contains(before[g:], "听取") {
		return true
	}
	// 各代表团将在13日、14日分组审议…: 将 in the verb's own clause, or in
	// the one before that it goes on from (代表们将分组审议各项报告，并听取和
	// 审议…; 大会将举行第一次全体会议,听取…, the verb opening its clause)
	c := strings.LastIndexAny(before, ",;:")
	// (审议 after 听取和 opens its clause too: …全体会议，听取和审议…)
	for c > 0 && before[c] == ',' && (hasPrefixAny(before[c+1:], []string{"并", "还", "同时"}) || strings.TrimSpace(withoutHearing(before[c+1:])) == "") {
		c = strings.LastIndexAny(before[:c], ",;:")
	}
	// (or a time to come opens it: …将组织代表…监督，年底前听取和审议…报告)
	if strings.Contains(before[c+1:], "将") || hasPrefixAny(strings.TrimLeft(before[c+1:], " "), []string{"年底前", "年内", "届时", "明年", "下半年"}) {
		return true
	}
	before = withoutHearing(before)
	if strings.HasSuffix(before, "拟") {
		return true // 拟审议 (将 was looked for in the clause above)
	}
	if t, ok := strings.CutSuffix(before, "代表团"); ok {
		t = strings.TrimSuffix(t, "各")
		return strings.HasSuffix(t, "听取了") || strings.HasSuffix(t, "听取")
	}
	return false
}

// laterDay reports whether the sentence before the hearing verb at byte i
// (and those before it that end with ;) names a day alone within the week
// after the meeting's (a presidium's meeting on the 8th: 根据日程，…９日上午
// 开幕，听取和审议…；听取和审议区人大常委会…工作报告): the session's schedule,
// not what was heard.
func (r *reader) laterDay(i int) bool {
	if len(r.rec.Date) != len("2006-01-02") {
		return false
	}
	day, _ := strconv.Atoi(r.rec.Date[8:])
	return slices.ContainsFunc(daysAlone(r.n[r.runStart(i):i]), func(m dayMark) bool { return m.n > day && m.n <= day+7 })
}

// withoutHearing cuts from the end of s the hearing verbs and the words
// between them that stand before a list of reports (听取和审议, 认真审议,
// 分别审查).
func withoutHearing(s string) string {
	for moved := true; moved; {
		moved = false
		for _, w := range []string{"听取", "审议", "审查", "和", "并", "认真", "分别"} {
			if t, ok := strings.CutSuffix(s, w); ok {
				s, moved = t, true
			}
		}
	}
	return s
}

// lastIndexOf returns where the last of words in s starts, or -1.
func lastIndexOf(s string, words []string) int {
	last := -1
	for _, w := range words {
		last = max(last, strings.LastIndex(s, w))
	}
	return last
}

// recalled reports whether a hearing verb after before, its sentence's
// start, recalls in a report of the closing meeting what the session heard
// (本次大会会期三天。大会听取和审议了…; 会议期间,全体代表认真审议了…; 大会审议
// 通过的政府工作报告; 自1月7日开幕以来,与会代表…审议了…; a resolution's
// 某县第十八届人民代表大会第四次会议听取和审议了…). The cues inside the
// sentence are looked for within reach of the verb: a sentence of thousands
// of reports is read in linear time.
func recalled(before string) bool {
	b := strings.TrimLeft(before, " ")
	if strings.HasPrefix(b, "大会") || strings.HasPrefix(b, "本次") {
		return true
	}
	b = b[nearStart(b, len(b), clauseReach, "", ""):]
	for _, w := range []string{"期间", "会期", "开幕以来", "召开以来"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	return hasSessionMention(b)
}

// heardList reads the list of reports that follows a hearing verb ending at
// byte j, up to byte limit at most; reports examined in writing
// (written) are the record's ReportsInWriting.
func (r *reader) heardList(j, limit int, written bool) {
	if r.onAgenda(j) {
		return
	}
	for moved := true; moved; {
		moved = false
		for _, p := range heardJoins {
			if strings.HasPrefix(r.n[j:], p) {
				j, moved = j+len(p), true
			}
		}
	}
	// a numbered list under a colon: 听取和审议了:\n1.县人民政府工作报告;…;
	// or titles one a line, maybe after a blank one, under 以下报告: (a
	// list's bullets dropped with a text's Markdown)
	below := strings.TrimPrefix(strings.TrimPrefix(r.n[j:], "以下报告"), "下列报告")
	if rest, ok := strings.CutPrefix(below, ":"); ok {
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 && strings.TrimSpace(rest[:nl]) == "" {
			from := len(r.n) - len(rest) + nl + 1
			items := r.enumerated(from)
			if len(items) == 0 && len(below) < len(r.n[j:]) {
				items = r.reportLines(from)
			}
			for _, item := range items {
				r.heardItem(item, written)
			}
			return
		}
	}
	// the list ends with its sentence or at a comma, unless the clause
	// after the comma is one more title (…计划草案的报告,以及2023年预算…的
	// 报告), not a deliverer's (…工作报告,镇长何丽作报告)
	end := min(r.sentenceEnd(j), max(j, limit))
	for from := j; ; {
		k := strings.IndexByte(r.n[from:end], ',')
		if k < 0 {
			break
		}
		// (quoted titles run on past their marks: "A的报告","B的报告"和"C的报告")
		next := r.n[from+k+1 : end]
		if e := strings.IndexAny(next, "。.,;:!?\n()"); e >= 0 {
			next = next[:e]
		}
		if !isTitleClause(next) {
			end = from + k
			break
		}
		from += k + 1
	}
	items := heardItems(r.n[j:end])
	// 关于政府工作报告、关于…工作报告的6个决议草案: the reports name what the
	// resolutions are about
	if last := items[len(items)-1].text; strings.Contains(last, "的") && (strings.Contains(last, "决议") || strings.Contains(last, "决定")) {
		return
	}
	if r.sharedEnding(items, j, written) {
		return
	}
	added, by := 0, ""
	for n, item := range items {
		item.start += j
		before := len(r.rec.Reports)
		added += r.heardItem(item, written)
		if len(r.rec.Reports) == before+1 {
			// the one who gave the first gave those after ,以及 too
			// (林慧敏关于…的审查结果报告，以及关于…的审查结果报告)
			rep := &r.rec.Reports[before]
			if n == 0 {
				by = rep.By
			} else if rep.By == "" && by != "" && strings.HasSuffix(r.n[:item.start], ",以及") {
				rep.By = by
			}
		}
	}
	if added == 1 && !written {
		r.deliverer(end)
	}
}

// reportBodies end the name of a body that delivers a work report.
var reportBodies = []string{"人大常委会", "常务委员会", "人民法院", "人民检察院", "人民政府", "人大主席团", "监察委员会"}

// isReportBody reports whether t names a body that delivers a work report
// (县人大常委会, 县人民法院), and no more.
func isReportBody(t string) bool {
	return hasSuffixAny(t, reportBodies) && utf8.RuneCountInString(t) <= 20 && !strings.ContainsAny(t, " ,:;")
}

// sharedEnding reads a heard list whose bodies share the last one's title
// (县人大常委会、县人民法院和县人民检察院的工作报告 → 县人大常委会工作报告,
// 县人民法院工作报告, 县人民检察院工作报告), each at its body, and reports
// whether the list was one; items are offsets from byte j.
func (r *reader) sharedEnding(items []piece, j int, written bool) bool {
	last := items[len(items)-1]
	t := strings.TrimSpace(last.text)
	stem, ok := strings.CutSuffix(t, "工作报告")
	if !ok {
		return false
	}
	stem = strings.TrimSuffix(stem, "的")
	bodies := make([]piece, 0, len(items)+1)
	for _, it := range items[:len(items)-1] {
		b := strings.TrimSpace(it.text)
		if !isReportBody(b) {
			return false
		}
		bodies = append(bodies, piece{b, j + it.start + strings.Index(it.text, b), 0})
	}
	at := j + last.start + strings.Index(last.text, t)
	// the last item joins two bodies itself (县人民法院和县人民检察院的)
	for _, w := range []string{"和", "及"} {
		if k := strings.Index(stem, w); k > 0 && isReportBody(stem[:k]) && isReportBody(stem[k+len(w):]) {
			bodies = append(bodies, piece{stem[:k], at, 0})
			stem, at = stem[k+len(w):], at+k+len(w)
			break
		}
	}
	if len(bodies) == 0 || !isReportBody(stem) {
		return false
	}
	for _, b := range append(bodies, piece{stem, at, 0}) {
		title := b.text + "工作报告"
		if r.reportRead(title) {
			continue
		}
		if written {
			r.writtenReport(title, b.start)
		} else if r.addReport(Report{Title: title}, b.start) {
			r.evidence("reports", b.start, b.start+len(b.text))
		}
	}
	return true
}

// heardItem adds the reports an item of a heard list names (item.start is
// its offset in the normalised text), to ReportsInWriting when written, and
// returns how many it added.
func (r *reader) heardItem(item piece, written bool) int {
	// 《政府工作报告》等重要报告: the quoted titles;
	// 政府工作报告等6个报告: the title before 等
	titles := quoted(item.text)
	if len(titles) == 0 {
		t, from := item.text, 0
		if k := strings.Index(t, "报告等"); k >= 0 && !openAbout(t[:k]) {
			t = t[:k+len("报告")] // (not 关于各代表团审议政府工作报告等情况的汇报)
		}
		// 县人民政府提请审查的关于…的报告: who put it to the meeting, before
		// its title
		// (乡长所作的政府工作报告, no name: the title after 所作的)
		for _, w := range []string{"提请审查的", "提请审议的", "提交审查的", "提交审议的", "所作的"} {
			if k := strings.Index(t, w); k >= 0 {
				from = k + len(w)
				break
			}
		}
		titles = []piece{{t[from:], from, len(t)}}
	}
	// 张强代表县人大常委会所作的工作报告: a report delivered, which
	// readReports reads with its deliverer
	if strings.Contains(item.text, "所作的") && r.readWithin(item.start, item.start+len(item.text)) {
		return 0
	}
	added := 0
	for _, q := range titles {
		t := strings.TrimSpace(q.text)
		if !strings.HasSuffix(t, "报告") && !(written && planDraft(t)) || utf8.RuneCountInString(t) < 6 || clausesApart(t) || r.reportRead(t) || notTitle(t) {
			continue
		}
		s := item.start + q.start + strings.Index(q.text, t)
		if written {
			if r.writtenReport(t, s) {
				added++
			}
			continue
		}
		// 市人大常委会副主任谢广平关于大会筹备工作情况的报告: the one who
		// gave it, before its title
		by, bs := "", 0
		if k := strings.Index(t, "关于"); k > 0 {
			if name, off, ok := titledName(t[:k]); ok && off+len(name) == k {
				by, bs = name, s+off
				t, s = t[k:], s+k
			}
		}
		if !r.addReport(Report{Title: t, By: by}, s) {
			continue
		}
		r.evidence("reports", s, s+len(t))
		if by != "" {
			r.evidence("reports", bs, bs+len(by))
		}
		added++
	}
	return added
}

// writtenReport adds the title t, read at byte s, to the reports the
// meeting examined in writing, unless the record holds it already or the
// text says it of another body's meeting or recounts it, and reports
// whether it added it.
func (r *reader) writtenReport(t string, s int) bool {
	if r.othersRole(s) || r.inSummary(s) || r.recounting || r.mark("reports_in_writing", t, s) {
		return false
	}
	r.rec.ReportsInWriting = append(r.rec.ReportsInWriting, t)
	r.evidence("reports_in_writing", s, s+len(t))
	return true
}

// reportLines reads the titles of reports set one a line from byte i on,
// past a blank line before them, up to a line that is no report's title.
func (r *reader) reportLines(i int) []piece {
	var out []piece
	for k := r.lineFrom(i); k < len(r.lines) && len(out) < maxListLines; k++ {
		l := r.lines[k]
		t := strings.TrimRight(strings.TrimSpace(r.n[l.start:l.end]), "。.;")
		if t == "" && len(out) == 0 {
			continue
		}
		if !strings.HasSuffix(t, "报告") && !planDraft(t) || strings.ContainsAny(t, "。,") {
			break
		}
		s := l.start + strings.Index(r.n[l.start:l.end], t)
		out = append(out, piece{t, s, s + len(t)})
	}
	return out
}

// clausesApart reports whether t holds a comma or semicolon that parts
// clauses: not one within a 关于 phrase, typed for 、 (关于代表建议,批评和意见
// 办理情况的报告).
func clausesApart(t string) bool {
	for i, c := range t {
		if (c == ',' || c == ';') && !openAbout(t[:i]) {
			return true
		}
	}
	return false
}

// openAbout reports whether s ends within a title's 关于 phrase, before
// the 的 that closes it: 关于各代表团审议政府工作报告.
func openAbout(s string) bool {
	k := strings.LastIndex(s, "关于")
	return k >= 0 && !strings.Contains(s[k:], "的")
}

// isTitleClause reports whether a clause after a heard list's comma is one
// more report's title (以及2023年预算执行情况的报告, 县人民法院工作报告): not
// its deliverer (镇长何丽作报告) nor what was done with it (决定批准这个报告).
func isTitleClause(c string) bool {
	c = strings.TrimRight(c, "》」』”\" ") // quoted: "A的报告","B的报告"和"C的报告"
	return (strings.HasSuffix(c, "的报告") || strings.HasSuffix(c, "工作报告") || strings.HasSuffix(c, "报告") && strings.Contains(c, "关于")) && deliverAt(c) < 0 &&
		firstIndex(c, []string{"批准", "决定", "同意", "通过", "认为"}) < 0
}

// notTitle reports whether t speaks of reports named before rather than
// naming one: 其他各项报告, 上述三项报告, 以上报告.
func notTitle(t string) bool {
	for _, w := range []string{"其他", "其它", "上述", "以上", "这些", "各项", "有关"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	if strings.Contains(t, "项报告") || strings.Contains(t, "个报告") {
		return true
	}
	// a count of reports (三项工作报告, 5个工作报告): how many, not which
	if _, e, ok := numAfter(t, 0, 3); ok {
		return hasPrefixAny(t[e:], []string{"项", "个", "份"})
	}
	return false
}

// readWithin reports whether a report of the record was read between bytes
// start and end.
func (r *reader) readWithin(start, end int) bool {
	return slices.ContainsFunc(r.reportAt, func(at int) bool { return at >= start && at < end })
}

// deliverer reads who delivered the one report of a heard list ending at
// byte end from the clause that follows it: 听取了镇人民政府工作报告，镇长何丽
// 作报告.
func (r *reader) deliverer(end int) {
	if end >= len(r.n) || r.n[end] != ',' {
		return
	}
	cs := end + 1
	clause := r.n[cs:clauseEnd(r.n, cs)]
	head, ok := strings.CutSuffix(clause, "作报告")
	if !ok {
		head, ok = strings.CutSuffix(clause, "作了报告")
	}
	// (not a clause that names another report: …，各代表团分组审议县人大常委会
	// 工作报告, its 作 that of 工作)
	if !ok || strings.HasSuffix(head, "工") {
		return
	}
	if name, off, ok := nameAtEnd(trimVerbs(head)); ok {
		r.rec.Reports[len(r.rec.Reports)-1].By = name
		r.evidence("reports", cs+off, cs+off+len(name))
	}
}

// adoptedWords say that a report named right before them was adopted.
var adoptedWords = []string{"获得通过", "获通过", "顺利通过"}

// readAdoptedReports adds the reports the text says were adopted without a
// hearing verb: 代表资格审查委员会关于代表资格的审查报告获得通过. The title is
// the clause up to 报告.
func (r *reader) readAdoptedReports() {
	for _, w := range adoptedWords {
		for _, i := range r.find(w) {
			before := strings.TrimSuffix(r.n[:i], "》")
			if !strings.HasSuffix(before, "报告") {
				continue
			}
			cs := titleClauseStart(r.n, len(before))
			t := strings.TrimPrefix(r.n[cs:len(before)], "《")
			// 大会审议的政府工作报告获得通过: the hearing verb's list, read
			// already or refused by heardList
			if strings.Contains(t, "审议") || strings.Contains(t, "听取") {
				continue
			}
			if utf8.RuneCountInString(t) < 6 || r.reportRead(t) {
				continue
			}
			s := len(before) - len(t)
			if !r.addReport(Report{Title: t}, s) {
				continue
			}
			r.evidence("reports", s, len(before))
		}
	}
}

// heardItems splits a list of reports at 、 and at 和, 及 or 与 that follow
// 报告 or 》, and at a comma there.
func heardItems(s string) []piece {
	var out []piece
	start := 0
	about := false // within a 关于 phrase of the item, before its 的 (openAbout)
	for i := 0; i < len(s); {
		sep := 0
		// not within a 关于 phrase before its 的 (关于各代表团审议政府工作报告、
		// 计划报告和预算报告情况的报告: one title)
		if about {
			if strings.HasPrefix(s[i:], "的") {
				about = false
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		// not the 、 of 代表建议、批评和意见, a title's own words
		if strings.HasPrefix(s[i:], "、") && !strings.HasPrefix(s[i+len("、"):], "批评") {
			sep = len("、")
		} else if strings.HasSuffix(s[:i], "报告") || strings.HasSuffix(s[:i], "》") {
			comma := 0 // …的报告,以及…的报告 (heardList crosses the comma)
			if s[i] == ',' {
				comma = 1
			}
			for _, w := range []string{"和", "及", "与", "以及"} {
				if strings.HasPrefix(s[i+comma:], w) {
					sep = len(w)
				}
			}
			sep += comma
		}
		if sep == 0 {
			about = strings.HasPrefix(s[i:], "关于")
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		out = append(out, piece{s[start:i], start, i})
		i += sep
		start = i
	}
	return append(out, piece{s[start:], start, len(s)})
}

// reportRead reports whether a report titled t is already in the record,
// under this title or a shorter or longer form of it (政府工作报告,
// 县人民政府工作报告), or a short name its title holds (财政预算报告 for
// 关于某镇2025年财政预算执行情况和2026年财政预算(草案)的报告: 财政预算); a
// bare 工作报告 matches only itself.
func (r *reader) reportRead(t string) bool {
	t = shortBodies.Replace(t)
	short, isShort := strings.CutSuffix(t, "报告")
	isShort = isShort && utf8.RuneCountInString(short) >= 4 && !strings.HasSuffix(short, "工作")
	for _, x := range r.rec.Reports {
		xt := shortBodies.Replace(x.Title)
		if xt == t || (xt != "工作报告" && strings.HasSuffix(t, xt)) || strings.HasSuffix(xt, t) ||
			isShort && strings.HasPrefix(xt, "关于") && strings.Contains(xt, short) {
			return true
		}
	}
	return false
}

// shortBodies writes the bodies that deliver reports as they are written
// for short (人民代表大会常务委员会 → 人大常委会, 人民代表大会主席团 → 人大主席团,
// 人民代表大会 → 人大, 中级人民法院 → 法院), so that a report, or a post
// (shortPost), named both ways is read once.
var shortBodies = strings.NewReplacer("人民代表大会常务委员会", "人大常委会", "人民代表大会主席团", "人大主席团", "人民代表大会", "人大", "中级人民法院", "法院", "高级人民法院", "法院",
	"人民法院", "法院", "人民检察院", "检察院", "人民政府", "政府")

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

// officeBody returns the body a deliverer's office belongs to, for naming a
// bare 工作报告: 县人民法院院长 → 县人民法院, 县委副书记、县长 → 人民政府 (a
// county's, city's or township's head heads its government).
func officeBody(office string) string {
	if i := strings.LastIndexAny(office, "、,"); i >= 0 {
		_, size := utf8.DecodeRuneInString(office[i:])
		office = office[i+size:]
	}
	for _, w := range []string{"县长", "市长", "区长", "镇长", "乡长", "省长", "州长", "旗长", "盟长"} {
		if strings.HasSuffix(office, w) && !strings.HasSuffix(office, "副"+w) {
			return "人民政府"
		}
	}
	if w := titleSuffix(office); w != "" {
		return strings.TrimSuffix(office, w)
	}
	return ""
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

// addReport adds x, read at byte at, unless the record holds it already,
// and reports whether the record holds it: not when the text says it of
// another body's meeting or recounts it (reader.recounting).
func (r *reader) addReport(x Report, at int) bool {
	if r.othersRole(at) || r.inSummary(at) || r.recounting {
		return false
	}
	// no title marks nested in it (关于《…条例(草案)》的说明), as a
	// resolution's title holds none
	x.Title = innerMarks.Replace(withoutStraySpaces(x.Title))
	if slices.Contains(r.rec.Reports, x) {
		return true
	}
	if len(r.rec.Reports) >= maxReports {
		r.warn(fmt.Sprintf("reports: more than %d; the rest are not read", maxReports))
		return false
	}
	r.rec.Reports = append(r.rec.Reports, x)
	r.reportAt = append(r.reportAt, at)
	return true
}

// inSummary reports whether byte at stands in a sentence or paragraph that
// tells what a report said (报告回顾了…全年听取审议专项工作报告26个, 报告
// 提出，…：…；听取审议关于…的报告): the reports it names are the year's
// work, not the session's; or in a sentence that judges one (代表们认为，…
// 所作的政府工作报告…是一个好报告): delivered before, at another meeting.
func (r *reader) inSummary(at int) bool {
	// 代表们一致认为，市长卢建明在大会上所作的政府工作报告…是一个好报告:
	// a judgement of a report delivered before
	return r.saidInReport(at) || strings.Contains(r.n[r.sentenceStart(at):at], "认为")
}

// saidInReport reports whether byte at stands in a sentence or paragraph
// that tells what a report said (报告指出，过去一年，…批准了《…条例》修正案):
// what it names is the year's work, not the session's.
func (r *reader) saidInReport(at int) bool {
	ln := r.lines[min(r.lineFrom(at), len(r.lines)-1)]
	return summary(r.n[r.sentenceStart(at):at]) || summary(r.n[ln.start:at])
}

// sentenceStart returns where the sentence holding byte at starts, within
// its line and within reach: a line of thousands of reports is read in
// linear time.
func (r *reader) sentenceStart(at int) int {
	ln := r.lines[min(r.lineFrom(at), len(r.lines)-1)]
	return max(ln.start, nearStart(r.n, at, clauseReach, "。", ""))
}

// summary reports whether t opens with what a report said: 报告回顾了,
// 报告从五个方面回顾了, 报告全面总结了.
func summary(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(t, " "), "报告")
	if !ok {
		return false
	}
	if hasPrefixAny(rest, summaryManners) {
		// the manner's few words, then the verb: 从五个方面, 分三部分
		clause := rest[:clauseEnd(rest, 0)]
		return firstIndex(clause[:runePrefixAtMost(clause, summaryMannerRunes)], summaryVerbs) >= 0
	}
	return hasPrefixAny(rest, summaryVerbs)
}

// summaryManners open how a report told what it said (报告从五个方面回顾
// 了, 报告分三个部分总结了, 报告全面总结了), and summaryMannerRunes bounds
// the characters from such a word to the verb.
var summaryManners = []string{"从", "分", "全面", "系统", "客观", "简要"}

const summaryMannerRunes = 12

// summaryVerbs tell what a report said: 报告回顾了, 报告提出.
var summaryVerbs = []string{"回顾", "指出", "提出", "显示", "强调", "总结", "认为", "明确", "要求", "称"}

// maxReports bounds the reports read from one text (a session hears a few
// dozen): finding whether one is read already looks at each, so a text of
// tens of thousands would take quadratic time.
const maxReports = 500

// withoutShortNames drops a report named by its short name, a word and
// 报告 (吕红霞受县政府委托作预算报告, as a headline puts it), when the same
// person delivered a report whose full title holds the word (关于安吉县2025
// 年预算执行情况和2026年预算草案的报告): one report, named twice.
func (r *reader) withoutShortNames() {
	keep := 0
	for k, x := range r.rec.Reports {
		if !shortNamed(x, r.rec.Reports) {
			r.rec.Reports[keep], r.reportAt[keep] = x, r.reportAt[k]
			keep++
		}
	}
	r.rec.Reports, r.reportAt = r.rec.Reports[:keep], r.reportAt[:keep]
}

// shortNamed reports whether x is the short name of another of reports its
// deliverer gave: a title of two to four characters and 报告 that a longer
// title of theirs ending in 报告 holds.
func shortNamed(x Report, reports []Report) bool {
	stem, ok := strings.CutSuffix(x.Title, "报告")
	if n := utf8.RuneCountInString(stem); !ok || x.By == "" || n < 2 || n > 4 {
		return false
	}
	return slices.ContainsFunc(reports, func(y Report) bool {
		return y.By == x.By && len(y.Title) > len(x.Title) && strings.HasSuffix(y.Title, "报告") && strings.Contains(y.Title, stem)
	})
}

// reportsInTextOrder orders the reports by where they were read: each
// reader adds them in its own pass. (sort.SliceStable, which the parser
// links already, rather than a generic sort instantiated for this one use.)
func (r *reader) reportsInTextOrder() {
	if sort.IntsAreSorted(r.reportAt) {
		return
	}
	type placed struct {
		rep Report
		at  int
	}
	ps := make([]placed, len(r.rec.Reports))
	for k := range ps {
		ps[k] = placed{r.rec.Reports[k], r.reportAt[k]}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].at < ps[j].at })
	for k, p := range ps {
		r.rec.Reports[k], r.reportAt[k] = p.rep, p.at
	}
}
