package reader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"renda/parse/decode"
)

// sniffLen is how far into a page its charset declaration is looked for,
// as browsers do (the HTML standard's prescan reads 1024 bytes; pages with
// long heads put it later, so look a little further).
const sniffLen = 4096

// declaredCharset returns the charset a page declares in <meta charset> or
// <meta http-equiv="Content-Type" content="…; charset=…">, lower case, ""
// when none.
func declaredCharset(data []byte) string {
	head := bytes.ToLower(data[:min(len(data), sniffLen)])
	for off := 0; ; {
		i := bytes.Index(head[off:], []byte("charset"))
		if i < 0 {
			return ""
		}
		off += i + len("charset")
		rest := bytes.TrimLeft(head[off:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		end := bytes.IndexAny(rest, " \t\r\n\"';/>")
		if end < 0 {
			end = len(rest)
		}
		if name := string(rest[:end]); name != "" {
			return name
		}
	}
}

// isGB reports whether a declared charset is one of the GB family, which
// GB18030 decodes.
func isGB(charset string) bool {
	switch charset {
	case "gbk", "gb2312", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "gb_2312-80", "csgb2312":
		return true
	}
	return false
}

// decodeHTML decodes a page's bytes: as GB18030 when it declares a GB
// charset and is not valid UTF-8 (a page saved as UTF-8 often keeps its old
// declaration), else as decode.Bytes detects (byte order marks, UTF-8,
// GB18030). Errors wrap decode's sentinels.
func decodeHTML(data []byte) (string, error) {
	cs := declaredCharset(data)
	if isGB(cs) && !utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) &&
		!bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", fmt.Errorf("%w: NUL byte in a %s page", decode.ErrBinary, cs)
		}
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: page declares %s but does not decode: %v", decode.ErrUnknownEncoding, cs, err)
		}
		return strings.ReplaceAll(string(out), "\r\n", "\n"), nil
	}
	s, _, err := decode.Bytes(data)
	return s, err
}
