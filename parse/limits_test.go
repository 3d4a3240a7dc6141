package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCrowdedText reads texts far longer and more crowded than any report
// (tens of thousands of people, reports, meetings, list items): each name
// is kept once in order, reports stop at maxReports with a warning. Lists
// are kept with maps and bounded scans, so such texts parse in linear time
// (BenchmarkParse/crowded).
func TestCrowdedText(t *testing.T) {
	rostrum, reports := crowded()
	rec := FromText("rostrum", rostrum)
	if len(rec.Rostrum) != 30000 || rec.Rostrum[0] != "赵一一" || rec.Rostrum[29999] == rec.Rostrum[29998] {
		t.Errorf("rostrum: %d names, first %q", len(rec.Rostrum), rec.Rostrum[:1])
	}
	rec = FromText("reports", reports)
	want := fmt.Sprintf("reports: more than %d; the rest are not read", maxReports)
	if len(rec.Reports) != maxReports || !slices.Contains(rec.Warnings, want) {
		t.Errorf("reports: %d, warnings %q", len(rec.Reports), rec.Warnings)
	}
}

// crowded returns a text seating 30,000 different people on the rostrum
// and one delivering 30,000 different reports.
func crowded() (rostrum, reports string) {
	sur := []rune("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜")
	giv := []rune("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北")
	var b strings.Builder
	n := 0
	for _, s := range sur {
		for _, g := range giv {
			for _, h := range giv {
				if n < 30000 {
					b.WriteString("县领导" + string([]rune{s, g, h}) + "在主席台就座。")
					n++
				}
			}
		}
	}
	var c strings.Builder
	for i := range 30000 {
		fmt.Fprintf(&c, "县长张三作第%d号工作报告。", i)
	}
	return b.String(), c.String()
}
