package parse

import (
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	// 20 characters a line but the paragraphs' last
	wrapped := []string{
		"1月5日上午，某县第十八届人民代表大会第三",
		"次会议在县会议中心隆重开幕。大会执行主席张",
		"三、李四、王五、赵六、孙七、周八、吴九、郑",
		"十在主席台前排就座，县人大常委会主任钱一主",
		"持会议。",
		"县长冯二代表县人民政府作政府工作报告，报告",
		"回顾了过去一年的工作，部署了今年的任务。",
	}
	full := "一二三四五六七八九十一二三四五六七八九十"
	ends := "一二三四五六七八九十一二三四五六七八九。" // at the width, and a sentence's end
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"wrapped at 20 characters", wrapped, []string{
			"1月5日上午，某县第十八届人民代表大会第三次会议在县会议中心隆重开幕。大会执行主席张三、李四、王五、赵六、孙七、周八、吴九、郑十在主席台前排就座，县人大常委会主任钱一主持会议。",
			"县长冯二代表县人民政府作政府工作报告，报告回顾了过去一年的工作，部署了今年的任务。",
		}},
		{"a paragraph ending at the width stays apart",
			[]string{full, ends, full, full, full, full, "末。"},
			[]string{full + ends, full + full + full + full + "末。"}},
		{"paragraphs of many widths are not wrapped", []string{
			"1月5日上午，某县第十八届人民代表大会第三次会议在县会议中心隆重开幕",
			"大会执行主席张三主持会议",
			"县长冯二代表县人民政府作政府工作报告，报告回顾了过去一年的工作",
			"会议听取了县人大常委会工作报告和县人民法院工作报告以及县人民检察院工作报告",
			"代表们认为报告实事求是",
			"会议号召全县人民团结一心，为建设美丽某县而努力奋斗",
		}, nil},
		{"fewer than five lines are left alone", wrapped[:4], nil},
		{"indented paragraphs wrapped at no one width, a name split", []string{
			"    1月8日上午，某县第十八届人民代表大会第五次会",
			"议在县会议中心隆重开幕。",
			"    大会执行主席彭新华、李湘君、付国",
			"庆、邹伟在主席台前排就座。县领导刘志勇、许明",
			"光等在主席台就座。",
			"    县长李振华代表县人民政府作政府工作报告。报告指出，",
			"全县经济社会发展稳中有进。",
			"",
			"记者 周子墨 摄",
		}, []string{
			"    1月8日上午，某县第十八届人民代表大会第五次会议在县会议中心隆重开幕。",
			"    大会执行主席彭新华、李湘君、付国庆、邹伟在主席台前排就座。县领导刘志勇、许明光等在主席台就座。",
			"    县长李振华代表县人民政府作政府工作报告。报告指出，全县经济社会发展稳中有进。",
			"",
			"记者 周子墨 摄",
		}},
		{"indented paragraphs of a line each, furniture after one, are not joined", []string{
			"　　1月8日上午，某县第十八届人民代表大会第五次会议隆重开幕。",
			"　　大会执行主席彭新华主持会议",
			"编辑：李明",
			"　　县长李振华作政府工作报告。",
			"　　会议听取了县人大常委会工作报告。",
			"　　代表们认为报告实事求是",
			"审核：王芳",
		}, nil},
		{"indented paragraphs wrapped by hand stop before a table's row and a distribution list", []string{
			"    1月8日上午，某县第十八届人民代表大会第五次会",
			"议在县会议中心隆重开幕。大会执行主席为",
			"彭新华、李湘君、邹伟。县领导刘志勇、许明",
			"光等在主席台就座。会议选举产生的人员",
			"职务        姓名",
			"    县长李振华代表县人民政府作政府工作报告。报告指出",
			"全县经济社会发展稳中有进，各项事业全面进步",
			"    会议听取了县人大常委会工作报告，代表们",
			"认为报告实事求是",
			"送：县委办公室，县政府办公室",
		}, []string{
			"    1月8日上午，某县第十八届人民代表大会第五次会议在县会议中心隆重开幕。大会执行主席为彭新华、李湘君、邹伟。县领导刘志勇、许明光等在主席台就座。会议选举产生的人员",
			"职务        姓名",
			"    县长李振华代表县人民政府作政府工作报告。报告指出全县经济社会发展稳中有进，各项事业全面进步",
			"    会议听取了县人大常委会工作报告，代表们认为报告实事求是",
			"送：县委办公室，县政府办公室",
		}},
	}
	for _, tt := range tests {
		want := tt.want
		if want == nil {
			want = tt.lines
		}
		if got := unwrap(tt.lines); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, want)
		}
	}
}
