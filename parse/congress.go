package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"renda/parse/region"
)

// mention is one place where the text names a congress session, as in
// 朔州市平鲁区第八届人民代表大会第五次会议 or 县十八届人大三次会议.
type mention struct {
	locality     string // 朔州市平鲁区, "" when only a level word (县) is written
	level        string // from the locality's last unit or the bare level word
	term         int    // 届
	session      int    // 次会议, 0 when the mention names only the congress
	start, end   int    // byte span in the normalised text
	locStart     int    // where the locality (or level word) starts
	listed       []span // the places listed after the locality before one congress (its headline's 乌兰哈拉嘎苏木)
	standing     bool   // the standing committee (常委会), not the congress
	meeting      int    // N of the standing committee's 第N次会议, 0 if none
	national     bool   // 全国人大
	delegates    bool   // 人大代表: delegates of that congress, not a meeting
	unitEnd      int    // end of the locality, = start of the term
	sessionStart int
}

// findMentions lists every congress mention of s in order.
func findMentions(s string) []mention {
	return mentionsAt(s, indexAll(s, "届"))
}

// mentionsAt reads the mentions around the given offsets of 届 in s.
func mentionsAt(s string, at []int) []mention {
	var out []mention
	for _, i := range at {
		if m, ok := mentionAt(s, i); ok {
			out = append(out, m)
		}
	}
	return out
}

// mentionAt reads a mention around the 届 at byte i.
func mentionAt(s string, i int) (mention, bool) {
	term, ts, ok := numBefore(s, i, 4)
	if !ok || term <= 0 || term > 30 {
		return mention{}, false
	}
	// 新一届, 上一届, 下一届: which term, not the first
	if p, _ := utf8.DecodeLastRuneInString(s[:ts]); term == 1 && strings.HasPrefix(s[ts:], "一") && strings.ContainsRune("新上下本这该每同前后", p) {
		return mention{}, false
	}
	m := mention{term: term, start: ts}
	if strings.HasSuffix(s[:ts], "第") {
		m.start = ts - len("第")
	}
	j := i + len("届")
	if strings.HasPrefix(s[j:], "全国") {
		m.national = true
		j += len("全国")
	}
	// 十四届省人大二次会议: the level word between the term and the congress
	inner := ""
	for _, u := range units {
		if u.level == "" || !strings.HasPrefix(s[j:], u.suffix) {
			continue
		}
		if rest := s[j+len(u.suffix):]; strings.HasPrefix(rest, "人民代表大会") || strings.HasPrefix(rest, "人大") || strings.HasPrefix(rest, "人代会") {
			inner, j = u.level, j+len(u.suffix)
		}
		break
	}
	switch {
	case strings.HasPrefix(s[j:], "人民代表大会"):
		j += len("人民代表大会")
	case strings.HasPrefix(s[j:], "人大"):
		j += len("人大")
	case strings.HasPrefix(s[j:], "人代会"): // 十八届人代会三次会议
		j += len("人代会")
	case strings.HasPrefix(s[j:], "居民议政会") && strings.HasSuffix(s[:m.start], "街道"):
		// a subdistrict's council of residents, which stands for the
		// congress a 街道 has not (湖滨街道第二届居民议政会第三次会议)
		j += len("居民议政会")
	case strings.HasSuffix(s[:m.start], "人大") && !m.national:
		// 县人大十八届三次会议: the congress named before its term,
		// the session right after it
		if !sessionAfter(s, j) {
			return mention{}, false
		}
		m.start -= len("人大")
	default:
		return mention{}, false
	}
	m.end = j
	rest := s[j:]
	switch {
	case strings.HasPrefix(rest, "常务委员会"), strings.HasPrefix(rest, "常委会"):
		m.standing = true
		k := j + len("常委会")
		if strings.HasPrefix(rest, "常务委员会") {
			k = j + len("常务委员会")
		}
		// 人大常委会于2025年12月召开第二十六次会议: past the day
		if strings.HasPrefix(s[k:], "于") {
			day := s[k:min(len(s), k+60)]
			if c := strings.IndexAny(day, clauseDelims); c >= 0 {
				day = day[:c]
			}
			if v := firstIndex(day, []string{"举行", "召开"}); v > 0 {
				k += v
			}
		}
		for _, w := range []string{"举行了", "举行", "召开了", "召开"} { // 人大常委会举行第二十六次会议
			if strings.HasPrefix(s[k:], w) {
				k += len(w)
				break
			}
		}
		k += len(s[k:]) - len(strings.TrimPrefix(s[k:], "第"))
		if n, e, ok := numAfter(s, k, 4); ok && n > 0 && strings.HasPrefix(s[e:], "次会议") {
			m.meeting = n
		}
	case strings.HasPrefix(rest, "代表"):
		m.delegates = !strings.HasPrefix(rest, "代表大会")
	}
	if !m.standing {
		k := j + len(s[j:]) - len(strings.TrimLeft(s[j:], " \n")) // a headline may break here
		if strings.HasPrefix(s[k:], "第") {
			k += len("第")
		}
		if n, e, ok := numAfter(s, k, 4); ok && strings.HasPrefix(s[e:], "次") && n > 0 && n < 30 {
			after := s[e+len("次"):]
			if strings.HasPrefix(after, "会议") || strings.HasPrefix(after, "全体会议") || strings.HasPrefix(after, "大会") {
				m.session, m.sessionStart = n, j
				m.end = e + len("次")
				if strings.HasPrefix(after, "会议") {
					m.end += len("会议")
				}
			}
		}
	}
	m.unitEnd = m.start
	m.locality, m.level, m.locStart = localityBefore(s, m.start)
	m.firstListed(s)
	if m.level == "" {
		m.level = inner
	}
	if m.locality == "" && m.level == "" {
		// 清徐县隆重召开第十七届人民代表大会第二次会议: the place is the
		// subject, or places are (金石镇、崀山镇分别召开第十八届…)
		for _, v := range []string{"隆重召开", "胜利召开", "隆重举行", "召开", "举行"} {
			if strings.HasSuffix(s[:m.start], v) {
				end := subjectEnd(s, m.start-len(v))
				if loc, level, ls := localityBefore(s, end); level != "" {
					m.locality, m.level, m.locStart, m.unitEnd = loc, level, ls, end
					m.firstListed(s)
				}
				break
			}
		}
	}
	return m, true
}

// subjectAdverbs stand between the places that hold a session and the verb
// (金石镇、崀山镇分别召开…; 新街镇等乡镇已相继召开…).
var subjectAdverbs = []string{"分别", "先后", "相继", "陆续", "同日", "同时", "已经", "已", "也", "均", "都"}

// subjectEnd returns where the places that are the subject of a verb
// ending at byte end of s end: before the adverbs (分别, 已相继) and a
// closing 等 with its count or group word (新街镇、…、逢春岭乡等乡镇已相继召开;
// 等4个乡镇; 等地).
func subjectEnd(s string, end int) int {
	for trimmed := true; trimmed; {
		trimmed = false
		for _, adv := range subjectAdverbs {
			if strings.HasSuffix(s[:end], adv) {
				end -= len(adv)
				trimmed = true
			}
		}
	}
	for _, g := range []string{"乡镇", "镇", "乡", "街道", "地"} {
		if t := strings.TrimSuffix(s[:end], g); len(t) < end {
			t = strings.TrimSuffix(t, "个")
			if _, s, ok := numBefore(t, len(t), 4); ok {
				t = t[:s] // 等4个乡镇
			}
			if strings.HasSuffix(t, "等") {
				return len(t) - len("等")
			}
		}
	}
	return len(strings.TrimSuffix(s[:end], "等"))
}

// firstListed takes for m's locality the first of places of one level
// listed before one congress (巴彦花镇、乌兰哈拉嘎苏木第四届人民代表大会…;
// 黎平县尚重镇、洪州镇召开第十八届…, a roundup's headline; 金秀瑶族自治县三角
// 乡、忠良乡、罗香乡先后召开…): the first is the report's, the others m had
// read are listed.
func (m *mention) firstListed(s string) {
	if m.locality == "" {
		return
	}
	for k := 0; k < maxListedPlaces; k++ {
		sep := 0 // 、, or a half-width comma in text typed so (同日,头营镇,彭堡镇也分别召开…)
		if strings.HasSuffix(s[:m.locStart], "、") {
			sep = len("、")
		} else if strings.HasSuffix(s[:m.locStart], ",") {
			sep = 1
		}
		if sep == 0 {
			return
		}
		loc, level, ls := localityBefore(s, m.locStart-sep)
		if loc == "" || level != m.level {
			return
		}
		m.listed = append(m.listed, span{m.locStart, m.unitEnd})
		m.locality, m.locStart, m.unitEnd = loc, ls, m.locStart-sep
	}
}

// maxListedPlaces bounds the places read listed before one congress.
const maxListedPlaces = 12

// sessionAfter reports whether a session (第三次会议, 三次会议) follows byte
// j of s.
func sessionAfter(s string, j int) bool {
	j += len(s[j:]) - len(strings.TrimPrefix(s[j:], "第"))
	n, e, ok := numAfter(s, j, 4)
	return ok && n > 0 && strings.HasPrefix(s[e:], "次会议")
}

// units are the suffixes of administrative units, longest first, with the
// level a congress of that unit has.
var units = []struct{ suffix, level string }{
	{"特别行政区", ""}, {"自治区", LevelProvince}, {"自治州", LevelCity}, {"自治县", LevelCounty},
	{"自治旗", LevelCounty}, {"街道", LevelTownship}, {"新区", LevelDistrict},
	{"特区", LevelDistrict}, {"省", LevelProvince}, {"市", LevelCity}, {"区", LevelDistrict},
	{"县", LevelCounty}, {"旗", LevelCounty}, {"州", LevelCity}, {"盟", LevelCity}, {"乡", LevelTownship},
	{"镇", LevelTownship}, {"苏木", LevelTownship},
}

// municipalities are the cities at province level.
var municipalities = map[string]bool{"北京市": true, "天津市": true, "上海市": true, "重庆市": true}

// stopRunes never occur in the places a report names before a congress, so
// a name cannot reach past them: 在清徐县 → 清徐县.
const stopRunes = "在的了是召举期届议讯由对把被让该我各此等暨年午晚今昨这其所据席丨"

// stopsName reports whether r, the rune before byte j of s, stops a place's
// name read backwards: a stop rune, 月 after a number (1月, 正月 — but
// 月山乡 and 月湖区 are places) or 午 after a time word (下午, 中午 — but
// 子午街道 is a place).
func stopsName(s string, j int, r rune) bool {
	p, _ := utf8.DecodeLastRuneInString(s[:j-utf8.RuneLen(r)])
	switch r {
	case '月':
		return unicode.IsDigit(p) || strings.ContainsRune("一二三四五六七八九十〇零正元腊冬本每上下当该次同", p)
	case '午':
		return strings.ContainsRune("上下中正当", p) // 下午, not 子午街道
	}
	return strings.ContainsRune(stopRunes, r)
}

// weakStops start some place names (全州县, 会宁县, 日照市, 于都县) but more
// often are words before one; they are cut only when two or more name
// characters remain.
const weakStops = "全本从将会日于和与及为以即向经间次电"

// localityBefore reads the place named right before byte end of s: one or
// more units such as 朔州市平鲁区, or a bare level word such as 县. It returns
// the place ("" for a bare level word), the congress level and where it starts.
func localityBefore(s string, end int) (string, string, int) {
	start, level := end, ""
	bare := false
	for {
		u, name, ok := unitBefore(s, start)
		if !ok {
			break
		}
		if level == "" {
			level = u.level
		}
		if name == "" {
			// a bare level word (县十八届人大) stands alone
			if start == end {
				bare = true
				start -= len(u.suffix)
			}
			break
		}
		start -= len(u.suffix) + len(name)
	}
	if bare || start == end {
		return "", level, start
	}
	loc := s[start:end]
	if municipalities[loc] {
		level = LevelProvince
	}
	return loc, level, start
}

// unitBefore reads one unit (name + suffix) ending at byte end.
func unitBefore(s string, end int) (struct{ suffix, level string }, string, bool) {
	for _, u := range units {
		if !strings.HasSuffix(s[:end], u.suffix) {
			continue
		}
		nameEnd := end - len(u.suffix)
		max := 4
		// autonomous places, and ethnic townships (鄂温克民族苏木,
		// 崇儒畲族乡), run longer
		if strings.HasSuffix(s[:nameEnd], "民族") {
			max = 10 // 巴彦塔拉达斡尔民族乡
		} else if strings.HasPrefix(u.suffix, "自治") || strings.HasSuffix(s[:nameEnd], "族") {
			max = 8
		} else if u.suffix == "苏木" {
			max = 6 // Mongolian names run longer: 乌兰哈拉嘎苏木
		}
		// collect up to max Han runes before the suffix
		j, k := nameEnd, 0
		for ; k < max && j > 0; k++ {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isHan(r) || stopsName(s, j, r) {
				break
			}
			// another unit ends here: stop, it is read on its own
			if k > 0 && endsWithUnit(s[:j]) && isPlaceName(s, j) {
				break
			}
			j -= size
		}
		// a township's name holding a character that stops names elsewhere
		// (阿勒腾席热镇), read back to the county the division table knows
		// right before it (伊金霍洛旗阿勒腾席热镇)
		if k < max && u.level == LevelTownship {
			if p := countyBefore(s, j, nameEnd); p >= 0 {
				j, k = p, max
			}
		}
		// a name that runs longer, as the division table knows it
		// (科尔沁右翼前旗, 达尔罕茂明安联合旗), or past a stop rune (诸暨市,
		// 召陵区); one read longer than the table's it ends with, of two
		// characters or more, holds words before it (来到通化市, 图为福清市)
		// (an autonomous unit's name holding a unit word: 积石山保安族东乡族
		// 撒拉族自治县, whose 乡 of 东乡族 stopped the reading)
		long := region.NameAtEnd(s[:end])
		if (k == max || strings.ContainsAny(long, stopRunes) || strings.HasPrefix(u.suffix, "自治")) && len(long) > end-j ||
			len(long) > len(u.suffix) && len(long) < end-j && utf8.RuneCountInString(long[:len(long)-len(u.suffix)]) >= 2 {
			j = end - len(long)
		}
		name := s[j:nameEnd]
		// the congress's short name before a place (区人代会纸坊街道代表团)
		if k := strings.LastIndex(name, "代会"); k >= 0 {
			name = name[k+len("代会"):]
		}
		// cut a weak stop at the start when a name of two or more remains,
		// unless the division table knows the name it opens (本溪满族自治县)
		if r, size := utf8.DecodeRuneInString(name); strings.ContainsRune(weakStops, r) && utf8.RuneCountInString(name) >= 3 && long != s[j:end] {
			name = name[size:]
		} else if size == len(name) && strings.ContainsRune(weakStops, r) && long != s[j:end] {
			name = "" // the word before a bare level word (为县第十八届…会议召开作准备), not 和县
		}
		name = withoutVerb(s[:nameEnd-len(name)], name)
		// 向 (to) before the unit's name, or before a bare level word
		// (陈卫东院长向县十八届人大五次会议作…; 院长向如东县…): the words
		// before it are no part of the name, unless the division table knows it
		if k := strings.LastIndex(name, "向"); k >= 0 && long != s[nameEnd-len(name):end] {
			if rest := name[k+len("向"):]; rest == "" || utf8.RuneCountInString(rest) >= 2 {
				name = rest
			}
		}
		// a county of one character the division table knows after a
		// verb (参加涉县第十七届…): the county alone
		if len(long) < len(name)+len(u.suffix) && strings.HasSuffix(name+u.suffix, long) &&
			utf8.RuneCountInString(long) == 2 && endsWithVerb(name[:len(name)+len(u.suffix)-len(long)]) {
			name = long[:len(long)-len(u.suffix)]
		}
		// a verb before the unit word, cut at its first rune, which stops
		// names (召开县… reads 开县 by the stop rune 召); a level word
		// misread as a name, unless the division table knows the unit so
		// named (新县, Henan's: 新县周河乡)
		if name != "" && (isLevelWordOnly(name) && long != s[nameEnd-len(name):end] || !hasHan(name) || endsWithVerb(name) ||
			nameEnd-len(name) >= 3 && endsWithVerb(s[nameEnd-len(name)-3:nameEnd])) {
			name = ""
		}
		// a province is one of the provinces, words before it read with it
		// (图为省十四届人大, 图为四川省): the province alone, or none
		if u.suffix == "省" && name != "" && !provinces[name] {
			name = provinceEnding(name)
		}
		return u, name, true
	}
	return struct{ suffix, level string }{}, "", false
}

// provinceEnding returns the short name of the province that ends name,
// or "".
func provinceEnding(name string) string {
	for k := 2; k <= 3; k++ {
		if i := runeSuffix(name, k); i >= 0 && provinces[name[i:]] {
			return name[i:]
		}
	}
	return ""
}

// nameThrough are the stop runes that transcribed names of townships hold
// (阿勒腾席热镇, 其甫乡): a township's name reads through them back to the
// county named before it (countyBefore).
const nameThrough = "席其所由"

// countyBefore returns where a township's name starts that runs back from
// byte j, where a stop rune of nameThrough ended it, to a county-level unit
// the division table knows (伊金霍洛旗 in 伊金霍洛旗阿勒腾席热镇), eight
// characters at most before byte nameEnd; or -1.
func countyBefore(s string, j, nameEnd int) int {
	through := false
	for n := utf8.RuneCountInString(s[j:nameEnd]); n < 8 && j > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isHan(r) || stopsName(s, j, r) && !strings.ContainsRune(nameThrough, r) {
			return -1
		}
		through = through || strings.ContainsRune(nameThrough, r)
		j -= size
		if long := region.NameAtEnd(s[:j]); through && utf8.RuneCountInString(long) >= 3 && j < nameEnd &&
			hasSuffixAny(long, []string{"县", "旗", "市", "区"}) {
			return j
		}
	}
	return -1
}

// withoutVerb cuts a verb from the start of a place's name read before a
// unit word, where before is the text before the name: 决定阜平县 → 阜平县,
// 贯彻西吉县 → 西吉县, and 会议决定清水河县 read as 定清水河 → 清水河; and a
// long name read past a verb inside it, from that verb on (元参加皇城蒙古族
// → 皇城蒙古族). At least two characters of name must remain.
func withoutVerb(before, name string) string {
	// an ethnic township's long name read past a verb inside it (铁进元参加
	// 皇城蒙古族乡代表团): the name after the verb
	if utf8.RuneCountInString(name) > 4 {
		for _, v := range verbsBeforeLevel {
			if k := strings.LastIndex(name, v); k > 0 && utf8.RuneCountInString(name[k+len(v):]) >= 2 {
				name = name[k+len(v):]
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(name)
	if !verbRunes[first] || utf8.RuneCountInString(name) < 3 {
		return name // most names: no verb's first or last rune opens them
	}
	for _, v := range verbsBeforeLevel {
		if rest, ok := strings.CutPrefix(name, v); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
		last, size := utf8.DecodeLastRuneInString(v)
		if rest, ok := strings.CutPrefix(name, string(last)); ok && strings.HasSuffix(before, v[:len(v)-size]) &&
			utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// endsWithUnit reports whether s ends with a unit suffix.
func endsWithUnit(s string) bool {
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			return true
		}
	}
	return false
}

// isPlaceName reports whether a unit ending at byte end has a name of at
// least two Han runes before its suffix, as 朔州市 in 朔州市平鲁区, or is a
// county of one the division table knows (代县 in 代县阳明堡镇), or an
// autonomous unit it knows whose name holds a rune that stops names (龙胜
// 各族自治县 in 龙胜各族自治县龙脊镇).
func isPlaceName(s string, end int) bool {
	for _, u := range units {
		if !strings.HasSuffix(s[:end], u.suffix) {
			continue
		}
		long := region.NameAtEnd(s[:end])
		if utf8.RuneCountInString(long) == 2 && u.suffix == "县" || strings.HasPrefix(u.suffix, "自治") && len(long) > len(u.suffix) {
			return true
		}
		j, n := end-len(u.suffix), 0
		for n < 2 && j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isHan(r) || stopsName(s, j, r) {
				break
			}
			j -= size
			n++
		}
		return n >= 2
	}
	return false
}

// verbsBeforeLevel are words that stand before a bare level word (会议决定县
// 十八届人大三次会议于…召开) and end no place's name.
var verbsBeforeLevel = []string{"决定", "参加", "根据", "按照", "依照", "关于", "通过", "筹备", "迎接", "确保", "服务", "开好", "做好", "组织", "出席",
	"研究", "部署", "召开", "举行", "审议", "讨论", "听取", "安排", "围绕", "保障", "落实", "传达", "学习", "贯彻", "宣传",
	"聚焦", "直击", "关注", "走进", // a column's label: 聚焦市六届人大三次会议
	// 来自粤海街道代表团; 魏庆华宣布县十八届人大三次会议开幕
	"来自", "宣布", "宣告",
	"交办", "督办", "办理", // 关于交办县十七届人大六次会议代表建议的通知
	"分为", "包括", // 代表分为桂城街道、九江镇…7个代表团
	"其中",       // 分为9个代表团，其中罗庄街道代表团25名
	"祝贺", "庆祝", // 热烈祝贺县十七届人大六次会议胜利闭幕
	"速览", "回眸", "盘点", "解读"} // a number piece's headline: 一组数字速览县十八届人大五次会议

// verbRunes holds the first and last runes of verbsBeforeLevel: a name
// that opens with none of them holds no verb to cut.
var verbRunes = func() map[rune]bool {
	m := make(map[rune]bool)
	for _, v := range verbsBeforeLevel {
		first, _ := utf8.DecodeRuneInString(v)
		last, _ := utf8.DecodeLastRuneInString(v)
		m[first], m[last] = true, true
	}
	return m
}()

// endsWithVerb reports whether a place name read before a unit word ends
// with one of verbsBeforeLevel, so that it is no place.
func endsWithVerb(name string) bool { return hasSuffixAny(name, verbsBeforeLevel) }

// isLevelWordOnly reports whether name is a level word misread as a name,
// as 全 in 全县, 本 in 本市 or 乡 in 各乡镇.
func isLevelWordOnly(name string) bool {
	switch name {
	case "全", "本", "该", "我", "各", "此", "两", "一", "新", "上", "下",
		"省", "市", "县", "区", "乡", "镇", "苏木乡": // 乡镇, 县区, 市县, 苏木乡镇: levels named together
		return true
	}
	return false
}
