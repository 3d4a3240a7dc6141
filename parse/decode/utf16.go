package decode

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// fromUTF16 decodes UTF-16 that followed a byte order mark. Unpaired
// surrogates inside the text become U+FFFD; a text that ends in the middle
// of a code unit or of a surrogate pair is truncated.
func fromUTF16(data []byte, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 with an odd number of bytes (%d)", ErrTruncated, len(data)+2)
	}
	if n := len(data); n >= 2 {
		last := uint16(data[n-2]) | uint16(data[n-1])<<8
		if bigEndian {
			last = uint16(data[n-2])<<8 | uint16(data[n-1])
		}
		if utf16.IsSurrogate(rune(last)) && last < 0xDC00 {
			return "", fmt.Errorf("%w: UTF-16 ends with half a surrogate pair", ErrTruncated)
		}
	}
	order := unicode.LittleEndian
	if bigEndian {
		order = unicode.BigEndian
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: UTF-16: %v", ErrUnknownEncoding, err)
	}
	if !utf8.Valid(out) {
		return "", fmt.Errorf("%w: UTF-16 decoded to invalid UTF-8", ErrUnknownEncoding)
	}
	if err := checkBinary(out); err != nil {
		return "", err
	}
	return string(out), nil
}
