// Package cnum reads numbers written the ways Chinese reports write them:
// Chinese numerals (十七, 二十三, 一百零五, 两千, 二〇二三), Arabic and full-width
// digits (17, １７) and mixtures of them (第1次, 2０24).
package cnum

import "errors"

// ErrSyntax is returned for strings that are not a number.
var ErrSyntax = errors.New("cnum: not a number")

// ErrRange is returned for numbers too large for an int64-safe int.
var ErrRange = errors.New("cnum: number out of range")

const maxValue = 1 << 53

// digit returns the value of a single digit rune: 0–9 in Arabic, full-width
// or Chinese form (〇 零 一 二 两 三 … 九, and the financial forms).
func digit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	switch r {
	case '〇', '零', '○', 'Ｏ':
		return 0, true
	case '一', '壹', '幺':
		return 1, true
	case '二', '两', '兩', '贰', '貳':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// unit returns the multiplier of a unit rune (十 百 千 万 亿).
func unit(r rune) (int, bool) {
	switch r {
	case '十', '拾':
		return 10, true
	case '百', '佰':
		return 100, true
	case '千', '仟':
		return 1000, true
	case '万', '萬':
		return 10000, true
	case '亿', '億':
		return 100000000, true
	}
	return 0, false
}

// IsNumeral reports whether r can be part of a number that Parse reads.
func IsNumeral(r rune) bool {
	if _, ok := digit(r); ok {
		return true
	}
	_, ok := unit(r)
	return ok
}

// Parse reads s as a whole number. It accepts positional digit strings in any
// mix of Arabic, full-width and Chinese digits (2024, 二〇二四, 2０24) and
// Chinese numerals with units (十七, 二十三, 一百零五, 一千零十, 两万三千).
func Parse(s string) (int, error) {
	if s == "" {
		return 0, ErrSyntax
	}
	hasUnit := false
	for _, r := range s {
		if _, ok := unit(r); ok {
			hasUnit = true
		} else if _, ok := digit(r); !ok {
			return 0, ErrSyntax
		}
	}
	if !hasUnit {
		return positional(s)
	}
	return withUnits(s)
}

func positional(s string) (int, error) {
	n := 0
	for _, r := range s {
		d, _ := digit(r)
		n = n*10 + d
		if n > maxValue {
			return 0, ErrRange
		}
	}
	return n, nil
}

// withUnits reads numerals such as 一百零五 or 三万二千: digits multiply the
// unit that follows; 万 and 亿 scale everything before them in their section.
func withUnits(s string) (int, error) {
	total, section, pending := 0, 0, -1 // pending: a digit waiting for its unit
	prevUnit := 0
	for _, r := range s {
		if d, ok := digit(r); ok {
			if pending >= 0 && d != 0 {
				return 0, ErrSyntax // two digits in a row, e.g. 二三十
			}
			if d == 0 {
				continue // 零 only marks a gap: 一百零五
			}
			pending = d
			continue
		}
		u, _ := unit(r)
		switch {
		case u >= 10000:
			if pending >= 0 {
				section += pending
				pending = -1
			}
			if section == 0 && total == 0 {
				return 0, ErrSyntax
			}
			if u == 100000000 {
				total = (total + section) * u
			} else {
				total += section * u
			}
			section = 0
			prevUnit = 0
		default:
			if prevUnit != 0 && u >= prevUnit && pending < 0 {
				return 0, ErrSyntax // 十百, 百百
			}
			d := pending
			if d < 0 {
				if section != 0 || total != 0 {
					if u != 10 {
						return 0, ErrSyntax
					}
				}
				d = 1 // 十七 = 17, 一百一十 has its 一
			}
			section += d * u
			pending = -1
			prevUnit = u
		}
		if total > maxValue || section > maxValue {
			return 0, ErrRange
		}
	}
	if pending >= 0 {
		// a trailing digit: 一百零五 → 5, or 一百五 (colloquial 150) → 5 × unit/10
		if prevUnit >= 100 && !endsWithZeroBeforeLast(s) {
			section += pending * prevUnit / 10
		} else {
			section += pending
		}
	}
	return total + section, nil
}

// endsWithZeroBeforeLast reports whether the last digit of s is preceded by
// 零 (or 〇), as in 一百零五, so that it counts as units.
func endsWithZeroBeforeLast(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 {
		return false
	}
	d, ok := digit(rs[len(rs)-2])
	return ok && d == 0
}
