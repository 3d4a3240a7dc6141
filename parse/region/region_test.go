package region

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		locality string
		hints    []string
		want     Region
		status   Status
		note     string // substring of the note; "" wants no note
	}{
		// The seeds' localities.
		{"seed district", "山亭区", nil, Region{"山东省", "枣庄市", "山亭区", "370406"}, Resolved, ""},
		{"seed county", "清徐县", nil, Region{"山西省", "太原市", "清徐县", "140121"}, Resolved, ""},
		{"seed city", "忻州市", nil, Region{"山西省", "忻州市", "", "140900"}, Resolved, ""},
		{"seed county 2", "沁源县", nil, Region{"山西省", "长治市", "沁源县", "140431"}, Resolved, ""},
		{"seed compound", "朔州市平鲁区", nil, Region{"山西省", "朔州市", "平鲁区", "140603"}, Resolved, ""},

		// Compound names, missing or varied unit words, townships.
		{"province and county", "山西省清徐县", nil, Region{"山西省", "太原市", "清徐县", "140121"}, Resolved, ""},
		{"banner by its short name", "科右前旗", nil, Region{"内蒙古自治区", "兴安盟", "科尔沁右翼前旗", "152221"}, Resolved, ""},
		{"banner by its short name in its league", "兴安盟科右前旗", nil, Region{"内蒙古自治区", "兴安盟", "科尔沁右翼前旗", "152221"}, Resolved, ""},
		{"banner by a one-character short name", "达茂旗", nil, Region{"内蒙古自治区", "包头市", "达尔罕茂明安联合旗", "150223"}, Resolved, ""},
		{"prefecture by its one-character short name", "巴州", nil, Region{"新疆维吾尔自治区", "巴音郭楞蒙古自治州", "", "652800"}, Resolved, ""},
		{"city without 市", "朔州平鲁区", nil, Region{"山西省", "朔州市", "平鲁区", "140603"}, Resolved, ""},
		{"no unit word", "清徐", nil, Region{"山西省", "太原市", "清徐县", "140121"}, Resolved, ""},
		{"county word for a district", "平鲁县", nil, Region{"山西省", "朔州市", "平鲁区", "140603"}, Resolved, ""},
		{"bare name takes the city", "长沙", nil, Region{"湖南省", "长沙市", "", "430100"}, Resolved, ""},
		{"township under its county", "清徐县东于镇", nil, Region{"山西省", "太原市", "清徐县", "140121"}, Resolved, ""},
		{"street under its district", "朔州市平鲁区井坪街道", nil, Region{"山西省", "朔州市", "平鲁区", "140603"}, Resolved, ""},
		{"township alone", "东于镇", nil, Region{}, Unknown, "township"},
		{"township whose name opens with a county's short name is alone, not 七星(区) and a 泡镇", "七星泡镇", nil, Region{}, Unknown, "township"},
		{"township after its county's short name", "宝清七星泡镇", nil, Region{"黑龙江省", "双鸭山市", "宝清县", "230523"}, Resolved, ""},
		{"township of one character after its county's whole name", "清徐县东镇", nil, Region{"山西省", "太原市", "清徐县", "140121"}, Resolved, ""},

		// Province-level units, municipalities, autonomous units.
		{"province", "山西省", nil, Region{"山西省", "", "", "140000"}, Resolved, ""},
		{"municipality", "北京市", nil, Region{"北京市", "", "", "110000"}, Resolved, ""},
		{"municipal district", "北京市朝阳区", nil, Region{"北京市", "", "朝阳区", "110105"}, Resolved, ""},
		{"autonomous region short", "新疆", nil, Region{"新疆维吾尔自治区", "", "", "650000"}, Resolved, ""},
		{"autonomous region", "广西壮族自治区", nil, Region{"广西壮族自治区", "", "", "450000"}, Resolved, ""},
		{"autonomous prefecture short", "延边", nil, Region{"吉林省", "延边朝鲜族自治州", "", "222400"}, Resolved, ""},
		{"autonomous prefecture as 州", "黔东南州", nil, Region{"贵州省", "黔东南苗族侗族自治州", "", "522600"}, Resolved, ""},
		{"州 is not a province", "海南州", nil, Region{"青海省", "海南藏族自治州", "", "632500"}, Resolved, ""},
		{"州 of a people named without 族", "伊犁州", nil, Region{"新疆维吾尔自治区", "伊犁哈萨克自治州", "", "654000"}, Resolved, ""},
		{"a city named with 州 stays one", "徐州", nil, Region{"江苏省", "徐州市", "", "320300"}, Resolved, ""},
		{"league", "锡林郭勒盟", nil, Region{"内蒙古自治区", "锡林郭勒盟", "", "152500"}, Resolved, ""},
		{"banner", "太仆寺旗", nil, Region{"内蒙古自治区", "锡林郭勒盟", "太仆寺旗", "152527"}, Resolved, ""},
		{"directly governed county-level city", "仙桃市", nil, Region{"湖北省", "", "仙桃市", "429004"}, Resolved, ""},

		// Ambiguous names, with and without hints.
		{"ambiguous 朝阳区", "朝阳区", nil, Region{}, Ambiguous, "北京市朝阳区 (110105), 吉林省长春市朝阳区 (220104)"},
		{"朝阳区 in Beijing", "朝阳区", []string{"北京"}, Region{"北京市", "", "朝阳区", "110105"}, Resolved, ""},
		{"朝阳区 in Changchun", "朝阳区", []string{"吉林省", "长春市"}, Region{"吉林省", "长春市", "朝阳区", "220104"}, Resolved, ""},
		{"ambiguous 和平区", "和平区", nil, Region{}, Ambiguous, "ambiguous"},
		{"和平区 in Tianjin", "和平区", []string{"天津市"}, Region{"天津市", "", "和平区", "120101"}, Resolved, ""},
		{"和平区 in Shenyang", "和平区", []string{"沈阳"}, Region{"辽宁省", "沈阳市", "和平区", "210102"}, Resolved, ""},
		{"unrelated hint", "和平区", []string{"山西省"}, Region{}, Ambiguous, "ambiguous"},

		// Historical units.
		{"renamed, same code", "襄樊市", nil, Region{"湖北省", "襄阳市", "", "420600"}, Historical, "襄樊市 (420600) was renamed 湖北省襄阳市 (420600) between 2010-10 and 2011-10"},
		{"city became district", "长乐市", nil, Region{"福建省", "福州市", "长乐区", "350112"}, Historical, "became 福建省福州市长乐区 (350112) between 2016-07 and 2021"},
		{"county became district", "富阳市", nil, Region{"浙江省", "杭州市", "富阳区", "330111"}, Historical, "became"},
		{"abolished district", "下城区", nil, Region{"浙江省", "杭州市", "下城区", "330103"}, Historical, "was abolished between 2021 and 2023-06"},
		{"abolished with its prefecture", "居巢区", nil, Region{"安徽省", "巢湖市", "居巢区", "341402"}, Historical, "abolished"},
		{"former prefecture now a county-level city", "巢湖市", nil, Region{"安徽省", "合肥市", "巢湖市", "340181"}, Resolved, ""},
		{"county moved to another prefecture", "巢湖市庐江县", nil, Region{"安徽省", "合肥市", "庐江县", "340124"}, Historical, "was recoded as 安徽省合肥市庐江县 (340124)"},

		// Unknown.
		{"empty", "", nil, Region{}, Unknown, ""},
		{"unknown", "火星市", nil, Region{}, Unknown, "not in the division table"},
		{"level word only", "县", nil, Region{}, Unknown, "not in the division table"},
		{"latin", "qingxu", nil, Region{}, Unknown, "not in the division table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, note := Resolve(tt.locality, tt.hints)
			if got != tt.want || note.Status != tt.status {
				t.Errorf("Resolve(%q, %q) = %+v, %v (%q); want %+v, %v", tt.locality, tt.hints, got, note.Status, note.Text, tt.want, tt.status)
			}
			if tt.note == "" && note.Text != "" || !strings.Contains(note.Text, tt.note) {
				t.Errorf("Resolve(%q) note = %q; want it to contain %q", tt.locality, note.Text, tt.note)
			}
			if note.OK() != (tt.status == Resolved || tt.status == Historical) {
				t.Errorf("Note.OK() = %v for %v", note.OK(), note.Status)
			}
			if note.Text != "" && !strings.HasPrefix(note.Text, tt.locality+": ") {
				t.Errorf("note %q does not start with the locality", note.Text)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	if r, ok := Lookup("140603"); !ok || r != (Region{"山西省", "朔州市", "平鲁区", "140603"}) {
		t.Errorf("Lookup(140603) = %+v, %v", r, ok)
	}
	if _, ok := Lookup("330103"); ok {
		t.Error("Lookup found the abolished 330103 as current")
	}
}

func TestNameAtEnd(t *testing.T) {
	for s, want := range map[string]string{
		"1月11日,科尔沁右翼前旗": "科尔沁右翼前旗",
		"兴安盟科尔沁右翼前旗":    "科尔沁右翼前旗", // the longest unit name, not the compound
		"在达尔罕茂明安联合旗":    "达尔罕茂明安联合旗",
		"鹰手营子矿区":        "鹰手营子矿区",
		"延边朝鲜族自治州":      "延边朝鲜族自治州",
		"会议研究区":         "",
		"县":             "",
		"":              "",
	} {
		if got := NameAtEnd(s); got != want {
			t.Errorf("NameAtEnd(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestColloquial(t *testing.T) {
	for name, want := range map[string]string{
		"恩施土家族苗族自治州": "恩施州", "伊通满族自治县": "伊通县", "鄂伦春自治旗": "鄂伦春旗",
		"双江拉祜族佤族布朗族傣族自治县": "双江县", "伊犁哈萨克自治州": "伊犁州",
		"新疆维吾尔自治区": "", "清徐县": "", "恩施市": "", "": "",
	} {
		if got := Colloquial(name); got != want {
			t.Errorf("Colloquial(%q) = %q; want %q", name, got, want)
		}
	}
}

func TestAbbreviated(t *testing.T) {
	for name, want := range map[string]string{
		"喀喇沁左翼蒙古族自治县": "喀左县", "辽宁省朝阳市喀喇沁左翼蒙古族自治县": "辽宁省朝阳市喀左县",
		"前郭尔罗斯蒙古族自治县查干花镇": "前郭县查干花镇", "科尔沁右翼前旗": "科右前旗",
		"恩施土家族苗族自治州": "", "清徐县": "", "": "",
	} {
		if got := Abbreviated(name); got != want {
			t.Errorf("Abbreviated(%q) = %q; want %q", name, got, want)
		}
	}
	// the abbreviation resolves to its unit
	if g, note := Resolve("前郭县", nil); !note.OK() || g.Code != "220721" {
		t.Errorf("Resolve(前郭县) = %+v, %v; want 220721", g, note)
	}
}

func TestKnown(t *testing.T) {
	for s, want := range map[string]bool{
		"玉树": true, "玉树藏族自治州": true, "仙居县": true, "仙居": true, "綦江区": true, "金寨": true,
		"代表团": false, "树代": false, "": false, "玉树代表团": false,
	} {
		if got := Known(s); got != want {
			t.Errorf("Known(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestKnownAtEnd: the longest name Known knows that a text ends with,
// whole or short; NameAtEnd's whole names alone.
func TestKnownAtEnd(t *testing.T) {
	for s, want := range map[string][2]string{
		"出席会议的玉树":  {"玉树", ""},
		"玉树藏族自治州":  {"玉树藏族自治州", "玉树藏族自治州"},
		"参加台州市仙居县": {"仙居县", "仙居县"},
		"县直":       {"", ""},
		"":         {"", ""},
	} {
		if got := KnownAtEnd(s); got != want[0] {
			t.Errorf("KnownAtEnd(%q) = %q; want %q", s, got, want[0])
		}
		if got := NameAtEnd(s); got != want[1] {
			t.Errorf("NameAtEnd(%q) = %q; want %q", s, got, want[1])
		}
	}
}

func TestRegionJSON(t *testing.T) {
	b, err := json.Marshal(Region{"山西省", "太原市", "清徐县", "140121"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"province":"山西省","prefecture":"太原市","county":"清徐县","code":"140121"}`; string(b) != want {
		t.Errorf("json = %s; want %s", b, want)
	}
}

func TestShort(t *testing.T) {
	for name, want := range map[string]string{
		"清徐县": "清徐", "朔州市": "朔州", "山西省": "山西", "延边朝鲜族自治州": "延边",
		"新疆维吾尔自治区": "新疆", "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西",
		"积石山保安族东乡族撒拉族自治县": "积石山", "沙县": "沙县", "矿区": "矿区", "神农架林区": "神农架",
		"锡林郭勒盟": "锡林郭勒", "浦东新区": "浦东",
		"伊犁哈萨克自治州": "伊犁", "博尔塔拉蒙古自治州": "博尔塔拉", "克孜勒苏柯尔克孜自治州": "克孜勒苏",
		"黔东南州": "黔东南", "杭州": "杭州", "郑州市": "郑州",
	} {
		if got := short(name); got != want {
			t.Errorf("short(%q) = %q; want %q", name, got, want)
		}
	}
}

func TestTable(t *testing.T) {
	tab := loadTable()
	if len(tab.snapshots) < 3 || tab.snapshots[len(tab.snapshots)-1] != "2023-06" {
		t.Errorf("snapshots = %v", tab.snapshots)
	}
	if n := len(tab.rows); n < 3500 || n > 8000 {
		t.Errorf("%d rows", n)
	}
	for _, r := range tab.rows {
		for _, c := range r.code {
			if c < '0' || c > '9' {
				t.Fatalf("bad code in %+v", r)
			}
		}
	}
	if _, err := parseTable("no header"); err == nil {
		t.Error("parseTable accepted a table without header")
	}
	if _, err := parseTable("# 2020\n140000山西省01\n"); err == nil {
		t.Error("parseTable accepted a snapshot out of range")
	}
}
