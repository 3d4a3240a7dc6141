package ui

import (
	"regexp"
	"strings"
)

// A warningRule renders one phrasing of the parser's warnings in Chinese:
// the record keeps them in English (tools read them), the Chinese
// interface shows them in Chinese. zh's $1 … $9 are the captured parts,
// each through part first.
type warningRule struct {
	re   *regexp.Regexp
	zh   string
	part func(string) string // nil: the parts as they are
}

// warningRules are the phrasings of parse (attendance, locality, date) and
// of parse/region (the notes after "region: "), read-only.
var warningRules = []warningRule{
	{re: regexp.MustCompile(`^attendance: (\d+) expected − (\d+) present ≠ (\d+) absent$`), zh: "出席人数：应到 $1 人，实到 $2 人，缺席却为 $3 人"},
	{re: regexp.MustCompile(`^attendance: (\d+) present of (\d+) expected$`), zh: "出席人数：应到 $2 人，实到 $1 人，数字不合"},
	{re: regexp.MustCompile(`^locality: both (.+) and (.+) are named for this session$`), zh: "地区：本次会议同时写有$1和$2"},
	{re: regexp.MustCompile(`^date: two candidates in one sentence, (\d\d)-(\d\d) and (\d\d)-(\d\d)$`), zh: "日期：同一句中有两个日期，$1-$2 与 $3-$4"},
	{re: regexp.MustCompile(`^date: year (\d+) inferred from the publication date (.+)$`), zh: "日期：年份 $1 由发布日期 $2 推断"},
	{re: regexp.MustCompile(`^date: year (\d+) inferred from (.+)$`), zh: "日期：年份 $1 由「$2」推断"},
	{re: regexp.MustCompile(`^date: (\d+)月(\d+)日 has no year and none can be inferred$`), zh: "日期：$1月$2日未写年份，也无从推断"},
	{re: regexp.MustCompile(`^region: (.+?): a township, and no county or city named with it$`), zh: "行政区划：$1：乡镇一级，未写所属县市"},
	{re: regexp.MustCompile(`^region: (.+?): not in the division table$`), zh: "行政区划：$1：不在行政区划表中"},
	{re: regexp.MustCompile(`^region: (.+?): ambiguous, could be (.+); no province or city named in the text chooses one$`), zh: "行政区划：$1：有歧义，可能是$2；文中没有可供区分的省市", part: regionPart},
	{re: regexp.MustCompile(`^region: (.+?): (.+) \((\d+)\) (became|was renamed|was recoded as) (.+) \((\d+)\) ((?:in|between|after) .+)$`), zh: "行政区划：$1：$2（$3）$7$4$5（$6）", part: regionPart},
	{re: regexp.MustCompile(`^region: (.+?): (.+) \((\d+)\) was abolished ((?:in|between|after) .+); last listed (.+)$`), zh: "行政区划：$1：$2（$3）$4撤销，最后见于 $5 的区划表", part: regionPart},
}

// regionPart renders the English words inside a region note's parts: the
// verbs, when a change happened (parse/region's table.when) and a list's
// remainder.
func regionPart(s string) string {
	switch s {
	case "became":
		return "变更为"
	case "was renamed":
		return "更名为"
	case "was recoded as":
		return "改代码为"
	}
	if rest, ok := strings.CutPrefix(s, "in "); ok {
		return "于" + rest + "年"
	}
	if rest, ok := strings.CutPrefix(s, "after "); ok {
		return "于" + rest + "之后"
	}
	if rest, ok := strings.CutPrefix(s, "between "); ok {
		if a, b, ok := strings.Cut(rest, " and "); ok {
			return "于" + a + "至" + b + "间"
		}
	}
	more := ""
	if head, rest, ok := strings.Cut(s, ", and "); ok {
		if n, ok := strings.CutSuffix(rest, " more"); ok {
			s, more = head, "，另有 "+n+" 处"
		}
	}
	s = strings.ReplaceAll(s, " (", "（")
	s = strings.ReplaceAll(s, "), ", "）、")
	return strings.ReplaceAll(s, ")", "）") + more
}

// warning returns a parser warning as the interface's language shows it:
// in English as the record has it, in Chinese when a rule knows its
// phrasing (else as written).
func (l locale) warning(w string) string {
	if l.en() {
		return w
	}
	for _, r := range warningRules {
		m := r.re.FindStringSubmatchIndex(w)
		if m == nil {
			continue
		}
		parts := make([]string, 0, len(m)/2-1)
		for i := 2; i < len(m); i += 2 {
			part := w[m[i]:m[i+1]]
			if r.part != nil {
				part = r.part(part)
			}
			parts = append(parts, part)
		}
		return expandParts(r.zh, parts)
	}
	return w
}

// expandParts replaces $1 … $9 in tmpl with parts[0] … parts[8].
func expandParts(tmpl string, parts []string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '$' && i+1 < len(tmpl) && tmpl[i+1] >= '1' && tmpl[i+1] <= '9' {
			if k := int(tmpl[i+1] - '1'); k < len(parts) {
				b.WriteString(parts[k])
			}
			i++
			continue
		}
		b.WriteByte(tmpl[i])
	}
	return b.String()
}
