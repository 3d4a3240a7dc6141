package parse

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"renda/parse/region"
)

// readCongress picks the congress session the report is about among the
// mentions: the term and session named most, with the headline and the lead
// counting more; then the most specific locality given for it.
func (r *reader) readCongress() {
	var ms, deputies []mention
	for _, m := range mentionsAt(r.n, r.find("届")) {
		switch {
		case m.national:
		case m.delegates:
			deputies = append(deputies, m)
		default:
			ms = append(ms, m)
		}
	}
	r.readMeetings(ms)
	if len(ms) == 0 {
		r.noSession(deputies)
		return
	}
	type key struct{ term, session int }
	score := map[key]int{}
	first := map[key]int{}
	for k, m := range ms {
		w := 1
		if m.session > 0 && !m.standing {
			w += 4
		}
		if m.start < r.title.end {
			w += 6
		} else if m.start < 600 {
			w += 2
		}
		if m.standing || r.pastSeam(m.start) {
			w = 0 // a second article's session is not the report's
		}
		kk := key{m.term, m.session}
		if _, ok := first[kk]; !ok {
			first[kk] = k
		}
		score[kk] += w
	}
	var best key
	bestScore := -1
	for k, s := range score {
		if s > bestScore || (s == bestScore && first[k] < first[best]) {
			best, bestScore = k, s
		}
	}
	// A mention naming only the term (常委会) must not stand for a session
	// when a session of that term is named too.
	main := ms[first[best]]
	// A report on a meeting of the standing committee (县十八届人大常委会第
	// 十五次会议 in the headline, no session of the congress there) is about
	// that meeting: its term, no session; a session it fixes a date for is
	// not the report's.
	sm, standing := r.standingMeeting(ms)
	if standing {
		best, main = key{sm.term, 0}, sm
		r.standing = true
		r.warn(fmt.Sprintf("congress: a meeting of the standing committee (常委会第%d次会议), not a session of the congress", sm.meeting))
	} else {
		r.standingAside(ms)
	}
	// A longer name of the same place (太原市清徐县 for 清徐县, 平遥县 for
	// 县); not another place of the same term and session (古田县大桥镇, in
	// a list of related reports, for 熙岭乡).
	for _, m := range ms {
		if m.term != best.term || m.session != best.session || m.standing != standing || len(m.locality) <= len(main.locality) || r.pastSeam(m.start) {
			continue
		}
		if main.locality == "" && (main.level == "" || m.level == main.level) || r.sameUnit(main, m) ||
			strings.HasSuffix(m.locality, main.locality) || oneUnit(main.locality, m.locality) || cutShort(main.locality, m.locality) {
			main = m
		}
	}
	if main.level == "" {
		for _, m := range ms {
			if m.term == best.term && m.session == best.session && m.standing == standing && m.level != "" {
				main.level = m.level
				break
			}
		}
	}
	r.main = main
	for _, m := range r.readSiblings(ms, main) {
		if m.term == best.term && m.session == best.session && m.standing == standing && !r.pastSeam(m.start) {
			r.mainAt = append(r.mainAt, m.start)
			r.listed = append(r.listed, m.listed...)
		}
	}
	rec := r.rec
	rec.Term, rec.Session = best.term, best.session
	if standing {
		rec.Session = soleSession(ms, best.term)
	}
	rec.Locality, rec.Level = withoutProvinceShort(main.locality), main.level
	if rec.Locality == "" && !r.localityFromText() {
		r.localityFromSource()
	}
	if main.locality != "" {
		r.evidence("locality", main.locStart, main.unitEnd)
		r.evidence("level", main.unitEnd-lastUnitLen(main.locality), main.unitEnd)
	} else if main.level != "" && main.locStart < main.unitEnd {
		r.evidence("level", main.locStart, main.unitEnd)
	}
	r.evidence("term", main.start, main.end)
	if best.session > 0 {
		r.evidence("session", main.start, main.end)
	}
	r.readRegion(ms)
	for _, m := range ms {
		if m.term == best.term && m.session == best.session && m.locality != "" && main.locality != "" &&
			m.level == main.level && !strings.HasSuffix(main.locality, m.locality) && !oneUnit(main.locality, m.locality) && !cutShort(m.locality, main.locality) {
			r.warn(fmt.Sprintf("locality: both %s and %s are named for this session", main.locality, m.locality))
			break
		}
	}
}

// noSession reads the congress of a page that names no session of it (a
// deputies' election, a liaison station's day, a working committee's
// meeting): the congress whose deputies it names with their term (丁蜀镇第
// 十九届人民代表大会代表候选人), else the place whose congress (人大) its
// headline names (陬市镇人大代表联络站, 合肥高新区人大工委), else the first
// place a headline of the congress names (姚庄镇选民踊跃投票 选举产生新一届
// 县镇两级人大代表; 我县召开…人大换届选举工作会议: its level). Its session
// stays 0.
func (r *reader) noSession(deputies []mention) {
	var m mention
	if k := slices.IndexFunc(deputies, func(m mention) bool { return m.locality != "" && !r.pastSeam(m.start) }); k >= 0 {
		m = deputies[k]
		r.rec.Term = m.term
		r.evidence("term", m.start, m.end)
	} else {
		title := r.n[r.title.start:r.title.end]
		if !slices.ContainsFunc(congressWords, func(w string) bool { return strings.Contains(title, w) }) {
			return
		}
		for _, w := range congressWords {
			if i := strings.Index(title, w); i >= 0 {
				end := r.title.start + i
				// a development zone's working committee (合肥高新区人大工委):
				// a place of no level, its congress the city's
				if start, ok := zoneBefore(r.n, end); ok && start >= r.title.start {
					r.rec.Locality = r.n[start:end]
					r.evidence("locality", start, end)
					return
				}
				m.locality, m.level, m.locStart = localityBefore(r.n, end)
				m.unitEnd = end
				break
			}
		}
		if m.level == "" {
			m = r.firstPlace(r.title)
		}
	}
	if m.level == "" {
		return
	}
	r.main = m
	r.rec.Locality, r.rec.Level = withoutProvinceShort(m.locality), m.level
	if m.locality == "" {
		if !r.localityFromText() {
			r.localityFromSource()
		}
	} else {
		r.evidence("locality", m.locStart, m.unitEnd)
		r.evidence("level", m.unitEnd-lastUnitLen(m.locality), m.unitEnd)
	}
	r.readRegion(nil)
}

// zoneWords end the names of development zones, which have a working
// committee of a congress (人大工委) and no congress of their own.
var zoneWords = []string{"经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "开发区", "工业园区"}

// zoneBefore reports whether a development zone's name ends at byte end
// of s (合肥高新区, 洋浦经济开发区), and where it starts: up to four
// characters before its zone word.
func zoneBefore(s string, end int) (int, bool) {
	for _, w := range zoneWords {
		if !strings.HasSuffix(s[:end], w) {
			continue
		}
		j := end - len(w)
		for k := 0; k < 4 && j > 0; k++ {
			c, size := utf8.DecodeLastRuneInString(s[:j])
			if !isHan(c) || stopsName(s, j, c) {
				break
			}
			j -= size
		}
		return j, j < end-len(w)
	}
	return 0, false
}

// congressWords name a people's congress in a headline.
var congressWords = []string{"人大", "人民代表大会", "人代会"}

// firstPlace reads the first place named in span sp: a unit's name, or a
// bare level word (我县), as a mention of its congress would hold it.
func (r *reader) firstPlace(sp span) mention {
	for i := sp.start; i < sp.end; {
		for _, u := range units {
			if !strings.HasPrefix(r.n[i:sp.end], u.suffix) {
				continue
			}
			end := i + len(u.suffix)
			if loc, level, start := localityBefore(r.n, end); level != "" && start >= sp.start {
				return mention{locality: loc, level: level, locStart: start, unitEnd: end}
			}
		}
		_, size := utf8.DecodeRuneInString(r.n[i:])
		i += size
	}
	return mention{}
}

// cutShort reports whether loc, a township whose name was read to its
// longest (four characters: 场四合永镇 of a headline's 围场四合永镇, a county's
// short name before it), ends with the township that full names (围场满族
// 蒙古族自治县四合永镇): the same place, cut.
func cutShort(loc, full string) bool {
	t := townshipOf(full)
	return t != "" && len(t) < len(loc) && strings.HasSuffix(loc, t) && townshipOf(loc) == loc &&
		utf8.RuneCountInString(loc)-utf8.RuneCountInString(t) <= 2 && utf8.RuneCountInString(loc) == 4+lastUnitRunes(loc)
}

// lastUnitRunes returns the runes of the unit suffix that ends loc.
func lastUnitRunes(loc string) int { return utf8.RuneCountInString(loc[len(loc)-lastUnitLen(loc):]) }

// oneUnit reports whether two names of a locality resolve to one unit, as
// 长阳土家族自治县 and 长阳县 do; two townships of a county (京山市钱场镇,
// 京山市石龙镇), which resolve to the county, are not one.
func oneUnit(a, b string) bool {
	if ta, tb := townshipOf(a), townshipOf(b); ta != "" && tb != "" && ta != tb {
		return false
	}
	// an autonomous county and the name it goes by (东乡族自治县, 东乡县:
	// also a former county of 抚州 the table knows)
	if region.Colloquial(a) == b || region.Colloquial(b) == a {
		return true
	}
	ra, na := region.Resolve(a, nil)
	rb, nb := region.Resolve(b, nil)
	// a short name several units share (昌江县: 昌江区 of 景德镇 too) is the
	// one the other name resolves to when that one's province chooses it
	switch {
	case !na.OK() && nb.OK():
		ra, na = region.Resolve(a, []string{rb.Province})
	case na.OK() && !nb.OK():
		rb, nb = region.Resolve(b, []string{ra.Province})
	}
	return na.OK() && nb.OK() && ra.Code == rb.Code
}

// townshipOf returns the township a locality ends in (京山市石龙镇 → 石龙镇),
// or "".
func townshipOf(loc string) string {
	for _, u := range units {
		if strings.HasSuffix(loc, u.suffix) {
			if u.level != LevelTownship {
				return ""
			}
			return lastPlace(loc)
		}
	}
	return ""
}

// oneCharUnit reports whether the unit of a one-character name (沛县, 和县)
// at s[start:end] stands as a place, not inside words (县委和县政府, 新县城):
// after 中共 or anything but a Chinese character, and before (its unit
// word and) 委, 人民政府, 人大 or 政府: 中共沛县县委, 沛县人民政府.
func oneCharUnit(s string, start, end int, unit string) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:start])
	if start > 0 && isHan(prev) && !strings.HasSuffix(s[:start], "中共") {
		return false
	}
	rest := strings.TrimPrefix(s[end:], unit)
	return strings.HasPrefix(rest, "委") || strings.HasPrefix(rest, "人民政府") || strings.HasPrefix(rest, "人大") || strings.HasPrefix(rest, "政府")
}

// soleSession returns the session of the term that every session of the
// congress ms names is, 0 when they name none or more than one: the one a
// meeting of the standing committee convenes or prepares (决定县十八届人大五次
// 会议1月13日召开).
func soleSession(ms []mention, term int) int {
	n := 0
	for _, m := range ms {
		if m.standing || m.session == 0 || m.delegates {
			continue
		}
		if m.term != term || n != 0 && m.session != n {
			return 0
		}
		n = m.session
	}
	return n
}

// standingMeeting returns the headline's mention of a meeting of the
// standing committee (常委会第十五次会议) when the headline names no session
// of the congress.
func (r *reader) standingMeeting(ms []mention) (mention, bool) {
	var sm mention
	found := false
	for _, m := range ms {
		if m.start >= r.title.end {
			break
		}
		if m.session > 0 && !m.standing {
			if found {
				break // the session the meeting decided on (市十七届人大常委会举行第二十六次会议 决定市十七届人大五次会议于…召开)
			}
			return mention{}, false
		}
		if m.standing && m.meeting > 0 && !found {
			sm, found = m, true
		}
	}
	return sm, found
}

// localityFromText names the locality when the text gives only the
// session's level (县十八届人大三次会议) and names exactly one unit of that
// level elsewhere, of two to four characters before its unit word and in the
// division table: 中共清徐县委书记出席县十八届人大三次会议 → 清徐县, warned,
// with its first mention as evidence. Two such units name none.
func (r *reader) localityFromText() bool {
	level := r.rec.Level
	if level != LevelCounty && level != LevelDistrict && level != LevelCity {
		return false
	}
	found, at := "", 0
	for _, u := range units {
		if u.level != level || utf8.RuneCountInString(u.suffix) != 1 {
			continue
		}
		for _, i := range indexAll(r.n, u.suffix) {
			for k := 1; k <= 4; k++ {
				s := runeSuffix(r.n[:i], k)
				if s < 0 || !allHan(r.n[s:i]) {
					break
				}
				if k == 1 && !oneCharUnit(r.n, s, i+len(u.suffix), u.suffix) {
					continue
				}
				if strings.HasSuffix(r.n[s:i], u.suffix) {
					continue // 沛县县委: 沛县 and its 县委, not a place 沛县县
				}
				name := r.n[s : i+len(u.suffix)]
				if _, note := region.Resolve(name, nil); !note.OK() {
					continue
				}
				switch {
				case found == "":
					found, at = name, s
				case found != name:
					return false // two places: which met is not said
				}
				break
			}
		}
	}
	if found == "" {
		return false
	}
	r.rec.Locality = found
	r.evidence("locality", at, at+len(found))
	r.warn(fmt.Sprintf("locality: %s is the only %s the text names (the session is named by its level alone)", found, level))
	return true
}

// allHan reports whether s holds Han characters only.
func allHan(s string) bool {
	for _, c := range s {
		if !isHan(c) {
			return false
		}
	}
	return s != ""
}

// localityFromSource names the locality when the text gives only its level
// (我县第十八届人民代表大会, 县十八届人大三次会议) and the page's source or
// site is that level's own outlet: 清徐县 from 清徐县人民政府 or 清徐县融媒体中心.
// The name must be a unit of that level in the division table; a warning
// says where it came from, and no evidence points into the text.
func (r *reader) localityFromSource() {
	loc := sourcePlace(r.rec.Source, r.rec.Level)
	if r.rec.Level == LevelTownship {
		loc = townshipSource(r.rec.Source)
	}
	if loc == "" && r.main.locStart < r.main.unitEnd {
		loc = outletPlace(r.rec.Source, r.rec.Level, r.n[r.main.locStart:r.main.unitEnd])
	}
	if loc != "" {
		r.rec.Locality = loc
		r.warn(fmt.Sprintf("locality: %s taken from the source %s (the text names no place for this session)", loc, r.rec.Source))
	}
}

// townshipSource returns the township a page's source names, alone or
// before its government (来源：江桥蒙古族镇, 穆店乡人民政府), which the
// division table does not hold, or "".
func townshipSource(src string) string {
	src = strings.TrimSuffix(strings.TrimSuffix(src, "办事处"), "人民政府")
	n := utf8.RuneCountInString(src)
	if !allHan(src) || n > 10 || townshipOf(src) == "" || n <= lastUnitRunes(src)+1 {
		return ""
	}
	return src
}

// sourcePlace returns the unit of the given level that opens src, the
// page's source or site (清徐县 in 清徐县人民政府), when the division table
// holds it; else "".
func sourcePlace(src, level string) string {
	if src == "" || level == "" {
		return ""
	}
	for i, c := range src {
		if !isHan(c) {
			return "" // the place opens the outlet's name, in Han characters
		}
		end := i + utf8.RuneLen(c)
		for _, u := range units {
			if u.level != level || !strings.HasSuffix(src[:end], u.suffix) || utf8.RuneCountInString(src[:end]) < 2 {
				continue
			}
			// the unit whole, not a short name ending as a unit does (荆州
			// in 荆州日报社 is 荆州市, not a 州)
			if reg, note := region.Resolve(src[:end], nil); note.OK() && (reg.County == src[:end] || reg.Prefecture == src[:end] || reg.Province == src[:end]) {
				return src[:end]
			}
		}
	}
	return ""
}

// outletWords follow the short name of a province or city in its outlets'
// names: 内蒙古日报, 长沙晚报, 湖南人大网, 山西发布.
var outletWords = []string{"日报", "晚报", "新闻", "人大", "融媒", "发布", "电视", "广播", "广电"}

// outletPlace returns the province or city whose outlet src is, named by the
// short name outlets go by (内蒙古日报 → 内蒙古自治区, 长沙晚报 → 长沙市), when
// it is a unit of the given level whose full name ends with the unit word
// the text names the session with (自治区 in 自治区十四届人大二次会议); else "".
func outletPlace(src, level, unit string) string {
	if level != LevelProvince && level != LevelCity {
		return ""
	}
	for n, end := 0, 0; n < 3 && end < len(src); n++ {
		c, size := utf8.DecodeRuneInString(src[end:])
		if !isHan(c) {
			return ""
		}
		end += size
		if n == 0 || !hasPrefixAny(src[end:], outletWords) {
			continue
		}
		reg, note := region.Resolve(src[:end], nil)
		name := reg.Province // a province: no prefecture or county under it
		if level == LevelCity {
			name = reg.Prefecture
		}
		if note.OK() && reg.County == "" && (level == LevelProvince) == (reg.Prefecture == "") &&
			strings.HasSuffix(name, unit) {
			return name
		}
	}
	return ""
}

// hasPrefixAny reports whether s begins with one of words.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// readRegion resolves the locality to the administrative hierarchy, using
// the other places the report names (and its source) to choose between
// units of the same name.
func (r *reader) readRegion(ms []mention) {
	if r.rec.Locality == "" {
		return
	}
	var hints []string
	for _, m := range ms {
		if m.locality != "" && m.locality != r.rec.Locality {
			hints = append(hints, m.locality)
		}
	}
	if r.rec.Source != "" {
		hints = append(hints, r.rec.Source)
	}
	reg, note := region.Resolve(r.rec.Locality, hints)
	if !note.OK() && r.rec.Level == LevelTownship {
		// a township alone (茂林镇) that the text names elsewhere after
		// its county (近日，泾县茂林镇、桃花潭镇先后召开…): named so, in
		// the most specific form the text gives
		if place, start, end := r.countyBefore(); place != "" {
			if reg, n := region.Resolve(place+r.rec.Locality, hints); n.OK() {
				r.warn(fmt.Sprintf("locality: %s named in full as %s%s elsewhere in the text", r.rec.Locality, place, r.rec.Locality))
				r.rec.Locality, r.rec.Region = place+r.rec.Locality, &reg
				r.evidence("locality", start, end)
				return
			}
		}
		// a township alone (亚布力镇) in the county whose congress's
		// standing committee attends (尚志市人大常委会副主任陈立新到会指导):
		// named so, as the text gives it
		if place, start, end := r.countyAbove(); place != "" {
			if reg, n := region.Resolve(place+r.rec.Locality, hints); n.OK() {
				r.warn(fmt.Sprintf("locality: %s placed in %s, whose congress's standing committee the report names", r.rec.Locality, place))
				r.rec.Locality, r.rec.Region = place+r.rec.Locality, &reg
				r.evidence("locality", start, end)
				return
			}
		}
		// else placed in the county, district or city whose outlet
		// published it or whose site it stands on (阳城县人民政府), and named
		// so: the page gives that form
		for _, src := range []string{r.rec.Source, r.site} {
			city := sourcePlace(src, LevelCity)
			for _, level := range []string{LevelCounty, LevelDistrict, LevelCity} {
				place := sourcePlace(src, level)
				// (a county or district after its city: 东昌府区 of
				// 聊城市东昌府区人民政府)
				if city != "" && level != LevelCity {
					place = sourcePlace(src[len(city):], level)
				}
				if place == "" {
					continue
				}
				if reg, n := region.Resolve(place+r.rec.Locality, hints); n.OK() {
					r.warn(fmt.Sprintf("locality: %s taken from the source %s (%s named alone)", place+r.rec.Locality, src, r.rec.Locality))
					r.rec.Locality, r.rec.Region = place+r.rec.Locality, &reg
					return
				}
			}
		}
	}
	if note.OK() {
		r.rec.Region = &reg
		r.inFull(reg)
	}
	if note.Text != "" {
		r.warn("region: " + note.Text)
	}
}

// inFull names a county or district, resolved to reg, in the most specific
// form the text gives: after its city (中卫市沙坡头区人大常委会党组 for a
// session written 沙坡头区第六届…) or, in a municipality, after the
// municipality (选举朱琳为上海市浦东新区人民政府区长), as its congress's or
// government's name.
func (r *reader) inFull(reg region.Region) {
	if r.rec.Level != LevelCounty && r.rec.Level != LevelDistrict {
		return
	}
	above := cmp.Or(reg.Prefecture, reg.Province)
	if above == "" || strings.HasPrefix(r.rec.Locality, above) || reg.County != r.rec.Locality {
		return
	}
	full := above + r.rec.Locality
	for _, i := range indexAll(r.n, full) {
		// as its congress's or government's name, not in an address
		// (地址:黑龙江省牡丹江市林口县林口镇)
		if after := r.n[i+len(full):]; !hasPrefixAny(after, []string{"人大", "人民代表大会", "人代会", "人民政府", "第"}) {
			if _, e, ok := numAfter(after, 0, 3); !ok || !strings.HasPrefix(after[e:], "届") {
				continue
			}
		}
		r.warn(fmt.Sprintf("locality: %s named in full as %s elsewhere in the text", r.rec.Locality, full))
		r.rec.Locality = full
		r.evidence("locality", i, i+len(full))
		return
	}
}

// countyBefore returns the county, district or city the text names right
// before the locality, a township named alone where its congress is (泾县
// in 泾县茂林镇), and the span of both: the first such.
func (r *reader) countyBefore() (place string, start, end int) {
	for _, i := range indexAll(r.n, r.rec.Locality) {
		loc, level, s := localityBefore(r.n, i)
		if loc != "" && level != LevelTownship && level != LevelProvince {
			return loc, s, i + len(r.rec.Locality)
		}
	}
	return "", 0, 0
}

// countyAbove returns the county, district or city whose congress's
// standing committee the text names (尚志市人大常委会), and where, when it
// names one and no other.
func (r *reader) countyAbove() (place string, start, end int) {
	const body = "人大常委会"
	for i := 0; ; {
		j := strings.Index(r.n[i:], body)
		if j < 0 {
			return place, start, end
		}
		at := i + j
		i = at + len(body)
		loc, level, s := localityBefore(r.n, at)
		if loc == "" || level == LevelTownship || level == LevelProvince || loc == place {
			continue
		}
		if place != "" {
			return "", 0, 0 // two: neither is surely the township's
		}
		place, start, end = loc, s, at
	}
}

// sameUnit reports whether mention m names the unit that the bare level
// word of main stands for: 上海市 for 市.
func (r *reader) sameUnit(main, m mention) bool {
	if main.locality != "" || main.locStart >= main.unitEnd {
		return false
	}
	return strings.HasSuffix(m.locality, r.n[main.locStart:main.unitEnd])
}

// lastUnitLen returns the byte length of the unit suffix that ends loc.
func lastUnitLen(loc string) int {
	for _, u := range units {
		if strings.HasSuffix(loc, u.suffix) {
			return len(u.suffix)
		}
	}
	return 0
}

// eventWords tell what meeting a report covers, most specific first.
var eventWords = []struct{ event, word string }{
	{EventPreparatory, "预备会议"},
	{EventPresidium, "主席团第"},
	{EventPresidium, "主席团会议"},
	{EventPresidium, "主席团举行"},
	{EventPresidium, "主席团召开"},
	{EventClosing, "闭幕"},
	{EventOpening, "开幕"},
	{EventPlenary, "全体会议"},
	{EventPlenary, "全体人员会议"},
}

// readEvent decides the event from the headline, else the lead (the first
// paragraph naming the session), else the whole text.
func (r *reader) readEvent() {
	if r.standing {
		r.rec.Event = EventOther // the kinds of event are a congress session's
		return
	}
	if n := r.datedLines(); n >= 5 {
		r.rec.Event = EventOther
		r.warn(fmt.Sprintf("event: the page lists %d articles with their days (an index or search results), not one report", n))
		return
	}
	// a press conference's page (…会议秘书处举行新闻发布会), its headline
	// naming no meeting of the session: the meetings it announces are to
	// come (将于8日上午8时30分举行预备会议)
	if title := r.n[r.title.start:r.title.end]; strings.Contains(title, "发布会") &&
		!slices.ContainsFunc(eventWords, func(ew struct{ event, word string }) bool { return strings.Contains(title, ew.word) }) {
		r.rec.Event = EventOther
		r.announced, r.press = true, true
		return
	}
	at := make([][]int, len(eventWords)) // where each event word stands
	for k, ew := range eventWords {
		at[k] = r.find(ew.word)
	}
	scopes := r.eventScopes()
	later := false // a meeting to come was passed over
	for n, sc := range scopes {
		whole := n == len(scopes)-1
		for k, ew := range eventWords {
			for _, i := range at[k] {
				if i < sc.start || i+len(ew.word) > sc.end {
					continue
				}
				if ew.event == EventPresidium && !presidiumMeeting(r.n[i:sc.end]) {
					continue
				}
				// 市政协五届三次会议闭幕 beside the congress's opening; not a
				// roundup's other place named with the main session in one
				// sentence (水阳镇第十八届…、狸桥镇第十七届…分别隆重开幕)
				if m, ok := r.asideOf(i); ok && !(m.sibling && r.mainInSentence(i)) {
					continue
				}
				if ew.event == EventPlenary && delegations(r.n, i) {
					continue
				}
				// the session named by when it opened or closed (1月8日开幕的…
				// 会议进入分组审议阶段): no ceremony the report covers
				if (ew.event == EventOpening || ew.event == EventClosing) && strings.HasPrefix(r.n[i+len(ew.word):], "的") {
					continue
				}
				// Far from the headline and lead, 开幕/闭幕 must name the
				// ceremony itself, not a reference (大会开幕以来, 将于…闭幕).
				if whole && (ew.event == EventOpening || ew.event == EventClosing) && !ceremony(r.n, i) {
					continue
				}
				// Anywhere, an opening, a closing or a plenary announced
				// for later (将于1月5日开幕, 定于…闭幕, 大会将举行第二次全体会议)
				// is not what the report covers.
				if (ew.event == EventOpening || ew.event == EventClosing || ew.event == EventPlenary) && announced(r.n, i) {
					continue
				}
				// far from the headline and lead, a meeting in a sentence
				// opening with a day after the page's (1月7日下午召开大会预备
				// 会议, on a press conference published on the 5th) is to come
				if whole && r.comesLater(i) {
					later = true
					continue
				}
				r.rec.Event = ew.event
				r.evidence("event", i, i+len(ew.word))
				r.readPlenary(sc)
				return
			}
		}
	}
	// the page tells only what is to come: nothing was heard yet
	r.announced = later
}

// comesLater reports whether the sentence holding byte i opens with a day
// after the page's publication: it tells what is to come.
func (r *reader) comesLater(i int) bool {
	p := r.rec.Published
	if len(p) < len("2006-01-02") {
		return false
	}
	sent := r.sentenceAt(i)
	s := strings.TrimLeft(r.n[sent.start:sent.end], " ")
	ds := findDates(s[:min(len(s), 40)])
	if len(ds) == 0 || ds[0].Start != 0 || ds[0].Month == 0 || ds[0].Day == 0 {
		return false
	}
	year := ds[0].Year
	if year == 0 {
		year, _ = strconv.Atoi(p[:4])
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, ds[0].Month, ds[0].Day) > p[:len("2006-01-02")]
}

// withoutProvinceShort returns loc without the short name of a province
// that opens it, as a paper outside the province writes a county (山东冠县
// → 冠县): the region holds the province. A province named with its unit
// (山东省冠县) and the municipalities (重庆万州区) keep theirs.
func withoutProvinceShort(loc string) string {
	for p := range provinces {
		rest, ok := strings.CutPrefix(loc, p)
		if !ok || strings.Contains("北京天津上海重庆香港澳门台湾", p) {
			continue
		}
		if utf8.RuneCountInString(rest) >= 2 && !hasPrefixAny(rest, []string{"省", "自治区", "市", "维吾尔", "壮族", "回族"}) && endsWithUnit(rest) {
			return rest
		}
	}
	return loc
}

// mainInSentence reports whether the sentence holding byte i names the
// main session.
func (r *reader) mainInSentence(i int) bool {
	sent := r.sentenceAt(i)
	return slices.ContainsFunc(r.mainAt, func(at int) bool { return sent.start <= at && at < sent.end })
}

// delegations reports whether the 全体会议 at byte i of s is a delegation's
// or a group's, not the congress's: 出席市人代会的平安县代表团召开第一次全体
// 会议, 第三代表团全体会议.
func delegations(s string, i int) bool {
	clause := s[clauseStart(s, i):i]
	return strings.Contains(clause, "代表团") || strings.Contains(clause, "代表小组")
}

// ceremony reports whether the 开幕 or 闭幕 at byte i of s names the
// ceremony: 胜利闭幕, 隆重开幕, 闭幕式, 开幕会, 在国歌声中闭幕.
func ceremony(s string, i int) bool {
	after := s[i+len("开幕"):]
	for _, w := range []string{"式", "会", "大会"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	before := s[:i]
	for _, w := range []string{"胜利", "隆重", "圆满", "声中", "正式"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	// 宣布：…会议开幕。 and 会议闭幕。 close a sentence about the ceremony;
	// 将于8日闭幕。 only announces it.
	clause := before[clauseStart(s, i):]
	if strings.Contains(clause, "将") || strings.Contains(clause, "于") {
		return false
	}
	return strings.HasPrefix(after, "。") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, "!") ||
		strings.Contains(before[max(0, strings.LastIndex(before, "。")):], "宣布")
}

// announced reports whether the event word at byte i of s is announced for
// later in its clause: 将开幕, 将于1月5日开幕, 即将闭幕, 定于…开幕, 大会将表决
// …并举行闭幕会, 明日开幕.
func announced(s string, i int) bool {
	clause := s[clauseStart(s, i):i]
	return strings.Contains(clause, "将") || firstIndex(clause, []string{"定于", "拟于"}) >= 0 ||
		hasSuffixAny(clause, []string{"明日", "明天", "明起"})
}

// presidiumMeeting tells 主席团第二次会议 and 主席团举行第一次会议 from
// 主席团常务主席 and 主席团成员.
func presidiumMeeting(s string) bool {
	tail := s[:min(len(s), 40)]
	i := strings.Index(tail, "会议")
	return i >= 0 && !strings.ContainsAny(tail[:i], ",。、")
}

// eventScopes returns the headline, the lead paragraph and the whole text.
func (r *reader) eventScopes() []span {
	var out []span
	if r.title.end > r.title.start {
		out = append(out, r.title)
	}
	if lead := r.leadScope(); lead.end > lead.start {
		out = append(out, lead)
	}
	return append(out, span{0, len(r.n)})
}

// readPlenary reads N of 第N次全体会议 for openings, closings and plenaries,
// preferring the scope that decided the event.
func (r *reader) readPlenary(sc span) {
	switch r.rec.Event {
	case EventOpening, EventClosing, EventPlenary:
	default:
		return
	}
	type plenary struct {
		span
		n int
	}
	var at []plenary // every 第N次全体(人员)会议, in order
	for _, w := range []string{"全体会议", "全体人员会议"} {
		for _, i := range r.find(w) {
			pre := r.n[:i]
			if !strings.HasSuffix(pre, "次") {
				continue
			}
			n, s, ok := numBefore(pre, len(pre)-len("次"), 4)
			// not a plenary to come (会议将于23日下午举行第二次全体会议)
			if !ok || n <= 0 || delegations(r.n, i) || announced(r.n, s) || r.aside(i) {
				continue
			}
			// nor one held before (在此前举行的第一次全体会议上; 此前，15日上午
			// 举行的第二次全体会议已…; 回顾本次会议，8日上午举行的大会第二次全体
			// 会议上…), nor one a schedule sets out (附：大会日程⏎…上午　第二次
			// 全体会议：听取…)
			from := clauseStart(r.n, s)
			if sent := r.sentenceAt(s); sent.end > s {
				from = min(from, sent.start)
			}
			if strings.Contains(r.n[from:s], "此前") || strings.Contains(r.n[from:s], "回顾") || r.onSchedule(r.lineFrom(i)) {
				continue
			}
			if strings.HasSuffix(pre[:s], "第") {
				s -= len("第")
			}
			at = append(at, plenary{span{s, i + len(w)}, n})
		}
	}
	sort.Slice(at, func(i, j int) bool { return at[i].start < at[j].start })
	// an opening or a closing tied to its plenary in one clause (下午，大会举行
	// 第二次全体会议暨闭幕会, after 上午，大会举行第一次全体会议): that one
	if w := map[string]string{EventOpening: "开幕", EventClosing: "闭幕"}[r.rec.Event]; w != "" {
		for _, p := range at {
			if strings.Contains(r.n[clauseStart(r.n, p.start):clauseEnd(r.n, p.end)], w) {
				r.rec.Plenary = p.n
				r.evidence("plenary", p.start, p.end)
				return
			}
		}
	}
	for _, scope := range []span{sc, r.leadScope(), {0, len(r.n)}} {
		for _, p := range at {
			if p.start >= scope.start && p.end <= scope.end {
				r.rec.Plenary = p.n
				r.evidence("plenary", p.start, p.end)
				return
			}
		}
	}
}

// leadScope is the lead: the first sentence after the headline that names
// the main session.
func (r *reader) leadScope() span {
	for _, sent := range r.sentences {
		if sent.end <= r.title.end || sent.start < r.title.end && strings.TrimSpace(r.n[r.title.end:sent.end]) == "" {
			continue // the headline, ended by a line break
		}
		for _, at := range r.mainAt {
			if sent.start <= at && at < sent.end {
				return sent
			}
		}
	}
	return span{}
}

// meetingVerbs mark the sentence that tells when the meeting happened.
var meetingVerbs = []string{"开幕", "闭幕", "举行", "召开", "会议"}

// datelineDay reports whether d is a dispatch's day in its dateline
// (东南网1月12日讯, 新华社太原1月5日电) with a full date right after it, the
// meeting's (东南网1月12日讯 2025年1月11日下午，…); a dateline that gives the
// month of a day alone after it (中新社成都1月16日电…16日上午) stays. ds
// are the text's dates in text order.
func datelineDay(s string, d when, ds []when) bool {
	if !strings.HasPrefix(s[d.End:], "讯") && !strings.HasPrefix(s[d.End:], "电") {
		return false
	}
	for k := sort.Search(len(ds), func(k int) bool { return ds[k].Start > d.End }); k < len(ds) && ds[k].Start-d.End < 90; k++ {
		if ds[k].Year > 0 && ds[k].Day > 0 {
			return true
		}
	}
	return false
}

// decidedIn reports whether clause, the text before a day's 于, has a
// meeting decide on the day (会议决定，县十八届人大三次会议于…).
func decidedIn(clause string) bool {
	return strings.Contains(clause, "决定")
}

// readDate finds the meeting day: the date in the first sentence that
// names the session or a meeting verb, else the first full date. A missing
// year comes from the publication date, else from plan-year cues.
func (r *reader) readDate() {
	ds := datesAt(r.n, r.find("月"))
	// a day announced for later (将于1月5日开幕, 定于…召开; in a report on a
	// meeting of the standing committee, the session it decides on: 决定市十七
	// 届人大五次会议于2025年1月15日召开, a headline's 决定县十八届人大五次会议1月
	// 13日召开) is not the meeting reported, when
	// another date is given
	kept := slices.DeleteFunc(slices.Clone(ds), func(d when) bool {
		before := strings.TrimRight(r.n[:d.Start], " ")
		return strings.HasSuffix(before, "将于") || strings.HasSuffix(before, "定于") || strings.HasSuffix(before, "拟于") ||
			r.standing && (strings.HasSuffix(before, "于") || strings.HasSuffix(before, "会议")) && decidedIn(before[nearStart(before, len(before), 120, "。;\n", ""):]) ||
			datelineDay(r.n, d, ds) ||
			strings.HasSuffix(before, "截止时间为") || strings.HasSuffix(before, "截至") // a deadline
	})
	if len(kept) > 0 {
		ds = kept
	} else if len(ds) > 0 && r.dayBeforeSession(ds[0]) {
		return
	}
	// The meeting day stands in a sentence naming the session; failing
	// that, in one with a meeting verb; failing that, it is the first date.
	pick, lead := r.dateIn(ds, func(sent span) bool {
		for _, at := range r.mainAt {
			// not the session a meeting prepared for (1月9日，县人大常委会召开
			// 第三十四次会议，为县第十八届人民代表大会第五次会议召开作最后准备)
			if sent.start <= at && at < sent.end && !strings.HasSuffix(strings.TrimRight(r.n[:at], "县市区旗镇乡"), "为") {
				return true
			}
		}
		return false
	})
	if pick == nil && r.leadDay(ds) {
		return
	}
	if pick == nil {
		pick, lead = r.dateIn(ds, func(sent span) bool {
			return firstIndex(r.n[sent.start:sent.end], meetingVerbs) >= 0
		})
	}
	if pick == nil {
		for k := range ds {
			if ds[k].Day > 0 {
				pick = &ds[k]
				break
			}
		}
	}
	if pick == nil {
		r.readRelativeDate(ds)
		return
	}
	for _, d := range ds {
		if d.Start > pick.Start && d.End <= lead.end && d.Day > 0 && (d.Month != pick.Month || d.Day != pick.Day) {
			r.warn(fmt.Sprintf("date: two candidates in one sentence, %02d-%02d and %02d-%02d", pick.Month, pick.Day, d.Month, d.Day))
		}
	}
	w := *pick
	if d, ok := r.ownDay(w, lead); ok {
		w = d
	}
	if d, ok := r.eventDay(w, ds); ok {
		w = d
	} else if d, ok := r.daySinceOpened(w); ok {
		w = d
	}
	r.evidence("date", w.Start, w.End)
	if w.Year != 0 {
		r.rec.Date, r.rec.DateBasis = w.String(), "stated"
		return
	}
	// the same day written in full elsewhere, as in a dateline (2024年1月18日)
	// under the headline: the full date is in the text, so it is stated
	for _, d := range ds {
		if d.Year != 0 && d.Month == w.Month && d.Day == w.Day {
			w.Year = d.Year
			r.rec.Date, r.rec.DateBasis = w.String(), "stated"
			r.evidence("date", d.Start, d.End)
			r.warn(fmt.Sprintf("date: year %d read from %s, the same day written in full", w.Year, r.n[d.Start:d.End]))
			return
		}
	}
	if y := yearOf(r.rec.Published); y != 0 {
		w.Year = yearOfMonth(w.Month, y, monthOf(r.rec.Published))
		r.rec.Date, r.rec.DateBasis = w.String(), "inferred"
		r.warn(fmt.Sprintf("date: year %d inferred from the publication date %s", w.Year, r.rec.Published))
		return
	}
	if y, s, e := planYear(r.n); y != 0 {
		w.Year = y
		if w.Month >= 10 { // sessions late in the year plan for the next one
			w.Year--
		}
		r.rec.Date, r.rec.DateBasis = w.String(), "inferred"
		r.evidence("date", s, e)
		r.warn(fmt.Sprintf("date: year %d inferred from %s", w.Year, r.n[s:e]))
		return
	}
	r.warn(fmt.Sprintf("date: %d月%d日 has no year and none can be inferred", w.Month, w.Day))
}

// leadDay reads a day written alone in the first sentence after the
// headline naming the session, when no sentence naming it holds a full
// date (8日晚，临县第十七届人民代表大会第五次会议主席团举行第一次会议): the
// meeting's day, before any day a later sentence names with a meeting
// verb (大会于1月9日上午开幕). Its
// month and year are those of the same day written in full elsewhere (a
// dateline under the headline: （二〇二五年一月八日）), else of the
// publication date; with neither it reads nothing. It reports whether it
// set the date.
func (r *reader) leadDay(ds []when) bool {
	k := slices.IndexFunc(r.mainAt, func(at int) bool { return at >= r.title.end })
	if k < 0 {
		return false
	}
	// past a caption naming the session with no day (市八届人大五次会议开幕会
	// 现场。), three sentences at most
	sent := r.sentenceAt(r.mainAt[k])
	ms := daysAlone(r.n[sent.start:sent.end])
	for tried := 1; len(ms) == 0 && tried < 3; tried++ {
		for k < len(r.mainAt) && r.mainAt[k] < sent.end {
			k++
		}
		if k == len(r.mainAt) {
			break
		}
		sent = r.sentenceAt(r.mainAt[k])
		ms = daysAlone(r.n[sent.start:sent.end])
	}
	if len(ms) == 0 || announced(r.n, sent.start+ms[0].end) {
		return false
	}
	m := ms[0]
	for _, d := range ds {
		if d.Year != 0 && d.Day == m.n {
			r.rec.Date, r.rec.DateBasis = d.String(), "stated"
			r.evidence("date", sent.start+m.start, sent.start+m.end)
			r.evidence("date", d.Start, d.End)
			r.warn(fmt.Sprintf("date: %d日 read as %s, the same day written in full", m.n, r.n[d.Start:d.End]))
			return true
		}
	}
	pub, ok := isoAt(r.rec.Published, 0)
	return ok && r.bareDayIn(sent, pub)
}

// dayBeforeSession reads the day of a preparatory or presidium meeting
// written alone before the session it prepares, whose first day was
// announced (会议将于1月13日至17日举行。12日下午，大会举行预备会议 → 1月12
// of the announced year), and reports whether it did.
func (r *reader) dayBeforeSession(announced when) bool {
	var word string
	switch r.rec.Event {
	case EventPreparatory:
		word = "预备会议"
	case EventPresidium:
		word = "主席团"
	default:
		return false
	}
	if announced.Year == 0 {
		announced.Year = yearOf(r.rec.Published) // 将于1月13日…, published 2023-01-12
	}
	if announced.Year == 0 {
		return false
	}
	for _, i := range r.find(word) {
		sent := r.sentenceAt(i)
		for _, m := range daysAlone(r.n[sent.start:i]) {
			if m.n > announced.Day || m.n < announced.Day-7 {
				continue
			}
			d := when{Year: announced.Year, Month: announced.Month, Day: m.n, Start: sent.start + m.start, End: sent.start + m.end}
			r.rec.Date, r.rec.DateBasis = d.String(), "inferred"
			r.evidence("date", d.Start, d.End)
			r.warn(fmt.Sprintf("date: %d日 read against the session announced for %d月%d日", m.n, announced.Month, announced.Day))
			return true
		}
	}
	return false
}

// datedLines counts the lines of a page that end with a full date after a
// gap and hold no sentence — the entries of a column's index or of search
// results (· 县十六届人大五次会议胜利闭幕　　2016-01-15), which no report has
// five of.
func (r *reader) datedLines() int {
	n := 0
	for _, ln := range r.lines {
		if datedEntry(r.n[ln.start:ln.end]) {
			n++
		}
	}
	return n
}

// datedEntry reports whether line is an entry of an index or of search
// results: no sentence, and a full date after a gap at its end.
func datedEntry(line string) bool {
	if len(line) > 300 || strings.Contains(line, "。") {
		return false
	}
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	k := strings.LastIndexFunc(t, unicode.IsSpace)
	if k <= 0 || strings.TrimSpace(t[:k]) == "" {
		return false
	}
	_, size := utf8.DecodeRuneInString(t[k:])
	last := t[k+size:]
	d, ok := isoAt(last, 0)
	return ok && d.End == len(last)
}

// readAnnounced makes the event other when the meeting's day comes after
// the page was published: the page announces it (省十四届人大二次会议1月23日
// 开幕, published on the 22nd, on a press conference; a session's schedule,
// 大会预备会议 on the 16th, published on the 12th) and cannot report it.
func (r *reader) readAnnounced() {
	if r.rec.Event == EventOther || r.rec.Event == "" {
		return
	}
	if len(r.rec.Date) != len("2006-01-02") || len(r.rec.Published) < len("2006-01-02") || r.rec.Date <= r.rec.Published[:len(r.rec.Date)] {
		return
	}
	r.warn(fmt.Sprintf("event: the %s on %s comes after the publication date %s: announced, not reported", r.rec.Event, r.rec.Date, r.rec.Published))
	r.rec.Event, r.rec.Plenary = EventOther, 0
	r.announced = true
}

// conveyVerbs open the study of a session's spirit (传达学习…会议精神).
var conveyVerbs = []string{"传达", "学习", "贯彻", "宣讲", "领会"}

// readRecounting reads whether the report is on a meeting of another kind
// that conveys the session's spirit (区人大常委会党组召开会议传达学习区六届
// 人大五次会议精神): its headline, or its lead when the headline does not
// name the session, names the session as the spirit a verb of study takes.
// The reports heard, the elections and the resolutions such a meeting
// recounts (大会听取和审议了…，补选李文忠为…区长，通过了…等8项决议) are the
// session's, told afterwards, not the meeting's own; who was elected is
// mentioned.
func (r *reader) readRecounting() {
	if r.rec.Event != EventOther && r.rec.Event != "" || r.standing || len(r.mainAt) == 0 {
		return
	}
	// the first mention in the headline, and the first in the body
	first := []int{r.mainAt[0]}
	if k := slices.IndexFunc(r.mainAt, func(i int) bool { return i >= r.title.end }); k > 0 {
		first = append(first, r.mainAt[k])
	}
	for _, at := range first {
		if sent := r.sentenceAt(at); r.recounts(sent.start, at, sent.end) {
			r.recounting = true
			r.warn("event: the meeting conveys the session's spirit: the session's acts it recounts are not read as its own")
			return
		}
	}
}

// recounts reports whether the session named at byte at, in the sentence
// from start to end, is the spirit a verb of study before it in its clause
// takes: 传达学习沙坡头区第六届人民代表大会第五次会议精神.
func (r *reader) recounts(start, at, end int) bool {
	clause := r.n[max(start, clauseStart(r.n, at)):at]
	if firstIndex(clause, conveyVerbs) < 0 {
		return false
	}
	rest := r.n[at:min(end, clauseEnd(r.n[:end], at))]
	k := strings.Index(rest, "精神")
	return k > 0 && strings.HasSuffix(strings.TrimSuffix(rest[:k], "的"), "会议")
}

// ownDay returns the session's day when the sentence sent gives another
// body's meeting first, on the day w, and the session's on a day written
// alone between that meeting and the session's name (1月7日下午，政协…第五次
// 会议开幕；8日上午，常德市第八届人民代表大会第五次会议隆重开幕 → 1月8日).
func (r *reader) ownDay(w when, sent span) (when, bool) {
	k := slices.IndexFunc(r.mainAt, func(at int) bool { return at > w.End && at < sent.end })
	if k < 0 {
		return when{}, false
	}
	main := r.mainAt[k]
	m := slices.IndexFunc(r.meetings, func(m meetingAt) bool { return m.other && m.at > w.End && m.at < main })
	if m < 0 {
		return when{}, false
	}
	from := r.meetings[m].at
	days := daysAlone(r.n[from:main])
	if len(days) == 0 {
		return when{}, false
	}
	d := days[len(days)-1]
	if d.n <= w.Day || d.n > daysIn(cmp.Or(w.Year, 2000), w.Month) {
		return when{}, false
	}
	return when{Year: w.Year, Month: w.Month, Day: d.n, Start: from + d.start, End: from + d.end}, true
}

// daySinceOpened returns the day of what the report tells when w is the day
// the session opened, named only to say which session it is (1月8日开幕的…
// 会议进入分组审议阶段。9日下午，各代表团分别召开全体会议 → 1月9日): a day
// alone in the sentence after w's, no more than 20 days after w in w's
// month.
func (r *reader) daySinceOpened(w when) (when, bool) {
	rest := strings.TrimLeft(r.n[w.End:], " ")
	for _, p := range []string{"上午", "下午", "晚"} {
		rest = strings.TrimPrefix(rest, p)
	}
	if !hasPrefixAny(rest, []string{"开幕的", "召开的"}) {
		return when{}, false
	}
	sent := r.sentenceAt(w.Start)
	if sent.end >= len(r.n) {
		return when{}, false
	}
	next := r.sentenceAt(sent.end + 1)
	ms := daysAlone(r.n[next.start:next.end])
	if len(ms) == 0 || ms[0].start > 12 {
		return when{}, false // the day opens the sentence (9日下午，…)
	}
	d := ms[0].n
	if d <= w.Day || d > w.Day+20 || d > daysIn(cmp.Or(w.Year, 2000), w.Month) {
		return when{}, false
	}
	return when{Year: w.Year, Month: w.Month, Day: d, Start: next.start + ms[0].start, End: next.start + ms[0].end}, true
}

// eventDay returns the day of the plenary, the closing, the presidium's or
// the preparatory meeting the report covers when the text gives it after w,
// the first day of the session: 1月19日至22日…举行。20日上午，大会举行第二次
// 全体会议 → 1月20日. The day stands in a
// sentence naming that meeting, after w, written with its month (one of ds)
// or alone, before the word that names the meeting, and no more than 20 days
// after w in w's month. A closing must be the ceremony (ceremony), not a
// reference to it (传达大会闭幕精神).
func (r *reader) eventDay(w when, ds []when) (when, bool) {
	var words []string
	switch r.rec.Event {
	case EventPlenary:
		words = []string{"全体会议", "全体人员会议"}
	case EventClosing:
		words = []string{"闭幕"}
	case EventPresidium: // 自1月6日开幕以来，…。8日下午，大会主席团…举行第三次会议
		words = []string{"主席团"}
	case EventPreparatory:
		words = []string{"预备会议"}
	default:
		return when{}, false
	}
	// the lead, before w's sentence, may give it alone (7日下午，…会议举行第二次
	// 全体会议 — then 会议于1月6日上午开幕 further on)
	if lead := r.leadScope(); lead.end > lead.start && lead.end <= w.Start && firstIndex(r.n[lead.start:lead.end], words) >= 0 {
		if ms := daysAlone(r.n[lead.start:lead.end]); len(ms) > 0 && ms[0].n > w.Day && ms[0].n <= w.Day+20 && ms[0].n <= daysIn(cmp.Or(w.Year, 2000), w.Month) {
			return when{Year: w.Year, Month: w.Month, Day: ms[0].n, Start: lead.start + ms[0].start, End: lead.start + ms[0].end}, true
		}
	}
	for _, word := range words {
		tried := 0 // the meeting's day is told early: a few mentions are asked
		for _, i := range r.find(word) {
			if i < w.End {
				continue
			}
			if tried++; tried > 8 {
				break
			}
			if announced(r.n, i) || r.aside(i) || !r.thePlenary(i) ||
				r.rec.Event == EventClosing && !ceremony(r.n, i) ||
				r.rec.Event == EventPresidium && !presidiumMeeting(r.n[i+len(word):]) { // not 人大主席团工作报告
				continue
			}
			sent := r.sentenceAt(i)
			sent.end = i // the day comes before the meeting's word
			d, ok := dayIn(r.n, sent, ds)
			if !ok || d.Month != 0 && d.Month != w.Month || d.Year != 0 && w.Year != 0 && d.Year != w.Year {
				continue
			}
			if d.Day <= w.Day || d.Day > w.Day+20 || d.Day > daysIn(cmp.Or(w.Year, 2000), w.Month) {
				continue
			}
			d.Year, d.Month = cmp.Or(d.Year, w.Year), w.Month
			return d, true
		}
	}
	return when{}, false
}

// thePlenary reports whether the 全体会议 at byte i is the one the record
// covers: its number is the record's plenary, or the record has none.
func (r *reader) thePlenary(i int) bool {
	if r.rec.Event != EventPlenary || r.rec.Plenary == 0 {
		return true
	}
	pre := r.n[:i]
	if !strings.HasSuffix(pre, "次") {
		return false
	}
	n, _, ok := numBefore(pre, len(pre)-len("次"), 4)
	return ok && n == r.rec.Plenary
}

// dayIn returns the first day in the sentence sent of s: a date of ds
// standing there, else a day of the month written alone (20日上午); a day
// alone has no month.
func dayIn(s string, sent span, ds []when) (when, bool) {
	for _, d := range ds {
		if d.Start >= sent.start && d.End <= sent.end && d.Day > 0 {
			return d, true
		}
	}
	if ms := daysAlone(s[sent.start:sent.end]); len(ms) > 0 {
		return when{Day: ms[0].n, Start: sent.start + ms[0].start, End: sent.start + ms[0].end}, true
	}
	return when{}, false
}

// dateIn returns the first full date (month and day) of ds that stands in
// a sentence for which ok holds, and that sentence.
func (r *reader) dateIn(ds []when, ok func(span) bool) (*when, span) {
	si, asked := 0, -1 // ok is asked once a sentence: it may scan it
	for k := range ds {
		if ds[k].Day == 0 {
			continue
		}
		for si < len(r.sentences) && r.sentences[si].end <= ds[k].Start {
			si++
		}
		if si == len(r.sentences) {
			break
		}
		if sent := r.sentences[si]; sent.start <= ds[k].Start && si != asked {
			if asked = si; ok(sent) {
				return &ds[k], sent
			}
		}
	}
	return nil, span{}
}

// relativeDays are the words that date a meeting by the day the report was
// published, with how many days before it they mean.
var relativeDays = []struct {
	word string
	back int
}{{"今天", 0}, {"今日", 0}, {"昨天", 1}, {"昨日", 1}, {"前天", 2}}

// readRelativeDate dates the meeting when the text gives no date but says
// 今天 or 昨天 in a sentence naming the session (今天上午，…会议开幕), or a day
// of the month alone (23日上午…开幕), and the page prints its publication
// day.
func (r *reader) readRelativeDate(ds []when) {
	pub, ok := isoAt(r.rec.Published, 0)
	if !ok {
		r.readDayInMonth(ds)
		return
	}
	if r.readLunarDay(pub) {
		return
	}
	for _, at := range r.mainAt {
		sent := r.sentenceAt(at)
		for _, d := range relativeDays {
			i := strings.Index(r.n[sent.start:sent.end], d.word)
			if i < 0 {
				continue
			}
			day := pub
			for range d.back {
				day = day.dayBefore()
			}
			r.againstPublication(day, sent.start+i, sent.start+i+len(d.word))
			return
		}
		if r.bareDayIn(sent, pub) {
			return
		}
		// a part of a month (1月上旬, 12月下旬): the month, of the year
		// published in, or the year before for a December session
		if m, s, e, ok := monthPart(r.n[sent.start:sent.end]); ok && !announced(r.n, sent.start+e) {
			day := when{Year: yearOfMonth(m, pub.Year, pub.Month), Month: m}
			r.againstPublication(day, sent.start+s, sent.start+e)
			return
		}
	}
}

// yearOfMonth returns the year of a month a page published in the month pm
// of the year py names without its year: py, or the year before when the
// month comes more than a month after pm (a December session reported in
// January).
func yearOfMonth(month, py, pm int) int {
	if month > pm+1 {
		return py - 1
	}
	return py
}

// monthPart reads the month of a part of a month written in s (1月上旬,
// 12月下旬, 1月初, 1月底) and its span.
func monthPart(s string) (int, int, int, bool) {
	for _, w := range []string{"月上旬", "月中旬", "月下旬", "月初", "月底"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		if m, start, ok := numBefore(s, i, 2); ok && m >= 1 && m <= 12 {
			return m, start, i + len(w), true
		}
	}
	return 0, 0, 0, false
}

// bareDayIn reads a day of the month written alone in the sentence sent
// against the publication day pub (bareDay), and reports whether it did.
func (r *reader) bareDayIn(sent span, pub when) bool {
	day, s, e, ok := bareDay(r.n[sent.start:sent.end], pub)
	if ok {
		r.againstPublication(day, sent.start+s, sent.start+e)
	}
	return ok
}

// againstPublication sets the meeting's day, read at bytes s to e of the
// text against the publication date: inferred, with a warning saying so.
func (r *reader) againstPublication(day when, s, e int) {
	r.rec.Date, r.rec.DateBasis = day.String(), "inferred"
	r.evidence("date", s, e)
	r.warn(fmt.Sprintf("date: %s read against the publication date %s", r.n[s:e], r.rec.Published))
}

// readDayInMonth reads a day written alone in a sentence naming the session
// (18日下午，县十八届人大四次会议举行…) in the one month the page names
// without a day, in its text or its furniture (an archive's breadcrumb:
// 首页 > 德江要闻 > 2024年1月), when it has no publication date: ds are the
// text's dates, none with a day.
func (r *reader) readDayInMonth(ds []when) {
	var month when
	for _, d := range slices.Concat(ds, r.months) {
		switch {
		case d.Year == 0 || d.Day != 0:
			return
		case month.Year != 0 && (d.Year != month.Year || d.Month != month.Month):
			return // two months: which is the meeting's?
		}
		month = d
	}
	if month.Year == 0 {
		return
	}
	for _, at := range r.mainAt {
		sent := r.sentenceAt(at)
		for _, m := range daysAlone(r.n[sent.start:sent.end]) {
			if m.n > daysIn(month.Year, month.Month) {
				continue
			}
			d := when{Year: month.Year, Month: month.Month, Day: m.n}
			r.rec.Date, r.rec.DateBasis = d.String(), "inferred"
			r.evidence("date", sent.start+m.start, sent.start+m.end)
			if month.End > 0 { // in the text, not the furniture
				r.evidence("date", month.Start, month.End)
			}
			r.warn(fmt.Sprintf("date: %d日 read in %d年%d月, the one month the page names", m.n, month.Year, month.Month))
			return
		}
	}
}

// bareDay reads a day of the month written alone, as news agencies date
// the events of the last days (江苏省十四届人大二次会议23日上午在南京开幕), in
// the sentence s, and places it in the month of pub, the publication day, or
// the month before when the day is later than pub's. It returns the date
// and the day's span in s.
func bareDay(s string, pub when) (when, int, int, bool) {
	for _, m := range daysAlone(s) {
		d := when{Year: pub.Year, Month: pub.Month, Day: m.n}
		if m.n > pub.Day {
			if d.Month--; d.Month == 0 {
				d.Year, d.Month = d.Year-1, 12
			}
		}
		if d.valid() && m.n <= daysIn(d.Year, d.Month) {
			return d, m.start, m.end, true
		}
	}
	return when{}, 0, 0, false
}

// dayMark is a day of the month written alone and its span.
type dayMark struct{ n, start, end int }

// daysAlone returns the days of the month written without their month in
// s, where what follows shows a meeting's day (23日上午, 6日在…, 8日召开,
// 20日，…): not 第3日, 1月5日 nor 2024-01-15日.
func daysAlone(s string) []dayMark {
	var out []dayMark
	at := append(indexAll(s, "日"), indexAll(s, "曰")...) // 10曰上午: an OCR slip
	slices.Sort(at)
	for _, i := range at {
		n, start, ok := numBefore(s, i, 3)
		if !ok || n < 1 || n > 31 || strings.HasSuffix(s[:start], "月") || strings.HasSuffix(s[:start], "第") {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(s[:start]); prev >= '0' && prev <= '9' || strings.ContainsRune("-/.", prev) {
			continue
		}
		after := s[i+len("日"):]
		if !slices.ContainsFunc(dayFollowers, func(w string) bool { return strings.HasPrefix(after, w) }) {
			continue
		}
		out = append(out, dayMark{n, start, i + len("日")})
	}
	return out
}

// dayFollowers are the words after a day alone that make it a meeting's.
var dayFollowers = []string{"上午", "下午", "晚", "在", "召开", "举行", "开幕", "闭幕", ","}

func yearOf(ts string) int {
	var y int
	if len(ts) >= 4 {
		fmt.Sscanf(ts[:4], "%d", &y)
	}
	return y
}

func monthOf(ts string) int {
	var m int
	if len(ts) >= 7 {
		fmt.Sscanf(ts[5:7], "%d", &m)
	}
	return m
}
