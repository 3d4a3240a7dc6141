package parse

import (
	"strings"
	"unicode/utf8"
)

// readReports finds reports delivered to the meeting: X代表Y向大会作工作报告,
// X作《政府工作报告》, 听取X所作的…报告.
func (r *reader) readReports() {
	for _, i := range r.find("报告") {
		cs := titleClauseStart(r.n, i)
		clause := r.n[cs : i+len("报告")]
		k := deliverAt(clause)
		if k < 0 {
			continue
		}
		title := strings.TrimPrefix(clause[k+len("作"):], "了")
		title = strings.Trim(title, "《》 ")
		if strings.HasPrefix(title, "的") || title == "" {
			title = strings.TrimPrefix(title, "的")
		}
		head := clause[:k]
		var by string
		byStart, byEnd := 0, 0
		body := ""
		switch {
		case strings.HasSuffix(head, "所"):
			if name, s, e, ok := r.nameBefore(cs + len(head) - len("所")); ok {
				by, byStart, byEnd = name, s, e
			}
		default:
			h := strings.TrimSuffix(head, "向大会")
			h = strings.TrimSuffix(h, "向会议")
			if j := strings.Index(h, "代表"); j > 0 {
				body = h[j+len("代表"):]
				h = h[:j]
			}
			if name, off, ok := nameAtEnd(trimVerbs(h)); ok {
				by, byStart, byEnd = name, cs+off, cs+off+len(name)
			}
		}
		if by == "" {
			continue
		}
		title = qualifyReport(title, body)
		if utf8.RuneCountInString(title) < 4 {
			continue
		}
		r.rec.Reports = appendReport(r.rec.Reports, Report{Title: title, By: by})
		r.evidence("reports", cs+k, i+len("报告"))
		r.evidence("reports", byStart, byEnd)
	}
}

// deliverAt finds the 作 that delivers a report in clause, as in
// 向大会作工作报告, skipping the 作 of 工作, 作为, 作出 and 作用.
func deliverAt(clause string) int {
	for k := len(clause); k > 0; {
		k = strings.LastIndex(clause[:k], "作")
		if k < 0 {
			return -1
		}
		next := clause[k+len("作"):]
		if strings.HasSuffix(clause[:k], "工") || strings.HasSuffix(clause[:k], "合") ||
			strings.HasPrefix(next, "为") || strings.HasPrefix(next, "出") || strings.HasPrefix(next, "用") ||
			strings.HasPrefix(next, "风") {
			continue
		}
		return k
	}
	return -1
}

// qualifyReport names a bare 工作报告 after the body that delivered it:
// 人民政府 → 政府工作报告.
func qualifyReport(title, body string) string {
	if title != "工作报告" {
		return title
	}
	for _, b := range []struct{ suffix, name string }{
		{"人民政府", "政府"}, {"政府", "政府"}, {"常务委员会", "人大常委会"}, {"常委会", "人大常委会"},
		{"人民法院", "法院"}, {"人民检察院", "检察院"}, {"监察委员会", "监察委员会"},
	} {
		if strings.HasSuffix(body, b.suffix) {
			return b.name + title
		}
	}
	return title
}

func appendReport(rs []Report, x Report) []Report {
	for _, r := range rs {
		if r == x {
			return rs
		}
	}
	return append(rs, x)
}
