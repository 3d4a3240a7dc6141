package pinyin

import "strings"

// surnames are surnames whose reading as a surname differs from the
// character's most common reading, or that a polyphonic character takes;
// syllables are separated by spaces.
var surnames = map[string]string{
	"单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao",
	"查": "zha", "乐": "yue", "盖": "ge", "缪": "miao", "尉": "wei", "秘": "bi",
	"繁": "po", "种": "chong", "折": "she", "员": "yun", "能": "nai", "句": "gou",
	"覃": "qin", "谌": "chen", "召": "shao", "都": "du", "柏": "bai", "翟": "zhai",
	"祭": "zhai", "过": "guo", "华": "hua", "冼": "xian", "隗": "wei", "车": "che",
	"薄": "bo", "宿": "su", "重": "chong", "么": "yao", "相": "xiang", "朝": "chao",
	"曲": "qu", "占": "zhan", "佴": "nai", "那": "na", "叶": "ye", "沈": "shen",
	"贾": "jia", "莘": "shen", "长": "chang", "传": "chuan", "阚": "kan", "卜": "bu",
	"任": "ren", "纪": "ji", "应": "ying", "石": "shi", "藏": "zang", "蕃": "pi",
	"黑": "he", "便": "pian", "万": "wan", "艾": "ai", "弗": "fu", "哈": "ha",
	"率": "shuai", "强": "qiang", "适": "kuo", "期": "qi", "殷": "yin", "燕": "yan",
	"蔚": "yu", "吾": "wu", "和": "he", "行": "xing", "家": "jia", "涂": "tu",
	"郇": "huan",
}

// compoundSurnames are two-character surnames, read as surnames.
var compoundSurnames = map[string]string{
	"尉迟": "yu chi", "万俟": "mo qi", "长孙": "zhang sun", "澹台": "tan tai",
	"令狐": "ling hu", "单于": "chan yu", "欧阳": "ou yang", "司马": "si ma",
	"上官": "shang guan", "诸葛": "zhu ge", "东方": "dong fang", "皇甫": "huang fu",
	"公孙": "gong sun", "慕容": "mu rong", "司徒": "si tu", "夏侯": "xia hou",
	"宇文": "yu wen", "呼延": "hu yan", "端木": "duan mu", "轩辕": "xuan yuan",
	"闻人": "wen ren", "申屠": "shen tu", "太史": "tai shi", "公冶": "gong ye",
	"赫连": "he lian", "拓跋": "tuo ba", "百里": "bai li", "南宫": "nan gong",
	"钟离": "zhong li", "独孤": "du gu", "西门": "xi men", "第五": "di wu",
	"乐正": "yue zheng", "濮阳": "pu yang", "淳于": "chun yu", "宗政": "zong zheng",
	"公羊": "gong yang", "左丘": "zuo qiu", "司空": "si kong", "亓官": "qi guan",
	"子车": "zi ju", "漆雕": "qi diao", "谷梁": "gu liang", "仉督": "zhang du",
}

// spell turns a table value into units, one per syllable.
func spell(syllables string) []unit {
	var us []unit
	for _, s := range strings.Fields(syllables) {
		us = append(us, unit{s})
	}
	return us
}

// personUnits spells a person's name with the surname read as a surname: a
// compound surname when the name is long enough to hold a given name too.
func personUnits(name string) []unit {
	name = strings.TrimSpace(name)
	rs := []rune(name)
	if len(rs) >= 3 {
		if py, ok := compoundSurnames[string(rs[:2])]; ok {
			return append(spell(py), units(string(rs[2:]))...)
		}
	}
	if len(rs) >= 2 {
		if py, ok := surnames[string(rs[:1])]; ok {
			return append(spell(py), units(string(rs[1:]))...)
		}
	}
	return units(name)
}

// Person returns the full-pinyin keys of a person's name: the first reads
// the surname as a surname (单田芳 → shantianfang, 尉迟恭 → yuchigong); the
// character-by-character spellings follow, so a search never misses. At
// most MaxKeys.
func Person(name string) []string {
	us := personUnits(name)
	return merge(combine(us, ""), Keys(name))
}

// PersonInitials is Initials with the surname read as a surname first
// (曾志 → zz, then cz).
func PersonInitials(name string) []string {
	return merge(combine(initials(personUnits(name)), ""), Initials(name))
}
