package pinyin

import "strings"

// MaxKeys caps the spellings generated for one string: a name of several
// polyphonic characters has many combinations, and the most common
// readings come first.
const MaxKeys = 16

// A unit is one character's readings, or a run of latin letters and digits
// kept as it is (lower-cased).
type unit []string

// units splits s into the units that have a spelling; other characters
// (spaces, punctuation, ·, characters outside the table) are skipped.
func units(s string) []unit {
	var us []unit
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			us = append(us, unit{word.String()})
			word.Reset()
		}
	}
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			r -= 0xFEE0
		}
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			word.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			word.WriteRune(r + 'a' - 'A')
		default:
			flush()
			if rs := readings(r); rs != nil {
				us = append(us, rs)
			}
		}
	}
	flush()
	return us
}

// combine spells the units every way, at most MaxKeys spellings, joining
// the syllables with sep. The spelling of first readings comes first, then
// those with one other reading, then two, and so on, so that the cap drops
// the least likely spellings.
func combine(us []unit, sep string) []string {
	if len(us) == 0 {
		return nil
	}
	// poly[i] counts the units from i on with more than one reading.
	poly := make([]int, len(us)+1)
	for i := len(us) - 1; i >= 0; i-- {
		poly[i] = poly[i+1]
		if len(us[i]) > 1 {
			poly[i]++
		}
	}
	var keys []string
	var walk func(i, others int, prefix string)
	walk = func(i, others int, prefix string) {
		if len(keys) == MaxKeys {
			return
		}
		if i == len(us) {
			keys = append(keys, prefix)
			return
		}
		if i > 0 {
			prefix += sep
		}
		if poly[i+1] >= others {
			walk(i+1, others, prefix+us[i][0])
		}
		if others > 0 {
			for _, r := range us[i][1:] {
				walk(i+1, others-1, prefix+r)
			}
		}
	}
	for others := 0; others <= poly[0] && len(keys) < MaxKeys; others++ {
		walk(0, others, "")
	}
	return keys
}

// initials reduces each unit to the distinct first letters of its readings
// (a latin run keeps its first letter).
func initials(us []unit) []unit {
	out := make([]unit, len(us))
	for i, u := range us {
		for _, r := range u {
			if c := r[:1]; !contains(out[i], c) {
				out[i] = append(out[i], c)
			}
		}
	}
	return out
}

// Keys returns every full-pinyin spelling of s without tones or spaces, the
// most common readings first (重庆 → zhongqing, chongqing): at most MaxKeys.
// Latin letters and digits in s are kept, lower-cased; ü is written v.
func Keys(s string) []string { return combine(units(s), "") }

// Initials returns the initials of every spelling of s (王德海 → wdh); zh,
// ch and sh count as z, c and s.
func Initials(s string) []string { return combine(initials(units(s)), "") }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// merge appends the keys of more that keys lacks, up to MaxKeys in all.
func merge(keys []string, more ...[]string) []string {
	for _, m := range more {
		for _, k := range m {
			if len(keys) == MaxKeys {
				return keys
			}
			if !contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}
