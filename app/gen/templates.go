package gen

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
)

// words are the titles and bodies of one level, e.g. 县委书记, 县长,
// 县人民政府, 县人大常委会.
type words struct {
	ab, lead, party, head, headPos, gov, npc, npcDir, court, proc string
}

func wordsFor(p place) words {
	ab := p.ab
	w := words{ab: ab, lead: ab + "领导", party: ab + "委书记", head: ab + "长", gov: ab + "人民政府",
		npc: ab + "人大常委会", npcDir: ab + "人大常委会主任", court: ab + "人民法院", proc: ab + "人民检察院"}
	switch p.kind {
	case "自治区":
		w.party, w.head, w.court = "自治区党委书记", "自治区主席", "自治区高级人民法院"
	case "省", "直辖市":
		w.court = ab + "高级人民法院"
	case "市", "自治州", "盟":
		w.court = ab + "中级人民法院"
	case "乡", "镇":
		w.party, w.npc, w.npcDir, w.court, w.proc = ab+"党委书记", ab+"人大", ab+"人大主席", "", ""
	case "街道":
		w.party, w.head, w.gov, w.npc, w.npcDir, w.court, w.proc = "街道党工委书记", "街道办事处主任", "街道办事处", "街道人大工委", "街道人大工委主任", "", ""
	}
	w.headPos = w.gov + w.head
	switch p.kind {
	case "自治区":
		w.headPos = w.gov + "主席"
	case "街道":
		w.headPos = w.head
	}
	return w
}

// Date modes: how the meeting day is written.
const (
	dateStated = iota // 2024年1月9日 (or 二〇二四年一月九日)
	datePub           // 1月9日, year from the publication line
	dateCue           // 1月9日, year from 2023年工作回顾 / 2024年计划
	dateNoYear        // 1月9日 and no year anywhere
)

// report is one synthetic report being written: the meeting it covers,
// the page it is written on and the facts it plants.
type report struct {
	g       *Generator
	r       *rand.Rand
	nm      *namer
	t       *Truth
	pl      place
	w       words
	y, m, d int // meeting day
	term    int
	session int
	loc     string // the locality as written, "" in abbreviated reports
	cong    string // first mention of the congress, e.g. 清徐县第十七届人民代表大会第二次会议
	bare    string // the congress without place: 第十七届人民代表大会第二次会议
	ref     string // later mentions: 县十七届人大二次会议
	mode    int    // date mode
	years   bool   // the text may state years (false in dateNoYear)
	abbrev  bool
	head    []string // headline lines
	body    []string // body paragraphs
	slots   []int    // body indexes before which filler may go
	site    string   // the site's own name printed on the page, "" if none
	outlet  string   // the outlet named in a dateline (忻州日报讯), "" if none
}

func (rp *report) pick(xs ...string) string { return xs[rp.r.IntN(len(xs))] }
func (rp *report) chance(pct int) bool      { return rp.r.IntN(100) < pct }

// para appends a body paragraph.
func (rp *report) para(s string) { rp.body = append(rp.body, s) }

// slot marks the current end of the body as a place for filler.
func (rp *report) slot() { rp.slots = append(rp.slots, len(rp.body)) }

// list joins names with 、.
func list(names []string) string { return strings.Join(names, "、") }

// sessionDay returns the opening day of a place's session in year y, the
// same in every report on that session.
func sessionDay(seed uint64, p place, y, session int) (m, d int) {
	h := fnv.New64a()
	h.Write([]byte(p.name))
	r := rand.New(rand.NewPCG(seed^h.Sum64(), uint64(y)))
	if session == 1 {
		return 11 + r.IntN(2), 1 + r.IntN(20)
	}
	m = 1 + r.IntN(3)
	if r.IntN(10) == 0 {
		m = 4
	}
	return m, 1 + r.IntN(20)
}

// compose writes report i of the corpus for seed.
func compose(g *Generator, i int) (*report, string) {
	seed := g.seed
	r := rand.New(rand.NewPCG(seed, uint64(i)*0x9e3779b97f4a7c15+1))
	rp := &report{g: g, r: r, nm: newNamer(r), t: newTruth(fmt.Sprintf("gen_%06d", i))}
	rp.pl = pickPlace(seed, r)
	rp.w = wordsFor(rp.pl)
	rp.y = 2017 + r.IntN(9)
	rp.term, rp.session = rp.pl.termOf(rp.y)
	m, d := sessionDay(seed, rp.pl, rp.y, rp.session)
	rp.m, rp.d = m, d
	rp.nm.reserve(rp.pl.stem)

	event := rp.pickEvent()
	rp.setCongress()
	rp.setDateMode(event)
	speech := (event == "opening" || event == "closing") && rp.chance(4) && !rp.abbrev
	if speech {
		rp.mode, rp.years = dateStated, true
	}
	rp.t.Term, rp.t.Session, rp.t.Event, rp.t.Level = rp.term, rp.session, event, rp.pl.level
	if !rp.abbrev && rp.chance(40) {
		rp.site = rp.pick(rp.pl.stem+"融媒", rp.pl.stem+"新闻网", "爱"+rp.pl.stem+"网", rp.pl.stem+"人大网")
	}
	switch {
	case speech:
		rp.speechText(event)
	case event == "opening":
		rp.opening()
	case event == "closing":
		rp.closing()
	case event == "preparatory":
		rp.preparatory()
	case event == "presidium":
		rp.presidium()
	case event == "plenary":
		rp.plenary()
	default:
		rp.other()
	}
	rp.fill()
	top, meta, tail := rp.furniture()
	return rp, rp.render(top, meta, tail)
}

func (rp *report) pickEvent() string {
	x := rp.r.IntN(100)
	switch {
	case x < 34:
		return "opening"
	case x < 68:
		return "closing"
	case x < 75:
		return "preparatory"
	case x < 82:
		return "presidium"
	case x < 92:
		return "plenary"
	}
	return "other"
}

// setCongress chooses how the congress is written and sets the locality.
func (rp *report) setCongress() {
	T, S := rp.term, rp.session
	full := "第" + cnSmall(T) + "届人民代表大会第" + cnSmall(S) + "次会议"
	short := cnSmall(T) + "届人大" + cnSmall(S) + "次会议"
	arabic := "第" + strconv.Itoa(T) + "届人民代表大会第" + strconv.Itoa(S) + "次会议"
	if rp.chance(5) {
		full = arabic
	}
	body := full
	if rp.chance(25) {
		body = short
	}
	rp.bare = full
	rp.ref = rp.w.ab + short
	switch rp.pl.kind {
	case "县", "区", "市", "镇", "乡", "旗", "省":
		rp.abbrev = rp.chance(10)
	}
	if rp.abbrev {
		rp.loc = ""
		rp.cong = rp.w.ab + body
		rp.t.Locality = ""
		return
	}
	rp.loc = rp.pl.name
	if rp.pl.level == levelDistrict && rp.chance(50) {
		rp.loc = rp.pl.short
	}
	rp.cong = rp.loc + body
	rp.t.Locality = rp.loc
}

// setDateMode chooses how the date is written; cues need an event that
// carries them and a session early in the year.
func (rp *report) setDateMode(event string) {
	x := rp.r.IntN(100)
	switch {
	case x < 35:
		rp.mode = dateStated
	case x < 72:
		rp.mode = datePub
	case x < 88 && rp.m <= 4 && (event == "opening" || event == "closing"):
		rp.mode = dateCue
	case x < 88:
		rp.mode = datePub
	default:
		rp.mode = dateNoYear
	}
	rp.years = rp.mode != dateNoYear
}

// meetingDay sets the day of the meeting reported, offset from opening.
func (rp *report) meetingDay(offset int) {
	rp.d += offset
	if rp.d < 1 {
		rp.d = 1
	}
	switch rp.mode {
	case dateStated, datePub, dateCue:
		rp.t.Date = fmt.Sprintf("%04d-%02d-%02d", rp.y, rp.m, rp.d)
		rp.t.DateBasis = "inferred"
		if rp.mode == dateStated {
			rp.t.DateBasis = "stated"
		}
	}
}

// when writes the meeting day as the lead gives it, with a time of day.
func (rp *report) when() string {
	tod := rp.pick("上午", "下午", "", "")
	if rp.mode == dateStated {
		if rp.chance(12) {
			return cnYear(rp.y) + "年" + cnSmall(rp.m) + "月" + cnSmall(rp.d) + "日" + tod
		}
		return fmt.Sprintf("%d年%d月%d日%s", rp.y, rp.m, rp.d, tod)
	}
	return fmt.Sprintf("%d月%d日%s", rp.m, rp.d, tod)
}

func (rp *report) venue() string {
	return rp.w.ab + rp.pick("人民会堂", "会议中心", "人民大礼堂", "政府礼堂", "行政中心会议室", "大会堂")
}

// headline writes the title lines: verb is 隆重开幕, 胜利闭幕 and so on.
func (rp *report) headline(verb string) {
	if rp.chance(7) {
		return // some pages give no headline
	}
	name := rp.cong
	if !rp.abbrev && rp.chance(30) {
		name = rp.loc + strings.TrimPrefix(rp.ref, rp.w.ab)
	}
	if !rp.abbrev && rp.chance(12) && strings.HasPrefix(rp.bare, "第") {
		i := strings.Index(rp.bare, "人民代表大会") + len("人民代表大会")
		rp.head = append(rp.head, rp.loc+rp.bare[:i], rp.bare[i:]+verb)
		return
	}
	rp.head = append(rp.head, name+verb)
}

// attendance writes the delegate figures in one of the ways reports do,
// or none at all.
func (rp *report) attendance() {
	if rp.chance(15) {
		if rp.chance(40) {
			rp.para("出席会议的代表人数符合法定人数。")
		}
		return // no figures: attendance stays null
	}
	var e int
	switch rp.pl.level {
	case levelProvince:
		e = 480 + rp.r.IntN(300)
	case levelCity:
		e = 280 + rp.r.IntN(220)
	case levelTownship:
		e = 38 + rp.r.IntN(60)
	default:
		e = 140 + rp.r.IntN(130)
	}
	a := rp.r.IntN(e/8 + 1)
	p := e - a
	who := rp.pick("大会", "会议", "本次会议", "", "")
	q := rp.chance(75)
	quorum := ""
	if q {
		quorum = rp.pick("，符合法定人数", "，符合法定要求", "，出席人数符合法定人数")
	}
	n := strconv.Itoa
	var s string
	switch rp.r.IntN(9) {
	case 0:
		s = fmt.Sprintf("%s应到代表%d名，缺席%d名，实到%d名%s。", who, e, a, p, quorum)
	case 1:
		s = fmt.Sprintf("%s应出席代表%d人，到会代表%d人%s。", who, e, p, quorum)
	case 2:
		s = fmt.Sprintf("%s应到会代表%d名，实到会代表%d名%s。", who, e, p, quorum)
	case 3:
		if a < 2 {
			a, p = 2, e-2
		}
		s = fmt.Sprintf("%s应到代表%d名，因病、因事请假%d名，实到%d名%s。", who, e, a, p, quorum)
	case 4:
		s = fmt.Sprintf("%s应出席代表%d人，实出席代表%d人%s。", who, e, p, quorum)
	case 5:
		s = "本次会议应出席代表" + cnNumber(e) + "人，实际出席" + cnNumber(p) + "人" + quorum + "。"
	case 6:
		if a < 2 {
			a, p = 2, e-2
		}
		x := 1 + rp.r.IntN(a-1)
		s = fmt.Sprintf("%s应到代表%d名，因病请假%d名、因事请假%d名%s。", who, e, x, a-x, quorum)
	case 7:
		s = who + "应到代表 " + n(e) + " 名，实到 " + n(p) + " 名" + quorum + "。"
	default:
		s = fmt.Sprintf("%s应出席代表%d人，出席%d人%s。", who, e, p, quorum)
	}
	rp.para(s)
	rp.t.Attendance = &Attendance{Expected: e, Present: p, Absent: a, Quorum: q}
}

// seating writes who sat on the rostrum and who were executive chairs;
// it returns the chairs so one of them can preside.
func (rp *report) seating(withChairs bool) []string {
	var chairs []string
	if withChairs {
		chairs = rp.nm.names(4 + rp.r.IntN(7))
		switch rp.r.IntN(4) {
		case 0:
			rp.para("大会执行主席：" + list(chairs) + "。")
			add(&rp.t.ExecutiveChairs, chairs...)
		default:
			rp.para(rp.pick("大会执行主席", "大会主席团常务主席、执行主席") + list(chairs) + "在主席台前排就座。")
			add(&rp.t.ExecutiveChairs, chairs...)
			add(&rp.t.Rostrum, chairs...)
		}
	}
	if rp.chance(15) {
		return chairs
	}
	others := rp.nm.names(3 + rp.r.IntN(14))
	switch rp.r.IntN(4) {
	case 0:
		rp.para("在主席台就座的还有" + list(others) + "等。")
	case 1:
		rp.para(rp.w.lead + list(others) + rp.pick("出席会议并在主席台就座。", "出席大会并在主席台前排就座。"))
	case 2:
		rp.para(rp.w.lead + list(others) + "和大会主席团成员在主席台就座。")
	default:
		rp.para("在主席台就座的有" + list(others) + "等。")
	}
	add(&rp.t.Rostrum, others...)
	return chairs
}

// preside writes who presided; chairs may be empty.
func (rp *report) preside(chairs []string, what string) string {
	var x string
	if len(chairs) > 0 && rp.chance(60) {
		x = chairs[rp.r.IntN(len(chairs))]
		switch rp.r.IntN(3) {
		case 0:
			rp.para(x + "主持" + what + "。")
		case 1:
			rp.para(what + "由大会执行主席" + x + "主持。")
		default:
			rp.para("大会执行主席" + x + "主持" + what + "。")
		}
	} else {
		x = rp.nm.name()
		switch rp.r.IntN(3) {
		case 0:
			rp.para(what + "由" + rp.w.npcDir + x + "主持。")
		case 1:
			rp.para("大会执行主席" + x + "主持" + what + "。")
			add(&rp.t.ExecutiveChairs, x)
		default:
			rp.para(what + "由大会主席团常务主席、执行主席" + x + "主持。")
			add(&rp.t.ExecutiveChairs, x)
		}
	}
	add(&rp.t.Presiding, x)
	if rp.chance(8) {
		// remarks while presiding: no speech (the schema's 讲话, 致辞)
		rp.para(paragraph(rp.r, x+"在主持会议时说，", 80+rp.r.IntN(120)))
	}
	return x
}

// speaker writes the speech of a leader (讲话 or 致辞) and paragraphs
// that open with the leader's remarks.
func (rp *report) speaker(x string, lead string) {
	switch rp.r.IntN(4) {
	case 0:
		rp.para(lead + rp.w.party + x + "出席会议并讲话。")
	case 1:
		rp.para(lead + rp.w.party + x + "讲话。")
	case 2:
		rp.para(lead + rp.w.party + x + "代表" + rp.w.ab + "委致辞。")
	default:
		rp.para(lead + x + "出席会议并讲话。")
	}
	add(&rp.t.Speakers, x)
	rp.slot()
	for k := 1 + rp.r.IntN(3); k > 0; k-- {
		rp.para(paragraph(rp.r, x+rp.pick("强调，", "指出，", "要求，", "强调，"), 120+rp.r.IntN(200)))
		rp.slot()
	}
}

// photos writes image placeholders with their credits.
func (rp *report) photo() {
	cap := rp.pick("大会现场", "会议现场", "代表们认真听取报告", "代表投票表决", "主席台")
	if rp.site != "" && rp.chance(50) {
		rp.para(fmt.Sprintf("[image: 图片[%d]-%s-%s]", 2+rp.r.IntN(5), cap, rp.site))
	} else {
		rp.para("[image: " + cap + "]")
	}
	if rp.chance(50) {
		x := rp.nm.name()
		rp.para(cap + "。" + rp.pick(x+"摄", "记者 "+x+" 摄", "（"+x+" 摄）"))
		add(&rp.t.Photographers, x)
	}
}

// distractor mentions another body's meeting: a party plenum, the CPPCC,
// the standing committee, a higher congress.
func (rp *report) distractor() {
	ab := rp.w.ab
	a, b := 2+rp.r.IntN(20), 1+rp.r.IntN(8)
	var s string
	switch rp.r.IntN(4) {
	case 0:
		s = "会议认真贯彻落实" + ab + "委" + cnSmall(a) + "届" + cnSmall(b) + "次全会精神，动员全" + ab + "上下奋发有为。"
	case 1:
		s = "同期召开的" + ab + "政协" + cnSmall(a) + "届" + cnSmall(b) + "次会议也完成了各项议程。"
	case 2:
		s = "会前，" + ab + cnSmall(rp.term) + "届人大常委会第" + cnSmall(10+rp.r.IntN(20)) + "次会议审议了有关事项。"
	default:
		higher := "省十四届人大二次会议"
		if rp.pl.level == levelProvince {
			higher = "十四届全国人大二次会议"
		}
		s = "会议传达学习了" + higher + "精神。"
	}
	rp.para(s)
}

func (rp *report) resolutions() {
	L := rp.loc
	if L == "" || rp.chance(40) {
		L = rp.w.ab
	}
	y := rp.y
	var rs []string
	if rp.pl.level == levelTownship {
		rs = []string{"关于" + L + "人民政府工作报告的决议", "关于" + L + "人大主席团工作报告的决议"}
		if rp.years {
			rs = append(rs, fmt.Sprintf("关于%s%d年财政预算的决议", L, y))
		}
	} else {
		rs = []string{"关于" + L + "人民政府工作报告的决议"}
		if rp.years {
			if rp.m >= 11 {
				y++ // a December session plans for the year ahead
			}
			rs = append(rs, fmt.Sprintf("关于%s%d年国民经济和社会发展计划执行情况与%d年计划的决议", L, y-1, y),
				fmt.Sprintf("关于%s%d年预算执行情况和%d年预算的决议", L, y-1, y))
		}
		rs = append(rs, "关于"+L+"人大常委会工作报告的决议", "关于"+rp.w.court+"工作报告的决议", "关于"+rp.w.proc+"工作报告的决议")
		if rp.mode != dateCue {
			rs = rs[:1+rp.r.IntN(len(rs))]
		}
	}
	verb := rp.pick("会议表决通过了", "大会审议通过了", "会议表决通过")
	if rp.chance(15) {
		rp.para(verb + "《" + strings.Join(rs, "》、《") + "》。")
	} else if rp.chance(55) {
		rp.para(verb + "《" + strings.Join(rs, "》《") + "》。")
	} else {
		rp.para(verb + strings.Join(rs, "、") + "。")
	}
	add(&rp.t.Resolutions, rs...)
}

func (rp *report) elections() {
	w := rp.w
	if w.npc == "街道人大工委" {
		return
	}
	if rp.session != 1 {
		if rp.chance(70) {
			return
		}
		x := rp.nm.name()
		pos := rp.pick(w.headPos, w.npc+"副主任")
		rp.para(rp.pick("会议补选", "会议选举") + x + "为" + pos + "。")
		rp.t.Elected = append(rp.t.Elected, Election{x, pos})
		return
	}
	rp.para("会议以无记名投票方式，选举产生了新一届国家机构组成人员。")
	if rp.pl.level == levelTownship {
		a, b := rp.nm.name(), rp.nm.name()
		rp.para(a + "当选为" + rp.pl.name + "人民代表大会主席，" + b + "当选为" + w.headPos + "。")
		rp.t.Elected = append(rp.t.Elected, Election{a, rp.pl.name + "人民代表大会主席"}, Election{b, w.headPos})
		return
	}
	a := rp.nm.name()
	deps := rp.nm.names(2 + rp.r.IntN(3))
	h := rp.nm.name()
	if rp.chance(70) {
		rp.para(a + "当选为" + w.npc + "主任，" + list(deps) + "当选为" + w.npc + "副主任，" + h + "当选为" + w.headPos + "。")
	} else {
		rp.para(a + "当选为" + w.npc + "主任。会议选举" + list(deps) + "为" + w.npc + "副主任。" + h + "当选为" + w.headPos + "。")
	}
	rp.t.Elected = append(rp.t.Elected, Election{a, w.npc + "主任"})
	for _, d := range deps {
		rp.t.Elected = append(rp.t.Elected, Election{d, w.npc + "副主任"})
	}
	rp.t.Elected = append(rp.t.Elected, Election{h, w.headPos})
	if rp.chance(60) {
		c, p := rp.nm.name(), rp.nm.name()
		rp.para("会议选举" + c + "为" + w.court + "院长。会议选举" + p + "为" + w.proc + "检察长。")
		rp.t.Elected = append(rp.t.Elected, Election{c, w.court + "院长"}, Election{p, w.proc + "检察长"})
	}
	rp.para("随后，新当选的国家工作人员进行了宪法宣誓。")
}

func (rp *report) opening() {
	rp.meetingDay(0)
	rp.headline(rp.pick("隆重开幕", "开幕", "胜利开幕"))
	lead := rp.lead()
	switch rp.r.IntN(3) {
	case 0:
		rp.para(lead + rp.when() + "，" + rp.cong + "在" + rp.venue() + "隆重开幕。")
	case 1:
		rp.para(lead + rp.cong + "于" + rp.when() + "在" + rp.venue() + "开幕。")
	default:
		if rp.abbrev {
			rp.para(lead + rp.when() + "，" + rp.cong + "在" + rp.venue() + "开幕。")
		} else {
			rp.para(lead + rp.when() + "，" + rp.loc + "隆重召开" + rp.bare + "。")
		}
	}
	rp.photo()
	chairs := rp.seating(rp.chance(70))
	rp.attendance()
	x := rp.preside(chairs, rp.pick("会议", "会议", "开幕式"))
	rp.para(x + "宣布：" + rp.ref + "开幕。全体起立，奏唱国歌。")
	if rp.chance(20) {
		rp.para("大会举行第一次全体会议。")
		rp.t.Plenary = 1
	}
	if rp.w.court != "" || rp.pl.level == levelTownship {
		h := rp.nm.name()
		if rp.chance(75) || rp.abbrev {
			rp.para(rp.pick("根据会议议程，", "", "随后，") + rp.w.head + h + "代表" + rp.w.gov + "向大会作政府工作报告。")
		} else {
			rp.para(h + "代表" + rp.loc + "人民政府向大会作工作报告。")
		}
		rp.t.Reports = append(rp.t.Reports, Report{"政府工作报告", h})
		if rp.years {
			rp.para(fmt.Sprintf("报告共分三个部分：一、%d年工作回顾；二、%d年工作安排；三、全面加强政府自身建设。", rp.y-1, rp.y))
		} else {
			rp.para("报告共分三个部分：一、过去一年工作回顾；二、今年工作安排；三、全面加强政府自身建设。")
		}
		rp.slot()
		rp.para(paragraph(rp.r, "报告指出，", 150+rp.r.IntN(200)))
		rp.slot()
	}
	if rp.chance(40) {
		rp.distractor()
	}
	if rp.chance(35) {
		rp.speaker(rp.nm.name(), "")
	}
	rp.slot()
}

func (rp *report) closing() {
	rp.meetingDay(2 + rp.r.IntN(3))
	rp.headline(rp.pick("胜利闭幕", "闭幕", "圆满完成各项议程胜利闭幕"))
	lead := rp.lead()
	k := 0
	if rp.chance(50) {
		k = 3 + rp.r.IntN(3)
		rp.para(lead + rp.when() + "，" + rp.cong + "举行第" + cnSmall(k) + "次全体会议，圆满完成各项议程后胜利闭幕。")
		rp.t.Plenary = k
	} else {
		rp.para(lead + rp.when() + "，" + rp.cong + "在" + rp.venue() + "胜利闭幕。")
	}
	rp.photo()
	chairs := rp.seating(rp.chance(75))
	rp.preside(chairs, "会议")
	rp.attendance()
	rp.elections()
	rp.resolutions()
	if rp.chance(30) {
		rp.distractor()
	}
	rp.slot()
	if rp.chance(80) {
		x := rp.nm.name()
		rp.speaker(x, rp.pick("", "大会完成各项议程后，", "会上，"))
		// adopted at the closing, not delivered to it: no report of the truth
		rp.para(x + "代表" + rp.w.ab + "委向大会的圆满成功表示热烈祝贺，向新当选的同志表示祝贺。会议审议通过了《政府工作报告》等重要报告，体现了全" + rp.w.ab + "人民的共同意志。")
	}
	if rp.chance(50) {
		rp.photo()
	}
	rp.para(rp.pick("会议在雄壮的国际歌声中胜利闭幕。", "大会在庄严的国歌声中闭幕。"))
}

// heard plants a report the meeting heard or examined without its deliverer
// being named, unless the truth holds it already under this title or a
// longer one (县人民政府工作报告), as the parser reads it.
func (rp *report) heard(title string) {
	for _, x := range rp.t.Reports {
		if strings.HasSuffix(x.Title, title) || strings.HasSuffix(title, x.Title) {
			return
		}
	}
	rp.t.Reports = append(rp.t.Reports, Report{Title: title})
}

func (rp *report) preparatory() {
	rp.meetingDay(-1)
	rp.headline("举行预备会议")
	rp.para(rp.lead() + rp.when() + "，" + rp.cong + "举行预备会议。")
	x := rp.nm.name()
	rp.para("会议由" + rp.w.npcDir + x + "主持。")
	add(&rp.t.Presiding, x)
	rp.attendance()
	rp.para("会议选举产生了大会主席团和秘书长，表决通过了大会议程。")
	rp.slot()
	if rp.chance(30) {
		rp.distractor()
	}
}

func (rp *report) presidium() {
	rp.meetingDay(-1)
	k := 1 + rp.r.IntN(3)
	n := "第" + cnSmall(k) + "次会议"
	if rp.chance(50) {
		rp.headline("主席团举行" + n)
	} else {
		rp.headline("主席团" + n + "召开")
	}
	rp.para(rp.lead() + rp.when() + "，" + rp.cong + "主席团" + n + "在" + rp.venue() + "召开。")
	x := rp.nm.name()
	rp.para("会议由大会主席团常务主席" + x + "主持。")
	add(&rp.t.Presiding, x)
	rp.para("会议推选了大会主席团常务主席，决定了各次全体会议的执行主席人选，通过了大会日程和议程。")
	rp.slot()
}

func (rp *report) plenary() {
	rp.meetingDay(1)
	k := 2 + rp.r.IntN(2)
	rp.t.Plenary = k
	rp.headline("举行第" + cnSmall(k) + "次全体会议")
	rp.para(rp.lead() + rp.when() + "，" + rp.cong + "在" + rp.venue() + "举行第" + cnSmall(k) + "次全体会议。")
	chairs := rp.seating(rp.chance(60))
	rp.preside(chairs, "会议")
	rp.attendance()
	a := rp.nm.name()
	if rp.pl.level == levelTownship {
		rp.para(rp.w.npcDir + a + "作" + rp.w.ab + "人大主席团工作报告。")
		rp.t.Reports = append(rp.t.Reports, Report{rp.w.ab + "人大主席团工作报告", a})
	} else {
		rp.para(rp.w.npcDir + a + "作" + rp.w.npc + "工作报告。")
		rp.t.Reports = append(rp.t.Reports, Report{rp.w.npc + "工作报告", a})
		if rp.w.court != "" && rp.chance(80) {
			c, p := rp.nm.name(), rp.nm.name()
			rp.para(rp.w.court + "院长" + c + "作" + rp.w.court + "工作报告。" + rp.w.proc + "检察长" + p + "作" + rp.w.proc + "工作报告。")
			rp.t.Reports = append(rp.t.Reports, Report{rp.w.court + "工作报告", c}, Report{rp.w.proc + "工作报告", p})
		}
	}
	rp.slot()
	if rp.chance(40) {
		rp.distractor()
	}
}

func (rp *report) other() {
	rp.meetingDay(1)
	if rp.chance(90) {
		rp.head = append(rp.head, rp.pick("代表们分组审议政府工作报告", "各代表团分组审议各项报告", "凝心聚力话发展 认真审议谋新篇"))
	}
	// deliberated by groups, delivered before: no report of the truth
	rp.para(rp.lead() + rp.when() + "，出席" + rp.cong + "的代表分组审议政府工作报告。")
	rp.slot()
	x := rp.nm.name()
	rp.para(rp.w.party + x + "参加" + stemAt(rp.r.IntN(3000)+4000) + "代表团审议。")
	rp.para(paragraph(rp.r, x+rp.pick("指出，", "强调，"), 150+rp.r.IntN(150)))
	add(&rp.t.Mentioned, x) // remarks at a deliberation: no speech to the session

	rp.slot()
	rp.joined()
	if rp.chance(40) {
		rp.distractor()
	}
}

// joined plants the other officials who joined the deliberation, by post
// or in a list after their leaders' title, and a deputy who spoke up: the
// people the record mentions.
func (rp *report) joined() {
	if rp.chance(50) {
		h := rp.nm.name()
		deputy := strings.Replace(rp.w.party, "书记", "副书记", 1)
		rp.para(deputy + "、" + rp.w.head + h + "参加" + stemAt(rp.r.IntN(3000)+4000) + "代表团审议。")
		add(&rp.t.Mentioned, h)
	}
	if rp.chance(60) {
		others := rp.nm.names(1 + rp.r.IntN(3))
		verb := "参加"
		if len(others) > 1 {
			verb = "分别参加"
		}
		rp.para(rp.w.lead + list(others) + verb + "各代表团审议。")
		add(&rp.t.Mentioned, others...)
	}
	if rp.chance(40) {
		d := rp.nm.name()
		rp.para(paragraph(rp.r, "代表"+d+rp.pick("说，", "表示，", "认为，"), 80+rp.r.IntN(80)))
		add(&rp.t.Mentioned, d)
	}
}

// speechText writes the text of a leader's speech at the opening or the
// closing, as sites publish it: headline, byline with the date, address.
func (rp *report) speechText(event string) {
	x := rp.nm.name()
	if event == "opening" {
		rp.meetingDay(0)
	} else {
		rp.meetingDay(2 + rp.r.IntN(3))
	}
	cer := map[string]string{"opening": "开幕式", "closing": "闭幕式"}[event]
	rp.head = append(rp.head, "在"+rp.w.ab+strings.TrimPrefix(rp.bare, "")+cer+"上的讲话")
	rp.para(fmt.Sprintf("%s %d年%d月%d日", x, rp.y, rp.m, rp.d))
	add(&rp.t.Speakers, x)
	rp.para("各位代表、同志们：")
	verb := map[string]string{"opening": "今天隆重开幕了", "closing": "圆满完成了各项议程，就要胜利闭幕了"}[event]
	rp.para(rp.cong + "，在全体代表和与会同志的共同努力下，" + verb + "。")
	rp.slot()
	rp.para("在此，我代表中共" + rp.loc + "委员会，向大会表示热烈的祝贺！")
	rp.slot()
}

// lead returns the dateline that opens a body, naming the outlet, or "".
func (rp *report) lead() string {
	if rp.outlet == "" && !rp.abbrev && rp.chance(15) {
		out := rp.pl.stem + rp.pick("日报", "融媒", "新闻网")
		rp.outlet = out
		return out + "讯（记者 " + rp.nm.name() + "）"
	}
	return ""
}
