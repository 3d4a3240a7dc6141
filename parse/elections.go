package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"renda/parse/cnum"
)

// readElected finds people elected or appointed: X当选Y, 选举X为Y, 补选X为Y,
// 任命X为Y, 决定X为Y (a presidium's choice of the session's officers),
// 通过X为Y (a special committee's members voted on).
func (r *reader) readElected() {
	for _, verb := range appointVerbs {
		for _, i := range r.find(verb) {
			// the standing committee appoints between sessions (此前，市人大
			// 常委会已决定…，并任命柏立新为…副市长、代理市长; …常委会第三十次会议
			// 已于12月上旬…，并决定王振宇为…代理县长): not the session's act
			if (verb == "任命" || verb == "决定") && !r.standing && strings.Contains(r.n[r.sentenceAt(i).start:i], "常委会") {
				continue
			}
			j := i + len(verb)
			// 会议表决通过了林晓为…社会建设委员会主任委员: a name right after
			// the verb (not 通过了关于…的决定)
			if verb == "通过" {
				j += len(r.n[j:]) - len(strings.TrimPrefix(r.n[j:], "了"))
				if _, ok := nameAtStart(r.n[j:], "为", "、", ","); !ok {
					continue
				}
			}
			colon := j < len(r.n) && r.n[j] == ':'
			for j < len(r.n) && (r.n[j] == ':' || r.n[j] == ' ' || colon && r.n[j] == '\n') {
				j++
			}
			// 选举张三为县长，李四、王五为副县长: later clauses of the
			// sentence may name more people for more posts, after a comma
			// or a semicolon (选举张永刚为…主任；贺建平、任秀琴为…副主任；…);
			// after a colon, later lines too (选举：\n张三为县长；\n李四为法院院长。).
			for {
				end, ok := r.appointed(j)
				if !ok {
					break
				}
				j = end
				// (after a colon, one a line: 补选：⏎孔令宇为…副主任⏎段晓雯、
				// 乌云其木格为…代表)
				if j >= len(r.n) || r.n[j] != ',' && r.n[j] != ';' && !(colon && r.n[j] == '\n') {
					break
				}
				j++
				for colon && j < len(r.n) && (r.n[j] == '\n' || r.n[j] == ' ') {
					j++
				}
			}
		}
	}
	for _, i := range r.find("选举产生") {
		r.slate(i + len("选举产生"))
	}
	for _, w := range []string{"选举结果", "补选结果", "当选名单", "当选人员名单", "领导人员名单"} {
		for _, i := range r.find(w) {
			r.resultLines(i + len(w))
		}
	}
	r.presidiumList()
	// a notice's 某会议于某日选举:, its posts and names on the lines below
	for _, i := range r.find("选举:") {
		r.resultLines(i + len("选举"))
	}
	// …选举(同一职务按姓氏笔画为序): a note before the colon
	for _, i := range r.find("选举(") {
		note := r.n[i:min(len(r.n), i+120)]
		if k := strings.Index(note, "):"); k > 0 && !strings.ContainsAny(note[:k], "\n。") {
			r.resultLines(i + k + len(")"))
		}
	}
	r.postsAmongElected()
	// X当选(为)Y, and X补选为Y (苏雅琴（女）补选为…主席团成员)
	for _, i := range r.elections() {
		if strings.HasPrefix(r.n[i:], "当选人") || strings.HasPrefix(r.n[i:], "当选名单") {
			continue
		}
		// 马骁未当选。, 未能当选: one not elected (saidLost reads them); not
		// a name ending in 未 before its post (李未当选为副县长)
		if after := r.n[i+len("当选"):]; hasSuffixAny(r.n[:i], []string{"未", "未能", "没有", "没能"}) && (after == "" || hasPrefixAny(after, clauseEnds)) {
			continue
		}
		// 新当选的县长, 向新当选的同志表示祝贺: not a name of three
		// characters ending in 新 (钟建新当选为…)
		if strings.HasSuffix(r.n[:i], "新") {
			name, _, e, ok := r.nameBefore(i)
			if !ok || e != i || utf8.RuneCountInString(name) < 3 || strings.HasPrefix(r.n[i+len("当选"):], "的") {
				continue
			}
		}
		ps := i + len("当选") // 补选 is as long
		if strings.HasPrefix(r.n[ps:], "为") {
			ps += len("为")
		}
		pe := positionEnd(r.n, ps)
		if k := strings.Index(r.n[ps:pe], "后"); k >= 0 {
			pe = ps + k // 当选县长后作了表态发言: the post ends before 后
		}
		// a headline's 胡晓明当选区人大常委会副主任 刘婷当选副区长: the post
		// ends at the space before the next name elected
		if k := strings.Index(r.n[ps:pe], "当选"); k >= 0 {
			if sp := strings.LastIndexByte(r.n[ps:ps+k], ' '); sp > 0 {
				pe = ps + sp
			}
		}
		// 张丽当选县人大代表已有五年, 自当选以来: an election of years ago
		if post := r.n[ps:pe]; strings.Contains(post, "已有") || strings.Contains(post, "以来") || strings.Contains(post, "年来") {
			continue
		}
		// 当选为县人大常委会委员的是(按姓氏笔画为序):⏎马志刚　王凤英…: the
		// names follow
		if post := r.n[ps:pe]; strings.HasSuffix(post, "的是") || strings.HasSuffix(post, "的有") {
			pe -= len("的是")
			if names := r.nameList(pe+len("的"), false); len(names) > 0 {
				for _, n := range names {
					r.elect(n.name, n.start, n.end, ps, pe)
				}
				continue
			}
		}
		at := i
		// 张三以全票当选, 李四以高票当选, 王五以205票当选: the name before
		// the vote
		for _, v := range []string{"以全票", "以高票", "以满票", "全票", "高票"} {
			if strings.HasSuffix(r.n[:at], v) {
				at -= len(v)
				break
			}
		}
		if pre, ok := strings.CutSuffix(r.n[:at], "票"); ok {
			if _, s, ok := numBefore(pre, len(pre), 5); ok && strings.HasSuffix(pre[:s], "以") {
				at = s - len("以")
			} else if cs := clauseStart(r.n, at); cs <= len(pre) {
				// 马永强、普翠芬、张文礼分别以61票、58票、47票当选: the names
				// before their votes
				if k := strings.LastIndex(pre[cs:], "分别以"); k >= 0 && allVotes(pre[cs+k+len("分别以"):]) {
					at = cs + k
				}
			}
		}
		// 杨金龙(42票)、扎西卓玛(38票)当选为副镇长: each name before its votes
		if voted := r.votedBefore(at); len(voted) > 0 {
			for _, n := range voted {
				r.elect(n.name, n.start, n.end, ps, pe)
			}
			continue
		}
		// 乌日娜、刘振宇获得的赞成票超过全体代表的半数，当选为副苏木达: the
		// names before the clauses of their votes
		if voted := r.votedNames(at); len(voted) > 1 {
			for _, n := range voted {
				r.elect(n.name, n.start, n.end, ps, pe)
			}
			continue
		}
		if names := r.nameListBefore(at); len(names) > 1 {
			if pe == ps {
				ps, pe = r.countedPost(names[0].start, ps)
			}
			for _, n := range names {
				r.elect(n.name, n.start, n.end, ps, pe)
			}
			continue
		}
		if name, s, e, ok := r.nameBefore(at); ok {
			if pe == ps {
				ps, pe = r.producedPost(s, ps)
			}
			r.elect(name, s, e, ps, pe)
		} else if voted := r.votedNames(at); len(voted) == 1 {
			r.elect(voted[0].name, voted[0].start, voted[0].end, ps, pe)
		}
	}
}

// postsAmongElected reads a post alone on its line with a colon, its
// names on the lines below, among lines that say who was elected (王秀芳…
// 当选为县人大常委会副主任；⏎县人大常委会委员（按姓氏笔画排序）：⏎马丽　王海龙…).
func (r *reader) postsAmongElected() {
	for k := 1; k < len(r.lines); k++ {
		t := strings.TrimSpace(r.n[r.lines[k].start:r.lines[k].end])
		head, ok := strings.CutSuffix(t, ":")
		if !ok || !hasTitleSuffix(strings.TrimSpace(cutNote(head))) || utf8.RuneCountInString(head) > 40 {
			continue
		}
		if prev := r.lines[k-1]; strings.Contains(r.n[prev.start:prev.end], "当选") {
			r.resultLines(prev.end)
		}
	}
}

// elections returns where the text says someone was elected, in text
// order: each 当选, and each 补选为 after a name (苏雅琴补选为…; not 依法补选
// 为…, whose names follow, nor a by-election elsewhere whose deputies the
// meeting confirms: 确认武亚楠、石建平补选为…代表的代表资格有效).
func (r *reader) elections() []int {
	at := slices.Clone(r.find("当选"))
	for _, i := range r.find("补选为") {
		c, _ := utf8.DecodeLastRuneInString(r.n[:i])
		if !isHan(c) && c != ')' || hasSuffixAny(r.n[:i], []string{"依法", "会议", "大会"}) ||
			strings.Contains(r.n[clauseStart(r.n, i):i], "确认") {
			continue
		}
		at = append(at, i)
	}
	slices.Sort(at)
	return at
}

// allVotes reports whether t lists votes apart by 、 (61票、58票、47), the
// last 票 cut.
func allVotes(t string) bool {
	for item := range strings.SplitSeq(t, "、") {
		if item = strings.TrimSuffix(item, "票"); item == "" || !allDigits(item) {
			return false
		}
	}
	return t != ""
}

// votedNames reads those elected when 当选 at byte at opens a clause after
// those of the votes, the first of which opens with the names: 候选人蒙丽华得票
// 四十四票，超过全体代表的半数，当选为…; 乌日娜、刘振宇获得的赞成票超过全体代表的
// 半数，当选为副苏木达.
func (r *reader) votedNames(at int) []named {
	end := at
	// the clauses of the votes, back to the one with the names (王光荣得49票，
	// 反对1票，弃权1票，另选他人1票，当选为…)
	for range 5 {
		if !strings.HasSuffix(r.n[:end], ",") {
			break
		}
		end -= len(",")
		cs := clauseStart(r.n, end)
		c := r.n[cs:end]
		if !strings.Contains(c, "票") && !strings.Contains(c, "半数") {
			break
		}
		rest := strings.TrimPrefix(c, "候选人")
		s := cs + len(c) - len(rest)
		// each name alone or before its votes (熊正富得44票、罗明芬得40票),
		// the last before its votes
		var out []named
		for {
			item, after, more := strings.Cut(rest, "、")
			if name, ok := nameAtStart(item, "得票", "获得", "以", "获", "得"); ok {
				out = append(out, named{name, s, s + len(name)})
				if !more {
					return out
				}
			} else if more && isName(item) {
				out = append(out, named{item, s, s + len(item)})
			} else {
				break
			}
			s, rest = s+len(item)+len("、"), after
		}
		end = cs
	}
	return nil
}

// producedPost returns where the post stands that the clause before the
// name at byte s says was filled (选举产生了某县监察委员会主任，汤启明当选),
// when the name is elected to no post after 当选; else i, i.
func (r *reader) producedPost(s, i int) (int, int) {
	pre := strings.TrimSuffix(r.n[:s], ",")
	if len(pre) == s {
		return i, i // the name does not open a clause
	}
	lo := clauseStart(r.n, len(pre))
	k := strings.LastIndex(r.n[lo:len(pre)], "选举产生")
	if k < 0 {
		return r.countedPost(s, i)
	}
	ps := lo + k + len("选举产生")
	if strings.HasPrefix(r.n[ps:], "了") {
		ps += len("了")
	}
	if len(pre)-ps < len("县长") || !hasTitle(r.n[ps:len(pre)]) {
		return i, i
	}
	return ps, len(pre)
}

// countedPost returns where the post stands that an earlier clause of the
// sentence says so many were elected to, its count after it, when the names
// at byte s are elected to no post after 当选 (会议还补选…常务委员会委员2名，
// 实行差额选举，3名候选人中，王海涛、韩丽萍当选); else i, i.
func (r *reader) countedPost(s, i int) (int, int) {
	from := r.sentenceAt(s).start
	for _, v := range []string{"补选", "选举", "增补"} {
		for _, k := range slices.Backward(indexAll(r.n[from:s], v)) {
			ps := from + k + len(v)
			pe := clauseEnd(r.n, ps)
			post := r.n[ps:pe]
			n, c, ok := numBefore(post, len(post)-len("名"), 3)
			if !ok || n < 1 || !strings.HasSuffix(post, "名") || !hasTitle(post[:c]) {
				continue
			}
			return ps, ps + c
		}
	}
	return i, i
}

// electVerbs are the verbs readElected reads "NAMES为POST" after.
var electVerbs = []string{"选举", "补选", "任命", "推选", "决定"}

// appointVerbs are the verbs readElected reads names after: electVerbs, and
// 通过 when a name follows it (通过了林晓为…主任委员).
var appointVerbs = append(electVerbs[:len(electVerbs):len(electVerbs)], "通过")

// opensWithVerb reports whether t opens with one of electVerbs: the next
// clause of a sentence, not a name (选举…，补选刘婷为…).
func opensWithVerb(t string) bool {
	return slices.ContainsFunc(electVerbs, func(v string) bool { return strings.HasPrefix(t, v) })
}

// appointed reads "NAMES为POST" in the clause at byte j, as after 选举, and
// reports whether it did, and where the last post it read ends.
func (r *reader) appointed(j int) (int, bool) {
	found, last := false, j
	// 补选郑磊为委员、李娜为副市长: pairs follow each other
	for {
		end := r.namesEnd(j)
		k := strings.Index(r.n[j:end], "为")
		if k < 0 {
			return last, found
		}
		ps := j + k + len("为")
		pe, next := positionEnd(r.n, ps), -1
		if pe == ps {
			return last, found
		}
		if q, sep := nextAppointee(r.n[ps:pe]); q >= 0 {
			pe, next = ps+q, ps+q+sep // the post ends where the next pair starts
		} else if sp := strings.IndexByte(r.n[ps:pe], ' '); sp > 0 && hasTitleSuffix(r.n[ps:ps+sp]) {
			pe = ps + sp // a headline's next clause (补选李文涛为市人民政府副市长　表决通过6项决议)
		}
		if listedBelow(r.n[j : j+k]) {
			// 选举下列17人为大会主席团成员：⏎孟和巴雅尔　巴特尔…: the names
			// follow the post
			pe = ps + len(strings.TrimRight(r.n[ps:pe], ": \n"))
			for _, m := range r.nameList(pe, false) {
				r.elect(m.name, m.start, m.end, ps, pe)
				found, last = true, pe
			}
			return last, found
		}
		if r.appointees(j, k, ps, pe) {
			found, last = true, pe
			if n := groupCount(r.n[j : j+k]); n > 1 {
				r.groupListed(ps, pe, n)
			}
		}
		if next < 0 {
			return last, found
		}
		j = next
	}
}

// listedBelow reports whether what stands between an electing verb and its
// 为 announces names listed after the post (下列17人, 以下15名同志, 下列人员)
// rather than being names.
func listedBelow(t string) bool {
	t = strings.TrimSpace(t)
	rest, ok := strings.CutPrefix(t, "下列")
	if !ok {
		if rest, ok = strings.CutPrefix(t, "以下"); !ok {
			return false
		}
	}
	if _, e, ok := numAfter(rest, 0, 4); ok {
		rest = rest[e:]
	}
	switch strings.TrimSuffix(rest, "同志") {
	case "人", "名", "人员", "":
		return true
	}
	return false
}

// namesEnd returns where the clause of names starting at byte j ends (or
// the last 、 within clauseReach): a note on a person or their votes does
// not end it (选举王五(女)为副县长, 选举赵秋实(498票)、欧阳晓岚(503票)为副市长).
func (r *reader) namesEnd(j int) int {
	end := clauseEndNear(r.n, j)
	for end < len(r.n) && r.n[end] == '(' && end-j < clauseReach {
		c := strings.IndexByte(r.n[end:min(len(r.n), end+64)], ')')
		if c < 0 || withoutNote(r.n[:end+c+1]) == r.n[:end+c+1] && !strings.HasSuffix(r.n[:end+c+1], "票)") && !noteOnName(r.n, j, end, end+c+1) {
			break
		}
		end = clauseEndNear(r.n, end+c+1)
	}
	// names apart by commas typed for 、 (会议选举孙立新,刘洪涛,赵淑芬为…)
	if end < len(r.n) && r.n[end] == ',' && isName(squeeze(strings.TrimSpace(r.n[j:end]))) {
		for e := end; e < len(r.n) && r.n[e] == ',' && e-j < clauseReach; e = end {
			next := clauseEndNear(r.n, e+1)
			name, _, post := strings.Cut(r.n[e+1:next], "为")
			if !isName(squeeze(strings.TrimSpace(name))) {
				break
			}
			if end = next; post {
				break
			}
		}
	}
	return end
}

// noteOnName reports whether the note from byte open to byte close of s
// follows a name of the list that starts at byte j and comes before the
// list's 为 or its next name (补选陈晓峰(上海援藏干部)为…副市长).
func noteOnName(s string, j, open, close int) bool {
	item := s[j:open]
	if k := strings.LastIndex(item, "、"); k >= 0 {
		item = item[k+len("、"):]
	}
	return isName(squeeze(strings.TrimSpace(item))) && hasPrefixAny(s[close:], []string{"为", "、"})
}

// appointees elects the names listed from byte j to the 为 at j+k for the
// post from ps to pe, and reports whether it read any.
func (r *reader) appointees(j, k, ps, pe int) bool {
	found, named := false, false // named: the item before was a name
	// 选举王伟和李强为副县长: the last two joined by a conjunction
	items := splitLastPair(splitPieces(r.n[j:j+k], "、", ","))
	if len(items) == 1 {
		items = appendSpaced(nil, items[0]) // 王明辉　方志远　刘丽娜为…委员: apart by spaces
	}
	for n, p := range items {
		item, pos := p.text, j+p.start
		t := appointee(item)
		// the verb of another act (决定任命其为…: 任命其 is no name)
		if opensWithVerb(t) {
			named = false
			continue
		}
		// a name the parser does not know between two names
		// (毕志明、者桂芬、张国亮), last after two names or more (推选乔建民、
		// 梁卫东、贾丽萍、畅晓军为…), or alone before a post (选举海丽娜为
		// 县人民法院院长)
		if isName(squeeze(t)) || named && n+1 < len(items) && amongNames(t, appointee(items[n+1].text)) ||
			named && n >= 2 && n+1 == len(items) && unknownName(t, true, nil) ||
			len(items) == 1 && listedName(squeeze(t), r.n[ps:pe]) {
			at := pos + strings.Index(item, t)
			r.elect(squeeze(t), at, at+len(t), ps, pe)
			found, named = true, true
		} else if name, off, ok := titledName(t); ok {
			// a name after the post one holds (选举区人大常委会副主任金玉成
			// 为大会秘书长)
			at := pos + strings.Index(item, t) + off
			r.elect(name, at, at+len(t)-off, ps, pe)
			found, named = true, true
		} else {
			named = false
		}
	}
	return found
}

// votedBefore reads the names listed before byte at, each with its votes
// in parentheses: 杨金龙(42票)、扎西卓玛(38票). It returns them in text
// order, or none when the text before at ends otherwise.
func (r *reader) votedBefore(at int) []named {
	var out []named
	for n := 0; n < maxListLines && strings.HasSuffix(r.n[:at], "票)"); n++ {
		k := strings.LastIndexByte(r.n[:at], '(')
		if k < 0 || at-k > 24 {
			break
		}
		// the item: from the last 、 or clause mark before the votes
		lo := nearStart(r.n, k, 40, clauseDelims+"、)", "")
		name, off, ok := nameAtEnd(strings.TrimSuffix(r.n[lo:k], "同志"))
		if !ok {
			break
		}
		s := lo + off
		out = append(out, named{name, s, s + len(name)})
		at = s
		if !strings.HasSuffix(r.n[:at], "、") {
			break
		}
		at -= len("、")
	}
	slices.Reverse(out)
	return out
}

// appointee returns the name an item of a list before 为 holds: without
// 同志 (选举赵六同志为县长), its votes (选举赵秋实(498票)为副市长), a note
// (选举王五(女)为副县长) or the count of a group (赵强等15人为委员: 赵强 is
// one of them).
func appointee(item string) string {
	t := strings.TrimSpace(item)
	t = strings.TrimSpace(withoutVotes(t)) // 赵秋实(498票); the count and 同志 too
	t = withoutNote(t)
	// any note on who the one named is (陈晓峰(上海援藏干部))
	if n := strings.TrimSpace(cutNote(t)); n != t && isName(squeeze(n)) {
		t = n
	}
	if g := strings.Index(t, "等"); g > 0 {
		if _, e, ok := numAfter(t, g+len("等"), 4); ok && (strings.HasPrefix(t[e:], "人") || strings.HasPrefix(t[e:], "名")) {
			t = t[:g]
		}
	}
	return t
}

// groupCount returns N of the 等N人 (等N名) that ends names, the count of a
// group named by its first (马丽娟等15人), or 0.
func groupCount(names string) int {
	t := strings.TrimSpace(names)
	g := strings.LastIndex(t, "等")
	if g <= 0 {
		return 0
	}
	n, e, ok := numAfter(t, g+len("等"), 4)
	if !ok || t[e:] != "人" && t[e:] != "名" {
		return 0
	}
	return n
}

// groupListed elects, to the post from byte ps to pe, the members of a
// group of n elected that a list after pe names in full: 选举马丽娟等15人为…
// 代表。现将代表名单公告如下（按姓氏笔画为序）：⏎马丽娟（女，苗族）　王国庆…
func (r *reader) groupListed(ps, pe, n int) {
	window := r.n[pe:min(len(r.n), pe+150)]
	if k := strings.IndexByte(window, '\n'); k >= 0 {
		window = window[:k] // the heading is in the election's paragraph
	}
	k := strings.Index(window, "如下")
	if k < 0 {
		return
	}
	names := r.nameList(pe+k, false)
	if len(names) < 2 || len(names) > n {
		return
	}
	for _, m := range names {
		r.elect(m.name, m.start, m.end, ps, pe)
	}
}

// nextAppointee returns where, in the post read after 为, another pair
// NAME为POST starts after a 、 or a space (委员、李娜为副市长 → the 、), and
// the separator's length, or -1: a post may itself list offices (县委副书
// 记、县长).
func nextAppointee(post string) (int, int) {
	for q := 0; ; {
		// pairs apart by 、, or by a space in a headline (选举王振东为省人大
		// 常委会主任　刘长青为省长)
		i := strings.IndexAny(post[q:], "、 ")
		if i < 0 {
			return -1, 0
		}
		q += i
		_, sep := utf8.DecodeRuneInString(post[q:])
		rest := post[q+sep:]
		if p := runePrefix(rest, 13); p >= 0 {
			rest = rest[:p] // a name of up to a dozen characters, and 为
		}
		if k := strings.Index(rest, "为"); k > 0 && isName(squeeze(withoutNote(strings.TrimSuffix(rest[:k], "同志")))) {
			return q, sep
		}
		q += sep
	}
}

// slate reads the posts and names listed after a colon in the sentence that
// follows 选举产生 at byte j: 选举产生了市监察委员会主任：马超, or
// 选举产生了新一届县人民政府领导班子：县长赵六，副县长钱七、孙八. A name
// without a post before it holds the post of the name before it.
func (r *reader) slate(j int) {
	end := positionEnd(r.n, j)
	colon := strings.IndexByte(r.n[j:end], ':')
	if colon < 0 || colon > 120 {
		return
	}
	// the posts and names on the lines below (选举产生了新一届乡人大和乡政府领导
	// 班子：⏎乡人民代表大会主席：杨光明⏎乡人民政府乡长：向志刚), as results are
	if strings.HasPrefix(strings.TrimLeft(r.n[j+colon+1:], " "), "\n") {
		r.resultLines(j + colon)
		return
	}
	ps, pe := 0, 0 // the current post's span
	if head := strings.TrimPrefix(strings.TrimSpace(r.n[j:j+colon]), "了"); hasTitleSuffix(head) {
		ps = j + strings.Index(r.n[j:j+colon], head)
		pe = ps + len(head)
	}
	stop := strings.IndexAny(r.n[j:], "。.;\n")
	if stop < 0 {
		stop = len(r.n) - j
	}
	pos := j + colon + 1
	for _, item := range splitPieces(r.n[pos:j+stop], "、", ",") {
		at := pos + item.start
		t := strings.TrimSpace(item.text)
		name := squeeze(t)
		if !isName(name) {
			n, off, ok := nameAtEnd(t)
			post := strings.TrimSpace(t[:off])
			if !ok || off == 0 || !hasTitleSuffix(post) {
				return // not a slate: stop at the first item that is not one
			}
			name = n
			ps = at + strings.Index(item.text, post)
			pe = ps + len(post)
		}
		if pe == 0 {
			return
		}
		s := at + strings.Index(item.text, name)
		r.elect(name, s, s+len(name), ps, pe)
	}
}

// lostWords say a candidate was not elected.
var lostWords = []string{"未当选", "落选", "未过半数", "未能当选"}

// saidLost reports whether the text says name was not elected: the name
// right before one of lostWords, maybe with its votes between
// (候选人俞晓峰得票未过半数; 候选人蒙丽华得票七票，未当选). The names are read
// once, at the first call.
func (r *reader) saidLost(name string) bool {
	if r.lost == nil {
		r.lost = make(map[string]bool)
		for _, w := range lostWords {
			for _, i := range r.find(w) {
				if name, ok := r.loserBefore(i); ok {
					r.lost[name] = true
				}
			}
		}
	}
	return r.lost[name]
}

// loserBefore reads the candidate named before the word at byte i that
// says they lost: in its clause, or the clause before when the word opens
// its own (…得票七票，未当选), past what is said of the votes.
func (r *reader) loserBefore(i int) (string, bool) {
	end := i
	for k := 0; k < 3; k++ {
		cs := clauseStart(r.n, end)
		seg := r.n[cs:end]
		if g := strings.Index(seg, "得票"); g >= 0 {
			seg = seg[:g] // 俞晓峰得票未过半数, 韦家宝得票七票
		} else if g := strings.Index(seg, "得"); g >= 0 {
			if _, e, ok := numAfter(seg, g+len("得"), 5); ok && strings.HasPrefix(seg[e:], "票") {
				seg = seg[:g] // 候选人易红梅得18票
			}
		}
		seg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(seg, "因"), "均"))
		if c := strings.LastIndex(seg, "候选人"); c >= 0 && isName(seg[c+len("候选人"):]) {
			return seg[c+len("候选人"):], true // 另一名候选人俞晓峰
		}
		if name, _, ok := nameAtEnd(seg); ok {
			return name, true
		}
		if strings.TrimSpace(r.n[cs:end]) != "" && !strings.Contains(r.n[cs:end], "票") || cs == 0 {
			return "", false
		}
		end = cs - 1 // the comma before
		for end > 0 && !utf8.RuneStart(r.n[end]) {
			end--
		}
	}
	return "", false
}

// presidiumMeets reports whether a headline covers a meeting of the
// presidium (…举行预备会议和主席团第一次会议; not …预备会议——选举产生大会主席团).
func presidiumMeets(title string) bool {
	i := strings.Index(title, "主席团")
	return i >= 0 && presidiumMeeting(title[i+len("主席团"):])
}

// presidiumList reads the members of the presidium the meeting elected,
// listed under their heading: 选举产生了由27人组成的大会主席团。⏎大会主席团
// 成员名单如下(按姓氏笔画排序):⏎丁海波　马建军…. The sentence before the
// heading says the presidium was elected; the heading names the post.
func (r *reader) presidiumList() {
	const members = "主席团成员"
	for _, i := range r.find(members) {
		// 主席团成员名单…, or the post and its names after a colon, a
		// note before it maybe (大会主席团成员（按姓氏笔画为序）：⏎于洪波…)
		after := r.n[i+len(members):]
		after = after[bracketNoteLen(after):]
		if !strings.HasPrefix(after, "名单") && !strings.HasPrefix(after, ":") {
			continue
		}
		ps := clauseStart(r.n, i)
		for ps < i && r.n[ps] == ' ' {
			ps++
		}
		if !r.presidiumElected(ps) {
			continue
		}
		pe := i + len(members)
		names := r.nameList(pe, false)
		for _, n := range names {
			r.elect(n.name, n.start, n.end, ps, pe)
		}
		if len(names) > 0 {
			r.secretaryBelow(names[len(names)-1].end)
		}
	}
	// the heading spaced out on a line of its own, as a bulletin sets it
	// (主 席 团 成 员 名 单⏎（15名，按姓氏笔画为序）⏎⏎于　涛　　王丽君…)
	for k, ln := range r.lines {
		line := r.n[ln.start:ln.end]
		// (most lines end otherwise: looked at before they are squeezed)
		if !strings.HasSuffix(strings.TrimRight(line, " "), "单") || !strings.Contains(line, " ") || squeeze(line) != members+"名单" {
			continue
		}
		if !r.presidiumElected(ln.start) {
			continue
		}
		j := ln.end
		// a note under it: （15名，按姓氏笔画为序）
		if k+1 < len(r.lines) {
			next := strings.TrimSpace(r.n[r.lines[k+1].start:r.lines[k+1].end])
			if strings.HasPrefix(next, "(") && bracketNoteLen(next) == len(next) {
				j = r.lines[k+1].end
			}
		}
		for _, n := range r.nameLines(j) {
			r.electPost(n.name, n.start, n.end, members, ln.start, ln.end)
		}
	}
}

// secretaryBelow reads the secretary-general the meeting elected with the
// presidium, on the line after the list of its members that ends at byte i:
// 大会秘书长：朴成哲.
func (r *reader) secretaryBelow(i int) {
	nl := strings.IndexByte(r.n[i:], '\n')
	if nl < 0 {
		return
	}
	start := i + nl + 1
	line := r.n[start:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	t := strings.TrimLeft(line, " ")
	post, name, ok := strings.Cut(t, ":")
	if name = strings.TrimSpace(strings.TrimRight(name, "。.")); !ok || post != "大会秘书长" && post != "秘书长" || !isName(name) {
		return
	}
	ps := start + len(line) - len(t)
	at := ps + len(post) + 1 + strings.Index(t[len(post)+1:], name)
	r.elect(name, at, at+len(name), ps, ps+len(post))
}

// presidiumElected reports whether the text before byte i, where a list of
// the presidium's members starts, says the presidium was elected: a
// sentence there names it and 选举 (选举产生了…会议主席团). The first such
// sentence is looked for once.
func (r *reader) presidiumElected(i int) bool {
	if r.electedPresidium == 0 {
		r.electedPresidium = -1
		for _, s := range r.sentences {
			if t := r.n[s.start:s.end]; strings.Contains(t, "选举") && strings.Contains(t, "主席团") {
				r.electedPresidium = s.end
				break
			}
		}
	}
	return r.electedPresidium > 0 && r.electedPresidium <= i
}

// resultLines reads election results set out one post a line under a
// heading ending at byte j: 选举结果如下:\n苏木达:乌日娜\n副苏木达:张军、王强.
// A line belongs to them when what follows its colon is names and nothing
// else; the first line that is not ends them. Results on the heading's own
// line are a slate (选举结果：县长张三，副县长李四).
func (r *reader) resultLines(j int) {
	// 选举结果如下, and a table's title: …会议选举结果名单
	// (…选举结果公告（节选）: the notice's table under it)
	rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(r.n[j:], "如下"), "名单"), "公告")
	// a note on the heading: 大会选举结果（2026年1月15日）, 选举结果如下（发出
	// 选票179张，收回179张）：
	if n := bracketNoteLen(rest); n > 0 && (strings.HasPrefix(rest[n:], "\n") || strings.HasPrefix(rest[n:], ":")) {
		rest = rest[n:]
	}
	var from int
	switch {
	case strings.HasPrefix(rest, "\n"):
		// a table set in columns under its heading (…会议选举结果), posts
		// and names apart by wide gaps: 副 主 任　　郭　健　　庞瑞学; or a
		// list of posts and names with colons under a body's name
		// (…领导人员名单⏎⏎县人大常委会⏎主任：刘建军⏎副主任：…)
		from = len(r.n) - len(rest) + 1
		if !r.colonsBelow(from) {
			r.resultColumns(from)
			return
		}
	case strings.HasPrefix(rest, ":"):
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 || strings.TrimSpace(rest[1:nl]) != "" {
			r.slate(j) // on one line: 选举结果：县长张三，副县长李四
			return
		}
		from = len(r.n) - len(rest) + nl + 1
	default:
		return
	}
	first := r.lineFrom(from)
	if r.columnsAt(first, from) {
		r.resultColumns(from) // a table in columns after all: 职务　姓名　得票
		return
	}
	// body: the heading a table's posts belong to (苏州市人民政府 over
	// 市　长:吴新华); open: the post whose names go on over the next lines
	// (委　员(按姓氏笔画为序):\n王　琦　朱卫东…)
	var body, open post
	for k := first; k < len(r.lines) && k < first+maxListLines; k++ {
		l := r.lines[k]
		if l.start < from {
			continue
		}
		line := r.n[l.start:l.end]
		if strings.TrimSpace(line) == "" {
			continue // results in groups, a blank line between
		}
		start := l.start
		n := enumeratorLen(line)
		numbered := n > 0
		if numbered {
			line, start = line[n:], start+n // 一、乡人民政府乡长:隗红梅(赞成43票…)
		}
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			t := strings.Join(strings.Fields(line), "")
			// not a sentence after them (现予公告。)
			if names, ok := resultNames(line, start, open.text); open.text != "" && ok && !strings.HasSuffix(t, "。") {
				r.electAll(names, body, open)
				continue
			}
			// a post whose names are published apart (县十九届人大常委会委员21名，
			// 名单另行公告。): the table goes on below it
			if strings.Contains(t, "另行公") && utf8.RuneCountInString(t) <= 40 {
				open = post{}
				continue
			}
			if utf8.RuneCountInString(t) > 20 || !allHan(t) {
				return
			}
			// a post, its names on the lines below (一、某市人民政府副市长
			// \n　　赵　磊　　孟凡玲(女); 县人民政府县长\n和建华 得票186)
			if hasTitleSuffix(t) && (numbered || !isBody(t)) {
				open = post{t, start + len(line) - len(strings.TrimLeft(line, " ")), l.end}
				continue
			}
			if !isBody(t) {
				return
			}
			body, open = post{t, start, l.end}, post{}
			continue
		}
		head := line[:colon]
		// 副县长(3名), 委员(按姓氏笔画为序): a note on the post
		if k := strings.IndexByte(head, '('); k > 0 && strings.HasSuffix(strings.TrimSpace(head), ")") {
			head = head[:k]
		}
		p := post{strings.Join(strings.Fields(head), ""), start, start + len(strings.TrimRight(head, " "))}
		p.start += len(head) - len(strings.TrimLeft(head, " "))
		if p.text == "" || utf8.RuneCountInString(p.text) > 20 || !allHan(p.text) {
			return
		}
		if strings.TrimSpace(line[colon+1:]) == "" {
			if !hasTitleSuffix(p.text) {
				return // a heading, not a result
			}
			open = p // the names follow on the next lines
			continue
		}
		names, ok := resultNames(line[colon+1:], start+colon+1, p.text)
		if !ok {
			return
		}
		open = post{}
		r.electAll(names, body, p)
	}
}

// resultColumns reads a table of results from byte from, set in columns
// with gaps of two spaces or more: a note in parentheses under the heading,
// a body's name on its line, a post and its names (主　　任　　蒋文永),
// names going on over indented lines, a post with a note and its names
// below (委　　员（31名，按姓氏笔画为序）).
func (r *reader) resultColumns(from int) {
	var body, open post
	candidates := false // the head names its people 候选人: a 差额 election's table
	first := r.lineFrom(from)
	for k := first; k < len(r.lines) && k < first+maxListLines; k++ {
		l := r.lines[k]
		line := r.n[l.start:l.end]
		t := strings.TrimLeft(line, " ")
		lead := l.start + len(line) - len(t)
		t = strings.TrimRight(t, " ")
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"):
			continue // (2022年1月7日…会议通过)
		case strings.Trim(t, "|-: ") == "":
			continue // a table's rule: | --- | --- |
		}
		cells := gapCells(t, lead)
		if isTableHead(cells) || len(cells) == 0 {
			candidates = candidates || slices.ContainsFunc(cells, func(c piece) bool { return strings.HasPrefix(squeeze(c.text), "候选人") })
			continue // 职务　姓名　得票
		}
		if slices.ContainsFunc(cells, notElected) || slices.ContainsFunc(cells, lostNote) {
			// a candidate not elected, named: mentioned (…　陈嘉宁　296　—　—
			// 未当选; …　刘洪斌（未当选）　85)
			for _, c := range cells {
				t, _, _ := strings.Cut(c.text, "(") // 刘洪斌（未当选）
				if t = strings.TrimRight(t, " "); isName(squeeze(t)) {
					r.unelected = append(r.unelected, named{squeeze(t), c.start, c.start + len(t)})
				}
			}
			continue
		}
		// a post alone with its colon, a note on it or not, its names on the
		// rows below (县人大常委会委员（15名，按姓氏笔画为序）：⏎　　王丽萍　文建新…)
		if head, ok := strings.CutSuffix(cells[0].text, ":"); ok && len(cells) == 1 {
			if k := strings.IndexByte(head, '('); k > 0 && strings.HasSuffix(head, ")") {
				head = head[:k]
			}
			if p := squeeze(head); tablePost(p) {
				open = post{p, cells[0].start, cells[0].start + len(head)}
				continue
			}
		}
		cells = splitNamePost(joinSpacedNames(splitNotedPost(withoutVoteCells(cells))))
		// a row naming the one elected first (| 陈思远 | 紫阳县人民政府县长 |
		// 178 | 174 | … | 当选 |)
		if len(cells) == 2 && isName(squeeze(cells[0].text)) {
			if p := strings.Join(strings.Fields(cells[1].text), ""); tablePost(p) {
				r.electPost(squeeze(cells[0].text), cells[0].start, cells[0].end, p, cells[1].start, cells[1].end)
				continue
			}
		}
		// the post may be padded with gaps too (主　　任): as many cells as
		// make a title
		n, name := postCells(cells)
		head := piece{"", cells[0].start, cells[n-1].end}
		cells = append(cells[:1:1], cells[n:]...)
		if len(cells) == 2 && tablePost(name) && namedElsewhere(cells[1].text) {
			continue // 县人大常委会委员　共21名（名单另发）
		}
		switch {
		case tablePost(name):
			p := post{name, head.start, head.end}
			if len(cells) == 1 {
				open = p // the names follow on the next lines
				continue
			}
			names, ok := cellNames(cells[1:], p.text)
			if !ok {
				return
			}
			open = p
			r.electAll(r.withoutLosers(names, p.text, candidates), body, p)
		case open.text != "":
			names, ok := cellNames(cells, open.text)
			if !ok {
				if len(cells) == 1 && isBody(name) {
					body, open = post{name, head.start, head.end}, post{}
					continue
				}
				return
			}
			r.electAll(r.withoutLosers(names, open.text, candidates), body, open)
		case len(cells) == 1 && allHan(name) && utf8.RuneCountInString(name) <= 20 && isBody(name):
			body = post{name, head.start, head.end}
		default:
			return
		}
	}
}

// namedElsewhere reports whether a table's cell says the names of its post
// are given elsewhere: 共21名(名单另发), 名单另行公布.
func namedElsewhere(t string) bool {
	return firstIndex(t, []string{"名单另", "另行公布", "另发", "另附"}) >= 0
}

// tablePost reports whether a cell of a table of results holds a post:
// a title, maybe after its body (县长, 紫阳县人民政府县长).
func tablePost(t string) bool {
	return hasTitleSuffix(t) && allHan(t) && (utf8.RuneCountInString(t) <= 12 || isBodyPost(t))
}

// postCells returns how many cells of a line open it with a post (主 任,
// 委 员(31名,按姓氏笔画为序) — its note cut), at least one, and the post or
// the first cell's text, spaces closed up.
func postCells(cells []piece) (int, string) {
	joined := ""
	for n, c := range cells[:min(len(cells), 4)] {
		joined += c.text
		t := strings.Join(strings.Fields(cutNote(joined)), "")
		if titleSet[t] || titleSet[strings.TrimPrefix(t, "副")] {
			return n + 1, t
		}
	}
	// a post in full with its note: 市人大常委会委员（差额补选2名）
	return 1, strings.Join(strings.Fields(cutNote(cells[0].text)), "")
}

// withoutLosers returns the names of a row of a table of candidates
// (职务　候选人　赞成票…) without those the text elected to no post when it
// elected another to the row's post pos (会议选举班玛才让为…副乡长 over the
// rows 副乡长　班玛才让　30 and 副乡长　张晓军　11): they lost, and are
// mentioned. A table of those elected (姓名, 当选人) keeps every name.
func (r *reader) withoutLosers(names []named, pos string, candidates bool) []named {
	if !candidates || !slices.ContainsFunc(r.rec.Elected, func(e Election) bool { return strings.HasSuffix(shortPost(e.Position), shortBodies.Replace(pos)) }) {
		return names
	}
	return slices.DeleteFunc(slices.Clone(names), func(n named) bool {
		if r.elected(n.name) {
			return false
		}
		r.unelected = append(r.unelected, n)
		return true
	})
}

// countApart splits a cell a single space parts into a name and a count,
// as a table pads a long name to its column (额尔德木图　187): the name ends
// in a Chinese character, the count is digits.
func countApart(c piece) []piece {
	sp := strings.LastIndexByte(c.text, ' ')
	if sp <= 0 || sp == len(c.text)-1 {
		return []piece{c}
	}
	name, count := strings.TrimRight(c.text[:sp], " "), c.text[sp+1:]
	last, _ := utf8.DecodeLastRuneInString(name)
	if !isHan(last) || strings.Trim(count, "0123456789") != "" {
		return []piece{c}
	}
	return []piece{{name, c.start, c.start + len(name)}, {count, c.start + sp + 1, c.end}}
}

// gapCells splits a line of a table set in columns at gaps of two spaces
// or more, or tabs, or at bars (| 县长 | 马海龙 | 165 |, 县人民政府县长 | 东方明远);
// each cell keeps its single spaces (郭 健) and its span, the line
// starting at byte at.
func gapCells(t string, at int) []piece {
	var out []piece
	if strings.Contains(t, "|") {
		for s := 0; s < len(t); {
			e := strings.IndexByte(t[s:], '|')
			if e < 0 {
				e = len(t) - s
			}
			c := strings.TrimLeft(t[s:s+e], " ")
			cs := at + s + e - len(c)
			if c = strings.TrimRight(c, " "); c != "" {
				out = append(out, piece{c, cs, cs + len(c)})
			}
			s += e + 1
		}
		return out
	}
	for s := 0; s < len(t); {
		e := strings.Index(t[s:], "  ")
		if tab := strings.IndexByte(t[s:], '\t'); e < 0 || tab >= 0 && tab < e {
			e = tab
		}
		if e < 0 {
			e = len(t) - s
		}
		out = append(out, countApart(piece{t[s : s+e], at + s, at + s + e})...)
		s += e
		for s < len(t) && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
	}
	return out
}

// tableHeads are the headings of a table of results' columns (职务 姓名
// 得票), which no result is.
var tableHeads = map[string]bool{"职务": true, "当选职务": true, "拟任职务": true, "选举职务": true, "姓名": true,
	"候选人": true, "候选人姓名": true, "得票": true, "得票数": true, "票数": true, "赞成票": true, "反对票": true,
	"弃权票": true, "赞成": true, "反对": true, "弃权": true, "性别": true, "备注": true, "序号": true,
	"选举结果": true, "结果": true, "表决结果": true, "应投票数": true, "实投票数": true, "投票数": true,
	"赞成票数": true, "反对票数": true, "弃权票数": true, "有效票": true, "有效票数": true,
	"补选职务": true, "发出选票": true, "收回选票": true, "发出票数": true, "收回票数": true,
	"当选人": true, "当选人姓名": true, "被选举人": true, "职位": true, "民族": true,
	"是否当选": true, "当选情况": true, "另选他人": true, "另选他人票": true}

// resultWords are what a table of results says of a candidate in a column
// of its own: elected (true) or not.
var resultWords = map[string]bool{"当选": true, "通过": true, "未当选": false, "落选": false, "未通过": false,
	"末当选": false} // 未当选 as OCR reads it

// notElected reports whether a table's cell says its row's candidate was
// not elected (未当选, 落选).
func notElected(c piece) bool {
	elected, ok := resultWords[c.text]
	return ok && !elected
}

// lostNote reports whether a table's cell is a name with a note saying
// its candidate was not elected: 刘洪斌（未当选）.
func lostNote(c piece) bool {
	t, _, _ := strings.Cut(c.text, ") ") // its votes a space after (刘洪斌（未当选）　85)
	i := strings.IndexByte(t, '(')
	if i <= 0 {
		return false
	}
	elected, ok := resultWords[strings.TrimSuffix(t[i+1:], ")")]
	return ok && !elected
}

// isTableHead reports whether a line's cells are the headings of a table's
// columns, however padded (职　　务　姓　　名　得票数: cells 职, 务, 姓…).
func isTableHead(cells []piece) bool {
	joined := ""
	for _, c := range cells {
		joined += strings.Join(strings.Fields(c.text), "")
	}
	heads := 0
	for joined != "" {
		n := 0 // the longest heading at the start of joined
		for h := range tableHeads {
			if len(h) > n && strings.HasPrefix(joined, h) {
				n = len(h)
			}
		}
		if n == 0 {
			return false
		}
		joined, heads = joined[n:], heads+1
	}
	return heads > 1
}

// withoutVoteCells drops the cells of votes, of the result and of the
// person's sex that end a row of a table of results (赵文昌  196, 168票; |
// 马海龙 | 165 | 当选 |; 潘文涛	男	63), and the row's number that opens it
// (1	镇长	潘文涛).
func withoutVoteCells(cells []piece) []piece {
	for len(cells) > 1 {
		// (a count a scan split with a space: 1 69)
		t := strings.ReplaceAll(strings.TrimSuffix(strings.TrimSpace(cells[len(cells)-1].text), "票"), " ", "")
		// a count, a result, a sex, a people (藏族, 土家族), or a dash for
		// none (—)
		if _, ok := resultWords[t]; !ok && t != "男" && t != "女" && t != "—" && t != "-" && (t == "" || !allDigits(t)) && !isPeople(t) {
			break
		}
		cells = cells[:len(cells)-1]
	}
	if len(cells) > 2 && allDigits(strings.TrimSpace(cells[0].text)) {
		cells = cells[1:]
	}
	return cells
}

// joinSpacedNames joins two cells of one character each that a narrow gap
// parts, a name of two padded to the width of three (严  俊 under 姓  名),
// into one.
func joinSpacedNames(cells []piece) []piece {
	for k := 0; k+1 < len(cells); k++ {
		a, b := cells[k], cells[k+1]
		if utf8.RuneCountInString(a.text) != 1 || utf8.RuneCountInString(b.text) != 1 || b.start-a.end > maxNameGap ||
			!isName(a.text+b.text) {
			continue
		}
		cells[k] = piece{a.text + b.text, a.start, b.end}
		cells = append(cells[:k+1], cells[k+2:]...)
	}
	return cells
}

// splitNamePost splits a row's one cell that holds a name and a post apart
// by one space, maybe its votes after (王建勋　县人民政府县长, 屈晓东　宿州市
// 第六届人民代表大会代表　223: a full-width space between the columns of a
// table set with them), into the two cells of a row that names the one
// elected first.
func splitNamePost(cells []piece) []piece {
	if len(cells) != 1 {
		return cells
	}
	c := cells[0]
	f := strings.Split(c.text, " ")
	if len(f) < 2 || !isName(f[0]) || !tablePost(f[1]) || slices.ContainsFunc(f[2:], func(v string) bool { return !allDigits(v) }) {
		return cells
	}
	ps := c.start + len(f[0]) + 1
	return []piece{{f[0], c.start, c.start + len(f[0])}, {f[1], ps, ps + len(f[1])}}
}

// splitNotedPost splits the first cell of a row where a post, maybe with a
// note, and the name after it stand one space apart, a full-width space
// folded (县人大常委会副主任　王红霞, 县人民政府副县长（差额）　王淑芬).
func splitNotedPost(cells []piece) []piece {
	if len(cells) == 0 {
		return cells
	}
	c := cells[0]
	// a post and several names one space apart (县人大常委会副主任　汪建华　妥永红)
	if f := strings.Split(c.text, " "); len(f) > 2 && tablePost(cutNote(f[0])) && !slices.ContainsFunc(f[1:], func(w string) bool { return !isName(w) }) {
		out := []piece{{f[0], c.start, c.start + len(f[0])}}
		at := c.start + len(f[0]) + 1
		for _, w := range f[1:] {
			out = append(out, piece{w, at, at + len(w)})
			at += len(w) + 1
		}
		return append(out, cells[1:]...)
	}
	// (the name may carry its votes: 镇人大主席　邹明华（赞成票67票，弃权票1票）)
	k := strings.LastIndexByte(cutNote(c.text), ' ')
	if k <= 0 || !tablePost(cutNote(c.text[:k])) || !isName(cutNote(c.text[k+1:])) {
		return cells
	}
	post, name := piece{c.text[:k], c.start, c.start + k}, piece{c.text[k+1:], c.start + k + 1, c.end}
	return append([]piece{post, name}, cells[1:]...)
}

// maxNameGap bounds the bytes of spaces within a padded name (two
// full-width spaces, or four ASCII ones).
const maxNameGap = 6

// isPeople reports whether a table's cell names one of China's peoples
// (汉族, 藏族, 蒙古族, 柯尔克孜族).
func isPeople(t string) bool {
	n := utf8.RuneCountInString(t)
	return strings.HasSuffix(t, "族") && n >= 2 && n <= 5 && allHan(t)
}

// allDigits reports whether s is ASCII digits only (none: false).
func allDigits(s string) bool {
	return s != "" && strings.TrimFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) == ""
}

// cellNames reads the names of the cells after a post p, spaces closed up
// (郭 健 → 郭健), and reports false when a cell is not a name.
func cellNames(cells []piece, p string) ([]named, bool) {
	var out []named
	for _, c := range cells {
		// a cell may list names (| 县人大常委会副主任 | 何永胜、赵雪梅 |)
		for _, q := range splitPieces(c.text, "、") {
			raw := strings.TrimSpace(q.text)
			t := strings.Join(strings.Fields(raw), "")
			// one name with its note (陇海平（彝族）, 丁红梅（女）)
			if n := cutNote(t); n != t && listedName(n, p) {
				raw = strings.TrimSpace(raw[:strings.IndexByte(raw, '(')])
				t = strings.Join(strings.Fields(raw), "")
			}
			if !listedName(t, p) {
				// names a space apart (向红梅　李大军　覃玉兰)
				names, ok := resultNames(q.text, c.start+q.start, p)
				if !ok || len(names) < 2 {
					return nil, false
				}
				out = append(out, names...)
				continue
			}
			s := c.start + q.start + strings.Index(q.text, raw)
			out = append(out, named{t, s, s + len(raw)})
		}
	}
	return out, len(out) > 0
}

// listedName reports whether t, listed after the post p in a table or a
// list of results, is a name: one the parser knows, or, after a title, one
// whose surname it does not.
func listedName(t, p string) bool {
	return isName(t) || hasTitleSuffix(p) && mayBeName(t)
}

// cutNote returns t without the note in parentheses that ends it, from its
// first ( on: 委员(按姓氏笔画为序) → 委员, 阿力日哈(须报经…批准) → 阿力日哈.
func cutNote(t string) string {
	if i := strings.IndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") {
		return t[:i]
	}
	return t
}

// post is a post (or the body it belongs to) as a table of results writes
// it, spaces closed up (主　任 → 主任), with its span.
type post struct {
	text       string
	start, end int
}

// isBodyPost reports whether t is a post written with its body, as a table
// of results may (三江侗族自治县人民代表大会常务委员会副主任): a body's word
// before the title, at most 32 characters.
func isBodyPost(t string) bool {
	if utf8.RuneCountInString(t) > 32 {
		return false
	}
	for _, w := range bodyPostWords {
		if i := strings.Index(t, w); i > 0 && len(t)-i > len(w) {
			return true
		}
	}
	return false
}

// colonsBelow reports whether the first line from byte from on that is
// neither blank nor a body's name gives a post and names after a colon
// (主任：刘建军).
func (r *reader) colonsBelow(from int) bool {
	first := r.lineFrom(from)
	for k := first; k < len(r.lines) && k < first+4; k++ {
		l := r.lines[k]
		if l.start < from {
			continue
		}
		line := strings.TrimSpace(r.n[l.start:l.end])
		if line == "" || isBody(strings.Join(strings.Fields(line), "")) {
			continue
		}
		// (a post's note before the colon aside: 县人大常委会委员(按姓氏笔画
		// 排序):)
		c := strings.IndexByte(line, ':')
		return c > 0 && len(cutNote(line[:c])) < 40
	}
	return false
}

// columnsAt reports whether the first line of a table of results, from
// line first on (not before byte from), is set in columns rather than
// with colons: no colon, and gaps between cells.
func (r *reader) columnsAt(first, from int) bool {
	for k := first; k < len(r.lines) && k < first+3; k++ {
		l := r.lines[k]
		if l.start < from {
			continue
		}
		line := strings.TrimSpace(r.n[l.start:l.end])
		if line == "" {
			continue
		}
		// (or a post and its name one space apart: 镇人大主席　邹明华)
		return !strings.Contains(line, ":") && (len(gapCells(line, 0)) > 1 || len(splitNotedPost(gapCells(line, 0))) > 1)
	}
	return false
}

// bodyWords end the names of the bodies whose posts a table of results
// lists: 某县人民政府, 某县监察委员会.
var bodyWords = []string{"委员会", "常委会", "政府", "法院", "检察院", "人大"}

// bodyPostWords name a body inside a post written with it: bodyWords and
// 代表大会 (某乡人民代表大会副主席).
var bodyPostWords = append(bodyWords[:len(bodyWords):len(bodyWords)], "代表大会")

// isBody reports whether a line of a table of results names the body the
// posts under it belong to: 苏州市人民政府, 某县监察委员会.
func isBody(t string) bool {
	for _, w := range bodyWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// resultNames reads the names of a result written at byte at, after a post
// p: separated by 、, commas or spaces, two-character names padded to the
// width of three (王　琦), a note after a name (阿力日哈(须报经…批准)). It
// reports false when an item is not a name.
func resultNames(s string, at int, p string) ([]named, bool) {
	var out []named
	// (a name padded with two spaces, as ASCII pads it: 王  磊  薛晓东)
	pieces := slices.DeleteFunc(splitPieces(strings.TrimRight(s, "。.;, "), "、", ",", " "), func(p piece) bool { return p.text == "" })
	for _, item := range joinSpaced(pieces) {
		t := strings.TrimSpace(cutNote(strings.TrimSpace(item.text)))
		if t == "" || isTally(t) {
			continue // 和建华 得票186: the votes after a name
		}
		if !listedName(t, p) {
			return nil, false
		}
		s, e := at+item.start, at+item.end // a name joined from spaced pieces spans them
		if t != item.text {
			s = at + item.start + strings.Index(item.text, t)
			e = s + len(t)
		}
		out = append(out, named{t, s, e})
	}
	return out, len(out) > 0
}

// isTally reports whether t counts a name's votes: 得票186, 186票, 得票186票.
func isTally(t string) bool {
	n := strings.TrimSuffix(strings.TrimPrefix(t, "得票"), "票")
	return n != t && n != "" && allDigits(n)
}

// electAll records the names elected to post p of body (which may be
// none): a bare post takes the body's name (苏州市人民政府 + 副市长).
func (r *reader) electAll(names []named, body, p post) {
	pos := p.text
	if body.text != "" && !strings.HasPrefix(pos, body.text) {
		pos = body.text + pos
	}
	for _, n := range names {
		r.electPost(n.name, n.start, n.end, pos, p.start, p.end)
		if body.text != "" {
			r.evidence("elected", body.start, body.end)
		}
	}
}

func (r *reader) elect(name string, s, e, ps, pe int) {
	r.electPost(name, s, e, strings.TrimSpace(r.n[ps:pe]), ps, pe)
}

// electPost records name, read at bytes s to e, elected to the post pos,
// read at bytes ps to pe.
func (r *reader) electPost(name string, s, e int, pos string, ps, pe int) {
	if r.othersRole(s) || r.recounting {
		// elected at a session named in passing, or by another body
		// (协商选举马红霞为政协…副主席), or at the session a meeting
		// conveying its spirit recounts: mentioned
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// one the text says lost (另一名候选人俞晓峰得票未过半数), though a table
	// of votes lists them under the post
	if r.saidLost(name) {
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// 本次大会主席团成员 is the session's 大会主席团成员, as every other
	// report writes it
	if rest, ok := strings.CutPrefix(pos, "本次"); ok && strings.HasPrefix(rest, "大会") {
		pos = rest
	}
	// a delegation elects its head at its own meeting, not the congress
	if strings.Contains(pos, "代表团") || pos == "团长" || pos == "副团长" {
		return
	}
	// a vote's tellers, chosen for it, hold no office (会议推选马成林为总监票人,
	// 汪正海、何淑梅等8名代表为监票人): mentioned
	if slices.Contains([]string{"总监票人", "监票人", "计票人", "总计票人", "唱票人"}, pos) {
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// a deputy of the session's own congress, whom a constituency elected
	// (a qualifications report's 巴彦浩特镇…依法补选王秀兰为旗第十八届人民代表
	// 大会代表): named, not elected at the meeting — a congress elects
	// deputies only to the congress above it
	if r.ownDeputy(pos) {
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// the presidium, not the preparatory meeting, chooses its standing
	// chairs and deputy secretaries-general (预备会议结束后，大会主席团举行第一次
	// 会议。会议推选…为大会主席团常务主席): a report on the preparatory meeting
	// names them, unless its headline covers the presidium's meeting too
	// (…举行预备会议和主席团第一次会议; not …——选举产生大会主席团), as every
	// blind key reads it
	if r.rec.Event == EventPreparatory && (strings.HasSuffix(pos, "常务主席") || strings.HasSuffix(pos, "副秘书长")) && !presidiumMeets(r.rec.Title) {
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// and a report on the presidium's meeting recalls whom the preparatory
	// meeting elected before it (当天下午举行的预备会议选举产生了…大会主席团和
	// 大会秘书长,田卫东当选为大会秘书长): not its act, as the blind key reads it
	if r.rec.Event == EventPresidium && strings.Contains(r.n[r.sentenceAt(s).start:s], "预备会议") {
		r.unelected = append(r.unelected, named{name, s, e})
		return
	}
	// chosen to chair the plenaries (推选…为大会各次全体会议执行主席,
	// 决定…为大会第一次全体会议执行主席): an executive chair the report
	// names, no post one is elected or appointed to (as every blind key
	// reads it)
	if strings.HasSuffix(pos, "执行主席") {
		r.person("executive_chairs", &r.rec.ExecutiveChairs, name, s, e)
		return
	}
	// chosen to preside over a plenary to come (推选…纪洪波为第三次全体会议
	// 主持人): no post, and not this meeting's presiding
	if strings.HasSuffix(pos, "主持人") {
		return
	}
	if at, seen := r.first[role{"elected", name}]; seen {
		// once a name, ordered where it was first read, in the fullest
		// form of its post (补选苏国辉为副市长 in the headline, then 为珠海
		// 市人民政府副市长; 县人大常委会副主任 in a table, 某县人民代表大会常务
		// 委员会副主任 in the text). A chair the presidium chose among its members
		// (推选…为大会主席团常务主席) holds the post the congress elected
		// them to before (当选为大会主席团成员, 大会秘书长), unless the report
		// is on the presidium's meeting: that is its act, the election one
		// it recalls.
		presidium := r.rec.Event == EventPresidium
		k := r.electedAt[name]
		switch old := r.rec.Elected[k].Position; {
		case len(pos) > len(old) && (strings.HasSuffix(pos, old) || strings.HasSuffix(shortPost(pos), shortBodies.Replace(old))):
			r.rec.Elected[k].Position = pos
			r.evidence("elected", ps, pe)
		case s < at && !presidium && chosenChair(old) && !chosenChair(pos):
			r.rec.Elected[k].Position = r.qualifyPost(pos, s)
			r.evidence("elected", s, e)
			r.evidence("elected", ps, pe)
		case presidium && chosenChair(pos) && !chosenChair(old):
			r.rec.Elected[k].Position = pos
			r.first[role{"elected", name}] = s // ordered as the presidium's act
			r.evidence("elected", s, e)
			r.evidence("elected", ps, pe)
		}
		// read first by a later pass (a notice's 选举高振宇为县长 at the
		// foot, then 高振宇当选为县长 above it): ordered where the text
		// names it first
		if !presidium {
			r.mark("elected", name, s)
		}
		return
	}
	pos = r.qualifyPost(pos, s)
	if r.electedAt == nil {
		r.electedAt = make(map[string]int)
	}
	r.electedAt[name] = len(r.rec.Elected)
	r.rec.Elected = append(r.rec.Elected, Election{Name: name, Position: pos})
	r.evidence("elected", s, e)
	r.mark("elected", name, s)
	if pe > ps {
		r.evidence("elected", ps, pe)
	}
}

// ownDeputy reports whether pos is a deputy of the congress whose session
// the record is on: 旗第十八届人民代表大会代表 at the banner's session,
// 振安区第十九届人民代表大会代表 at 丹东市振安区's. A deputy of another
// congress (汕尾市第八届人民代表大会代表 at 陆河县's), of another term, or one
// elected to attend one (出席市人民代表大会代表) is not, nor one named by a
// level word alone with no term (市人大代表 at a county-level city's session
// may be the prefecture's).
func (r *reader) ownDeputy(pos string) bool {
	head, ok := strings.CutSuffix(pos, "人民代表大会代表")
	if !ok {
		head, ok = strings.CutSuffix(pos, "人大代表")
	}
	if !ok || strings.Contains(head, "出席") || r.rec.Locality == "" {
		return false
	}
	termed := false
	if k := strings.Index(head, "届"); k >= 0 {
		// the term's numeral before 届, whole
		n, j, ok := numBefore(head, k, 4)
		if c, _ := utf8.DecodeLastRuneInString(head[:j]); !ok || cnum.IsNumeral(c) || n != r.rec.Term {
			return false
		}
		head, termed = strings.TrimSuffix(head[:j], "第"), true
	}
	if head == "" {
		return false
	}
	if utf8.RuneCountInString(head) == 1 {
		if !termed {
			return false
		}
		for _, u := range units {
			if u.suffix == head {
				return u.level == r.rec.Level && strings.HasSuffix(r.rec.Locality, head)
			}
		}
		return false
	}
	return strings.HasSuffix(r.rec.Locality, head)
}

// shortPost writes a post as a table would: its bodies short and its
// congress's term left out (双峰县第十八届人民代表大会常务委员会委员 →
// 双峰县人大常委会委员; 县十八届人大常委会主任 → 县人大常委会主任).
func shortPost(pos string) string {
	pos = shortBodies.Replace(pos)
	if k := strings.Index(pos, "届"); k > 0 {
		if _, j, ok := numBefore(pos, k, 4); ok {
			pos = strings.TrimSuffix(pos[:j], "第") + pos[k+len("届"):]
		}
	}
	return pos
}

// chosenChair reports whether pos is a chair a presidium chooses among its
// members (常务主席, 执行主席).
func chosenChair(pos string) bool {
	return strings.HasSuffix(pos, "常务主席") || strings.HasSuffix(pos, "执行主席")
}

// qualifyPost names the body of a bare post (副主任, 秘书长, 副县长) after
// the post read before it in the same sentence, whose body it shares: 何正海
// 当选为某省人大常委会主任，李敏当选为副主任 → 某省人大常委会副主任. A name
// read at byte at holds the post.
func (r *reader) qualifyPost(pos string, at int) string {
	if !titleSet[pos] || len(r.rec.Elected) == 0 {
		return pos
	}
	prev := r.rec.Elected[len(r.rec.Elected)-1]
	if r.sentenceAt(r.first[role{"elected", prev.Name}]) != r.sentenceAt(at) {
		return pos
	}
	title := titleSuffix(prev.Position)
	body := strings.TrimSuffix(prev.Position, title)
	if title == "" || body == "" || strings.HasSuffix(body, "副") {
		return pos
	}
	// the same office (主任 and 副主任, 县长 and 副县长), or a committee's
	// secretary-general or member
	same := strings.TrimPrefix(pos, "副") == strings.TrimPrefix(title, "副")
	committee := (strings.HasSuffix(body, "委员会") || strings.HasSuffix(body, "常委会")) &&
		(pos == "秘书长" || pos == "副秘书长" || pos == "委员")
	if !same && !committee {
		return pos
	}
	return body + pos
}

// positionEnd returns where the post after 当选 or 为 ends: at the end of the
// clause (a post may list several offices joined by 、).
func positionEnd(s string, i int) int {
	return nearEnd(s, i, clauseReach, "。.,;!?\n(", "") // no post runs so long: a clause that does is cut
}
