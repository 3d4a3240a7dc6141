package explore

import (
	"strconv"
	"strings"

	"renda/app/corpus"
	"renda/parse/schema"
)

// Citation returns a one-line reference to d: title, locality, date, source
// and permalink, omitting what the record lacks, e.g.
//
//	《山亭区第十届人民代表大会第二次会议胜利闭幕》，山亭区，2023-02-10，来源：爱山亭网。https://…/doc/000
func Citation(d *corpus.Summary, permalink string) string {
	var parts []string
	if d.Title() != "" {
		parts = append(parts, "《"+d.Title()+"》")
	} else {
		parts = append(parts, Label(d))
	}
	if d.Locality() != "" {
		parts = append(parts, d.Locality())
	}
	if d.Date() != "" {
		parts = append(parts, d.Date())
	} else if d.Published() != "" {
		parts = append(parts, "发布于 "+d.Published())
	}
	if d.Source() != "" {
		parts = append(parts, "来源："+d.Source())
	}
	s := strings.Join(parts, "，") + "。"
	if permalink != "" {
		s += permalink
	}
	return s
}

// Rate returns the share of expected delegates present, in percent with one
// decimal (e.g. "92.2"), or "" when it cannot be computed: either figure
// not stated (0).
func Rate(a *schema.Attendance) string {
	if a == nil || a.Expected <= 0 || a.Present <= 0 {
		return ""
	}
	permille := (a.Present*1000 + a.Expected/2) / a.Expected
	return strconv.Itoa(permille/10) + "." + strconv.Itoa(permille%10)
}
