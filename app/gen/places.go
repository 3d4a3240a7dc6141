package gen

import (
	"math/rand/v2"
)

// Place syllables: a place stem is one of each, e.g. 清 + 源 → 清源.
// Characters that are level suffixes (县, 区, 市, 乡, 镇, 旗, 盟) are left
// out so a stem never reads as a place with a level already.
const (
	stemFirst  = "清平安宁长永新龙凤金石青丰兴泰临沁汾灵云白黄红乐寿福德庆嘉华昌河山江湖溪桃柳松梅宝恒康广大上盘双三五古高铁银玉明太汉武文阜岚繁代神静介祁榆襄翼洪浮吉蒲沙柏樟枫桑"
	stemSecond = "源水阳安平城山川河泉宁丰原林陵溪江口谷门峰台关庄湾亭池坪沟岭坝塘田堡泽丘岗浦滨营店集寨桥津渡屯洲坡头坊"
)

// ethnicities name the peoples of invented autonomous counties and prefectures.
var ethnicities = []string{"土家族", "苗族", "彝族", "回族", "满族", "蒙古族", "瑶族", "侗族", "布依族", "羌族", "哈尼族", "傣族"}

// provinces are real province-level units: there are few enough that
// invented ones would not be plausible. kind is 省, 自治区 or 直辖市.
var provinces = []struct{ name, kind string }{
	{"山西省", "省"}, {"河北省", "省"}, {"河南省", "省"}, {"山东省", "省"}, {"陕西省", "省"},
	{"湖北省", "省"}, {"湖南省", "省"}, {"江西省", "省"}, {"安徽省", "省"}, {"四川省", "省"},
	{"贵州省", "省"}, {"云南省", "省"}, {"甘肃省", "省"}, {"辽宁省", "省"}, {"吉林省", "省"},
	{"浙江省", "省"}, {"福建省", "省"}, {"江苏省", "省"}, {"广东省", "省"}, {"黑龙江省", "省"},
	{"内蒙古自治区", "自治区"}, {"广西壮族自治区", "自治区"}, {"宁夏回族自治区", "自治区"},
	{"北京市", "直辖市"}, {"天津市", "直辖市"}, {"上海市", "直辖市"}, {"重庆市", "直辖市"},
}

// Level values as in the record.
const (
	levelProvince = "province"
	levelCity     = "city"
	levelDistrict = "district"
	levelCounty   = "county"
	levelTownship = "township"
)

// place is a jurisdiction whose congress meets: its name, level and the
// calendar of its terms.
type place struct {
	name   string // full name as the text writes it first, e.g. 朔州市平鲁区
	short  string // the name without a parent city, e.g. 平鲁区
	stem   string // 平鲁, for outlets such as 平鲁融媒
	level  string
	ab     string // the one-word abbreviation of its kind: 县, 区, 市, 省, 自治区, 镇…
	kind   string // 省, 自治区, 直辖市, 市, 自治州, 盟, 区, 县, 旗, 自治县, 乡, 镇, 街道
	term0  int    // the term that began in cycle year start0
	start0 int    // first year of a five-year cycle (term elections)
}

// Place pool sizes by level; a report picks a place with the level mix
// below, so each place reports several sessions over the years.
const (
	nCity     = 420
	nDistrict = 900
	nCounty   = 2200
	nTownship = 2400
)

// stemAt returns the k-th stem of a pseudo-random but bijective walk over
// all stems, so the places of one kind have distinct names.
func stemAt(k int) string {
	a, b := []rune(stemFirst), []rune(stemSecond)
	n := len(a) * len(b)
	i := (k*7919 + 13) % n
	return string(a[i/len(b)]) + string(b[i%len(b)])
}

// cityPlace returns city k (0 ≤ k < nCity).
func cityPlace(seed uint64, k int) place {
	r := rand.New(rand.NewPCG(seed^0x6369747900000000, uint64(k)))
	stem := stemAt(k)
	p := place{stem: stem, level: levelCity, kind: "市", ab: "市"}
	switch x := r.IntN(100); {
	case x < 5:
		p.kind, p.ab = "自治州", "州"
		p.name = stem + ethnicities[r.IntN(len(ethnicities))] + "自治州"
	case x < 8:
		p.kind, p.ab = "盟", "盟"
		p.name = stem + "盟"
	default:
		p.name = stem + "市"
	}
	p.short = p.name
	p.term0 = 3 + r.IntN(12)
	p.start0 = 2016 + r.IntN(2)
	return p
}

// makePlace returns place k of the given level in the world of seed.
func makePlace(seed uint64, level string, k int) place {
	r := rand.New(rand.NewPCG(seed^0x706c616365000000, uint64(k)<<3|uint64(len(level))))
	switch level {
	case levelProvince:
		pv := provinces[k%len(provinces)]
		p := place{name: pv.name, short: pv.name, level: levelProvince, kind: pv.kind, term0: 13, start0: 2018}
		switch pv.kind {
		case "自治区":
			p.ab = "自治区"
			p.stem = []string{"内蒙古", "广西", "宁夏"}[k%len(provinces)-20]
		case "直辖市":
			p.ab = "市"
			p.stem = string([]rune(pv.name)[:2])
		default:
			p.ab = "省"
			p.stem = string([]rune(pv.name)[:len([]rune(pv.name))-1])
		}
		if pv.kind == "直辖市" {
			p.term0 = 15
		}
		return p
	case levelCity:
		return cityPlace(seed, k)
	case levelDistrict:
		j := k % nCity
		parent := cityPlace(seed, j)
		for parent.kind != "市" {
			j = (j + 1) % nCity
			parent = cityPlace(seed, j)
		}
		stem := stemAt(k + 1000)
		for stem == parent.stem {
			stem = stemAt(k + 5000)
		}
		return place{name: parent.name + stem + "区", short: stem + "区", stem: stem, level: levelDistrict,
			kind: "区", ab: "区", term0: 6 + r.IntN(12), start0: 2016}
	case levelCounty:
		stem := stemAt(k + 2000)
		p := place{stem: stem, level: levelCounty, kind: "县", ab: "县", term0: 14 + r.IntN(5), start0: 2016}
		switch x := r.IntN(100); {
		case x < 8:
			p.kind, p.ab, p.name = "旗", "旗", stem+"旗"
		case x < 14:
			p.kind, p.name = "自治县", stem+ethnicities[r.IntN(len(ethnicities))]+"自治县"
		default:
			p.name = stem + "县"
		}
		p.short = p.name
		return p
	default:
		stem := stemAt(k + 3000)
		p := place{stem: stem, level: levelTownship, term0: 16 + r.IntN(5), start0: 2016}
		switch x := r.IntN(100); {
		case x < 4:
			p.kind = "街道"
		case x < 44:
			p.kind = "乡"
		default:
			p.kind = "镇"
		}
		p.ab, p.name, p.short = p.kind, stem+p.kind, stem+p.kind
		return p
	}
}

// pickPlace chooses the place a report is about, with a realistic mix of
// levels: counties and districts report most.
func pickPlace(seed uint64, r *rand.Rand) place {
	switch x := r.IntN(100); {
	case x < 6:
		return makePlace(seed, levelProvince, r.IntN(len(provinces)))
	case x < 20:
		return makePlace(seed, levelCity, r.IntN(nCity))
	case x < 40:
		return makePlace(seed, levelDistrict, r.IntN(nDistrict))
	case x < 80:
		return makePlace(seed, levelCounty, r.IntN(nCounty))
	default:
		return makePlace(seed, levelTownship, r.IntN(nTownship))
	}
}

// termOf returns the term and session a place holds in year y: terms last
// five years from start0, the first session meets late in the election
// year and one session a year follows.
func (p place) termOf(y int) (term, session int) {
	d := y - p.start0
	c := d / 5
	if d < 0 {
		c = (d - 4) / 5
	}
	return p.term0 + c, d - 5*c + 1
}
