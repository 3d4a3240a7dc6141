package pinyin

import "strings"

// SortKey returns a key that orders names by their corrected pinyin: the
// syllables of the first key of Person (person true) or Place, separated by
// spaces so that xi an sorts before xian, then a NUL and s itself so that
// homophones order stably. 长沙 sorts under c, 重庆 under c, 厦门 under x.
// Compare keys bytewise (strings.Compare, sort.Strings).
func SortKey(s string, person bool) string {
	us := placeUnits(s)
	if person {
		us = personUnits(s)
	}
	var b strings.Builder
	for i, u := range us {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(u[0])
	}
	b.WriteByte(0)
	b.WriteString(s)
	return b.String()
}
