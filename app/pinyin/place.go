package pinyin

import (
	"slices"
	"strings"

	"renda/parse/region"
)

// places are place names whose pinyin differs from the most common reading
// of each character; syllables are separated by spaces. The division table
// (renda/parse/region) carries no pinyin, so this curated list stands in;
// it names the distinctive part without the unit word, which is spelt as
// usual (长沙市 → changshashi).
var places = map[string]string{
	"长沙": "chang sha", "长春": "chang chun", "长治": "chang zhi", "长安": "chang an",
	"长宁": "chang ning", "长寿": "chang shou", "长乐": "chang le", "长汀": "chang ting",
	"长兴": "chang xing", "长葛": "chang ge", "长垣": "chang yuan", "长清": "chang qing",
	"长丰": "chang feng", "长海": "chang hai", "长白": "chang bai", "长岭": "chang ling",
	"长阳": "chang yang", "长武": "chang wu", "长顺": "chang shun", "长泰": "chang tai",
	"长子": "zhang zi", "厦门": "xia men", "重庆": "chong qing", "六安": "lu an",
	"六合": "lu he", "蚌埠": "beng bu", "番禺": "pan yu", "丽水": "li shui",
	"丽江": "li jiang", "铅山": "yan shan", "东阿": "dong e", "荥阳": "xing yang",
	"荥经": "ying jing", "莘县": "shen xian", "涡阳": "guo yang", "亳州": "bo zhou",
	"单县": "shan xian", "洪洞": "hong tong", "浚县": "xun xian", "尉犁": "yu li",
	"尉氏": "wei shi", "枞阳": "zong yang", "歙县": "she xian", "蔚县": "yu xian",
	"大埔": "da bu", "繁峙": "fan shi", "乐清": "yue qing", "乐亭": "lao ting",
	"乐山": "le shan", "乐昌": "le chang", "乐陵": "le ling", "乐平": "le ping",
	"乐东": "le dong", "乐至": "le zhi", "乐安": "le an", "乐业": "le ye",
	"会理": "hui li", "会昌": "hui chang", "会宁": "hui ning", "会泽": "hui ze",
	"会同": "hui tong", "济南": "ji nan", "济宁": "ji ning", "济源": "ji yuan",
	"台州": "tai zhou", "天台": "tian tai", "都江堰": "du jiang yan", "成都": "cheng du",
	"那曲": "na qu", "鄱阳": "po yang", "吐鲁番": "tu lu fan", "曲阜": "qu fu",
	"曲沃": "qu wo", "朝阳": "chao yang", "朝天": "chao tian", "沁源": "qin yuan",
	"沙县": "sha xian", "解放": "jie fang", "大厂": "da chang", "阿城": "a cheng",
	"筠连": "jun lian", "犍为": "qian wei", "郫都": "pi du", "宝坻": "bao di",
	"乾县": "qian xian", "乾安": "qian an",
}

// unitReadings spell the unit words of place names, which take one reading
// there (市 is never fu in a place name, 省 never xing).
var unitReadings = map[rune]string{
	'省': "sheng", '市': "shi", '州': "zhou", '盟': "meng", '区': "qu", '县': "xian", '旗': "qi",
}

// placeRunes are characters read one way wherever they stand in a place
// name (都 is du: 都匀, 宁都, 乌兰毛都; never dou, "all"; 勒 is le: 阿勒泰,
// 阿勒腾席热镇; never lei, "to tie"; 藏 is zang: 西藏, 铁楼藏族乡; never
// cang, "to hide"; 长 is chang: 长哨营满族乡, 延长县 — 长子县, zhang zi, is in
// places).
var placeRunes = map[rune]string{'都': "du", '勒': "le", '藏': "zang", '长': "chang"}

// maxPlace is the longest name in places, in characters.
const maxPlace = 3

// placeUnits spells a place name, taking every curated name it contains
// (湖南省长沙市 → hunansheng chang sha shi).
func placeUnits(name string) []unit {
	rs := []rune(strings.TrimSpace(name))
	var us []unit
	start := 0
	for i := 0; i < len(rs); {
		n := 0
		for l := min(maxPlace, len(rs)-i); l >= 2; l-- {
			if py := places[string(rs[i:i+l])]; py != "" {
				us = append(us, unitUnits(rs[start:i])...)
				us = append(us, spell(py)...)
				n = l
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		i += n
		start = i
	}
	return append(us, unitUnits(rs[start:])...)
}

// unitUnits spells a stretch of a place name with its unit words read as
// unit words.
func unitUnits(rs []rune) []unit {
	var us []unit
	start := 0
	for i, r := range rs {
		py, ok := unitReadings[r]
		if !ok || i == 0 {
			py, ok = placeRunes[r]
		}
		if ok {
			us = append(us, units(string(rs[start:i]))...)
			us = append(us, unit{py})
			start = i + 1
		}
	}
	return append(us, units(string(rs[start:]))...)
}

// outerUnits end the outer units of a compound locality (山西省,
// 朔州市, 延边朝鲜族自治州, 锡林郭勒盟, and the county, district or banner
// of a township: 同心县豫海镇), after which an inner unit may follow.
var outerUnits = []string{"省", "市", "盟", "自治区", "自治州", "地区", "县", "区", "旗"}

// Place returns the full-pinyin keys of a place name: the first reads it
// as the place is called (长沙 → changsha, 厦门市 → xiamenshi); then the
// keys of the name after each of its units, so that 朔州市平鲁区 is found
// by pinglu too; then the character-by-character spellings. At most MaxKeys.
func Place(name string) []string {
	return placeKeys(name, func(us []unit) []unit { return us }, Keys)
}

// PlaceInitials is Initials with the place read as in Place (重庆 → cq).
func PlaceInitials(name string) []string {
	return placeKeys(name, initials, Initials)
}

// placeKeys gathers the keys of Place or PlaceInitials: the first spelling
// of the name and of each tail, then those of the names an autonomous unit
// or a banner goes by (恩施土家族苗族自治州 → 恩施州, enshizhou; 喀喇沁左翼蒙古族
// 自治县 → 喀左县, kazuoxian; 科尔沁右翼前旗 → 科右前旗, keyouqianqi), then all
// spellings of the name read as a place, then the character-by-character
// ones.
func placeKeys(name string, conv func([]unit) []unit, plain func(string) []string) []string {
	all := combine(conv(placeUnits(name)), "")
	keys := all[:min(1, len(all))]
	names := []string{name}
	for _, c := range []string{colloquial(name), region.Abbreviated(name)} {
		if c != "" && !slices.Contains(names, c) {
			names = append(names, c)
			keys = merge(keys, combine(conv(placeUnits(c)), "")[:1])
		}
	}
	for _, n := range names {
		for _, tail := range tails(n) {
			keys = merge(keys, combine(conv(placeUnits(tail)), "")[:1])
		}
	}
	return merge(keys, all, plain(name))
}

// colloquial returns a name whose last autonomous prefecture, county or
// banner is called as the news call it (湖北省恩施土家族苗族自治州 → 湖北省恩施州,
// 双江拉祜族佤族布朗族傣族自治县勐库镇 → 双江县勐库镇), or "" when it names none.
func colloquial(name string) string {
	end := -1
	for _, w := range []string{"自治州", "自治县", "自治旗"} {
		if i := strings.LastIndex(name, w); i >= 0 {
			end = max(end, i+len(w))
		}
	}
	if end < 0 {
		return ""
	}
	c := region.Colloquial(name[:end])
	if c == "" {
		return ""
	}
	return c + name[end:]
}

// tails returns what follows each unit word inside a compound locality,
// when at least two characters follow.
func tails(name string) []string {
	rs := []rune(name)
	var out []string
	for i := 2; i < len(rs)-1; i++ {
		for _, u := range outerUnits {
			if strings.HasSuffix(string(rs[:i]), u) {
				out = append(out, string(rs[i:]))
				break
			}
		}
	}
	return out
}
