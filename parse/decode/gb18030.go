package decode

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Thresholds for accepting bytes as GB18030 Chinese text.
const (
	// minPlausible is the least share of decoded characters (white space
	// aside) that must be ASCII, CJK or common punctuation.
	minPlausible = 0.9
	// minGB2312 is the least share of two-byte sequences that must lie in
	// the GB2312 area (both bytes in A1–FE), where everyday simplified
	// Chinese lives. Latin-1 or Windows-1252 text read as GBK pairs a
	// letter with an ASCII byte and falls outside it.
	minGB2312 = 0.5
)

// fromGB18030 decodes data as GB18030 and checks that the result reads as
// Chinese text rather than bytes of some other encoding.
func fromGB18030(data []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: not UTF-8, and GB18030 decoding failed: %v", ErrUnknownEncoding, err)
	}
	s := string(out)
	if r, _ := utf8.DecodeRuneInString(s); r == '\uFEFF' {
		s = s[len("\uFEFF"):]
	}
	// a U+FFFD the page itself holds (a mojibake line, 锟斤拷 or 氶�栭〉, saved
	// as GB18030 encodes it: 84 31 A4 37) is text, not a decoding failure
	encoded := bytes.Count(data, []byte{0x84, 0x31, 0xA4, 0x37})
	total, good := 0, 0
	for i, r := range s {
		if r == utf8.RuneError && encoded > 0 {
			encoded--
		} else if r == utf8.RuneError {
			if end := len(s) - len("\uFFFD"); i == end && endsWithLeadByte(data) {
				return "", fmt.Errorf("%w: GB18030 cut in the middle of a character at the end", ErrTruncated)
			}
			return "", fmt.Errorf("%w: not UTF-8, and not GB18030 either (invalid byte sequence)", ErrUnknownEncoding)
		}
		if isSpace(r) {
			continue
		}
		total++
		if plausible(r) {
			good++
		}
	}
	if total > 0 && float64(good) < minPlausible*float64(total) {
		return "", fmt.Errorf("%w: not UTF-8, and as GB18030 only %d of %d characters are plausible", ErrUnknownEncoding, good, total)
	}
	if pairs, gb := gb2312Share(data); pairs > 0 && float64(gb) < minGB2312*float64(pairs) {
		return "", fmt.Errorf("%w: not UTF-8, and as GB18030 only %d of %d characters are common Chinese", ErrUnknownEncoding, gb, pairs)
	}
	return s, nil
}

// endsWithLeadByte reports whether the last character of data is a lone
// GB18030 lead byte or an incomplete four-byte sequence.
func endsWithLeadByte(data []byte) bool {
	i := 0
	for i < len(data) {
		c := data[i]
		switch {
		case c < 0x80 || c == 0x80 || c == 0xFF:
			i++
		case i+1 >= len(data):
			return true
		case data[i+1] >= 0x30 && data[i+1] <= 0x39:
			if i+4 > len(data) {
				return true
			}
			i += 4
		default:
			i += 2
		}
	}
	return false
}

// gb2312Share counts the two-byte sequences of GB18030 data and those in
// the GB2312 area.
func gb2312Share(data []byte) (pairs, gb int) {
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c < 0x81 || c == 0xFF || i+1 >= len(data):
			i++
		case data[i+1] >= 0x30 && data[i+1] <= 0x39:
			i += 4
		default:
			pairs++
			if c >= 0xA1 && data[i+1] >= 0xA1 && data[i+1] <= 0xFE {
				gb++
			}
			i += 2
		}
	}
	return pairs, gb
}

// isSpace reports white space, Chinese or not.
func isSpace(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r' || r == '\u00A0' || r == '\u3000'
}

// plausible reports whether r is expected in Chinese report text: printable
// ASCII, CJK ideographs, CJK and full-width punctuation, general
// punctuation, the symbols GB2312 holds (arrows, box drawing for tables,
// ■ ★ and the like) and a few more.
func plausible(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7F:
		return true
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // half- and full-width forms
		return true
	case r >= 0x2010 && r <= 0x203B: // dashes, quotes, ellipsis, ※
		return true
	case r >= 0x2460 && r <= 0x24FF: // ① and other enclosed numbers
		return true
	case r >= 0x2160 && r <= 0x217F: // Roman numerals
		return true
	case r == 0x00B7 || r == 0x00D7 || r == 0x00F7 || r == 0x00B0 || r == 0x20AC || r == 0x2103:
		return true // · × ÷ ° € ℃
	case r >= 0x3400 && r <= 0x4DBF: // CJK Extension A
		return true
	case r >= 0x2190 && r <= 0x22FF: // arrows, mathematical operators
		return true
	case r >= 0x2500 && r <= 0x25FF: // box drawing (a table's rules), blocks, ■ ▲ ●
		return true
	case r == 0x2605 || r == 0x2606 || r == 0x2116 || r == 0x00A7: // ★ ☆ № §
		return true
	}
	return false
}
