package parse

import (
	"fmt"
	"strings"
)

// springFestivals holds the Gregorian day of each lunar new year (正月初一)
// from springFrom on, as month×100 + day: 2025's fell on January 29th.
var springFestivals = [...]int{
	205, 124, 212, 201, 122, 209, 129, 218, 207, 126, // 2000–2009
	214, 203, 123, 210, 131, 219, 208, 128, 216, 205, // 2010–2019
	125, 212, 201, 122, 210, 129, 217, 206, 126, 213, // 2020–2029
	203, 123, 211, 131, 219, 208, // 2030–2035
}

const springFrom = 2000

// firstMonthDay returns the Gregorian date of day d (1–30) of the first
// lunar month of the lunar year that starts in Gregorian year y.
func firstMonthDay(y, d int) (when, bool) {
	k := y - springFrom
	if k < 0 || k >= len(springFestivals) || d < 1 || d > 30 {
		return when{}, false
	}
	w := when{Year: y, Month: springFestivals[k] / 100, Day: springFestivals[k] % 100}
	for w.Day += d - 1; w.Day > daysIn(w.Year, w.Month); w.Month++ {
		w.Day -= daysIn(w.Year, w.Month)
	}
	return w, true
}

// lunarDigits are the numerals of lunar days.
const lunarDigits = "一二三四五六七八九十"

// firstMonthIn finds a day of the first lunar month written in s (正月初十,
// 正月十五, 正月廿三) and returns it (1–30) with its span.
func firstMonthIn(s string) (day, start, end int, ok bool) {
	i := strings.Index(s, "正月")
	if i < 0 {
		return 0, 0, 0, false
	}
	rest := s[i+len("正月"):]
	digit := func(t string) int {
		for k, r := range []rune(lunarDigits) {
			if strings.HasPrefix(t, string(r)) {
				return k + 1
			}
		}
		return 0
	}
	const size = len("一") // every numeral here is three bytes
	switch {
	case strings.HasPrefix(rest, "初"):
		day, end = digit(rest[size:]), 2*size
	case strings.HasPrefix(rest, "廿"):
		day, end = 20+digit(rest[size:]), 2*size
	case strings.HasPrefix(rest, "二十") || strings.HasPrefix(rest, "三十"):
		day, end = 10*digit(rest), 2*size
	case strings.HasPrefix(rest, "十"):
		day, end = 10+digit(rest[size:]), 2*size
		if day == 10 {
			end = size // 正月十 alone: no numeral after it to take in
		}
	}
	if day == 0 || day == 20 && strings.HasPrefix(rest, "廿") {
		return 0, 0, 0, false
	}
	return day, i, i + len("正月") + end, true
}

// readLunarDay reads the meeting's day written as a day of the first lunar
// month in a sentence naming the session (正月初十，于都县宽田乡第十八届…),
// in the lunar year the page was published in (pub), and reports whether
// it did: inferred, with a warning.
func (r *reader) readLunarDay(pub when) bool {
	for _, at := range r.mainAt {
		sent := r.sentenceAt(at)
		d, s, e, ok := firstMonthIn(r.n[sent.start:sent.end])
		if !ok {
			continue
		}
		y := pub.Year
		if pub.Month < springFestivals[min(max(y-springFrom, 0), len(springFestivals)-1)]/100 {
			y-- // published in January before the year's festival: last year's
		}
		day, ok := firstMonthDay(y, d)
		if !ok {
			return false
		}
		r.rec.Date, r.rec.DateBasis = day.String(), "inferred"
		r.evidence("date", sent.start+s, sent.start+e)
		r.warn(fmt.Sprintf("date: %s, a lunar day, read as %s in the lunar year the page was published in", r.n[sent.start+s:sent.start+e], day))
		return true
	}
	return false
}
