package region

import (
	"strings"
	"unicode/utf8"
)

// unitWords end the names of units, longest first, so that 自治县 is tried
// before 县.
var unitWords = []string{
	"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
	"省", "市", "盟", "县", "区", "旗", "州",
}

// nationalities are the peoples named in autonomous units' names
// (延边朝鲜族自治州, 新疆维吾尔自治区), longest first.
var nationalities = []string{
	"柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜",
	"东乡", "纳西", "景颇", "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
	"普米", "塔吉克", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "塔塔尔", "独龙",
	"鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "蒙古", "高山", "回", "藏", "苗", "彝", "壮",
	"满", "侗", "瑶", "白", "黎", "傣", "佤", "畲", "水", "土", "羌", "怒", "京",
}

// withoutZu are the peoples autonomous units name without 族 (新疆维吾尔自治区,
// 伊犁哈萨克自治州, 博尔塔拉蒙古自治州, 克孜勒苏柯尔克孜自治州).
var withoutZu = map[string]bool{"维吾尔": true, "哈萨克": true, "蒙古": true, "柯尔克孜": true}

// short is a unit's name without its unit word and, for autonomous units,
// the peoples named (清徐县 → 清徐, 延边朝鲜族自治州 → 延边, 新疆维吾尔自治区 →
// 新疆, 伊犁哈萨克自治州 → 伊犁), or the people a unit is named after
// without 族 (东乡族自治县 → 东乡). A name that would shrink below two
// characters is kept whole (沙县, 矿区), since one character alone names
// nothing safely.
func short(name string) string {
	s := name
	autonomous := strings.Contains(name, "自治")
	for _, w := range unitWords {
		if strings.HasSuffix(s, w) {
			s = strings.TrimSuffix(s, w)
			break
		}
	}
	for {
		t := strings.TrimSuffix(s, "族")
		trimmed := false
		for _, n := range nationalities {
			if strings.HasSuffix(t, n) && (t != s || autonomous && withoutZu[n]) {
				t, trimmed = strings.TrimSuffix(t, n), true
				break
			}
		}
		if trimmed && t == "" && s != strings.TrimSuffix(s, "族") {
			s = strings.TrimSuffix(s, "族") // named after its people: 东乡族自治县 → 东乡
			break
		}
		if !trimmed || utf8.RuneCountInString(t) < 2 {
			break
		}
		s = t
	}
	if utf8.RuneCountInString(s) < 2 {
		return name
	}
	return s
}

// abbreviations are the short names Inner Mongolia's banners, three of
// Xinjiang's prefectures and a few autonomous counties go by in the news
// (科右前旗 for 科尔沁右翼前旗, 达茂旗, 莫旗, 巴州, 喀左县, 前郭县), which neither
// the table nor short() can give.
var abbreviations = map[string]string{
	"科右前旗": "科尔沁右翼前旗", "科右中旗": "科尔沁右翼中旗", "科左中旗": "科尔沁左翼中旗", "科左后旗": "科尔沁左翼后旗",
	"达茂旗": "达尔罕茂明安联合旗", "察右前旗": "察哈尔右翼前旗", "察右中旗": "察哈尔右翼中旗", "察右后旗": "察哈尔右翼后旗",
	"阿左旗": "阿拉善左旗", "阿右旗": "阿拉善右旗", "新左旗": "新巴尔虎左旗", "新右旗": "新巴尔虎右旗",
	"东乌旗": "东乌珠穆沁旗", "西乌旗": "西乌珠穆沁旗", "土右旗": "土默特右旗", "土左旗": "土默特左旗",
	"乌前旗": "乌拉特前旗", "乌中旗": "乌拉特中旗", "乌后旗": "乌拉特后旗", "莫旗": "莫力达瓦达斡尔族自治旗",
	"鄂温克旗": "鄂温克族自治旗", "鄂伦春旗": "鄂伦春自治旗", "阿旗": "阿鲁科尔沁旗", "翁旗": "翁牛特旗",
	"克旗": "克什克腾旗", "准旗": "准格尔旗", "伊旗": "伊金霍洛旗", "达旗": "达拉特旗",
	"巴州": "巴音郭楞蒙古自治州", "博州": "博尔塔拉蒙古自治州", "克州": "克孜勒苏柯尔克孜自治州",
	"喀左县": "喀喇沁左翼蒙古族自治县", "前郭县": "前郭尔罗斯蒙古族自治县", "阜蒙县": "阜新蒙古族自治县",
	"杜蒙县": "杜尔伯特蒙古族自治县", "和丰县": "和布克赛尔蒙古自治县",
}

// abbreviated maps the full names of abbreviations to their short names.
var abbreviated = func() map[string]string {
	m := make(map[string]string, len(abbreviations))
	for short, full := range abbreviations {
		m[full] = short
	}
	return m
}()

// Abbreviated returns name with the last unit in it that goes by an
// abbreviation (one that neither the table nor its name without its
// nationalities gives) so called (辽宁省朝阳市喀喇沁左翼蒙古族自治县 → 辽宁省朝阳市喀左县,
// 前郭尔罗斯蒙古族自治县查干花镇 → 前郭县查干花镇), or "" when it holds none.
func Abbreviated(name string) string {
	at, full := -1, ""
	for f := range abbreviated {
		if i := strings.LastIndex(name, f); i > at || i == at && i >= 0 && len(f) > len(full) {
			at, full = i, f
		}
	}
	if at < 0 {
		return ""
	}
	return name[:at] + abbreviated[full] + name[at+len(full):]
}

// townshipWords end the names of township-level units, which the table does
// not hold.
var townshipWords = []string{"街道办事处", "街道", "民族乡", "民族苏木", "苏木", "乡", "镇"}

// township reports whether s reads as the name of a township-level unit.
func township(s string) bool {
	return townshipNamed(s, 1)
}

// townshipNamed reports whether s reads as the name of a township-level
// unit whose name before its unit word has min characters at least.
func townshipNamed(s string, min int) bool {
	for _, w := range townshipWords {
		if strings.HasSuffix(s, w) && utf8.RuneCountInString(s)-utf8.RuneCountInString(w) >= min {
			return true
		}
	}
	return false
}

// Colloquial returns the name an autonomous prefecture, county or banner
// goes by in the news, its short name with its unit (恩施土家族苗族自治州 →
// 恩施州, 伊通满族自治县 → 伊通县, 鄂伦春自治旗 → 鄂伦春旗), or "" for any
// other name.
func Colloquial(name string) string {
	for _, w := range []string{"自治州", "自治县", "自治旗"} {
		if strings.HasSuffix(name, w) {
			if s := short(name); s != name {
				return s + strings.TrimPrefix(w, "自治")
			}
		}
	}
	return ""
}
