package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"renda/parse/cnum"
)

// when is a calendar date read from the text; Year is 0 when only month and
// day are written (1月26日), Day is 0 when only year and month are.
type when struct {
	Year, Month, Day int
	Start, End       int // byte span in the text it was read from
}

func (w when) String() string {
	switch {
	case w.Year == 0:
		return ""
	case w.Day == 0:
		return fmt.Sprintf("%04d-%02d", w.Year, w.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", w.Year, w.Month, w.Day)
}

// dayBefore returns the day before w (a full date), across months and years.
// (The parser leaves the time package's parsing and formatting out:
// parser.wasm was 139 KB larger raw with them.)
func (w when) dayBefore() when {
	if w.Day > 1 {
		w.Day--
		return w
	}
	if w.Month--; w.Month == 0 {
		w.Month, w.Year = 12, w.Year-1
	}
	w.Day = daysIn(w.Year, w.Month)
	return w
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (w when) valid() bool {
	return w.Month >= 1 && w.Month <= 12 && w.Day >= 0 && w.Day <= 31 &&
		(w.Year == 0 || (w.Year >= 1949 && w.Year <= 2100))
}

// numBefore reads the number (Arabic or Chinese numerals, at most max runes)
// that ends at byte i of s, returning its value and start.
func numBefore(s string, i, max int) (int, int, bool) {
	j := i
	for k := 0; k < max && j > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !cnum.IsNumeral(r) || r == '万' || r == '亿' {
			break
		}
		j -= size
	}
	if j == i {
		return 0, i, false
	}
	v, err := cnum.Parse(s[j:i])
	return v, j, err == nil
}

// numAfter reads the number that starts at byte i of s.
func numAfter(s string, i, max int) (int, int, bool) {
	j := i
	for k := 0; k < max && j < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !cnum.IsNumeral(r) || r == '万' || r == '亿' {
			break
		}
		j += size
	}
	if j == i {
		return 0, i, false
	}
	v, err := cnum.Parse(s[i:j])
	return v, j, err == nil
}

// dayWords end a day of the month: 日, 号, and 曰, an OCR slip for 日 that
// no date is written with otherwise (1月10曰上午). Each is three bytes long.
var dayWords = []string{"日", "号", "曰"}

// findDates lists the dates written in s in order: 2022年1月26日, 1月26日,
// 二〇二四年三月十九日, 元月5日 (January), 2024-03-30 and 2024/3/30.
// Year-month dates (2024年3月) are listed with Day 0.
func findDates(s string) []when {
	return datesAt(s, indexAll(s, "月"))
}

// datesAt reads the dates around the given offsets of 月 in s, and the
// ISO dates of s. Figures may stand a space or two from their words, as
// in text exported from a word processor (2024 年 1 月 5 日).
func datesAt(s string, at []int) []when {
	var out []when
	for _, i := range at {
		off := i + len("月")
		m, ms, ok := numBefore(s, spacesBefore(s, i), 3)
		if !ok && strings.HasSuffix(s[:i], "元") { // 元月: January
			m, ms, ok = 1, i-len("元"), true
		}
		if !ok {
			continue
		}
		w := when{Month: m, Start: ms, End: off}
		if d, de, ok := numAfter(s, spacesAfter(s, off), 3); ok {
			if de = spacesAfter(s, de); hasPrefixAny(s[de:], dayWords) {
				w.Day, w.End = d, de+len("日")
			}
		}
		if ye := spacesBefore(s, ms); strings.HasSuffix(s[:ye], "年") {
			ye = spacesBefore(s, ye-len("年"))
			if y, ys, ok := numBefore(s, ye, 4); ok && ye-ys >= 4 {
				w.Year, w.Start = y, ys
			}
		}
		if w.Day == 0 && w.Year == 0 {
			continue // 3月 alone says nothing
		}
		if w.valid() {
			out = append(out, w)
		}
	}
	out = append(out, isoDates(s)...)
	out = append(out, dottedDays(s)...)
	sortDates(out)
	return out
}

// dottedDays finds the days a post writes as month.day before the time of
// day (1.10上午, 1.8下午): no figure, nor a number with a point, is written so.
func dottedDays(s string) []when {
	var out []when
	for i := strings.IndexByte(s, '.'); i >= 0; {
		ms := i
		for ms > 0 && i-ms < 2 && isDigit(s[ms-1]) {
			ms--
		}
		if m, _ := digits(s, ms, 2); ms < i && (ms == 0 || !isDigit(s[ms-1]) && s[ms-1] != '.') {
			d, de := digits(s, i+1, 2)
			if w := (when{Month: m, Day: d, Start: ms, End: de}); de > i+1 && hasPrefixAny(s[de:], timesOfDay) && w.valid() {
				out = append(out, w)
			}
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
}

// timesOfDay follow a day written as month.day (1.10上午).
var timesOfDay = []string{"上午", "下午", "中午", "晚上", "晚", "早上", "凌晨"}

// spacesBefore returns where up to two spaces ending at byte i of s start.
func spacesBefore(s string, i int) int {
	for k := 0; k < 2 && i > 0 && s[i-1] == ' '; k++ {
		i--
	}
	return i
}

// spacesAfter returns where up to two spaces starting at byte i of s end.
func spacesAfter(s string, i int) int {
	for k := 0; k < 2 && i < len(s) && s[i] == ' '; k++ {
		i++
	}
	return i
}

// isoDates finds 2024-03-30, 2024/3/30 and 2024.3.30.
func isoDates(s string) []when {
	var out []when
	for i := 0; i+8 <= len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		w, ok := isoAt(s, i)
		if ok {
			out = append(out, w)
			i = w.End - 1
		}
	}
	return out
}

func isoAt(s string, i int) (when, bool) {
	y, j := digits(s, i, 4)
	if j-i != 4 {
		return when{}, false
	}
	// a space may stand on either side of - and / (2024 - 01 - 20)
	j, spaced := spaceAt(s, j), spaceAt(s, j) > j
	if j >= len(s) || !strings.ContainsRune("-/.", rune(s[j])) || spaced && s[j] == '.' {
		return when{}, false
	}
	sep := s[j]
	ms := j + 1
	if spaced {
		ms = spaceAt(s, ms)
	}
	m, k := digits(s, ms, 2)
	if spaced {
		k = spaceAt(s, k)
	}
	if k == ms || k >= len(s) || s[k] != sep {
		return when{}, false
	}
	ds := k + 1
	if spaced {
		ds = spaceAt(s, ds)
	}
	d, e := digits(s, ds, 2)
	if e == ds || (e < len(s) && isDigit(s[e])) {
		return when{}, false
	}
	w := when{Year: y, Month: m, Day: d, Start: i, End: e}
	return w, w.valid() && d > 0
}

// spaceAt returns i, or i+1 when a space stands at byte i of s.
func spaceAt(s string, i int) int {
	if i < len(s) && s[i] == ' ' {
		return i + 1
	}
	return i
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// digits reads up to max ASCII digits at s[i:].
func digits(s string, i, max int) (int, int) {
	v, j := 0, i
	for j < len(s) && j-i < max && isDigit(s[j]) {
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j
}

func sortDates(ws []when) {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && ws[j].Start < ws[j-1].Start; j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}

// timestamp reads a publication date or time from a furniture value:
// "2024-03-30 22:37:00" → 2024-03-30T22:37:00, "2025年12月25日" → 2025-12-25.
func timestamp(val string) (string, bool) {
	// a year of two digits, as a byline prints it before a time (26年1月9日
	// 08:30): read when the time follows
	if len(val) > 2 && isDigit(val[0]) && isDigit(val[1]) && strings.HasPrefix(val[2:], "年") {
		if ts, ok := timestamp("20" + val); ok && strings.Contains(ts, "T") {
			return ts, true
		}
		return "", false
	}
	ds := findDates(val)
	if len(ds) == 0 || ds[0].Year == 0 || ds[0].Day == 0 {
		return "", false
	}
	d := ds[0]
	rest := strings.TrimLeft(val[d.End:], " T")
	h, i := digits(rest, 0, 2)
	// 10:30, or 10时30分
	if i > 0 && strings.HasPrefix(rest[i:], "时") {
		if m, j := digits(rest, i+len("时"), 2); j > i+len("时") && strings.HasPrefix(rest[j:], "分") && h <= 23 && m <= 59 {
			return fmt.Sprintf("%sT%02d:%02d:00", d, h, m), true
		}
	}
	if i == 0 || i >= len(rest) || rest[i] != ':' {
		return d.String(), true
	}
	m, j := digits(rest, i+1, 2)
	if j-i-1 != 2 {
		return d.String(), true
	}
	sec := 0
	if j < len(rest) && rest[j] == ':' {
		if v, k := digits(rest, j+1, 2); k-j-1 == 2 {
			sec = v
		}
	}
	if h > 23 || m > 59 || sec > 59 {
		return d.String(), true
	}
	return fmt.Sprintf("%sT%02d:%02d:%02d", d, h, m, sec), true
}

// planYear reads the year a session plans for from cues such as
// 2024年工作安排 (对2024年工作的安排), 2023年计划, 2024年预算 or 2023年工作回顾
// (对2023年工作的总结, 回顾了2023年主要工作, which review the year before
// the session), or a plan's first or last year named as the one the
// session opens (2026年是“十五五”开局之年, 2025年是“十四五”收官之年). It
// returns 0 and the cue's span when there is none.
func planYear(s string) (year, start, end int) {
	cues := []struct {
		word string
		add  int
	}{
		{"工作安排", 0}, {"工作的安排", 0}, {"工作部署", 0}, {"计划", 0}, {"预算", 0}, {"工作任务", 0}, {"主要目标", 0}, {"预期目标", 0}, {"目标任务", 0}, {"重点工作", 0}, {"开局之年", 0}, {"收官之年", 0},
		{"工作回顾", 1}, {"工作总结", 1}, {"工作的总结", 1}, {"工作的回顾", 1},
	}
	type cue struct{ year, start, end int }
	var back cue
	for off := 0; ; {
		i := strings.Index(s[off:], "年")
		if i < 0 {
			break
		}
		i += off
		off = i + len("年")
		y, ys, ok := numBefore(s, i, 4)
		if !ok || i-ys < 4 || y < 1949 || y > 2100 {
			continue
		}
		tail := s[off:min(len(s), off+60)]
		for _, c := range cues {
			j := strings.Index(tail, c.word)
			if j < 0 || j > 36 || strings.ContainsAny(tail[:j], "。,;") || strings.Contains(tail[:j], "年") {
				continue
			}
			if strings.HasPrefix(tail[j+len(c.word):], "执行") {
				continue // 2023年计划执行情况 looks back
			}
			if v := y + c.add; v > year {
				year, start, end = v, ys, off+j+len(c.word)
			}
		}
		// 报告回顾了2024年主要工作: the year looked back on, the one
		// before the session's; the cues above win a tie
		if j := strings.Index(tail, "工作"); j >= 0 && j <= 24 && !strings.ContainsAny(tail[:j], "。,;") &&
			hasSuffixAny(strings.TrimSuffix(s[:ys], "了"), []string{"回顾", "总结"}) && y+1 > back.year {
			back = cue{y + 1, ys, off + j + len("工作")}
		}
	}
	if back.year > year {
		return back.year, back.start, back.end
	}
	return year, start, end
}
