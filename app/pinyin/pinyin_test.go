package pinyin

import (
	"sort"
	"strings"
	"testing"
)

func TestReadings(t *testing.T) {
	tests := map[rune][]string{
		'清': {"qing"}, '徐': {"xu"}, '吕': {"lv"}, '〇': {"ling"}, 'a': nil, '，': nil,
	}
	for r, want := range tests {
		if got := readings(r); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("readings(%q) = %q; want %q", r, got, want)
		}
	}
	for r, must := range map[rune][]string{
		'长': {"chang", "zhang"}, '重': {"zhong", "chong"}, '厦': {"sha", "xia"},
		'单': {"dan", "shan", "chan"}, '乐': {"le", "yue"}, '六': {"liu", "lu"},
	} {
		got := readings(r)
		for _, m := range must {
			if !contains(got, m) {
				t.Errorf("readings(%q) = %q; lacks %q", r, got, m)
			}
		}
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the first keys, in order
		has  []string // further keys anywhere
	}{
		{"王德海", []string{"wangdehai"}, nil},
		{"清徐县", []string{"qingxuxian"}, nil},
		{"重庆", nil, []string{"zhongqing", "chongqing"}},
		{"长沙", nil, []string{"zhangsha", "changsha"}},
		{"单田芳", []string{"dantianfang"}, []string{"shantianfang", "chantianfang"}},
		{"吕梁", []string{"lvliang"}, nil},
		{"第17届", []string{"di17jie"}, nil},
		{"ＡＢ人大", []string{"abrenda"}, nil},
		{"买买提·艾力", []string{"maimaitiaili"}, nil},
		{"", nil, nil},
		{"，。", nil, nil},
	}
	for _, tt := range tests {
		got := Keys(tt.in)
		checkKeys(t, "Keys", tt.in, got, tt.want, tt.has)
	}
}

func TestKeysCap(t *testing.T) {
	got := Keys("朝重长乐单曾解和")
	if len(got) != MaxKeys {
		t.Fatalf("Keys of eight polyphones gave %d keys; want %d", len(got), MaxKeys)
	}
	first := ""
	for _, r := range "朝重长乐单曾解和" {
		first += readings(r)[0]
	}
	if got[0] != first {
		t.Errorf("first key %q; want the first readings %q", got[0], first)
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		has  []string
	}{
		{"王德海", []string{"wdh"}, nil},
		{"清徐县", []string{"qxx"}, nil},
		{"长沙", nil, []string{"zs", "cs"}},
		{"张建国", []string{"zjg"}, nil},
		{"第17届", []string{"d1j"}, nil},
	}
	for _, tt := range tests {
		checkKeys(t, "Initials", tt.in, Initials(tt.in), tt.want, tt.has)
	}
}

func TestPerson(t *testing.T) {
	tests := []struct{ name, first string }{
		{"单田芳", "shantianfang"}, {"曾志", "zengzhi"}, {"解缙", "xiejin"},
		{"区梦觉", "oumengjue"}, {"仇和", "qiuhe"}, {"朴正熙", "piaozhengxi"},
		{"查良镛", "zhaliangyong"}, {"乐嘉", "yuejia"}, {"盖叫天", "gejiaotian"},
		{"缪斯", "miaosi"}, {"尉迟恭", "yuchigong"}, {"万俟卨", "moqixie"},
		{"长孙无忌", "zhangsunwuji"}, {"欧阳修", "ouyangxiu"}, {"王德海", "wangdehai"},
		{"苑冬梅", "yuandongmei"}, {"单", "dan"}, {"尉迟", "weichi"},
	}
	for _, tt := range tests {
		got := Person(tt.name)
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("Person(%q) = %q; want first %q", tt.name, got, tt.first)
		}
		for _, k := range Keys(tt.name) {
			if len(got) < MaxKeys && !contains(got, k) {
				t.Errorf("Person(%q) = %q; lacks the plain key %q", tt.name, got, k)
			}
		}
	}
	if got := PersonInitials("曾志"); got[0] != "zz" || !contains(got, "cz") {
		t.Errorf("PersonInitials(曾志) = %q", got)
	}
}

func TestPlace(t *testing.T) {
	tests := []struct{ name, first string }{
		{"长沙", "changsha"}, {"长沙市", "changshashi"}, {"湖南省长沙市", "hunanshengchangshashi"},
		{"厦门", "xiamen"}, {"厦门市", "xiamenshi"}, {"重庆市", "chongqingshi"},
		{"六安", "luan"}, {"六安市", "luanshi"}, {"六盘水市", "liupanshuishi"},
		{"乐清市", "yueqingshi"}, {"乐山市", "leshanshi"}, {"蚌埠市", "bengbushi"},
		{"长子县", "zhangzixian"}, {"长治市", "changzhishi"}, {"清徐县", "qingxuxian"},
		{"朔州市平鲁区", "shuozhoushipingluqu"}, {"山亭区", "shantingqu"}, {"天津市宝坻区", "tianjinshibaodiqu"},
		{"乌兰毛都苏木", "wulanmaodusumu"}, {"都匀市", "duyunshi"}, {"宁都县", "ningduxian"}, // 都 is du in a place
		{"阿勒泰市", "aletaishi"},                                      // 勒 is le
		{"铁楼藏族乡", "tielouzangzuxiang"}, {"西藏自治区", "xizangzizhiqu"}, // 藏 is zang
		{"长哨营满族乡", "changshaoyingmanzuxiang"}, {"延长县", "yanchangxian"}, // 长 is chang
		{"乾县", "qianxian"}, {"乾安县", "qiananxian"},
	}
	for _, tt := range tests {
		got := Place(tt.name)
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("Place(%q) = %q; want first %q", tt.name, got, tt.first)
		}
	}
	for _, c := range []struct{ name, inner string }{
		{"朔州市平鲁区", "pingluqu"},
		{"同心县豫海镇", "yuhaizhen"},          // a township after its county
		{"上海市浦东新区张江镇", "zhangjiangzhen"}, // after its district
		{"正蓝旗桑根达来镇", "sanggendalaizhen"}, // after its banner
		{"伊金霍洛旗阿勒腾席热镇", "aletengxirezhen"},
		// an autonomous unit as the news call it
		{"恩施土家族苗族自治州", "enshizhou"},
		{"湖北省恩施土家族苗族自治州", "enshizhou"},
		{"伊通满族自治县", "yitongxian"},
		{"双江拉祜族佤族布朗族傣族自治县勐库镇", "shuangjiangxianmengkuzhen"},
		// and by the abbreviation the news use
		{"喀喇沁左翼蒙古族自治县", "kazuoxian"},
		{"辽宁省朝阳市喀喇沁左翼蒙古族自治县", "kazuoxian"},
		{"科尔沁右翼前旗", "keyouqianqi"},
		{"巴音郭楞蒙古自治州", "bazhou"},
		{"巴音郭楞蒙古自治州", "bayinguolengzhou"},
		{"前郭尔罗斯蒙古族自治县查干花镇", "qianguoxianchaganhuazhen"},
	} {
		if got := Place(c.name); !contains(got, c.inner) {
			t.Errorf("Place(%s) = %q; lacks the inner unit's key %s", c.name, got, c.inner)
		}
	}
	if got := Place("厦门"); !contains(got, "shamen") {
		t.Errorf("Place(厦门) = %q; lacks the plain reading shamen", got)
	}
	if got := PlaceInitials("重庆市"); got[0] != "cqs" {
		t.Errorf("PlaceInitials(重庆市) = %q; want cqs first", got)
	}
}

func TestSortKey(t *testing.T) {
	places := []string{"厦门市", "长沙市", "重庆市", "北京市", "上海市", "郑州市", "西安市", "咸阳市"}
	sort.Slice(places, func(i, j int) bool { return SortKey(places[i], false) < SortKey(places[j], false) })
	want := "北京市 长沙市 重庆市 上海市 西安市 厦门市 咸阳市 郑州市"
	if got := strings.Join(places, " "); got != want {
		t.Errorf("places sorted %s; want %s", got, want)
	}
	people := []string{"曾志", "单田芳", "解缙", "蔡明", "谢飞"}
	sort.Slice(people, func(i, j int) bool { return SortKey(people[i], true) < SortKey(people[j], true) })
	if got, want := strings.Join(people, " "), "蔡明 单田芳 谢飞 解缙 曾志"; got != want {
		t.Errorf("people sorted %s; want %s", got, want)
	}
	if a, b := SortKey("西安", false), SortKey("先", false); a >= b {
		t.Errorf("SortKey(西安) %q should sort before SortKey(先) %q", a, b)
	}
}

func TestMatch(t *testing.T) {
	qingxu := append(Place("清徐县"), PlaceInitials("清徐县")...)
	wang := append(Person("王德海"), PersonInitials("王德海")...)
	shan := append(Person("单田芳"), PersonInitials("单田芳")...)
	pinglu := append(Place("朔州市平鲁区"), PlaceInitials("朔州市平鲁区")...)
	tests := []struct {
		query string
		keys  []string
		want  bool
	}{
		{"qingxu", qingxu, true},
		{"qingxuxian", qingxu, true},
		{"qing xu", qingxu, true},
		{"Qing Xu Xian", qingxu, true},
		{"qx", qingxu, true},
		{"qxx", qingxu, true},
		{"ｑｉｎｇｘｕ", qingxu, true},
		{"qinxu", qingxu, false},
		{"xu", qingxu, false},
		{"wangdehai", wang, true},
		{"wang de hai", wang, true},
		{"wdh", wang, true},
		{"wdx", wang, false},
		{"shantianfang", shan, true},
		{"dantianfang", shan, true},
		{"stf", shan, true},
		{"pinglu", pinglu, true},
		{"shuozhoushi pinglu", pinglu, true},
		{"shuozhou pinglu", pinglu, false}, // an inner unit word may not be left out
		{"lu'an", Place("六安市"), true},
		{"lvliang", Place("吕梁市"), true},
		{"lüliang", Place("吕梁市"), true},
		{"", qingxu, false},
		{"   ", qingxu, false},
		{"清徐", qingxu, false},
	}
	for _, tt := range tests {
		if got := Match(tt.query, tt.keys); got != tt.want {
			t.Errorf("Match(%q, %q) = %v; want %v", tt.query, tt.keys, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Qing Xu": "qingxu", "lu'an": "luan", "lu:": "lv", "ＱＸ": "qx", "清徐": "", "qing-xu": "qingxu",
		"Lánkǎo": "lankao", "Xītáng zhèn": "xitangzhen", "lǜ": "lv", "NǙ": "nv", "ÀN": "an",
		"la\u0301nka\u030Co": "lankao", "lu\u0308\u030C": "lv", "LU\u0308": "lv", "qīng徐": "", "é": "e",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}

func checkKeys(t *testing.T, fn, in string, got, want, has []string) {
	t.Helper()
	if len(got) > MaxKeys {
		t.Errorf("%s(%q) gave %d keys", fn, in, len(got))
	}
	if len(want) == 0 && len(has) == 0 && len(got) != 0 {
		t.Errorf("%s(%q) = %q; want none", fn, in, got)
	}
	for i, w := range want {
		if i >= len(got) || got[i] != w {
			t.Errorf("%s(%q) = %q; want %q first", fn, in, got, want)
			break
		}
	}
	for _, h := range has {
		if !contains(got, h) {
			t.Errorf("%s(%q) = %q; lacks %q", fn, in, got, h)
		}
	}
}
