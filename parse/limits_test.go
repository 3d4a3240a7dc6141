package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCrowdedText reads texts far longer and more crowded than any report
// (tens of thousands of people, reports, meetings, list items, also
// written as one clause): each name is kept once in order, reports stop at
// maxReports with a warning. Lists are kept with maps and clauses read
// within clauseReach of their word, so such texts parse in linear time
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
	// the same texts written as one clause each, and others
	names := crowdNames()
	head := "某县第十八届人民代表大会第三次会议闭幕\n"
	var pairs, short, credits, listed, headed, posted []string
	for i, n := range names {
		posted = append(posted, "县长"+n+"说")
		pairs = append(pairs, n+"为县人民政府副县长")
		short = append(short, n+"为副县长")
		credits = append(credits, "记者 "+n+" 文/图")
		listed = append(listed, fmt.Sprintf("%s作第%d号工作报告", n, i))
		headed = append(headed, "原创 "+n+" 2024-01-05 20:15 发表于山西")
	}
	oneLine := FromText("one line", head+"在主席台就座的有"+strings.Join(names, "、")+"。")
	tests := []crowdCase{
		{"elected in pairs", head + "会议补选" + strings.Join(pairs, "、") + "。",
			func(r Record) bool { return len(r.Elected) == len(names) && r.Elected[1].Name == names[1] }},
		{"credits", head + strings.Join(credits, " "),
			func(r Record) bool { return len(r.Photographers) == len(names) }},
		{"reports in one clause", head + strings.Join(listed, "、") + "。",
			func(r Record) bool { return len(r.Reports) == maxReports && r.Reports[1].By == names[1] }},
		{"plenary mentions", "某县第十八届人民代表大会第三次会议举行第二次全体会议\n2024年1月5日，某县第十八届人民代表大会第三次会议召开。" +
			strings.Repeat("举行第二次全体会议，", len(names)) + "。",
			func(r Record) bool { return r.Plenary == 2 && r.Date == "2024-01-05" }},
		{"bylines", head + strings.Join(headed, "\n"),
			func(r Record) bool { return r.Term == 18 && r.Date == "2024-01-05" }},
		{"remarks resumed under a pronoun, paragraph after paragraph", head + strings.Repeat("王立忠认真听取。他指出，要抓好落实。\n", len(names)),
			func(r Record) bool { return r.Term == 18 }},
		{"a list under its colon of thousands of lines: maxListLines read", head + "在主席台就座的有：\n" + strings.Join(names, "\n"),
			func(r Record) bool { return len(r.Rostrum) == maxListLines }},
		{"a list broken after 、 on every line, read as the same list on one line is", head + "在主席台就座的有" + strings.Join(names, "、\n") + "。",
			func(r Record) bool { return slices.Equal(r.Rostrum, oneLine.Rostrum) && len(r.Rostrum) > 0 }},
		{"people after posts in one run of characters", head + strings.Join(posted, ""),
			func(r Record) bool { return len(r.Mentioned) == len(names) && r.Mentioned[1] == names[1] }},
		{"people listed after a post in one clause", head + "县领导" + strings.Join(names, "、") + "参加审议。",
			func(r Record) bool { return len(r.Mentioned) == len(names) }},
		{"hearing verbs in one sentence", head + strings.Repeat("审议了县人民政府工作报告，", len(names)) + "。",
			func(r Record) bool { return len(r.Reports) == 1 }},
		{"elected twice, the fuller post kept", head + "会议补选" + strings.Join(short, "、") + "，补选" + strings.Join(pairs, "、") + "。",
			func(r Record) bool {
				return len(r.Elected) == len(names) && r.Elected[len(names)-1].Position == "县人民政府副县长"
			}},
	}
	// lists of a role's people in one clause, each name with its verb
	few := names[:6000]
	for _, role := range []struct {
		name, form string
		got        func(Record) int
	}{
		{"speakers", "县长%s讲话", func(r Record) int { return len(r.Speakers) }},
		{"presiding", "县长%s主持会议", func(r Record) int { return len(r.Presiding) }},
		{"elected", "%s当选为副县长", func(r Record) int { return len(r.Elected) }},
		{"executive chairs", "执行主席%s", func(r Record) int { return len(r.ExecutiveChairs) }},
		{"rostrum", "%s在主席台就座", func(r Record) int { return len(r.Rostrum) }},
		{"reports heard", "听取了%s工作报告", func(r Record) int { return len(r.Reports) }},
	} {
		var items []string
		for _, n := range few {
			items = append(items, fmt.Sprintf(role.form, n))
		}
		want := len(few)
		if role.name == "reports heard" {
			want = maxReports
		}
		tests = append(tests, crowdCase{role.name + " in one clause", head + strings.Join(items, "、") + "。",
			func(r Record) bool { return role.got(r) == want }})
	}
	for _, tt := range tests {
		if rec := FromText(tt.name, tt.text); !tt.check(rec) {
			t.Errorf("%s: %d speakers, %d presiding, %d elected, %d executive chairs, %d on the rostrum, %d photographers, %d reports, %d mentioned, plenary %d, date %q",
				tt.name, len(rec.Speakers), len(rec.Presiding), len(rec.Elected), len(rec.ExecutiveChairs), len(rec.Rostrum),
				len(rec.Photographers), len(rec.Reports), len(rec.Mentioned), rec.Plenary, rec.Date)
		}
	}
}

// crowdCase is a crowded text and what its record must hold.
type crowdCase struct {
	name, text string
	check      func(Record) bool
}

// crowdNames returns 30,000 different three-character names.
func crowdNames() []string {
	sur := []rune("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜")
	giv := []rune("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北")
	var out []string
	for _, s := range sur {
		for _, g := range giv {
			for _, h := range giv {
				if len(out) < 30000 {
					out = append(out, string([]rune{s, g, h}))
				}
			}
		}
	}
	return out
}

// crowded returns a text seating 30,000 different people on the rostrum
// and one delivering 30,000 different reports.
func crowded() (rostrum, reports string) {
	var b strings.Builder
	for _, n := range crowdNames() {
		b.WriteString("县领导" + n + "在主席台就座。")
	}
	var c strings.Builder
	for i := range 30000 {
		fmt.Fprintf(&c, "县长张三作第%d号工作报告。", i)
	}
	return b.String(), c.String()
}
