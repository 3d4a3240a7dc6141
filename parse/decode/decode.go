// Package decode turns the raw bytes of a report into UTF-8 text.
package decode

import (
	"errors"
	"unicode/utf8"
)

// Encoding names the encoding a text was read in.
type Encoding string

// ErrEmpty is returned for input with no text.
var ErrEmpty = errors.New("empty file")

// Bytes decodes data. (Stub: UTF-8 only; the real detector replaces it.)
func Bytes(data []byte) (string, Encoding, error) {
	if len(data) == 0 {
		return "", "", ErrEmpty
	}
	if !utf8.Valid(data) {
		return "", "", errors.New("not UTF-8")
	}
	return string(data), "utf-8", nil
}
