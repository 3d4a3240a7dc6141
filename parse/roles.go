package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// readPresiding finds who presided: X主持会议, 会议由X主持, every name of a
// list before the verb, as in 大会执行主席卢映川、王少峰主持大会, and the names
// after 主持人 (主持人:盟人大常委会主任巴特尔) or 主持会议的是, and X in 在X的
// 主持下.
func (r *reader) readPresiding() {
verbs:
	for _, i := range r.find("主持") {
		// a presidium's decision on the plenaries to come (会议决定，大会第
		// 一次全体会议执行主席为…，由殷德华主持；第二次…; 会议确定了第三次全体
		// 会议执行主席:…,由柴永胜主持第三次全体会议; …举行,由邢福生,潘玉兰…担任
		// 执行主席,邢福生主持): not this meeting's — but this meeting's chairs
		// and presider, told as done (主席团成员乌兰、关树林担任执行主席，乌兰主持
		// 会议), are
		if before := r.n[r.sentenceAt(i).start:i]; (strings.Contains(before, "执行主席为") || strings.Contains(before, "执行主席:") || strings.Contains(before, "担任执行主席")) &&
			firstIndex(before, []string{"决定", "确定", "全体会议"}) >= 0 {
			continue
		}
		rest := r.n[i+len("主持"):]
		if (r.rec.Event == EventPresidium || r.rec.Event == EventPreparatory) && plenaryNamed(rest) {
			continue
		}
		// the presidium's meeting after a preparatory one (预备会议结束后，…
		// 主席团第一次会议由常务主席贺志刚主持), or the preparatory meeting
		// before a presidium's: not the report's meeting
		if clause := r.n[clauseStart(r.n, i):i]; r.rec.Event == EventPreparatory && strings.Contains(clause, "主席团") && strings.Contains(clause, "会议") ||
			r.rec.Event == EventPresidium && strings.Contains(clause, "预备会议") || r.rec.Event == EventPreparatory && r.presidiumBefore(i) {
			continue
		}
		// 主持人:…, and 主持:… as a post's card writes it (🎙 主持:区人大常委会
		// 主任、大会执行主席顾振华; 会议主持：⏎　　韦秀明　　镇人大主席)
		if label := strings.TrimSpace(r.n[r.lines[r.lineFrom(i)].start:i]); strings.HasPrefix(rest, "人") || strings.HasPrefix(rest, ":") && (!hasHan(label) || label == "会议" || label == "大会") {
			at := i + len("主持") + len(rest) - len(strings.TrimPrefix(rest, "人"))
			for _, n := range r.namesAfterLabel(at, true) {
				r.person("presiding", &r.rec.Presiding, n.name, n.start, n.end)
			}
			continue
		}
		// 主持会议的是县人大常委会副主任赵六
		for _, w := range []string{"会议的是", "大会的是", "的是"} {
			if strings.HasPrefix(rest, w) {
				for _, n := range r.nameList(i+len("主持")+len(w), true) {
					r.person("presiding", &r.rec.Presiding, n.name, n.start, n.end)
				}
				continue verbs
			}
		}
		// 在县人大常委会主任王强的主持下
		if strings.HasPrefix(rest, "下") && strings.HasSuffix(r.n[:i], "的") {
			if name, s, e, ok := r.nameBefore(i - len("的")); ok {
				r.person("presiding", &r.rec.Presiding, name, s, e)
			}
			continue
		}
		// (the chairs before a comma are no list of presiders: 乌兰、关树林
		// 担任执行主席，乌兰主持会议)
		chairs := hasSuffixAny(strings.TrimSuffix(r.n[:clauseStart(r.n, i)], ","), []string{"担任执行主席", "担任大会执行主席"})
		if names := r.listBefore(i); len(names) > 1 && !chairs {
			for _, n := range names {
				r.person("presiding", &r.rec.Presiding, n.name, n.start, n.end)
			}
		} else if name, s, e, ok := r.nameBefore(i); ok {
			r.person("presiding", &r.rec.Presiding, name, s, e)
		}
	}
}

// presidiumBefore reports whether the sentence before the one holding byte
// i, in its paragraph, says the presidium held its meeting (预备会议结束后，
// 大会主席团举行第一次会议。会议由大会秘书长程光明主持): a 主持 there is that
// meeting's.
func (r *reader) presidiumBefore(i int) bool {
	sent := r.sentenceAt(i)
	if sent.start == 0 || r.lineFrom(sent.start) != r.lineFrom(sent.start-1) {
		return false
	}
	prev := r.n[r.sentenceAt(sent.start-1).start:sent.start]
	k := strings.Index(prev, "主席团")
	return k >= 0 && firstIndex(prev[k:], []string{"举行", "召开"}) >= 0 && strings.Contains(prev[k:], "会议")
}

// readSpeakers finds who spoke: X讲话, X出席会议并讲话, X致辞, X作表态发言, a speech's
// byline, and paragraphs that open with a person's remarks (王德海强调…).
func (r *reader) readSpeakers() {
	for _, w := range []string{"讲话", "致辞", "致开幕词", "致闭幕词", "致贺词", "致欢迎词", "表态发言", "大会发言", "在大会上发言"} {
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
			// 张三、李四分别讲话, 县委副书记、县长李伟，县人大常委会
			// 主任张强出席会议并讲话: each of them spoke
			if names := r.topicSpeakers(at); len(names) > 0 {
				for _, n := range names {
					r.person("speakers", &r.rec.Speakers, n.name, n.start, n.end)
				}
			} else if names := r.listBefore(at); len(names) > 1 {
				for _, n := range names {
					r.person("speakers", &r.rec.Speakers, n.name, n.start, n.end)
				}
			} else if name, s, e, ok := r.nameBefore(at); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e)
			} else if w == "大会发言" && r.speakersBelow(i+len(w)) {
				// 6名代表作大会发言。他们分别是：⏎…代表团谢丽萍代表，发言题目是…
			} else if (w == "大会发言" || w == "表态发言") && r.speakersAfter(at) {
				// 会上，3名代表作大会发言。⏎县人大代表、…马玉梅在发言中说，…
			} else if name, s, e, ok := r.nameBeforeTopic(at); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e) // 苏建军围绕…作大会发言
			} else if name, s, e, ok := r.sentenceSubject(at); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e) // …宝音德力格尔面向国旗、国徽，进行宪法宣誓，并作表态发言
			} else if name, s, e, ok := r.clauseSubject(at); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e) // 新当选的乡长白音仓用蒙汉两种语言作表态发言
			} else if cs := clauseStart(r.n, at); strings.Contains(r.n[cs:at], "当选") {
				// 张三当选县长后作了表态发言: the one elected spoke
				if name, s, e, ok := r.nameBefore(cs + strings.Index(r.n[cs:at], "当选")); ok {
					r.person("speakers", &r.rec.Speakers, name, s, e)
				}
			}
		}
	}
}

// sentenceSubject reads the person whose acts a sentence lists, clause
// after clause, when the clause of the role's verb at byte i goes on with
// 并 (新当选的旗长宝音德力格尔面向国旗、国徽，进行宪法宣誓，并作表态发言): the
// name after the title that opens the sentence, before its first act.
func (r *reader) sentenceSubject(i int) (string, int, int, bool) {
	cs := clauseStart(r.n, i)
	if !strings.HasPrefix(strings.TrimSpace(r.n[cs:i]), "并") {
		return "", 0, 0, false
	}
	sent := r.sentenceAt(i)
	first := r.n[sent.start:clauseEnd(r.n, sent.start)]
	rest, off := afterTitle(first)
	if off == 0 {
		return "", 0, 0, false
	}
	name, ok := nameAtStart(rest, "面向", "进行", "向", "在", "庄严", "郑重", "宣誓")
	if !ok {
		return "", 0, 0, false
	}
	s := sent.start + off
	return name, s, s + len(name), true
}

// clauseSubject reads the speaker named after a title that opens the
// clause of the verb at byte i, before the manner of the address or where
// they went to give it: 新当选的乡长白音仓用蒙汉两种语言作表态发言, 县长李明以
// 视频方式致辞, 县人大常委会副主任马建勇到映秀镇会场指导并讲话.
func (r *reader) clauseSubject(i int) (string, int, int, bool) {
	cs := clauseStart(r.n, i)
	rest, off := afterTitle(r.n[cs:i])
	if off == 0 {
		return "", 0, 0, false
	}
	name, ok := nameAtStart(rest, "用", "以", "通过", "到", "来到", "莅临", "深入") // …马建勇到映秀镇会场指导并讲话
	if !ok {
		return "", 0, 0, false
	}
	s := cs + off
	return name, s, s + len(name), true
}

// nameBeforeTopic reads the speaker named before the topic of what they
// said, in the clause before byte i: 苏建军围绕推进城乡教育优质均衡发展作大会
// 发言, 李明就…作表态发言.
func (r *reader) nameBeforeTopic(i int) (string, int, int, bool) {
	cs := clauseStart(r.n, i)
	for _, w := range []string{"围绕", "就", "结合"} {
		if k := strings.LastIndex(r.n[cs:i], w); k > 0 {
			if name, s, e, ok := r.nameBefore(cs + k); ok && e == cs+k {
				return name, s, e, true
			}
		}
	}
	return "", 0, 0, false
}

// topicSpeakers reads the people who each spoke on a title of their own,
// named before byte i (刘集镇代表团石红霞代表以《…》为题、庄里镇代表团郭永健
// 代表以《…》为题作大会发言): the name before each 以《…》为题, after its
// delegation or title, 代表 after it dropped. Last first.
func (r *reader) topicSpeakers(i int) []named {
	end := len(strings.TrimSuffix(strings.TrimSuffix(r.n[:i], "作了"), "作"))
	var out []named
	for n := 0; n < maxListLines && strings.HasSuffix(r.n[:end], "》为题"); n++ {
		q := strings.LastIndex(r.n[max(0, end-clauseReach):end], "以《")
		if q < 0 {
			break
		}
		q += max(0, end-clauseReach)
		cs := clauseStart(r.n, q)
		if k := strings.LastIndex(r.n[cs:q], "、"); k >= 0 {
			cs += k + len("、") // the item before ends there, its title read
		}
		item := strings.TrimSuffix(r.n[cs:q], "代表")
		g := afterDelegation(item) // 0 when no delegation is named
		t := strings.TrimSpace(item[g:])
		name, off, ok := squeeze(t), g+strings.Index(item[g:], t), true
		if !isName(name) {
			name, off, ok = nameAtEnd(item)
		}
		if !ok {
			break
		}
		out = append(out, named{name, cs + off, cs + off + len(name)})
		if !strings.HasSuffix(r.n[:cs], "、") {
			break
		}
		end = cs - len("、")
	}
	return out
}

// speakersBelow reads the deputies who spoke, listed one a line under the
// sentence after byte j that says so (他们分别是：⏎马市镇代表团谢丽萍代表,
// 发言题目是…): the name before 代表 on each line, after its delegation.
// It reports whether it read any.
func (r *reader) speakersBelow(j int) bool {
	head := r.n[j:min(len(r.n), j+60)]
	k := firstIndex(head, []string{"分别是", "依次是", "分别为"}) // each nine bytes long
	if k < 0 || !strings.HasPrefix(strings.TrimLeft(head[k+len("分别是"):], ": "), "\n") {
		return false
	}
	found := false
	for n := r.lineFrom(j+k) + 1; n < len(r.lines) && n <= r.lineFrom(j+k)+maxListLines; n++ {
		ln := r.lines[n]
		line := r.n[ln.start:ln.end]
		s := 0 // after the delegation's name
		if g := strings.Index(line, "代表团"); g >= 0 {
			s = g + len("代表团")
		}
		d := strings.Index(line[s:], "代表")
		if d < 0 {
			break
		}
		d += s
		name := strings.TrimSpace(line[s:d])
		if !isName(name) {
			break
		}
		at := ln.start + s + strings.Index(line[s:d], name)
		r.person("speakers", &r.rec.Speakers, name, at, at+len(name))
		found = true
	}
	return found
}

// speakersAfter reads the speakers a group before byte i is said to have
// (会上，3名代表作大会发言。; 随后，各街道代表团作表态发言。) from what follows
// it: the paragraphs right under it, or its paragraph's clauses set apart by
// semicolons, that open with one of them and their words (县人大代表、…马玉梅
// 在发言中说，…; …人大工委主任田晓宇表示，…；…代表刘芳芳表示，…) — as many
// paragraphs as counted, else the rest of its paragraph and the next. It
// reports whether it read any.
func (r *reader) speakersAfter(i int) bool {
	cs := clauseStart(r.n, i)
	paragraphs := 1
	if k := strings.Index(r.n[cs:i], "名代表"); k >= 0 {
		n, _, ok := numBefore(r.n, cs+k, 3)
		if !ok || n == 0 || n > maxListLines {
			return false
		}
		paragraphs = n
	} else if !strings.Contains(r.n[cs:i], "代表团") {
		return false
	}
	found := false
	first := r.lineFrom(i)
	for l, seen := first, 0; l < len(r.lines); l++ {
		ln := r.lines[l]
		from := ln.start
		if l == first {
			from = min(ln.end, r.sentenceAt(i).end)
		}
		if strings.TrimSpace(r.n[from:ln.end]) == "" {
			continue
		}
		if l > first {
			if seen++; seen > paragraphs {
				break
			}
		}
		for _, seg := range strings.SplitAfter(r.n[from:ln.end], ";") {
			if name, s, e, ok := r.speechOpening(from, from+len(seg)); ok {
				r.person("speakers", &r.rec.Speakers, name, s, e)
				found = true
			}
			from += len(seg)
		}
	}
	return found
}

// speechOpening reads the speaker a stretch of text between bytes from and
// to opens with: the name before their words in its first clause (县人大
// 代表、…党支部书记马玉梅在发言中说，…; …代表刘芳芳表示，…).
func (r *reader) speechOpening(from, to int) (string, int, int, bool) {
	for from < to && r.n[from] == ' ' {
		from++
	}
	end := from + strings.IndexAny(r.n[from:to]+",", ",。:")
	j := firstIndex(r.n[from:end], []string{"在发言中", "在大会发言中", "发言时", "表示", "说"})
	if j < 0 {
		return "", 0, 0, false
	}
	name, s, e, ok := r.nameBefore(from + j)
	return name, s, e, ok && e == from+j
}

// readRemarks reads the speakers of paragraphs that open with their
// remarks: 王德海强调，…, 李明在讲话中指出，…, 县长李四在会上强调，…. Whoever
// delivered a report is quoted from it there (毛荣辉在报告中说, 王凤林表示)
// and is no speaker for it: readRemarks runs after the reports are read.
func (r *reader) readRemarks() {
	if r.press {
		return // a spokesman's words to the press (郑海波表示，…): no speech
	}
	for _, ln := range r.lines {
		line := strings.TrimLeft(r.n[ln.start:ln.end], " ")
		lead := ln.end - ln.start - len(line)
		if name, off, ok := remarksOpener(line); ok && !r.delivered(name) && !r.remarkedPresiding(name) && !r.deliberationRemarks(name, line) {
			r.person("speakers", &r.rec.Speakers, name, ln.start+lead+off, ln.start+lead+off+len(name))
		}
	}
}

// remarksOpener reads the speaker whose remarks open a paragraph, and the
// name's offset in line.
func remarksOpener(line string) (string, int, bool) {
	if name, ok := nameAtStart(line, "指出", "强调", "表示", "要求", "说", "最后说", "最后强调", "在讲话中", "在讲话时"); ok {
		return name, 0, true
	}
	if name, ok := nameAtStart(line, "在"); ok && remarksWhile(line[len(name):]) {
		return name, 0, true
	}
	return titledRemarks(line)
}

// plenaryNamed reports whether s opens with a plenary meeting's name
// (第三次全体会议, 大会第二次全体会议): one a presidium or the preparatory
// meeting names someone to preside over, not itself.
func plenaryNamed(s string) bool {
	s = strings.TrimPrefix(s, "大会")
	if !strings.HasPrefix(s, "第") {
		return false
	}
	_, e, ok := numAfter(s, len("第"), 4)
	return ok && strings.HasPrefix(s[e:], "次全体会议")
}

// deliberationRemarks reports whether line holds the remarks of name, who
// joined a delegation's deliberation (省委常委、副省长卢铁军到延边代表团参加审议
// … 卢铁军认真听取代表发言…。他指出，…): no speech to the session, as a
// deputy's remarks there are not — unless the line calls them a speech (他在
// 讲话中指出).
func (r *reader) deliberationRemarks(name, line string) bool {
	return !calledSpeech(line) && r.joinedDeliberation(name)
}

// calledSpeech reports whether line calls someone's remarks a speech (他在
// 讲话中指出), not only names a leader's speech they study (学习贯彻…重要讲话
// 精神).
func calledSpeech(line string) bool {
	for _, i := range indexAll(line, "讲话") {
		if !strings.HasPrefix(line[i+len("讲话"):], "精神") && !strings.HasSuffix(line[:i], "重要") {
			return true
		}
	}
	return false
}

// joinedDeliberation reports whether name joined a delegation's
// deliberation: the text names them with 参加…审议 (or 讨论) and the
// delegation or group, or with 参加审议 alone. Each name is looked for once.
func (r *reader) joinedDeliberation(name string) bool {
	if joined, ok := r.joined[name]; ok {
		return joined
	}
	if r.joined == nil {
		r.joined = make(map[string]bool)
	}
	joined := false
	for from, n := 0, 0; n < maxListLines && !joined; n++ {
		k := strings.Index(r.n[from:], name)
		if k < 0 {
			break
		}
		at := from + k + len(name)
		clause := r.n[at:clauseEnd(r.n, at)]
		j := strings.Index(clause, "参加")
		// (or the deliberation named alone, its delegation the report's:
		// 自治区副主席李卫东参加审议)
		joined = j >= 0 && (strings.Contains(clause[j:], "审议") || strings.Contains(clause[j:], "讨论")) &&
			(strings.Contains(clause, "代表团") || strings.Contains(clause, "小组") || hasPrefixAny(clause[j:], []string{"参加审议", "参加讨论"}))
		from = at
	}
	r.joined[name] = joined
	return joined
}

// remarkedPresiding reports whether name presided and remarked while
// presiding (段宏亮在主持会议时指出，…): the paragraphs that go on with their
// remarks (段宏亮要求，…) are those remarks, no speech. So are the remarks of
// one who presided over a delegation's deliberation (赵立新同志主持审议 …
// 赵立新表示，…), as a deputy's remarks there are, and those of one who
// presided over a meeting that is no plenary of the congress (a
// presidium's, a preparatory meeting, a forum: 会议由县人大常委会主任马正荣
// 主持。… 马正荣强调，…): the meeting's business, not a speech to the
// congress — one who spoke there says so (出席座谈会并讲话).
func (r *reader) remarkedPresiding(name string) bool {
	at, ok := r.first[role{"presiding", name}]
	if !ok {
		return false
	}
	if e := r.rec.Event; e == EventPresidium || e == EventPreparatory || e == EventOther || e == "" {
		return true
	}
	if end := clauseEnd(r.n, at); strings.Contains(r.n[at:end], "主持审议") || strings.Contains(r.n[at:end], "主持讨论") {
		return true
	}
	for _, i := range r.find("在主持") {
		if !strings.HasSuffix(r.n[:i], name) {
			continue
		}
		clause := r.n[i:clauseEnd(r.n, i)]
		if slices.ContainsFunc(remarkVerbs, func(v string) bool { return strings.Contains(clause, "时"+v) }) || strings.Contains(clause, "时说") {
			return true
		}
	}
	return false
}

// readResumedRemarks reads the speakers of paragraphs that open with a
// person and go on with their remarks under a pronoun: 王立忠认真听取大家
// 发言…。他在讲话中指出，…. It runs after the roles are read: the person is
// one read in another role (陆建宁当选为县长) or named after a title
// somewhere (市委书记王立忠), so that the paragraph's first characters are
// read as a name only when they are one.
func (r *reader) readResumedRemarks() {
	for _, ln := range r.lines {
		line := strings.TrimLeft(r.n[ln.start:ln.end], " ")
		at := ln.end - len(line)
		if name, ok := r.resumedRemarks(line); ok && !r.delivered(name) && !r.remarkedPresiding(name) && !r.deliberationRemarks(name, line) {
			r.person("speakers", &r.rec.Speakers, name, at, at+len(name))
		}
	}
}

// resumedRemarks returns the person who opens line and whose remarks it
// goes on with under a pronoun.
func (r *reader) resumedRemarks(line string) (string, bool) {
	if !pronounRemarks(line) {
		return "", false
	}
	// 努尔兰·赛力克汗在主持会议时指出…。他要求…
	if cand, ok := dottedName(line); ok && r.knownPerson(cand) {
		return cand, true
	}
	for _, n := range []int{4, 3, 2} {
		end := runePrefix(line, n)
		if end < 0 {
			continue
		}
		if cand := line[:end]; isName(cand) && r.knownPerson(cand) {
			return cand, true
		}
	}
	return "", false
}

// knownPerson reports whether name was read in a role already or stands
// after a title somewhere in the text. The text is looked through for at
// most maxTitledScans names, so that a text of many such paragraphs is read
// in linear time.
func (r *reader) knownPerson(name string) bool {
	for _, f := range []string{"presiding", "rostrum", "elected", "executive_chairs", "speakers"} {
		if _, ok := r.first[role{f, name}]; ok {
			return true
		}
	}
	if r.titledScans >= maxTitledScans {
		return false
	}
	r.titledScans++
	for _, i := range indexAll(r.n, name) {
		// not 代表 or 领导, verbs too (代表苏木党委向…)
		if t := titleSuffix(r.n[max(0, i-30):i]); t != "" && t != "代表" && t != "领导" {
			return true
		}
	}
	return false
}

// maxTitledScans bounds the names knownPerson looks for through the text:
// a report resumes a few people's remarks under a pronoun.
const maxTitledScans = 32

// pronounRemarks reports whether a sentence of line after its first opens
// with a pronoun's remarks: 他在讲话中指出, 她强调.
func pronounRemarks(line string) bool {
	for _, p := range []string{"。他", "。她"} {
		for rest := line; ; {
			i := strings.Index(rest, p)
			if i < 0 {
				break
			}
			rest = rest[i+len(p):]
			after := rest
			for _, w := range []string{"在讲话中", "在讲话时", "在会上", "在总结讲话中"} {
				after = strings.TrimPrefix(after, w)
			}
			if hasPrefixAny(after, remarkVerbs) {
				return true
			}
		}
	}
	return false
}

// delivered reports whether name delivered a report of the record.
func (r *reader) delivered(name string) bool {
	return slices.ContainsFunc(r.rec.Reports, func(x Report) bool { return x.By == name })
}

// remarkVerbs say what a speaker said: 县长李四在会上强调, 他指出.
var remarkVerbs = []string{"指出", "强调", "表示", "要求"}

// titledRemarks reads the speaker of a paragraph that opens with a titled
// person's remarks: 县长李四在会上强调，…, 县委书记张三指出，…. It returns the
// name and its offset in line.
func titledRemarks(line string) (string, int, bool) {
	first := line[:min(len(line), 90)]
	if k := strings.IndexByte(first, ','); k >= 0 {
		first = first[:k]
	}
	if k := strings.Index(first, "。"); k >= 0 {
		first = first[:k]
	}
	for _, v := range remarkVerbs {
		k := strings.Index(first, v)
		if k < 0 {
			continue
		}
		head := first[:k]
		if strings.Contains(head, "采访") {
			break // said to the press (…在会后接受记者采访时表示): no speech at the meeting
		}
		if hasPrefixAny(head, []string{"列席会议的", "列席大会的", "来自", "参会的", "与会的"}) {
			break // one who attended, described (列席会议的台商、…负责人张文雄表示): no speech
		}
		for _, w := range []string{"在会上", "在大会上", "在讲话中", "在讲话时"} {
			head = strings.TrimSuffix(head, w)
		}
		// 在闭幕讲话中, 在开幕致辞中: the speech named
		if k := strings.LastIndex(head, "在"); k > 0 && hasSuffixAny(head, []string{"讲话中", "讲话时", "致辞中"}) && utf8.RuneCountInString(head[k:]) <= 10 {
			head = head[:k]
		}
		// not a deputy's remarks in a deliberation (兰西县代表于海波表示;
		// 市人大代表、…居委会主任白玛央宗表示): a deputy takes the floor (发言),
		// gives no speech
		if name, off, ok := titledName(head); ok && !strings.HasSuffix(strings.TrimRight(head[:off], " "), "代表") &&
			!strings.Contains(head[:off], "代表、") && !strings.Contains(head[:off], "代表,") {
			return name, off, true
		}
	}
	return "", 0, false
}

// listBefore is nameListBefore for a clause that may hold a list: one with a
// 、 or after a comma (else it names one person at most, and nameBefore
// reads it faster).
func (r *reader) listBefore(i int) []named {
	cs := clauseStart(r.n, i)
	if !strings.Contains(r.n[cs:i], "、") && (cs == 0 || r.n[cs-1] != ',') {
		return nil
	}
	return r.nameListBefore(i)
}

// trailingNames returns the names that end seg, separated by spaces or 、,
// in text order, with their spans in seg: 张三 李四 in 记者 张三 李四.
func trailingNames(seg string) []named {
	pieces := joinSpaced(splitPieces(seg, " ", "、")) // 记者 冯 瑶 顾 炜
	var out []named
	for k := len(pieces) - 1; k >= 0; k-- {
		p := pieces[k]
		if p.text == "" {
			continue
		}
		if !isName(p.text) {
			break
		}
		out = append(out, named{p.text, p.start, p.end})
	}
	slices.Reverse(out)
	return out
}

// remarksWhile reports whether s, the rest of a paragraph after a name,
// opens with remarks made during the meeting: 在讲话中指出, 在会上强调. Remarks
// made while presiding (在主持会议时指出) are no speech: the one presiding
// is read as such.
func remarksWhile(s string) bool {
	end := strings.IndexAny(s, ",。:")
	if end < 0 || end > 48 {
		return false
	}
	clause := s[:end]
	// (nor remarks in a deliberation: 杨振东在审议时说, 在分组讨论中表示)
	if strings.Contains(clause, "主持") || strings.Contains(clause, "审议") || strings.Contains(clause, "讨论") {
		return false
	}
	for _, v := range []string{"时说", "时指出", "时强调", "时表示", "中指出", "中强调", "中说", "中表示", "上说", "上指出", "上强调"} {
		if strings.HasSuffix(clause, v) {
			return true
		}
	}
	return false
}

// readByline takes the speaker of a speech transcript (在…上的讲话) from
// its title (张建军在…上的讲话) or from the byline in the lines right under
// it, whatever their order: 王剑峰 2022年1月26日; (2024年1月5日) then
// 县委书记 张建军; 市人大常委会主任 李华 then 2023年1月12日. The byline ends
// where the speech starts (各位代表:). The text of a report, titled with it
// (政府工作报告 / ——2024年1月15日在…会议上 / 县长 张建军), gives its deliverer
// the same way: the report is recorded with them.
func (r *reader) readByline() {
	t := r.rec.Title
	// a report's text under its title and occasion: 政府工作报告 / ——2024年
	// 1月15日在…会议上 / 县长 张建军
	head, _, _ := strings.Cut(t, "——")
	// (not news of one: 延边代表团审议政府工作报告)
	report := strings.HasSuffix(head, "报告") && utf8.RuneCountInString(head) >= 4 && r.title.end > r.title.start &&
		strings.HasPrefix(r.n[r.title.start:], head) && firstIndex(head, []string{"审议", "讨论", "听取", "审查", "热议", "解读"}) < 0
	if !report && !(strings.HasSuffix(t, "讲话") || strings.HasSuffix(t, "致辞") || strings.Contains(t, "上的讲话")) {
		return
	}
	if r.title.end > r.title.start && !report {
		head := r.n[r.title.start:r.title.end]
		if name, ok := nameAtStart(head, "在", "同志在"); ok {
			r.person("speakers", &r.rec.Speakers, name, r.title.start, r.title.start+len(name))
			return
		}
	}
	seen := 0
	for _, ln := range r.lines {
		if ln.start < r.title.end {
			continue
		}
		line := strings.TrimSpace(r.n[ln.start:ln.end])
		if line == "" || strings.HasPrefix(line, "—") {
			continue // the occasion under the title: ——2024年1月15日在…会议上
		}
		if seen++; seen > 3 || strings.HasSuffix(line, ":") || utf8.RuneCountInString(line) > 30 {
			return
		}
		if strings.Contains(line, "摄") {
			continue // a photo's caption and credit, no byline
		}
		if name, ok := bylineName(line); ok {
			i := strings.Index(r.n[ln.start:ln.end], name) + ln.start
			if report {
				if !r.addReport(Report{Title: head, By: name}, r.title.start) {
					return
				}
				r.evidence("reports", r.title.start, r.title.start+len(head))
				r.evidence("reports", i, i+len(name))
				return
			}
			r.person("speakers", &r.rec.Speakers, name, i, i+len(name))
			return
		}
	}
}

// bylineName finds the name in a byline: a word that is a name, or a name
// after a title (县委书记张建军), among words that are dates and titles.
func bylineName(line string) (string, bool) {
	for _, f := range strings.FieldsFunc(line, func(c rune) bool { return c == ' ' || c == '(' || c == ')' }) {
		if isName(f) {
			return f, true
		}
		if name, _, ok := titledName(f); ok {
			return name, true
		}
	}
	return "", false
}

// readExecutiveChairs reads the names that follow 执行主席:
// 大会执行主席郝云、贾志武…在主席台前排就座, 执行主席、市委书记朱晓东出席….
func (r *reader) readExecutiveChairs() {
	for _, i := range r.find("执行主席") {
		// 林少雄、陈泽民、黄丽珊等大会执行主席在主席台前排就座: the list
		// before the title
		if before := strings.TrimSuffix(r.n[:i], "大会"); strings.HasSuffix(before, "等") {
			for _, n := range r.nameListBefore(len(before) - len("等")) {
				r.person("executive_chairs", &r.rec.ExecutiveChairs, n.name, n.start, n.end)
			}
		} else if j, ok := chairsNamedBefore(r.n[:i]); ok {
			// 会议决定，宝音、孙振江…为大会第二次全体会议执行主席
			for _, n := range r.nameListBefore(j) {
				r.person("executive_chairs", &r.rec.ExecutiveChairs, n.name, n.start, n.end)
			}
		}
		prev := i + len("执行主席")
		// the chairs a presidium decided on (会议决定了大会第三次全体会议执行主席
		// 人选：杨昌伟、吴秀英…)
		for _, w := range []string{"人选:", "名单:"} {
			if strings.HasPrefix(r.n[prev:], w) {
				prev += len(w) - len(":")
			}
		}
		bare := true // the chairs read so far are named with no title
		for k, n := range r.nameList(prev, true) {
			// 大会执行主席杨建明、…陈绍武，县领导普绍华…等在主席台就座, …黄绮雯，
			// 以及方庆元、杜慧玲等在主席台前排就座: the leaders after the comma
			// are seated, not chairs
			// …杜明远和区领导刘明哲: the leaders after the conjunction too
			// …顾春林、沙玉萍，县委书记张凌云: a titled name after a comma ends
			// chairs named bare
			gap := r.n[prev:n.start]
			titled := hasTitle(gap)
			if strings.ContainsAny(gap, ",;") && (strings.Contains(gap, "领导") || listConjunction(strings.TrimLeft(gap, ",; ")) > 0 || bare && k > 0 && titled) ||
				strings.Contains(gap, "领导") && joinsOn(strings.TrimLeft(gap, "、 ")) {
				break
			}
			bare = bare && !titled
			r.person("executive_chairs", &r.rec.ExecutiveChairs, n.name, n.start, n.end)
			prev = n.end
		}
	}
}

// chairsNamedBefore reports whether s, the text before 执行主席, ends with
// the list's 为 or 担任 and the meeting they chair (…为大会第二次全体会议执行
// 主席, …为大会执行主席, 由黄德华、刘春燕担任执行主席), and where the verb
// stands.
func chairsNamedBefore(s string) (int, bool) {
	tail := s[max(0, len(s)-40):]
	j, verb := strings.LastIndex(tail, "为"), "为"
	if k := strings.LastIndex(tail, "担任"); k > j {
		j, verb = k, "担任"
	}
	if j < 0 {
		return 0, false
	}
	j += len(s) - len(tail)
	mid := strings.TrimSuffix(strings.TrimPrefix(s[j+len(verb):], "大会"), "的")
	if k := strings.Index(mid, "次全体会议"); strings.HasPrefix(mid, "第") && k > 0 && k <= len("第十二") {
		mid = mid[k+len("次全体会议"):]
	}
	return j, mid == "" && j > 0
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
			// ▶ 主席台前排就座：刘振华、邱德明…, or a card's rows
			if strings.HasPrefix(r.n[j:], ":") {
				for _, n := range r.namesAfterLabel(j, false) {
					r.person("rostrum", &r.rec.Rostrum, n.name, n.start, n.end)
				}
				continue
			}
			if rest := r.n[j:]; strings.HasPrefix(rest, "的") {
				// 在主席台就座的有, …就座的大会执行主席和区领导有
				k := strings.Index(rest[:min(len(rest), 60)], "有")
				if k < 0 || strings.ContainsAny(rest[:k], clauseDelims) {
					continue
				}
				names := r.nameList(j+k+len("有"), false)
				// 就座的还有县委、县人民政府…领导同志和县人民法院院长…：⏎
				// 吉伍木呷　海来拉则…: who they are, then their names
				if from := j + k + len("有"); len(names) == 0 {
					line := r.n[from:r.lines[r.lineFrom(from)].end]
					if c := strings.IndexByte(line, ':'); c > 0 && !strings.Contains(line[:c], "。") {
						names = r.nameList(from+c, false)
					}
				}
				// 在主席台前排就座的还有…: besides the executive chairs a card
				// listed with no seat of their own (大会执行主席：⏎刘建华　贺小平…),
				// who sit in the front row (not 在主席台就座的还有…: others)
				if strings.HasSuffix(rest[:k], "还") && strings.HasPrefix(r.n[i+len(anchor):], "前排") && len(names) > 0 && len(r.rec.Rostrum) == 0 {
					for _, c := range r.rec.ExecutiveChairs {
						at := r.first[role{"executive_chairs", c}]
						r.person("rostrum", &r.rec.Rostrum, c, at, at+len(c))
					}
				}
				for _, n := range names {
					r.person("rostrum", &r.rec.Rostrum, n.name, n.start, n.end)
				}
				continue
			}
			names := r.nameListBefore(i)
			if len(names) == 0 {
				names = r.namesAbove(i) // 县领导⏎周正宏　马卫东…⏎在主席台就座。
			}
			for _, n := range names {
				r.person("rostrum", &r.rec.Rostrum, n.name, n.start, n.end)
			}
		}
	}
}

// namesAfterLabel reads the names after a label's colon at byte j: a
// card's rows under it (namesInRows), else a list (nameList, afterTitle as
// it takes it).
func (r *reader) namesAfterLabel(j int, afterTitle bool) []named {
	if names := r.namesInRows(j); len(names) > 0 {
		return names
	}
	return r.nameList(j, afterTitle)
}

// namesInRows reads the names that open the rows under a label whose colon
// ends its line at byte j (会议主持：⏎　　韦秀明　　镇人大主席; 主席台就座：⏎
// 　　覃海涛　　县人大常委会副主任⏎　　黄志坚　　镇党委书记…), as a meeting's
// card sets them: each row a name, a gap, then who they are.
func (r *reader) namesInRows(j int) []named {
	rest := strings.TrimLeft(strings.TrimPrefix(r.n[j:], ":"), " ")
	if !strings.HasPrefix(rest, "\n") {
		return nil
	}
	var out []named
	for k := r.lineFrom(len(r.n) - len(rest) + 1); k < len(r.lines) && len(out) < maxListLines; k++ {
		l := r.lines[k]
		t := strings.TrimSpace(r.n[l.start:l.end])
		cells := gapCells(t, l.start+strings.Index(r.n[l.start:l.end], t))
		if len(cells) != 2 || !isName(squeeze(cells[0].text)) || !hasTitleSuffix(cells[1].text) {
			break
		}
		out = append(out, named{squeeze(cells[0].text), cells[0].start, cells[0].end})
	}
	return out
}

// namesAbove reads the names set out on the lines right above the line
// that opens with the role's words at byte i (在主席台就座。, a page's layout
// kept: 县领导⏎周正宏　马卫东　吴海涛⏎在主席台就座。): lines of names alone, a
// space apart or one a line, up to one that is not (a title over them, 县领导,
// ends them too), maxListLines at most.
func (r *reader) namesAbove(i int) []named {
	k := r.lineFrom(i)
	if before := strings.TrimSpace(r.n[r.lines[k].start:i]); k <= 0 || before != "" && before != "在" {
		return nil
	}
	var out []named
	for k--; k >= 0 && len(out) < maxListLines; k-- {
		ln := r.lines[k]
		line := r.n[ln.start:ln.end]
		t := strings.TrimSpace(line)
		if t == "" {
			break
		}
		var names []named
		for _, w := range appendSpaced(nil, piece{line, ln.start, ln.end}) {
			s := strings.TrimSpace(w.text)
			if !isName(squeeze(s)) {
				names = nil
				break
			}
			at := w.start + strings.Index(w.text, s)
			names = append(names, named{squeeze(s), at, at + len(s)})
		}
		if names == nil {
			break
		}
		out = append(names, out...)
	}
	return out
}

// creditReach is how far from its word, in bytes, a credit's names may
// stand: a few names and a title (县融媒体中心记者 张三 李四 文/图).
const creditReach = 120

// creditStart returns where the names of a credit whose word is at byte i
// of s may start: the clause's start, or, when that lies beyond reach, the
// first piece (after a space or 、) within it. Lines of credits separated by
// spaces alone are read in linear time.
func creditStart(s string, i int) int {
	return nearStart(s, i, creditReach, clauseDelims, " 、")
}

// creditEnd returns where the names after a credit's word ending at byte j
// of s may end: the clause's end, or, beyond reach, the last piece's end
// within it.
func creditEnd(s string, j int) int {
	return nearEnd(s, j, creditReach, clauseDelims, " 、")
}

// readPhotographers reads photo credits: 冯晓磊摄, (记者 张三 摄), 摄影:张三.
func (r *reader) readPhotographers() {
	for _, i := range r.find("摄") {
		after := r.n[i+len("摄"):]
		// 张三摄, 张三 李四 摄, 张三 摄影报道, (记者武志 摄影); not 摄像,
		// 拍摄的, 摄影:
		credit := strings.HasPrefix(after, "影报道") || strings.HasPrefix(after, "影)") || after == "影" ||
			strings.HasPrefix(after, "影\n")
		if next, _ := utf8.DecodeRuneInString(after); isHan(next) && !credit {
			continue
		}
		cs := creditStart(r.n, i)
		seg := strings.TrimRight(r.n[cs:i], " /")
		names := trailingNames(seg)
		// the first name of the credit after the reporter's title, written
		// against it (记者巴合提别克·吐尔逊、方耀友摄; 河北日报记者葛宝松摄)
		from := len(seg)
		if len(names) > 0 {
			from = names[0].start
		}
		head := strings.TrimRight(seg[:from], " 、")
		// (not a caption's last word read after 代表 as a title: ▲代表投票 何娟 摄)
		if name, off, ok := nameAtEnd(head); ok && (utf8.RuneCountInString(head) <= 8 && hasSurname(name) || strings.HasSuffix(head[:off], "记者")) {
			names = append([]named{{name, off, off + len(name)}}, names...)
		} else if t, ok := strings.CutSuffix(head, "通讯员"); ok {
			// 记者 楼晓东 通讯员 曹阳 摄: the reporter took it with the
			// correspondent
			t = strings.TrimRight(t, " 、")
			if name, off, ok := nameAtEnd(t); ok && strings.HasSuffix(strings.TrimRight(t[:off], " "), "记者") {
				names = append([]named{{name, off, off + len(name)}}, names...)
			}
		}
		if len(names) == 0 {
			if name, s, e, ok := latinNameAtEnd(seg); ok {
				names = append(names, named{name, s, e}) // (Qin Hua 摄)
			}
		}
		for _, n := range names {
			r.person("photographers", &r.rec.Photographers, n.name, cs+n.start, cs+n.end)
		}
	}
	// 记者 张三 文/图 (文/摄): who wrote and took the pictures, before the credit
	for _, w := range []string{"文/图", "图/文", "文/摄"} {
		for _, i := range r.find(w) {
			cs := creditStart(r.n, i)
			for _, n := range trailingNames(strings.TrimRight(r.n[cs:i], " ")) {
				r.person("photographers", &r.rec.Photographers, n.name, cs+n.start, cs+n.end)
			}
		}
	}
	// 摄影：张三 李四, 摄影：张三、李四, 图/文：张三, 文/图 记者 李四 王五,
	// (文：李明 图：王刚), and as WeChat writes them, 摄影｜张三, 图片 | 李四,
	// 图 / 汤志鹏; a television item's cameramen, 摄像：赵鹏飞 马骁
	for _, w := range []string{"摄影", "摄像", "图片", "图/", "图 /", "摄/", "文/图", "图:", "图|", "图丨"} {
		for _, i := range r.find(w) {
			// 制图：李想, 绘图：…: who drew a chart, no photo
			if strings.HasPrefix(w, "图") && (strings.HasSuffix(r.n[:i], "制") || strings.HasSuffix(r.n[:i], "绘")) {
				continue
			}
			j := i + len(w)
			switch w {
			case "图/", "图 /":
				j += len(r.n[j:]) - len(strings.TrimPrefix(r.n[j:], "文"))
			case "摄影", "摄像", "图片":
				rest := strings.TrimLeft(r.n[j:], " ")
				bar := strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "丨")
				if !bar && (w == "图片" || len(rest) == len(r.n[j:])) {
					continue // 摄影 needs a colon, a bar or a space after it
				}
				j = len(r.n) - len(rest)
				if bar {
					_, size := utf8.DecodeRuneInString(rest)
					j += size
				}
			}
			j += len(r.n[j:]) - len(strings.TrimLeft(r.n[j:], ": "))
			end := creditEnd(r.n, j)
			named := false
			for _, p := range joinSpaced(splitPieces(r.n[j:end], " ", "、")) {
				if p.text == "" {
					continue
				}
				if !isName(p.text) {
					// the credit's title (县融媒体中心记者) or outlet (区融媒体中心)
					// before the names
					if !named && hasSuffixAny(p.text, []string{"记者", "通讯员", "中心", "日报", "报社", "电视台"}) {
						continue
					}
					break
				}
				named = true
				r.person("photographers", &r.rec.Photographers, p.text, j+p.start, j+p.end)
			}
		}
	}
}
