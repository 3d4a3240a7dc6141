package gen

import (
	"strconv"
	"strings"
)

const cnDigits = "〇一二三四五六七八九"

// cnSmall writes 1 ≤ n < 100 in Chinese numerals: 7 → 七, 17 → 十七, 21 → 二十一.
func cnSmall(n int) string {
	d := []rune(cnDigits)
	switch {
	case n < 10:
		return string(d[n])
	case n < 20:
		if n == 10 {
			return "十"
		}
		return "十" + string(d[n%10])
	default:
		s := string(d[n/10]) + "十"
		if n%10 != 0 {
			s += string(d[n%10])
		}
		return s
	}
}

// cnNumber writes 1 ≤ n < 1000 in Chinese numerals: 245 → 二百四十五,
// 206 → 二百零六, 210 → 二百一十.
func cnNumber(n int) string {
	if n < 100 {
		return cnSmall(n)
	}
	d := []rune(cnDigits)
	s := string(d[n/100]) + "百"
	rest := n % 100
	switch {
	case rest == 0:
	case rest < 10:
		s += "零" + string(d[rest])
	case rest < 20:
		s += "一" + cnSmall(rest)
	default:
		s += cnSmall(rest)
	}
	return s
}

// cnYear writes a year digit by digit: 2024 → 二〇二四.
func cnYear(y int) string {
	d := []rune(cnDigits)
	var b strings.Builder
	for _, c := range []byte(strconv.Itoa(y)) {
		b.WriteRune(d[c-'0'])
	}
	return b.String()
}
