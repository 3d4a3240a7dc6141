// Package reference folds one rune as package fold defines it, with
// x/text's width and NFKC tables. It is the source of fold's generated
// rune table (internal/gen) and the oracle its tests compare the table
// with; fold itself does not link it, keeping x/text/unicode/norm out of
// the browser app.
package reference

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"renda/parse/t2s"
)

// radicals maps the CJK radicals supplement's forms that stand for a whole
// character to it (⺠ U+2EA0 → 民, ⻓ U+2ED3 → 长), as the text layer of a
// PDF writes them (中江县第十八届人⺠代表大会): NFKC folds the Kangxi radicals
// (⼈ U+2F08 → 人) but not these. From Unicode's EquivalentUnifiedIdeograph
// data, the forms of a whole character only, simplified where the radical
// is (⻑ LONG ONE → 长).
var radicals = map[rune]rune{
	0x2E81: '厂', 0x2E9F: '母', 0x2EA0: '民', 0x2EA9: '王', 0x2EAF: '糸', 0x2EC1: '虎', 0x2EC4: '西',
	0x2EC5: '见', 0x2EC6: '角', 0x2EC9: '贝', 0x2ECB: '车', 0x2ED1: '长', 0x2ED3: '长', 0x2ED4: '门',
	0x2ED7: '雨', 0x2ED8: '青', 0x2ED9: '韦', 0x2EDA: '页', 0x2EDB: '风', 0x2EDC: '飞', 0x2EDD: '食',
	0x2EE1: '首', 0x2EE2: '马', 0x2EE3: '骨', 0x2EE4: '鬼', 0x2EE5: '鱼', 0x2EE6: '鸟', 0x2EE7: '卤',
	0x2EE8: '麦', 0x2EE9: '黄', 0x2EEA: '黾', 0x2EEC: '齐', 0x2EEE: '齿', 0x2EF0: '龙', 0x2EF3: '龟',
}

// Fold normalises the single non-ASCII rune r0, which is not a traditional
// character: full-width forms become half-width, Unicode spaces ' ', other
// compatibility forms their NFKC form (converted to simplified characters)
// unless that would produce a combining mark; general punctuation
// (U+2000–U+206F) is left alone, but for the dots written inside
// transliterated names (‧ U+2027, • U+2022, ・ U+30FB, ･ U+FF65), which
// become the middle dot · (买买提‧依明 → 买买提·依明), and the vertical
// lines of box drawing (│ U+2502, ┃ U+2503), which become the bar |, so that
// a table drawn with either reads alike. It returns the replacement and
// whether there is one.
func Fold(r0 rune) (string, bool) {
	r := r0
	if u, ok := radicals[r]; ok {
		return string(u), true
	}
	switch {
	case r == 0x2027 || r == 0x2022 || r == 0x30FB || r == 0xFF65:
		return "·", true
	case r == 0x2502 || r == 0x2503:
		return "|", true
	case r > 0x3000 && r <= 0x3035: // CJK punctuation: NFKC and width leave it
		return "", false
	case isSpace(r):
		return " ", true
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		if f < utf8.RuneSelf {
			return string(rune(f)), true
		}
		if unicode.In(f, unicode.M) {
			return "", false // e.g. half-width ﾞ → combining U+3099
		}
		r = f
	}
	enc := string(r)
	folded := r != r0
	if r >= 0x2000 && r <= 0x206F || norm.NFKC.QuickSpanString(enc) == len(enc) {
		if !folded {
			return "", false
		}
		return enc, true
	}
	out := norm.NFKC.String(enc)
	for _, m := range out {
		if unicode.In(m, unicode.M) {
			// NFKC would leave a combining mark to attach to the
			// previous character: keep the rune.
			if !folded {
				return "", false
			}
			return enc, true
		}
	}
	// Compatibility ideographs unify to characters that may be traditional.
	return t2s.Convert(out), true
}

// isSpace reports the Unicode space separators other than ' '.
func isSpace(r rune) bool {
	switch {
	case r == 0xA0, r == 0x1680, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	return false
}
