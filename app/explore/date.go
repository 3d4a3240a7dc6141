package explore

import (
	"sort"
	"strconv"
	"strings"
)

// Year returns the year of a date (YYYY, YYYY-MM or YYYY-MM-DD), "" if the
// date does not start with one.
func Year(date string) string {
	if len(date) < 4 || !digits(date[:4]) {
		return ""
	}
	return date[:4]
}

// Month returns the YYYY-MM of a date, "" if the date has no month.
func Month(date string) string {
	if len(date) < 7 || Year(date) == "" || date[4] != '-' || !digits(date[5:7]) {
		return ""
	}
	if m := date[5:7]; m < "01" || m > "12" {
		return ""
	}
	return date[:7]
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func splitMonth(m string) (year, month int) {
	year, _ = strconv.Atoi(m[:4])
	month, _ = strconv.Atoi(m[5:7])
	return year, month
}

func formatMonth(year, month int) string {
	y := strconv.Itoa(year)
	for len(y) < 4 {
		y = "0" + y
	}
	if month < 10 {
		return y + "-0" + strconv.Itoa(month)
	}
	return y + "-" + strconv.Itoa(month)
}

// datePrefix reads a term naming a day, a month or a year, as a researcher
// copies it from a record or a report — 2024-03-29, 2024/3/29, 2024.3.29,
// 2024年3月29日 (or 号), 二〇二四年三月, 2024-03, 2024年, 2024 — and returns
// how every Record.Date within it starts (2024-03-29, 2024-03, 2024): a
// year and up to two numbers, nothing but separators between. A month or
// day begun with 0 is what the user is still typing: 2024-0 is 2024. Any
// other term is false.
func datePrefix(t string) (string, bool) {
	if strings.ContainsAny(t, "年月日号") {
		t, _ = foldNumerals(t)
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("-/.年月日号", r) })
	if n := len(parts); n > 1 && parts[n-1] == "0" {
		parts = parts[:n-1] // 2024-0: a month begun
	}
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 || !digits(parts[0]) || parts[0] < "1900" || parts[0] > "2099" {
		return "", false
	}
	out := parts[0]
	for k, p := range parts[1:] {
		v, err := strconv.Atoi(p)
		if err != nil || !digits(p) || len(p) > 2 || v < 1 || v > []int{12, 31}[k] {
			return "", false
		}
		if len(p) == 1 {
			p = "0" + p
		}
		out += "-" + p
	}
	return out, true
}

// matchDates calls f with every document whose date is within the day,
// month or year the term t names (datePrefix), newest first.
func (ix *Index) matchDates(t string, f func(doc int)) {
	p, ok := datePrefix(t)
	if !ok {
		return
	}
	// The documents newest first are ordered by their dates as strings,
	// the undated last: those starting with p are one run of them, from
	// the first below p followed by any digit to the first below p.
	date := func(i int) string { return ix.Docs[ix.order[i]].Date() }
	from := sort.Search(len(ix.order), func(i int) bool { return date(i) < p+":" })
	to := sort.Search(len(ix.order), func(i int) bool { return date(i) < p })
	for i := from; i < to; i++ {
		if strings.HasPrefix(date(i), p) {
			f(int(ix.order[i]))
		}
	}
}
