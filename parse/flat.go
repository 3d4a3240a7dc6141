package parse

import (
	"strings"
	"unicode/utf8"

	"renda/parse/fold"
)

// unflatten splits a page saved as one line, its breaks lost and each
// replaced by a space (首页 > 要闻动态 > 正文 某县…会议举行预备会议 发布时间：
// 2026.1.8 来源：某县融媒体中心 … 1月8日下午，…。 预备会议由…主持。 责任编辑：
// 李静 …), into the lines it had: headline, fields and paragraphs each on a
// line, as the page showed them. A line is such a page when it is long,
// holds sentences and is spaced between furniture's fields; other lines
// are returned as they are.
func unflatten(lines []string) []string {
	var out []string
	for _, line := range lines {
		if !flattened(line) {
			out = append(out, line)
			continue
		}
		out = append(out, flatLines(line)...)
	}
	return out
}

// flattened reports whether line is a page saved as one line: 300 runes at
// least, two sentences spaced apart and two parts of furniture (发布时间：…,
// 来源：…, 【打印】) among its parts between spaces.
func flattened(line string) bool {
	if len(line) < 900 || utf8.RuneCountInString(line) < 300 {
		return false
	}
	stops, fields := 0, 0
	for _, f := range strings.Fields(line) {
		if hasSuffixAny(f, []string{"。", "！", "？", "”"}) {
			stops++
		}
		if utf8.RuneCountInString(f) <= 40 && hasMarker(fold.String(f)) {
			fields++
		}
	}
	return stops >= 2 && fields >= 2
}

// flatLines splits a flattened page at its spaces, but not where they stand
// inside brackets ((记者 张博 摄)), around a breadcrumb's separator (首页 >
// 要闻动态) or between short parts, such as a widget's (字号：大 中 小) or a
// list's names (高振国 孙立新).
func flatLines(line string) []string {
	var out []string
	var cur strings.Builder
	depth := 0 // brackets open at the end of cur
	prev := ""
	for _, f := range strings.Fields(line) {
		join := cur.Len() > 0 && (depth > 0 || separatorPart(f) || separatorPart(prev) || shortPart(prev) && shortPart(f))
		if cur.Len() > 0 && !join {
			out = append(out, cur.String())
			cur.Reset()
			depth = 0
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(f)
		for _, c := range f {
			switch {
			case strings.ContainsRune("（(【《“「[", c):
				depth++
			case strings.ContainsRune("）)】》”」]", c) && depth > 0:
				depth--
			}
		}
		prev = f
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// separatorPart reports whether f separates a breadcrumb's or a menu's
// parts (>, ›, », /, |, -).
func separatorPart(f string) bool {
	return f == ">" || f == "›" || f == "»" || f == "/" || f == "|" || f == "｜" || f == "＞" || f == "-"
}

// shortPart reports whether f is a short part of a flattened page, four
// runes at most and ending no sentence: a widget's word or a name.
func shortPart(f string) bool {
	return utf8.RuneCountInString(f) <= 4 && !hasSuffixAny(f, []string{"。", "！", "？", "；", "，"})
}
