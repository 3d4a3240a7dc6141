package parse

import "strings"

// isMarkdown reports whether a text was saved as Markdown: two signs of it
// at least among a heading's hashes at a line's start (## 一、会议概况),
// bold (**李建华**) and a link's or image's target (](http://…)), so that
// one bracket or a pair of asterisks in a page's text (王** for a masked
// name) is not taken for markup. (No regexp: the parser does without the
// package, as the browser's parser.wasm does.)
func isMarkdown(text string) bool {
	signs := strings.Count(text, "](http") + strings.Count(text, "](#")
	for line := range strings.Lines(text) {
		if signs >= 2 {
			return true
		}
		if h := strings.TrimLeft(line, "#"); len(line)-len(h) >= 1 && len(line)-len(h) <= 6 && strings.HasPrefix(h, " ") {
			signs++
		}
		if k := strings.Index(line, "**"); k >= 0 && strings.Contains(line[k+2:], "**") && !strings.HasPrefix(line[k+2:], "**") {
			signs++
		}
	}
	return signs >= 2
}

// unmarkdown removes what Markdown adds to a line of a text saved as
// Markdown: a heading's hashes (## 一、会议概况), a quote's mark (> …), a
// bullet (- 来源：…, * 关于…的决议), a rule (---, which stands for no rule
// a page prints: a blank line), bold (**李建华**) and a line in italics
// (*图为…摄*), and links and images, whose text and placeholder stay
// ([襄垣要闻](http://…) → 襄垣要闻, ![图片](http://…) → [图片]). A table's
// bars stay: its rows are read as a page's are.
func unmarkdown(line string) string {
	t := strings.TrimLeft(line, " ")
	if r := strings.TrimSpace(t); len(r) >= 3 && (strings.Trim(r, "-") == "" || strings.Trim(r, "*") == "" || strings.Trim(r, "_") == "") {
		return ""
	}
	if h := strings.TrimLeft(t, "#"); len(t)-len(h) <= 6 && len(h) < len(t) && strings.HasPrefix(h, " ") {
		t = strings.TrimLeft(h, " ")
	}
	for strings.HasPrefix(t, "> ") || t == ">" {
		t = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
	}
	for _, b := range []string{"- ", "* ", "+ "} {
		if strings.HasPrefix(t, b) {
			t = strings.TrimLeft(t[len(b):], " ")
			break
		}
	}
	t = withoutLinks(t)
	t = strings.ReplaceAll(t, "**", "")
	// a line in italics (*图为大会开幕现场。记者 冯晓东 摄*)
	if len(t) > 2 && strings.HasPrefix(t, "*") && strings.HasSuffix(t, "*") {
		t = t[1 : len(t)-1]
	}
	return t
}

// withoutLinks replaces each link in t by its text ([襄垣要闻](http://…) →
// 襄垣要闻) and each image by a placeholder and its text (![图片](…) →
// [图片]); a bracket that opens no link stays.
func withoutLinks(t string) string {
	if !strings.Contains(t, "](") {
		return t
	}
	var b strings.Builder
	for {
		mid := strings.Index(t, "](")
		if mid < 0 {
			break
		}
		open := strings.LastIndexByte(t[:mid], '[')
		end := strings.IndexByte(t[mid:], ')')
		if open < 0 || end < 0 {
			b.WriteString(t[:mid+2])
			t = t[mid+2:]
			continue
		}
		text := t[open+1 : mid]
		if open > 0 && t[open-1] == '!' {
			b.WriteString(t[:open-1])
			b.WriteString("[图片]")
			if text != "图片" && text != "" {
				b.WriteString(" " + text)
			}
		} else {
			b.WriteString(t[:open])
			b.WriteString(text)
		}
		t = t[mid+end+1:]
	}
	b.WriteString(t)
	return b.String()
}
