package ui

import (
	"io/fs"
	"regexp"
	"testing"

	"renda/app/gen"
	"renda/parse"
	"renda/seeds"
)

// TestWarningInChinese checks the Chinese rendering of each phrasing of
// the parser's warnings, and that the English interface and an unknown
// phrasing keep the record's words.
func TestWarningInChinese(t *testing.T) {
	zh, en := locale{Lang: langZh}, locale{Lang: langEn}
	cases := []struct{ in, want string }{
		{"attendance: 250 expected − 230 present ≠ 12 absent", "出席人数：应到 250 人，实到 230 人，缺席却为 12 人"},
		{"attendance: 260 present of 250 expected", "出席人数：应到 250 人，实到 260 人，数字不合"},
		{"locality: both 清徐县 and 阳曲县 are named for this session", "地区：本次会议同时写有清徐县和阳曲县"},
		{"date: two candidates in one sentence, 03-05 and 03-07", "日期：同一句中有两个日期，03-05 与 03-07"},
		{"date: year 2021 inferred from the publication date 2021-03-06", "日期：年份 2021 由发布日期 2021-03-06 推断"},
		{"date: year 2019 inferred from 2019年工作报告", "日期：年份 2019 由「2019年工作报告」推断"},
		{"date: 3月5日 has no year and none can be inferred", "日期：3月5日未写年份，也无从推断"},
		{"region: 东风镇: a township, and no county or city named with it", "行政区划：东风镇：乡镇一级，未写所属县市"},
		{"region: 樟集县: not in the division table", "行政区划：樟集县：不在行政区划表中"},
		{"region: 平鲁: ambiguous, could be 朔州市平鲁区 (140603), 某市平鲁县 (140999); no province or city named in the text chooses one",
			"行政区划：平鲁：有歧义，可能是朔州市平鲁区（140603）、某市平鲁县（140999）；文中没有可供区分的省市"},
		{"region: 新区: ambiguous, could be 甲 (1), 乙 (2), 丙 (3), 丁 (4), and 3 more; no province or city named in the text chooses one",
			"行政区划：新区：有歧义，可能是甲（1）、乙（2）、丙（3）、丁（4），另有 3 处；文中没有可供区分的省市"},
		{"region: 襄樊市: 湖北省襄樊市 (420600) was renamed 湖北省襄阳市 (420600) in 2010", "行政区划：襄樊市：湖北省襄樊市（420600）于2010年更名为湖北省襄阳市（420600）"},
		{"region: 巢湖市: 安徽省巢湖市 (341400) became 安徽省合肥市 (340100) between 2011-01 and 2011-08", "行政区划：巢湖市：安徽省巢湖市（341400）于2011-01至2011-08间变更为安徽省合肥市（340100）"},
		{"region: 某县: 某省某县 (123456) was recoded as 某省某县 (123457) after 2020-06", "行政区划：某县：某省某县（123456）于2020-06之后改代码为某省某县（123457）"},
		{"region: 某地: 某省某地 (123456) was abolished in 2001; last listed 2000-12", "行政区划：某地：某省某地（123456）于2001年撤销，最后见于 2000-12 的区划表"},
		{"something new the parser says", "something new the parser says"},
	}
	for _, c := range cases {
		if got := zh.warning(c.in); got != c.want {
			t.Errorf("warning(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if got := en.warning(c.in); got != c.in {
			t.Errorf("in English, warning(%q) = %q", c.in, got)
		}
	}
}

// latin finds English words left in a rendering.
var latin = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestEveryWarningInChinese parses the seeds and 400 generated reports
// (every variant the generator writes) and checks that each warning the
// parser gives has a Chinese rendering: a phrasing the parser gained and
// the rules missed fails here.
func TestEveryWarningInChinese(t *testing.T) {
	zh := locale{Lang: langZh}
	var docs [][2]string // name, text
	names, err := fs.Glob(seeds.FS(), "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("seeds: %v, %d files", err, len(names))
	}
	for _, name := range names {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, [2]string{name, string(b)})
	}
	g := gen.NewGenerator(7)
	for i := 1; i <= 400; i++ {
		b, _, err := g.Report(i)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, [2]string{gen.FileName(i), string(b)})
	}
	seen := map[string]bool{}
	kinds := map[string]int{} // warnings by their first word
	for _, d := range docs {
		rec, err := parse.Parse(d[0], []byte(d[1]))
		if err != nil {
			t.Fatalf("%s: %v", d[0], err)
		}
		for _, w := range rec.Warnings {
			kind := latin.FindString(w)
			kinds[kind]++
			if got := zh.warning(w); latin.MatchString(got) && !seen[kind] {
				seen[kind] = true
				t.Errorf("%s: no Chinese for %q (%q)", d[0], w, got)
			}
		}
	}
	if len(kinds) < 2 {
		t.Errorf("the reports gave warnings of %d kinds (%v): too few to check the rules", len(kinds), kinds)
	}
	t.Logf("warnings checked, by kind: %v", kinds)
}
