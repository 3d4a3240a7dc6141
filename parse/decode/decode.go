// Package decode turns the raw bytes of a report into UTF-8 text.
//
// Reports arrive as UTF-8 (with or without a byte order mark), as UTF-16
// with a byte order mark, or as GB18030/GBK from older Chinese sites. Bytes
// detects which, decodes, strips the byte order mark and normalises line
// endings to "\n". It refuses binary data, truncated text and bytes that
// read as neither UTF-8 nor plausible GB18030 Chinese.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Encoding names the encoding a text was read in.
type Encoding string

// The encodings Bytes recognises.
const (
	UTF8    Encoding = "utf-8"     // UTF-8 without a byte order mark
	UTF8BOM Encoding = "utf-8-bom" // UTF-8 with a byte order mark
	UTF16LE Encoding = "utf-16le"  // UTF-16, little endian, with a byte order mark
	UTF16BE Encoding = "utf-16be"  // UTF-16, big endian, with a byte order mark
	GB18030 Encoding = "gb18030"   // GB18030, which includes GBK and GB2312
)

// Reasons Bytes gives for refusing input. The errors it returns wrap one of
// these (test with errors.Is) and add detail; none names the file, which
// the caller adds.
var (
	// ErrEmpty: no bytes, or only white space.
	ErrEmpty = errors.New("empty file")
	// ErrBinary: NUL bytes or many control characters, as in images or
	// archives.
	ErrBinary = errors.New("binary data, not text")
	// ErrTruncated: the text ends in the middle of a character.
	ErrTruncated = errors.New("truncated text")
	// ErrUnknownEncoding: neither UTF-8, UTF-16 with a byte order mark, nor
	// plausible GB18030 text.
	ErrUnknownEncoding = errors.New("unknown encoding")
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Bytes decodes data to UTF-8 text with "\n" line endings and reports the
// encoding it was read in. It never panics; on error the text is "".
func Bytes(data []byte) (string, Encoding, error) {
	var (
		s   string
		enc Encoding
		err error
	)
	switch {
	case len(data) == 0:
		return "", "", ErrEmpty
	case bytes.HasPrefix(data, bomUTF8):
		enc = UTF8BOM
		s, err = fromUTF8(data[len(bomUTF8):])
	case bytes.HasPrefix(data, bomUTF16LE):
		enc = UTF16LE
		s, err = fromUTF16(data[len(bomUTF16LE):], false)
	case bytes.HasPrefix(data, bomUTF16BE):
		enc = UTF16BE
		s, err = fromUTF16(data[len(bomUTF16BE):], true)
	default:
		if err := checkBinary(data); err != nil {
			return "", "", err
		}
		if utf8.Valid(data) {
			enc, s = UTF8, string(data)
			break
		}
		if cut, ok := truncatedUTF8(data); ok {
			return "", "", fmt.Errorf("%w: UTF-8 cut in the middle of a character at byte %d", ErrTruncated, cut)
		}
		enc = GB18030
		s, err = fromGB18030(data)
	}
	if err != nil {
		return "", "", err
	}
	if isBlank(s) {
		return "", "", ErrEmpty
	}
	return normaliseNewlines(s), enc, nil
}

// fromUTF8 checks UTF-8 that followed a byte order mark.
func fromUTF8(data []byte) (string, error) {
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if cut, ok := truncatedUTF8(data); ok {
		return "", fmt.Errorf("%w: UTF-8 cut in the middle of a character at byte %d", ErrTruncated, cut+len(bomUTF8))
	}
	return "", fmt.Errorf("%w: UTF-8 byte order mark followed by invalid UTF-8", ErrUnknownEncoding)
}

// truncatedUTF8 reports whether data is valid UTF-8 except for an
// incomplete character at its very end, and where that character starts.
func truncatedUTF8(data []byte) (int, bool) {
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if data[i] < 0xC2 || data[i] > 0xF4 || utf8.FullRune(data[i:]) {
				return 0, false
			}
			return i, utf8.Valid(data[:i])
		}
	}
	return 0, false
}

// checkBinary refuses data with NUL bytes or a high share of control
// characters other than white space.
func checkBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	ctl := 0
	for _, c := range data {
		if c < 0x20 && !isSpaceCtl(c) || c == 0x7F {
			ctl++
		}
	}
	if tooManyControls(ctl, len(data)) {
		return fmt.Errorf("%w: %d control bytes in %d", ErrBinary, ctl, len(data))
	}
	return nil
}

// isSpaceCtl reports whether control byte c is one that text uses: tab,
// line feed, vertical tab, form feed or carriage return.
func isSpaceCtl(c byte) bool { return c >= '\t' && c <= '\r' }

// tooManyControls is the binary threshold: more than 1 control character
// in 100, and at least 2 of them unless the text is tiny.
func tooManyControls(ctl, total int) bool {
	return ctl > 0 && ctl*100 > total && (ctl >= 2 || total < 50)
}

// isBlank reports whether s holds only white space (including U+3000, NBSP
// and stray byte order marks).
func isBlank(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == '\uFEFF' || r == '\u00A0' || r == '\u3000' || r == ' ' || r >= '\t' && r <= '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' || r >= '\u2000' && r <= '\u200B'
	}) == ""
}

// normaliseNewlines turns "\r\n" and lone "\r" into "\n".
func normaliseNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\r' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
	}
	return b.String()
}
