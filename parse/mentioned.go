package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// readMentioned reads the people the report names with a post who hold no
// role in another field: the officials who joined a deliberation
// (县委书记欧阳晓川参加恩江镇代表团审议), those listed after their posts
// (县委书记黄立群，县委副书记、县长袁志鹏…等县领导), a deputy who spoke up in a
// group (代表张三表示, 孙丽娟代表建议) and one whose resignation was accepted
// (接受张德顺辞去毛堂乡乡长职务), who was nominated (提名刘文涛为副县长候选人)
// or whose term as a deputy was ended (终止了宋保林的…代表资格). It reads
// the whole text, another body's part too: whoever the page names is
// searched for.
func (r *reader) readMentioned() {
	for _, x := range r.rec.Reports {
		if x.By != "" {
			r.mark("reports", x.By, 0) // a set of the deliverers, as the other fields have
		}
	}
	for _, p := range r.unelected {
		r.mention(p.name, p.start)
	}
	for _, i := range r.find("辞去") {
		r.resignedBefore(i)
	}
	for _, i := range r.find("因") {
		r.causedBefore(i)
	}
	// a candidate the text says lost (3名候选人中，王海涛、韩丽萍当选，陈思远
	// 未当选; 白音仓得票未过半数，未能当选)
	for _, w := range lostWords {
		for _, i := range r.find(w) {
			// a label over those who lost, with their votes (未当选：张志斌　108票)
			if j := i + len(w) + 1; strings.HasPrefix(r.n[j-1:], ":") {
				line := r.n[j:r.lines[r.lineFrom(j)].end]
				names, _ := resultNames(line, j, "")
				for _, n := range names {
					r.mention(n.name, n.start)
				}
				continue
			}
			// (a name read across a space, 王耀　漈, is not written so:
			// none)
			if name, ok := r.loserBefore(i); ok {
				if at := strings.LastIndex(r.n[:i], name); at >= 0 {
					r.mention(name, at)
				}
			}
		}
	}
	for _, i := range r.find("参加") {
		r.joinerBefore(i)
	}
	r.tabledLosers()
	for _, i := range r.posts {
		c, size := utf8.DecodeRuneInString(r.n[i:])
		if strings.ContainsRune(actRunes, c) && r.actedOn(i) {
			continue
		}
		end := i + size
		post := postAt(r.n[:end])
		if post == "" {
			continue
		}
		if post == "代表" {
			r.deputyBefore(end - len(post))
		}
		if post == "监票人" || post == "计票人" {
			r.tellersBefore(end - len(post))
		}
		if post == "候选人" {
			r.nomineesBefore(end - len(post))
		}
		r.namesAfterPost(post, end)
	}
	r.biographies()
	r.honoured()
	r.listedDeputies()
	r.soundBites()
}

// soundMarks open the caption a television or radio item puts over what
// someone says (【同期】, 【录音】).
var soundMarks = []string{"【同期】", "[同期]", "【录音】", "[录音]", "【采访】", "[采访]", "同期:", "同期声:"}

// soundBites reads the people a television or radio item's caption names
// over what they say, the name ending the caption's line after a space
// (【同期】县人大代表、栾川乡养子沟村民宿经营户　常小娟; [同期] 区委书记 周天明).
func (r *reader) soundBites() {
	for _, w := range soundMarks {
		for _, i := range r.find(w) {
			if k := r.lineFrom(i); k < len(r.lines) && strings.TrimSpace(r.n[r.lines[k].start:i]) == "" {
				line := strings.TrimRight(r.n[i:r.lines[k].end], " ")
				sp := strings.LastIndexByte(line, ' ')
				if name := line[sp+1:]; sp > len(w) && isName(name) {
					r.mention(name, i+sp+1)
				}
			}
		}
	}
}

// listedDeputies reads the deputies a sentence lists after its colon (因病
// 因事向大会请假的代表有:李红伟,张国栋,王巧玲), or one a line under it after
// their delegation (发言的代表还有:⏎历下区代表团　周文斌⏎市中区代表团　陈晓霞).
func (r *reader) listedDeputies() {
	for _, w := range []string{"代表有:", "代表是:", "代表还有:"} {
		for _, i := range r.find(w) {
			names := r.nameList(i+len(w), false)
			if len(names) == 0 && strings.HasPrefix(strings.TrimLeft(r.n[i+len(w):], " "), "\n") {
				names = r.delegatesUnder(i + len(w))
			}
			for _, n := range names {
				r.mention(n.name, n.start)
			}
		}
	}
}

// delegatesUnder reads the lines after byte i that each give a delegation
// and a deputy's name after it (历下区代表团　周文斌), up to the first line
// that does not.
func (r *reader) delegatesUnder(i int) []named {
	var out []named
	for k := r.lineFrom(i) + 1; k < len(r.lines) && len(out) < maxListLines; k++ {
		line := r.n[r.lines[k].start:r.lines[k].end]
		if strings.TrimSpace(line) == "" {
			if len(out) == 0 {
				continue
			}
			break
		}
		d := strings.Index(line, "代表团")
		if d < 0 {
			break
		}
		rest := line[d+len("代表团"):]
		name := strings.TrimSpace(rest)
		if !isName(squeeze(name)) || !strings.HasPrefix(rest, " ") {
			break
		}
		start := r.lines[k].start + d + len("代表团") + len(rest) - len(strings.TrimLeft(rest, " "))
		out = append(out, named{squeeze(name), start, start + len(name)})
	}
	return out
}

// honoured reads the people named with 先生 or 女士 after a post or an
// occupation (高州市荔枝行业协会副会长梁国华先生, 返乡创业青年何丽娟女士), or
// with 阿訇 after a mosque (合作市清真寺马有福阿訇); a surname alone so
// (果农陈先生, 游客赵女士) names no one.
func (r *reader) honoured() {
	for _, w := range []string{"先生", "女士", "阿訇"} {
		for _, i := range r.find(w) {
			clause := r.n[clauseStart(r.n, i):i]
			if name, off, ok := titledName(clause); ok {
				r.mention(name, i-len(clause)+off)
				continue
			}
			mosque := ""
			if w == "阿訇" {
				mosque = "寺"
			}
			r.nameAfterTrade(clause, i, occupations, mosque)
		}
	}
}

// biographies reads the people whose biographies the report gives, a line
// each opening with the name (王卫国，男，汉族，1981年3月生，…现任…; 附：正式
// 候选人简介): a candidate's or one elected's, named.
func (r *reader) biographies() {
	for _, l := range r.lines {
		t := r.n[l.start:l.end]
		lead := len(t) - len(strings.TrimLeft(t, " "))
		if name, ok := nameAtStart(t[lead:], ",男,", ",女,", "(男,", "(女,"); ok {
			r.mention(name, l.start+lead)
		}
	}
}

// tabledLosers reads the candidates a table of votes lists, under a head
// that opens with them (候选人　得票; 姓名　赞成　反对), who were not elected
// when another of its rows was (钟国安　537 ⏎ 饶文军　118, and 钟国安、刘佩瑶
// 当选为…委员): mentioned. A table none of whose names the text elects
// says nothing of them.
func (r *reader) tabledLosers() {
	for k := 0; k < len(r.lines); k++ {
		l := r.lines[k]
		t := strings.TrimSpace(r.n[l.start:l.end])
		if !hasPrefixAny(t, []string{"候", "姓", "|"}) {
			continue // no head of such a table (候选人…, 姓　名…, | 候选人 |): not split into cells
		}
		head := gapCells(t, l.start)
		if len(head) < 2 || !isTableHead(head) || !hasPrefixAny(squeeze(head[0].text), []string{"候选人", "姓名"}) {
			continue
		}
		var rows []piece
		for k++; k < len(r.lines); k++ {
			l := r.lines[k]
			t := strings.TrimSpace(r.n[l.start:l.end])
			cells := gapCells(t, l.start+strings.Index(r.n[l.start:l.end], t))
			kept := withoutVoteCells(cells)
			if len(kept) != 1 || len(kept) == len(cells) || !isName(squeeze(kept[0].text)) {
				break
			}
			rows = append(rows, kept[0])
		}
		k--
		if !slices.ContainsFunc(rows, func(c piece) bool { return r.elected(squeeze(c.text)) }) {
			continue
		}
		for _, c := range rows {
			if name := squeeze(c.text); !r.elected(name) {
				r.mention(name, c.start)
			}
		}
	}
}

// elected reports whether the record elects name.
func (r *reader) elected(name string) bool {
	return slices.ContainsFunc(r.rec.Elected, func(e Election) bool { return e.Name == name })
}

// joinerBefore reads one who joined a delegation's deliberation,
// named with no post in a clause that opens with the name before the 参加
// at byte i (市领导赵德刚参加博山区代表团审议，刘晓燕参加周村区代表团审议): an
// official, for a deputy sits in a delegation rather than joins one.
func (r *reader) joinerBefore(i int) {
	cs := clauseStart(r.n, i)
	name := strings.TrimLeft(r.n[cs:i], " ")
	if !isName(name) {
		return
	}
	rest := r.n[i+len("参加") : clauseEnd(r.n, i)]
	if k := strings.Index(rest, "代表团"); k >= 0 && hasPrefixAny(strings.TrimPrefix(rest[k+len("代表团"):], "的"), []string{"审议", "讨论"}) {
		r.mention(name, i-len(name))
	}
}

// personActs are a meeting's acts on one person, named after the verb:
// accepting a resignation (接受(了)张德顺辞去…职务, 同意张三辞职), a
// nomination (提名刘文涛为副县长候选人, 将石宏亮作为…候选人), an appointment
// (任命王志刚为…副区长), ending a deputy's term or a post (终止了宋保林的…代表
// 资格, 罢免了X的…职务, 罢免杨建勋…副州长职务), and confirming deputies a
// by-election chose (确认武亚楠、石建平补选为…代表的代表资格有效).
var personActs = []struct {
	verbs []string
	then  []string // what follows the name
}{
	{[]string{"接受", "同意"}, []string{"辞去", "辞职", "的辞职", "同志辞去", "因"}}, // 接受王建彬因工作调动辞去…
	{[]string{"提名", "任命", "确定"}, []string{"为", "同志为"}},               // 决定任命王志刚为区人民政府副区长; 确定刘文婷为…正式候选人
	{[]string{"将"}, []string{"作为", "确定为"}},                           // 决定将石宏亮作为县人民政府副县长候选人提交各代表团酝酿
	{[]string{"终止", "罢免", "免去"}, []string{"的", "同志的"}},               // 终止了宋保林的县人大代表资格, 免去王立群的…职务
	{[]string{"确认"}, []string{"补选为", "当选为", "的代表资格"}},
}

// actRunes are the first runes of personActs' verbs.
var actRunes = func() string {
	var b strings.Builder
	for _, a := range personActs {
		for _, v := range a.verbs {
			if c, _ := utf8.DecodeRuneInString(v); !strings.ContainsRune(b.String(), c) {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}()

// actedOn reads the people a meeting's act at byte i names (personActs):
// one, or several listed with 、 before what follows them all. It reports
// whether an act's verb stands at i: 任 ends a post too (副主任杨胜).
func (r *reader) actedOn(i int) bool {
	acted := false
	for _, a := range personActs {
		for _, v := range a.verbs {
			if !strings.HasPrefix(r.n[i:], v) {
				continue
			}
			acted = true
			at := i + len(v)
			if strings.HasPrefix(r.n[at:], "了") {
				at += len("了")
			}
			// 罢免杨建勋湘西…副州长职务: the post between the name and 职务
			if v == "罢免" || v == "免去" {
				if name, ok := nameBeforePost(r.n[at:clauseEnd(r.n, at)]); ok {
					r.mention(name, at)
					continue
				}
			}
			var names []named
			follows := append(slices.Clip(a.then), "、") // a name, then another or what follows the list
			noted := append(slices.Clip(follows), "(")  // or the name in pinyin first
			for k := 0; k < maxListLines; k++ {
				name, ok := nameAtStart(r.n[at:], noted...)
				if !ok {
					break
				}
				names = append(names, named{name, at, at + len(name)})
				at += len(name)
				// the name in pinyin after it (田文杰(Tian Wenjie)确定为…)
				if strings.HasPrefix(r.n[at:], "(") {
					n := bracketNoteLen(r.n[at:])
					if n == 0 || !pinyinName(r.n[at+len("("):at+n-len(")")]) || !hasPrefixAny(r.n[at+n:], follows) {
						names = names[:len(names)-1]
						break
					}
					at += n
				}
				if !strings.HasPrefix(r.n[at:], "、") {
					for _, n := range names {
						r.mention(n.name, n.start) // the list ended at what follows it
					}
					break
				}
				at += len("、")
			}
		}
	}
	return acted
}

// nameBeforePost reads the name that opens clause before a post and 职务
// (杨建勋湘西土家族苗族自治州人民政府副州长职务).
func nameBeforePost(clause string) (string, bool) {
	k := strings.Index(clause, "职务")
	for _, n := range []int{3, 2} {
		if e := runePrefix(clause, n); e > 0 && e < k && isName(clause[:e]) && hasTitleSuffix(clause[e:k]) {
			return clause[:e], true
		}
	}
	return "", false
}

// namesAfterPost reads the name right after a post ending at byte i, and
// the names listed after it with 、 (县领导张三、李四、王五参加). A post that
// is a common word too (wordPosts) names someone only as its rule admits.
func (r *reader) namesAfterPost(post string, i int) {
	rule, common := wordPosts[post]
	described := post == "代表" && (strings.HasPrefix(r.n[i:], "、") || strings.HasPrefix(r.n[i:], ","))
	// a deputy described after 参会代表、 is one (参会代表、赵庄乡种植大户高凤琴说;
	// a residents' council's 议政代表,湖滨社区居民金慧敏说), not the delegates
	// at large (与会代表向本报表示)
	if common && !rule.opens(r.n[:i-len(post)]) && !(described && hasSuffixAny(r.n[:i-len(post)], []string{"参会", "与会", "议政"})) {
		return
	}
	if described {
		_, size := utf8.DecodeRuneInString(r.n[i:])
		r.describedDeputy(i+size, rule) // 县人大代表、县第一中学教师魏光辉表示; 县人大代表,种植大户李春生说
		return
	}
	for i < len(r.n) && r.n[i] == ' ' {
		i++ // 区委副书记 周建华
	}
	// a meeting's post names its people after 为 or a colon (副县长候选人
	// 为朱湘兰、李卫国; 总监票人:王立国), or after 由 (总监票人由黄志坚担任)
	toEnd := false // a meeting's post before 为 or a colon: its list ends with the sentence
	if slices.Contains(meetingPosts, post) {
		// a list of them (正式候选人名单（按姓氏笔画排序）：⏎王　莉　　苟文华), or
		// its names on the lines below (区人民政府副区长候选人（应选6名，差额1
		// 名）：⏎王　川　石　艳…)
		// (not 将候选人名单提交各代表团)
		at := i
		if rest, ok := strings.CutPrefix(r.n[i:], "名单"); ok {
			at = len(r.n) - len(strings.TrimPrefix(rest, "如下"))
		}
		rest := r.n[at+bracketNoteLen(r.n[at:]):]
		if strings.HasPrefix(rest, ":") && (at > i || strings.HasPrefix(strings.TrimLeft(rest[1:], " "), "\n")) {
			for _, n := range r.nameList(i, false) {
				r.mention(n.name, n.start)
			}
			return
		}
		// 候选人建议名单为胡晓峰, 候选人名单为…, 总监票人建议人选为黄海燕
		if rest := strings.TrimPrefix(r.n[i:], "建议"); strings.HasPrefix(rest, "名单为") || strings.HasPrefix(rest, "人选为") {
			i = len(r.n) - len(rest) + len("名单")
		}
		for _, w := range []string{"为", "是", ":", "由"} {
			if strings.HasPrefix(r.n[i:], w) {
				i += len(w)
				toEnd = w == "为" || w == ":"
				break
			}
		}
		i += len(r.n[i:]) - len(strings.TrimPrefix(r.n[i:], ":")) // 候选人为：额尔敦、刘海峰
		// tellers' names end with the sentence, 为 or not (监票人彭小红,罗美玲.)
		toEnd = toEnd || post != "候选人"
		// a deputy's name after the word (总监票人为代表纳秀兰)
		if rest, ok := strings.CutPrefix(r.n[i:], "代表"); ok && hasSurname(rest) {
			i += len("代表")
		}
	}
	// those present besides, listed after the post (出席会议的主席团常务主席
	// 还有张国栋、温海燕、丘振华)
	if strings.HasPrefix(r.n[i:], "还有") && hasSurname(r.n[i+len("还有"):]) {
		i += len("还有")
		toEnd = true
	}
	commas := false // the list was seen to go on with commas up to its 等
	for first := true; ; first = false {
		name, ok := nameBeforeFollower(r.n[i:])
		// a name of a surname the parser does not know between names of a
		// meeting's post (监票人赵宇、拥措、邓丽对发票…进行了监督)
		if !ok && !first && toEnd {
			name, ok = unknownBetween(r.n[i:])
		}
		// (a note on who they are before the verb: 代表李永祥(土族)建议)
		if after := i + len(name); !ok || first && common && !rule.goesOn(r.n[after+bracketNoteLen(r.n[after:]):]) {
			return
		}
		r.mention(name, i)
		i += len(name)
		i += bracketNoteLen(r.n[i:]) // 卢文静(市委常委、宣传部部长)、汪卫平
		// typed with half-width commas: 区领导谢志明,任丽等出席会议 (the rest
		// of a list that ends in 等 ends in it too: looked at once)
		if strings.HasPrefix(r.n[i:], ",") && (commas || commaListEnds(r.n[i+1:], toEnd)) {
			commas = true
			i++
			continue
		}
		// a meeting's post's names apart by spaces (监票人为刘家明　叶丽珍)
		if toEnd && strings.HasPrefix(r.n[i:], " ") {
			j := i + len(r.n[i:]) - len(strings.TrimLeft(r.n[i:], " "))
			if _, ok := nameBeforeFollower(r.n[j:]); ok {
				i = j
				continue
			}
		}
		if !strings.HasPrefix(r.n[i:], "、") {
			// the last of two or more joined by a conjunction (监票人杨梅和
			// 何家顺对选举…进行了监督)
			if c := conjunctionAt(r.n[i:]); c > 0 {
				if name, ok := nameBeforeFollower(r.n[i+c:]); ok {
					r.mention(name, i+c)
				}
			}
			return
		}
		i += len("、")
	}
}

// unknownBetween reads the item that opens s, up to its 、, as a name
// whose surname the parser does not know when a name follows it (拥措、邓丽).
func unknownBetween(s string) (string, bool) {
	k := strings.Index(s, "、")
	if k <= 0 {
		return "", false
	}
	next, ok := nameBeforeFollower(s[k+len("、"):])
	if !ok || !unknownName(s[:k], false, []string{next}) {
		return "", false
	}
	return s[:k], true
}

// conjunctionAt returns the length of the conjunction that joins the last
// of a list of names at the start of s (和, 及, 与), or 0.
func conjunctionAt(s string) int {
	for _, w := range []string{"和", "及", "与"} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// commaListEnds reports whether s goes on with names apart by commas and
// ends them with 等, 分别, 先后 or 担任, as a list typed with half-width commas for
// 、 does (任丽,王强等出席; 周建平,索南加,刘淑琴分别参加…; 代表王立平,范秀梅,刘建军先后发言;
// 代表马丽娜,宋金宝担任监票人),
// or, toEnd, with the sentence or a note (a meeting's post after 为 or a
// colon: 监票人:王磊,斯琴.), or before the next teller's post (监票人麻秀英,
// 吴永生,计票人滕小军).
func commaListEnds(s string, toEnd bool) bool {
	for k := 0; k < maxListLines; k++ {
		name, ok := nameBeforeFollower(s)
		if !ok {
			return false
		}
		switch s = s[len(name):]; {
		case hasPrefixAny(s, []string{"等", "分别", "先后", "担任"}):
			return true
		case toEnd && (s == "" || hasPrefixAny(s, []string{".", ";", "。", "\n", "("})):
			return true // 监票人:王磊,斯琴.; 委员候选人为卢海燕,方宇航,钟雅琪(差额选举,…)
		case strings.HasPrefix(s, ",") && hasPrefixAny(s[1:], []string{"总监票人", "监票人", "计票人"}):
			return true // 监票人麻秀英,吴永生,计票人滕小军: the next teller's post

		case strings.HasPrefix(s, ","):
			s = s[1:]
		default:
			return false
		}
	}
	return false
}

// resignedBefore reads one who resigned, named as the subject of the 辞去 at
// byte i, opening its clause (因工作调动，沈建伟已辞去…委员职务).
func (r *reader) resignedBefore(i int) {
	before := strings.TrimSuffix(strings.TrimSuffix(r.n[:i], "已"), "同志")
	cs := clauseStart(r.n, len(before))
	if name := strings.TrimSpace(before[cs:]); isName(name) {
		r.mention(name, len(before)-len(name))
	}
}

// causedBefore reads the people a clause opens with, named alone before
// the 因 at byte i that gives why something befell them (黄建华、邓春梅因
// 工作调动调离本行政区域，…其代表资格依法终止; 沙马伍牛、王建国因调离本行政区域).
func (r *reader) causedBefore(i int) {
	cs := clauseStart(r.n, i)
	for cs < i && r.n[cs] == ' ' {
		cs++
	}
	if i-cs < len("王五") {
		return
	}
	if names := r.nameListBefore(i); len(names) > 0 && names[0].start == cs {
		r.mentionWhole(names, i)
	}
}

// tellersBefore reads a vote's tellers named before 为 and their post
// ending at byte i (王海军为总监票人,乌力吉、李春燕为监票人).
func (r *reader) tellersBefore(i int) {
	before, ok := strings.CutSuffix(strings.TrimSuffix(r.n[:i], "总"), "为")
	if !ok {
		return
	}
	for _, n := range r.nameListBefore(len(before)) {
		r.mention(n.name, n.start)
	}
}

// nomineesBefore reads the nominees named before 为 and the post of the
// 候选人 ending at byte i (贾明轩为县人民政府副县长候选人; 郝秀兰为区人大常委会
// 副主任候选人), the post a few words without a clause's mark.
func (r *reader) nomineesBefore(i int) {
	cs := clauseStart(r.n, i)
	k := strings.LastIndex(r.n[cs:i], "为")
	if k < 0 {
		// listed before their count (从沈立新、戴小龙两名候选人中选举…: the
		// one not elected is mentioned)
		if end, ok := countedAt(r.n, i); ok {
			r.mentionWhole(r.nameListBefore(end), end)
		}
		return
	}
	if utf8.RuneCountInString(r.n[cs+k:i]) > 24 {
		return
	}
	for _, n := range r.nameListBefore(cs + k) {
		r.mention(n.name, n.start)
	}
}

// countedAt reports whether a count of people ends at byte i of s (3名,
// 两位, 等5名) and returns where the names it counts end, before its
// figure and any 等 (滕云峰、吴小梅、麻国庆3名; 王伟等5名).
func countedAt(s string, i int) (end int, ok bool) {
	for _, unit := range []string{"名", "位"} {
		if before, cut := strings.CutSuffix(s[:i], unit); cut {
			if _, start, ok := numBefore(before, len(before), 3); ok {
				return len(strings.TrimSuffix(before[:start], "等")), true
			}
		}
	}
	return 0, false
}

// mentionWhole mentions the names of a list read back from byte end (a
// count of them, a 因) when the list reaches end and each is one the parser
// knows (not 经…委员会审查，确认160名代表).
func (r *reader) mentionWhole(names []named, end int) {
	if len(names) > 0 && names[len(names)-1].end == end && !slices.ContainsFunc(names, func(n named) bool { return !isName(n.name) }) {
		for _, n := range names {
			r.mention(n.name, n.start)
		}
	}
}

// deputyBefore reads a deputy named before the 代表 at byte i who speaks
// up (李鹊镇代表团孙丽娟代表建议, 王芳代表说): the name opens its clause or
// follows the delegation's name, so that a group (全体代表说, 农民代表表示)
// is none.
func (r *reader) deputyBefore(i int) {
	// 仉秀芳、李金龙、高峰等代表先后发言: the deputies listed before 等
	if before, ok := strings.CutSuffix(r.n[:i], "等"); ok && (hasPrefixAny(r.n[i+len("代表"):], listedSay) || hasPrefixAny(r.n[i+len("代表"):], deputySays)) {
		for _, n := range r.nameListBefore(len(before)) {
			r.mention(n.name, n.start)
		}
		return
	}
	// 依法补选的滕云峰、吴小梅、麻国庆3名代表的代表资格有效, 王伟等5名代表:
	// deputies listed before their count
	if end, ok := countedAt(r.n, i); ok {
		names := r.nameListBefore(end)
		// the deputies who moved a motion (由周德明等11名代表联名提出)
		if name, ok := strings.CutPrefix(r.n[clauseStart(r.n, end):end], "由"); ok && isName(name) {
			names = []named{{name, end - len(name), end}}
		}
		r.mentionWhole(names, end)
		return
	}
	// …代表说, or quoted after a colon, a note on the deputy before it (马文杰
	// 代表(本斋回族乡,清真食品加工企业负责人):“…”)
	after := withoutWhile(r.n[i+len("代表"):])
	if n := bracketNoteLen(after); n > 0 && strings.HasPrefix(after[n:], ":") {
		after = after[n:]
	}
	cs := clauseStart(r.n, i)
	if !hasPrefixAny(after, deputySays) && !strings.HasPrefix(after, ":“") && !strings.HasPrefix(after, ":\"") {
		// whatever follows, after a trade that names one person (泉水镇种粮
		// 大户陈立新代表去年流转耕地380亩; not a group's 农牧民代表39名, 干部和人大代表)
		r.nameAfterTrade(strings.TrimLeft(r.n[cs:i], " "), i, personalTrades, "")
		return
	}
	if k := strings.LastIndex(r.n[cs:i], "代表团"); k >= 0 {
		s := cs + k + len("代表团")
		if strings.HasPrefix(r.n[s:i], "的") {
			s += len("的") // 龚滩镇代表团的冉茂林代表建议
		}
		if isName(r.n[s:i]) {
			r.mention(r.n[s:i], s) // 李鹊镇代表团孙丽娟代表建议
		}
		return
	}
	// (not a place's deputies: 杜曲镇代表提出的…建议)
	name, s, e, ok := r.nameBefore(i)
	if ok && e == i && !groupWords[name] && !hasSuffixAny(name, []string{"镇", "乡", "村", "县", "区", "市"}) && strings.TrimSpace(r.n[cs:s]) == "" {
		r.mention(name, s)
		return
	}
	// after what the deputy does (宁波大学教授应天翔代表关注…), or where they
	// come from (来自鲖城镇的葡萄种植户张桂兰代表说, 来自宁波舟山港集团的金红英
	// 代表长期…)
	clause := strings.TrimLeft(r.n[cs:i], " ")
	from := ""
	if strings.HasPrefix(clause, "来自") {
		from = "的"
	}
	r.nameAfterTrade(clause, i, occupations, from)
}

// personalTrades are occupations that name one person before a deputy's name
// whatever the sentence goes on with.
var personalTrades = []string{"大户", "种植户", "养殖户", "专业户", "经营户", "个体户", "教师", "医生", "村医", "教授", "律师"}

// nameAfterTrade mentions the person named at the end of clause, which
// ends at byte i, after one of trades (宁波大学教授应天翔代表, 返乡创业青年何丽娟
// 女士), or after the word also when it is not "" (来自鲖城镇的张桂兰代表,
// 合作市清真寺马有福阿訇).
func (r *reader) nameAfterTrade(clause string, i int, trades []string, also string) {
	// (isName first: it refuses at once a tail longer than a name, so the
	// trades are looked for only before a name's last dozen runes)
	for j := range clause {
		if isName(clause[j:]) && (hasSuffixAny(clause[:j], trades) || also != "" && strings.HasSuffix(clause[:j], also)) {
			r.mention(clause[j:], i-len(clause)+j)
			return
		}
	}
}

// withoutWhile cuts from the start of s a phrase of when one speaks (在
// 审议时, 在发言中, 在分组讨论时,): 刘春燕代表在审议时说.
func withoutWhile(s string) string {
	rest, ok := strings.CutPrefix(s, "在")
	if !ok {
		return s
	}
	head := rest[:runePrefixAtMost(rest, 8)]
	k := strings.IndexAny(head, "时中")
	if k < 0 || strings.ContainsAny(head[:k], clauseDelims) {
		return s
	}
	_, size := utf8.DecodeRuneInString(head[k:])
	return strings.TrimPrefix(rest[k+size:], ",")
}

// listedSay go on from deputies listed before 等代表 (…等代表先后发言).
var listedSay = []string{"先后", "分别", "纷纷", "在发言中", "发言", "相继"}

// deputySays are the verbs of a deputy named before 代表 who speaks up.
var deputySays = []string{"说", "表示", "建议", "认为", "提出", "谈到", "呼吁", "告诉", "介绍", "坦言", "感慨", "结合", "围绕", "就", "针对",
	"来自", "是", // 赵红梅代表来自…科创区，她围绕…; 邓光明代表是…党委书记。他说
	"关注", "聚焦", "长期", "一直", "带来"} // 应天翔代表关注科技创新, 金红英代表长期在码头一线工作

// bracketNoteLen returns the byte length of a short bracketed note at the
// start of s that tells who a listed person is ((市委常委、宣传部部长),
// (女)), or 0.
func bracketNoteLen(s string) int {
	rest, ok := strings.CutPrefix(s, "(")
	if !ok {
		return 0
	}
	rest = rest[:runePrefixAtMost(rest, maxNoteRunes)]
	k := strings.IndexAny(rest, ")(。\n")
	if k < 0 || rest[k] != ')' {
		return 0
	}
	return len("(") + k + len(")")
}

// maxNoteRunes bounds a bracketed note after a listed name.
const maxNoteRunes = 24

// describedDeputy reads a deputy whose designation is followed by a
// description that ends in an occupation, not a post, and then the name
// (县人大代表、县第一中学教师魏光辉表示, 市人大代表、种植大户李春生说), from byte
// i after the 、 to the clause's end. A post in the description is read
// as any post is (县人大代表、新华村党支部书记赵小红说).
func (r *reader) describedDeputy(i int, rule wordRule) {
	end := i + runePrefixAtMost(r.n[i:], 40)
	if k := strings.IndexAny(r.n[i:end], "，,。；;：:“\n"); k >= 0 {
		end = i + k
	}
	clause := r.n[i:end]
	for j := range clause {
		if !hasSuffixAny(clause[:j], occupations) {
			continue
		}
		// an occupation that runs on (农 of 农民买买提·艾力)
		if _, size := utf8.DecodeRuneInString(clause[j:]); hasSuffixAny(clause[:j+size], occupations) {
			continue
		}
		if name, ok := nameBeforeFollower(r.n[i+j:]); ok && rule.goesOn(r.n[i+j+len(name):]) {
			r.mention(name, i+j)
			return
		}
	}
}

// occupations are the words for what a deputy does that are no posts and
// may end a deputy's description before the name (教师, 种植大户, 董事长).
var occupations = []string{
	"教师", "老师", "教授", "校长", "园长", "医生", "村医", "护士", "农民", "村民", "居民", "牧民", "渔民",
	"职工", "工人", "员工", "律师", "工程师", "技术员", "个体户", "工商户", "经营户", "种植户", "养殖户", "大户", "企业家",
	"创业者", "志愿者", "网格员", "经理", "董事长", "厂长", "站长", "店长", "理事长", "会长", "带头人",
	"民警", "法官", "检察官", "驾驶员", "快递员", "社工", "馆长", "主播", "医师", "药师", "技师",
	"经营者", "从业者", "总监", "总裁", "阿訇", "负责人", "传承人", "创始人", "合伙人", "业主", "导游", "讲解员", "护林员", "厨师", "司机",
	"干部",       // 村干部, 社区干部
	"青年", "乡贤", // 返乡创业青年何丽娟女士
	"农", // 茶农, 果农, 菜农
}

// mention adds the name at byte i to the people mentioned unless another
// field holds it, a name it starts with (吴俊 for 吴俊面向国徽: a name read
// too long) or the name one character longer there (巴图孟和 for 巴图孟, read
// short before 和).
func (r *reader) mention(name string, i int) {
	for k := 2; k <= utf8.RuneCountInString(name); k++ {
		// (but a name of two parts is another's than its first part's:
		// 巴桑卓玛, not 巴桑)
		p := runePrefix(name, k)
		if rest := name[p:]; r.hasRole(name[:p]) && !(runeSuffix(rest, 2) >= 0 && openingSet[rest[:runePrefix(rest, 2)]]) {
			return
		}
	}
	if _, size := utf8.DecodeRuneInString(r.n[i+len(name):]); size > 0 && r.hasRole(r.n[i:i+len(name)+size]) {
		return
	}
	r.evidence("mentioned", i, i+len(name))
	if !r.mark("mentioned", name, i) {
		r.rec.Mentioned = append(r.rec.Mentioned, name)
	}
}

// hasRole reports whether a field of people other than mentioned holds
// name.
func (r *reader) hasRole(name string) bool {
	for _, f := range []string{"presiding", "speakers", "reports", "executive_chairs", "rostrum", "elected", "photographers"} {
		if _, ok := r.first[role{f, name}]; ok {
			return true
		}
	}
	return false
}

// nameBeforeFollower reads a name at the start of s that a word goes on
// from, as after a post: punctuation, a verb (参加, 指出), a conjunction
// (和, 等), the longest name before punctuation or a follower of two
// characters or more (谢蓉认为: not 谢蓉认 before 为), else the longest
// before a follower of one. A name of three characters whose last is a
// word of its own (王伟的讲话, 王伟在会上) is the name of two before it; a
// transcribed name is whole (买买提江·吐尔逊). One that opens with a
// conjunction (代表和群众) is a name only before punctuation — but one of
// three that opens with the surname 和 (和耀东说) before a follower too,
// unless a group of people (groupWords) or a place (委员和泗县出席…代表)
// follows 和.
func nameBeforeFollower(s string) (string, bool) {
	if name, ok := dottedName(s); ok {
		return name, true
	}
	if !hasSurname(s) {
		return "", false // most posts: no name after them (主任会议, 代表大会)
	}
	var cands []string // longest first
	lengths := []int{4, 3, 2}
	if len(s) >= 6 && openingSet[s[:6]] {
		lengths = []int{6, 5, 4, 3, 2} // 次旺多布杰, 乌力吉巴图, 额尔敦毕力格
	}
	for _, n := range lengths {
		end := runePrefix(s, n)
		if end < 0 {
			continue
		}
		cand := s[:end]
		if !isName(cand) || hasTitle(cand) || n > 2 && nonNames[cand[:runePrefix(cand, 2)]] {
			continue // 领导干部要…
		}
		last, _ := utf8.DecodeLastRuneInString(cand)
		if last == '得' && n > 2 && s[end:] != "" && isDigit(s[end]) {
			continue // a name and its votes (候选人周亮得5票)
		}
		if n == 3 && (strings.HasSuffix(cand, "区") || strings.HasSuffix(cand, "县")) {
			continue // a place after a post misread (港务区长安片区: 区长, then 安片区)
		}
		if endsWithUnit(cand) && strings.HasPrefix(s[end:], "代表团") {
			continue // a delegation's place (…团长黄家俊、曲界镇代表团团长邓美凤)
		}
		// (a Mongolian name of four that ends in 和 before 在 or an act:
		// 巴图孟和在发言中说)
		if n > 2 && strings.ContainsRune(wordsAlone, last) &&
			!(last == '和' && n == 3 && hasPrefixAny(s[end:], actsAfterHe)) &&
			!(last == '和' && n >= 4 && openingSet[cand[:6]] && (hasPrefixAny(s[end:], actsAfterHe) || strings.HasPrefix(s[end:], "在"))) {
			continue
		}
		if n > 4 && slices.ContainsFunc(nameFollowers, func(w string) bool { return w != "和" && strings.HasSuffix(cand, w) }) {
			continue // 宝力高表示: a name of three and its verb (a Mongolian name may end in 和: 乌力吉苏和)
		}
		if n == 4 && pairFollowers[cand[runeSuffix(cand, 2):]] {
			continue // 达瓦表示: a name of two and its verb
		}
		first, size := utf8.DecodeRuneInString(cand)
		if strings.ContainsRune("和与及", first) && groupWords[cand[size:]] {
			continue // 负责人和中央、省驻县单位负责人
		}
		if rest := s[end:]; rest == "" || !isHanStart(rest) {
			return cand, true
		}
		if !strings.ContainsRune("和与及", first) || first == '和' && n == 3 && !endsWithUnit(cand) {
			cands = append(cands, cand) // 和耀东说, the surname 和; not 代表和群众说
		}
	}
	for _, long := range []bool{true, false} {
		for _, cand := range cands {
			if followedBy(s[len(cand):], long) {
				return cand, true
			}
		}
	}
	return "", false
}

// actsAfterHe are verbs that no second person joined by 和 opens: a name
// of three ending in 和 before one is whole (副书记孟庆和参加…, 副秘书长李建和
// 列席会议), not a name of two and the conjunction.
var actsAfterHe = []string{"参加", "列席", "出席", "主持", "讲话", "致辞", "指出", "强调", "表示", "要求", "宣布", "当选", "说",
	"认为", "建议", "提出", "发言", "介绍", "因"}

// groupWords are the people a conjunction after a post may join to it
// (代表和群众, 委员和干部, 和其他领导, 和有关部门): after 和, no name.
var groupWords = map[string]bool{"群众": true, "委员": true, "代表": true, "干部": true, "同志": true, "职工": true, "党员": true,
	"嘉宾": true, "居民": true, "村民": true, "农民": true, "专家": true, "学者": true, "青年": true, "妇女": true, "学生": true,
	"教师": true, "网友": true, "市民": true, "企业": true, "乡亲": true, "家人": true,
	"其他": true, "其它": true, "各位": true, "各级": true, "全体": true, "广大": true, "有关": true, "相关": true, "社会": true,
	"中央": true, "国家": true} // 负责人和中央、省驻县单位负责人

// dottedName reads a transcribed name at the start of s: Han characters
// with a middle dot between them, the shortest that punctuation or a
// follower of two characters or more goes on from (买买提江·吐尔逊等,
// 艾尼瓦尔·买买提主持会议), else the shortest a follower of one does; one
// that ends in a word of its own is that word's (阿依努尔·沙吾提说：). No
// transcription writes 等 or 在: the name ends before them (哈力木·托汗等出席
// 会议, 努尔兰·赛力克汗在主持会议时).
func dottedName(s string) (string, bool) {
	s = s[:runePrefixAtMost(s, 16)] // a transcribed name is twelve characters at most
	if !strings.Contains(s, "·") && !strings.Contains(s, "•") {
		return "", false // as after most posts
	}
	var ends []int // where the name may end: after each Han character past the dot
	dot := false
	for i, c := range s {
		switch {
		case c == '·' || c == '•':
			dot = true
			continue
		case !isHan(c) || dot && (c == '等' || c == '在'):
		case dot:
			ends = append(ends, i+utf8.RuneLen(c))
			continue
		default:
			continue
		}
		break
	}
	if len(ends) == 0 {
		return "", false
	}
	// the part before the dot opens as names do, or is three characters or
	// more (叶尔兰·努尔兰; not 代表进站·倾听民声)
	if first, _, _ := strings.Cut(strings.ReplaceAll(s, "•", "·"), "·"); !hasSurname(first) && utf8.RuneCountInString(first) < 3 {
		return "", false
	}
	for _, long := range []bool{true, false} {
		for k, end := range ends {
			cand, rest := s[:end], s[end:]
			if !isName(cand) {
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(cand); k > 0 && last != '和' && strings.ContainsRune(wordsAlone, last) {
				continue // a word of its own after the name: 阿依努尔·沙吾提说：, not 沙吾提说 (a Mongolian name may end in 和)
			}
			if _, given, _ := strings.Cut(strings.ReplaceAll(cand, "•", "·"), "·"); k > 0 && strings.ContainsAny(given, "向对被将为") {
				continue // a verb's object after the name: 阿依古丽·买买提向大会报告了…, not 买买提向大会
			}
			if rest == "" || !isHanStart(rest) || followedBy(rest, long) {
				return cand, true
			}
		}
	}
	return "", false
}

// runePrefixAtMost returns the byte length of the first n runes of s, or
// of s when it is shorter.
func runePrefixAtMost(s string, n int) int {
	if end := runePrefix(s, n); end >= 0 {
		return end
	}
	return len(s)
}

// followedBy reports whether s starts with a name follower, of two
// characters or more when long.
func followedBy(s string, long bool) bool {
	for _, w := range nameFollowers {
		if strings.HasPrefix(s, w) && (!long || len(w) > len("在")) {
			return true
		}
	}
	return false
}

// isHanStart reports whether s starts with a Han character.
func isHanStart(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return isHan(c)
}

// wordsAlone are characters that follow a name as words of their own
// (王伟的, 王伟在, 王伟和) rather than end one.
const wordsAlone = "的在和与及是说到对向将被也还就为同所作受"

// nameFollowers are the words that go on from a name after a post.
var nameFollowers = []string{
	"在", "和", "与", "及", "等", "为", "说", "到", "作", "向", "对", "就", "率", "的", "是", "同", "以", "于", "将", "被",
	"也", "还", "从", "因", "已", "所", "带领", "陪同", "参加", "出席", "列席", "主持", "讲话", "致辞", "指出", "强调",
	"表示", "要求", "宣布", "代表", "同志", "当选", "一行", "分别", "先后", "首先", "希望", "深入", "来到", "走进",
	"看望", "听取", "审议", "提出", "介绍", "通报", "汇报", "发言", "辞去", "回答", "答复", "围绕", "结合", "认为",
	"说明", "一同", "共同", "参与", "聆听", "传达", "宣读", "解读", "作了", "代表团", "受", "建议", "担任", "监誓", "莅临", "到会",
	"认真", "仔细", "亲切", // 书记扎西农布认真听取…
	"告诉", "关于", "得票", "报告", // 代表王芳告诉记者, 副主任崔永胜关于…的说明, 主任韦家宝得票七票, 总监票人刘春生报告了计票结果
	"提交", "提请", // 决定将…委员候选人俞佳琪提交各代表团酝酿
	"工作调动", "调离", "调任", "辞职", "退休", // 因原县长陈志坚工作调动, 本次会议依法进行了选举
	"应邀", "委托", // 副主任吾买尔江·阿不力米提应邀出席会议, 受…主任刘建明委托
	"接受",                   // 澄溪镇党委书记冯建国接受记者采访时表示, …万春燕接受本网记者采访时说
	"会后", "会前", "会上", "会间", // …企业董事长施家辉会后表示
	"当场", "现场", // 选举结果由监票人丹增尼玛当场宣布
	"阿訇",             // 州伊斯兰教协会副会长马尔昆阿訇，…
	"则",              // 代表白玛央金则表示
	"发布",             // a press conference's 副主任望家红发布有关情况
	"监督",             // 监票人马者黑监督计票
	"组织",             // 代表团团长张洪波组织代表认真学习了大会有关文件
	"来自", "一边", "正在", // a feature's scenes: 代表李建伟来自固安工业园区, 代表、村党支部书记彭玉梅一边排队签到
	"正", "关注", // 代表张秀莲正用客家话…, 代表黎淑贞关注的是…
	"一起", "领衔", // 与…办公室主任卢晓燕一起回答了记者提问, 代表南宗杰领衔提出的…建议
}

// pairFollowers are the nameFollowers of two characters.
var pairFollowers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range nameFollowers {
		if utf8.RuneCountInString(w) == 2 {
			m[w] = true
		}
	}
	return m
}()

// notPosts are title words after which no name of someone in office
// follows: the page's credits (记者, 通讯员, 编辑) and forms of address.
var notPosts = setOf([]string{"记者", "通讯员", "编辑", "总编", "社长", "主持人", "同志"})

// postRunes are the runes that end posts and open a meeting's act on a
// person (actRunes): the first pass over a text notes where they stand
// (reader.posts).
var postRunes = func() (m runeSet) {
	for _, w := range append(meetingPosts, titleWords...) {
		if notPosts[w] {
			continue
		}
		c, _ := utf8.DecodeLastRuneInString(w)
		m.add(c)
	}
	for _, c := range actRunes {
		m.add(c)
	}
	return m
}()

// postAt returns the post's title word that ends s, or "".
func postAt(s string) string {
	c, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range titlesByLastRune[c] {
		if !notPosts[w] && strings.HasSuffix(s, w) {
			return w
		}
	}
	for _, w := range meetingPosts {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// meetingPosts are the posts of a meeting's own business that no other
// field reads (大会总监票人刘建平宣布计票结果, 提名副市长候选人曲志成).
var meetingPosts = []string{"监票人", "计票人", "候选人"}

// wordRule is when a title word that is a common word too names a post:
// what ends the text before it and what the name after it goes on with.
type wordRule struct {
	before []string // the text before ends so (人大代表, 的代表, 县代表), or a clause starts there
	after  []string // the name goes on so (代表张三说), or a clause ends after it
}

// wordPosts are the title words that read as common words too: 代表
// (代表满意率, 行使代表权利) and 委员 (委员通道).
var wordPosts = map[string]wordRule{
	"代表": {
		// (村党支部书记代表海来拉则告诉记者, 女代表罗洪阿依说, 牧民代表…)
		before: append([]string{"人大", "代表大会", "议政", "的", "省", "市", "县", "区", "乡", "镇", "旗", "州", "团", "由", "当选", "书记", "女", "台胞", "侨胞",
			"族"}, occupations...), // 来自大河家镇的保安族代表马丽娟说
		after: []string{"说", "表示", "认为", "指出", "建议", "提出", "结合", "发言", "希望", "强调", "谈到", "介绍", "呼吁", "告诉",
			"在", "、", "等", "分别", "就", "担任", "列席", "出席", "参加", "因", "领衔", // 代表团代表南宗杰领衔提出的建议
			"接受", "会后", "会前", "会上", "会间", // …董事长施家辉会后表示, …书记万春燕接受记者采访时说
			"围绕", "是", "则", // 代表王建军围绕…提出意见, 代表蔡雯是一名中学教师, 代表白玛央金则表示
			"对",              // 代表赛力克·木拉提对记者说
			"来自", "一边", "正在", // a feature's scenes: 代表李建伟来自固安工业园区, …村党支部书记彭玉梅一边排队签到
			"正", "已", "关注"}, // 代表张秀莲正用…, 代表巫春生已是…, 代表黎淑贞关注的是…
	},
	"委员": {
		before: []string{"常委会", "委员会", "政协", "常委", "纪委", "党委", "村委"}, // 小岗村党委委员严立强说
		after:  []string{"、", "等", "出席", "列席", "参加", "在", "说", "表示", "作"},
	},
}

// clauseEnds are the punctuation a name after a post may end a clause
// with (not 代表通道｜, 代表“…”).
var clauseEnds = []string{",", "、", "。", ")", ":", ";", "\n"}

// opens reports whether the rule admits the post after before, the text
// before it.
func (w wordRule) opens(before string) bool {
	c, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !isHan(c) || hasSuffixAny(before, w.before)
}

// goesOn reports whether the rule admits the name after the post that
// rest, the text after the name, goes on from.
func (w wordRule) goesOn(rest string) bool {
	return rest == "" || hasPrefixAny(rest, w.after) || hasPrefixAny(rest, clauseEnds)
}
