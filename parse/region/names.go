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
// 新疆, 伊犁哈萨克自治州 → 伊犁). A name that would shrink below two
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

// townshipWords end the names of township-level units, which the table does
// not hold.
var townshipWords = []string{"街道办事处", "街道", "民族乡", "民族苏木", "苏木", "乡", "镇"}

// township reports whether s reads as the name of a township-level unit.
func township(s string) bool {
	for _, w := range townshipWords {
		if strings.HasSuffix(s, w) && utf8.RuneCountInString(s) > utf8.RuneCountInString(w) {
			return true
		}
	}
	return false
}
