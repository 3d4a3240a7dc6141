package parse

import (
	"strings"
	"testing"
)

// TestCleanPageTables checks what cleanPage keeps of lines drawn as a
// table's rows: the report's data stays in the text, a page's fields (文号：
// 关键词：人代会, which names the congress as a headline would), the
// rules under a table's head and a menu between bars go.
func TestCleanPageTables(t *testing.T) {
	page := "首页 | 走进焉耆 | 政务公开 | 政务服务 | 互动交流\n" +
		"| 发文机关:县融媒体中心 | 主题词: |\n" +
		"发布机构：趾凤乡人民政府　　生成日期：2025-01-09\n" +
		"文号：　　关键词：人代会；选举\n" +
		"会议以无记名投票方式进行了选举。选举结果如下：\n" +
		"| 选举职务 | 候选人 | 赞成票 | 结果 |\n" +
		"| --- | --- | --- | --- |\n" +
		"| 县人民政府县长 | 马海龙 | 165 | 当选 |\n" +
		"| 县人大常委会副主任 | 阿依古丽·买买提 | 166 | 当选 |\n"
	checkKept(t, cleanPage(page).text, []keptLine{
		{"| 县人民政府县长 | 马海龙 | 165 | 当选 |", true},
		{"| 县人大常委会副主任 | 阿依古丽·买买提 | 166 | 当选 |", true},
		{"| 选举职务 | 候选人 | 赞成票 | 结果 |", true},
		{"| --- | --- | --- | --- |", false},
		{"| 发文机关:县融媒体中心 | 主题词: |", false},
		{"文号", false},
		{"生成日期", false},
		{"首页 | 走进焉耆", false},
	})
}

// TestCleanPageFiguredTable checks that a table drawn with bars between
// its cells and no rule, which reads like a menu, stays when it holds
// figures, head and rows, while a menu of the same shape goes.
func TestCleanPageFiguredTable(t *testing.T) {
	page := "首页 | 人大要闻 | 代表工作 | 联系我们\n" +
		"2025年1月9日上午，双峰县第十八届人民代表大会第五次会议在县会议中心举行第三次全体会议，以差额选举方式补选县人民政府副县长。\n" +
		"本次选举共发出选票228张，收回228张，选举有效。经计票，选举结果如下：\n" +
		"职务 | 候选人 | 赞成票 | 结果\n" +
		"县人民政府副县长 | 朱湘兰 | 171 | 当选\n" +
		"县人民政府副县长 | 李卫国 | 52 | 未当选\n" +
		"县人大常委会委员 | 刘建华 | 219票 | 当选\n" +
		"\n" +
		"| 职务 | 姓名 | 得票 |\n" +
		"| --- | --- | --- |\n" +
		"| 县长 | 王明 | 180 |\n" +
		"\n" +
		"网站首页 | 政务公开 | 互动交流 | 办事服务\n" +
		"走进双峰 | 双峰要闻 | 图片新闻 | 视频双峰\n" +
		"首页 | 要闻 | 镇街 | 部门 | 民生 | 视频 | 专题：2025宁阳两会\n"
	checkKept(t, cleanPage(page).text, []keptLine{
		{"镇街", false},
		{"职务 | 候选人 | 赞成票 | 结果", true},
		{"县人民政府副县长 | 朱湘兰 | 171 | 当选", true},
		{"县人民政府副县长 | 李卫国 | 52 | 未当选", true},
		{"县人大常委会委员 | 刘建华 | 219票 | 当选", true},
		{"| 县长 | 王明 | 180 |", true},
		{"---", false},
		{"首页 | 人大要闻", false},
		{"网站首页", false},
		{"走进双峰", false},
	})
}

// TestCleanPageDistribution checks that a bulletin's distribution list and
// print run go, each line of its own even where the text was wrapped (a
// line that fills the width is not joined to the 报 line under it),
// while a sentence that opens with 发 and a colon's report stay.
func TestCleanPageDistribution(t *testing.T) {
	page := "　　二〇二五年一月十日上午，某县第十八届人民代表大会第五次会\n" +
		"议在县会议中心举行第三次全体会议。会议圆满完成各项议程，在雄壮\n" +
		"的国歌声中胜利闭幕。会议应到代表188名，实到代表171名，符合法\n" +
		"定人数。县委书记龙启航在闭幕会上讲话。他指出，大会期间，全体代\n" +
		"表以高度的政治责任感，认真审议各项报告，积极建言献策，充分体现\n" +
		"了民主、团结、求实、奋进的精神。\n" +
		"　　会议指出：全县上下要凝心聚力。\n" +
		"\n" +
		"　　全体代表要履职尽责、示范带动，为奋力谱写中国式现代化某县篇\n" +
		"报：县委常委，县人大常委会主任、副主任、党组成员\n" +
		"送：县人民政府、县政协、县监察委员会、县人民法院、县人民检察\n" +
		"发：各乡镇（街道）人大、县人大代表\n" +
		"（共印120份）\n"
	checkKept(t, cleanPage(page).text, []keptLine{
		{"某县第十八届人民代表大会第五次会议在县会议中心", true},
		{"会议指出：全县上下要凝心聚力。", true},
		{"现代化某县篇", true},
		{"篇报", false},
		{"报：", false},
		{"送：", false},
		{"发：", false},
		{"共印", false},
		{"县人大代表", false},
	})
}

// keptLine is a piece of a page and whether cleanPage keeps it.
type keptLine struct {
	line string
	kept bool
}

// checkKept checks which lines text, a cleaned page, holds.
func checkKept(t *testing.T, text string, lines []keptLine) {
	t.Helper()
	for _, l := range lines {
		if got := strings.Contains(text, l.line); got != l.kept {
			t.Errorf("%q kept: %v, want %v; text:\n%s", l.line, got, l.kept, text)
		}
	}
}

// TestCleanPageSecondArticle checks that a second article the page holds,
// after an editor's line or a link to it, stays in the text, searched, and
// that its 来源 and day are not the page's.
func TestCleanPageSecondArticle(t *testing.T) {
	for _, tt := range []struct{ name, page, seam string }{
		{"after a link to it",
			"岸堤镇第十九届人民代表大会第六次会议开幕\n来源：岸堤镇人大　　发布时间：2026.1.8\n　　2026年1月7日上午，沂南县岸堤镇第十九届人民代表大会第六次会议开幕。\n【打印】【关闭】\n\n下一篇：孙祖镇第十九届人民代表大会第六次会议胜利闭幕\n来源：孙祖镇人大　　发布时间：2026.1.9\n　　2026年1月8日下午，沂南县孙祖镇第十九届人民代表大会第六次会议胜利闭幕。\n",
			"2026年1月8日下午，沂南县孙祖镇第十九届人民代表大会第六次会议胜利闭幕。"},
		{"after an editor's line, its headline first",
			"县十八届人大五次会议代表分组审议政府工作报告\n来源：永丰县融媒体中心\n\n1月10日下午，出席永丰县第十八届人民代表大会第五次会议的代表分组审议政府工作报告。\n（责任编辑：聂文）\n\n永丰县举办2024年迎春书画展\n2024年01月12日　来源：永丰县文联\n\n近日，迎春书画展在县文化馆开幕。\n",
			"永丰县举办2024年迎春书画展"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := cleanPage(tt.page)
			if p.seam != tt.seam || !strings.Contains(p.text, tt.seam) {
				t.Errorf("seam %q, want %q; text:\n%s", p.seam, tt.seam, p.text)
			}
			if strings.Contains(p.source, "孙祖") || strings.Contains(p.source, "文联") || strings.HasPrefix(p.published, "2026-01-09") {
				t.Errorf("source %q, published %q: the second article's", p.source, p.published)
			}
		})
	}
}

func TestUnmarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"## 一、会议概况", "一、会议概况"},
		{"# 襄垣县…隆重开幕", "襄垣县…隆重开幕"},
		{"#恭城两会# 1.10上午", "#恭城两会# 1.10上午"}, // a hashtag, no heading
		{"> 2025年1月7日上午，…开幕。", "2025年1月7日上午，…开幕。"},
		{"- 来源：襄垣县融媒体中心", "来源：襄垣县融媒体中心"},
		{"* 关于…的报告", "关于…的报告"},
		{"---", ""},
		{"大会执行主席**李建华**、**张志刚**在主席台前排就座。", "大会执行主席李建华、张志刚在主席台前排就座。"},
		{"[首页](http://a.cn/) > [新闻中心](http://a.cn/x/)", "首页 > 新闻中心"},
		{"![图片](http://a.cn/a.jpg)", "[图片]"},
		{"![会议现场](http://a.cn/a.jpg)", "[图片] 会议现场"},
		{"*图为大会开幕现场。记者 冯晓东 摄*", "图为大会开幕现场。记者 冯晓东 摄"},
		{"| 职务 | 姓名 |", "| 职务 | 姓名 |"},
		{"[图片] 会议现场", "[图片] 会议现场"},
	}
	for _, tt := range tests {
		if got := unmarkdown(tt.in); got != tt.want {
			t.Errorf("unmarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"# 标题\n正文**李建华**主持。", true},
		{"[首页](http://a.cn/) > [要闻](http://a.cn/y/)", true},
		{"县人大常委会主任王**主持。\n#恭城两会#", false}, // a masked name and a hashtag
		{"会议由张三主持。", false},
	} {
		if got := isMarkdown(tt.text); got != tt.want {
			t.Errorf("isMarkdown(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
