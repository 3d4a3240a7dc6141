package parse

import (
	"strings"
	"testing"
)

// TestCleanPageTables checks what cleanPage keeps of lines drawn as a
// table's rows: the report's data stays in the text, a page's fields, the
// rules under a table's head and a menu between bars go.
func TestCleanPageTables(t *testing.T) {
	page := "首页 | 走进焉耆 | 政务公开 | 政务服务 | 互动交流\n" +
		"| 发文机关:县融媒体中心 | 主题词: |\n" +
		"会议以无记名投票方式进行了选举。选举结果如下：\n" +
		"| 选举职务 | 候选人 | 赞成票 | 结果 |\n" +
		"| --- | --- | --- | --- |\n" +
		"| 县人民政府县长 | 马海龙 | 165 | 当选 |\n" +
		"| 县人大常委会副主任 | 阿依古丽·买买提 | 166 | 当选 |\n"
	text := cleanPage(page).text
	tests := []struct {
		line string
		kept bool
	}{
		{"| 县人民政府县长 | 马海龙 | 165 | 当选 |", true},
		{"| 县人大常委会副主任 | 阿依古丽·买买提 | 166 | 当选 |", true},
		{"| 选举职务 | 候选人 | 赞成票 | 结果 |", true},
		{"| --- | --- | --- | --- |", false},
		{"| 发文机关:县融媒体中心 | 主题词: |", false},
		{"首页 | 走进焉耆", false},
	}
	for _, tt := range tests {
		if got := strings.Contains(text, tt.line); got != tt.kept {
			t.Errorf("%q kept: %v, want %v; text:\n%s", tt.line, got, tt.kept, text)
		}
	}
}
