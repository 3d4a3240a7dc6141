package pinyin

import (
	"strings"
	"unicode/utf8"
)

// Fold normalises a latin query for matching: lower case, full-width
// letters made half-width, tone marks dropped (Lánkǎo → lankao, written
// over the vowel or after it), ü and u: written v, and spaces, apostrophes
// and hyphens dropped (Qing Xu → qingxu, lu'an → luan). It returns "" when
// the query holds anything else, such as Chinese characters, which are not
// a pinyin query.
func Fold(query string) string {
	query = strings.ReplaceAll(query, "u:", "v")
	query = strings.ReplaceAll(strings.ReplaceAll(query, "u\u0308", "v"), "U\u0308", "v") // ü decomposed
	var b strings.Builder
	for _, r := range query {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if i := strings.IndexRune(toned, r); i >= 0 {
			r = rune(plain[utf8.RuneCountInString(toned[:i])])
		}
		switch {
		case r >= 0x0300 && r <= 0x036F: // a tone mark after its vowel
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == 'ü' || r == 'Ü':
			b.WriteByte('v')
		case r == ' ' || r == '\'' || r == '’' || r == '-' || r == '\u3000':
		default:
			return ""
		}
	}
	return b.String()
}

// toned are the vowels (and n, m) with tone marks of written pinyin, upper
// and lower case; plain is each without its mark, at the same position.
const (
	toned = "āáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈÊĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛŃŇǸḾ"
	plain = "aaaaeeeeeiiiioooouuuuvvvvnnnmaaaaeeeeeiiiioooouuuuvvvvnnnm"
)

// Match reports whether a latin query matches a name given its keys (for
// instance Place(name) together with PlaceInitials(name)): the folded query
// must begin one of the keys. So qingxu, qing xu, qingxuxian and qx all find
// 清徐县, and a unit word such as xian may be left off.
func Match(query string, keys []string) bool {
	q := Fold(query)
	if q == "" {
		return false
	}
	for _, k := range keys {
		if strings.HasPrefix(k, q) {
			return true
		}
	}
	return false
}
