package decode

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "山亭区第十届人民代表大会第二次会议胜利闭幕\r\n2月10日下午，会议应到代表２００名，实到１９８名。\r\n（记者 张三）"

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// boxTable is a results table drawn with box characters, as e-papers set
// one: as many rules as words.
const boxTable = "表决结果如下：\n┌──────────────────┬────┬───┐\n│ 决议名称　　　　　　　　　　　│ 赞成 │ 反对 │\n├──────────────────┼────┼───┤\n│ 关于政府工作报告的决议　　　　│ 485  │  1   │\n└──────────────────┴────┴───┘\n★ № § → ■"

func TestBytes(t *testing.T) {
	want := strings.ReplaceAll(sample, "\r\n", "\n")
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	latin1 := []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9 \xe0 la fran\xe7aise. M\xfcller \xdcbergr\xf6\xdfe.")
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 512)
	for i := range random {
		random[i] = byte(0x80 + rng.IntN(0x80))
	}
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     Encoding
		wantErr error
	}{
		{"utf-8", []byte(sample), want, UTF8, nil},
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf"), sample...), want, UTF8BOM, nil},
		{"gbk", encode(t, simplifiedchinese.GBK, sample), want, GB18030, nil},
		{"gb18030", encode(t, simplifiedchinese.GB18030, sample+"€𠀀"), want + "€𠀀", GB18030, nil},
		{"gb18030 holding a U+FFFD of its own (a mojibake line)", encode(t, simplifiedchinese.GB18030, sample+"氶\uFFFD栭〉"), want + "氶\uFFFD栭〉", GB18030, nil},
		{"gbk table drawn with box characters", encode(t, simplifiedchinese.GBK, boxTable), boxTable, GB18030, nil},
		{"utf-16le", encode(t, utf16le, sample), want, UTF16LE, nil},
		{"utf-16be", encode(t, utf16be, sample), want, UTF16BE, nil},
		{"utf-16le astral", encode(t, utf16le, "会议𠀀"), "会议𠀀", UTF16LE, nil},
		{"lone CR", []byte("a\rb\r\nc\n\rd"), "a\nb\nc\n\nd", UTF8, nil},
		{"ascii", []byte("hello"), "hello", UTF8, nil},
		{"empty", nil, "", "", ErrEmpty},
		{"whitespace", []byte(" \t\r\n\u3000\u00a0 "), "", "", ErrEmpty},
		{"BOM only", []byte("\xef\xbb\xbf"), "", "", ErrEmpty},
		{"utf-16 BOM only", []byte("\xff\xfe"), "", "", ErrEmpty},
		{"utf-16 spaces", encode(t, utf16le, "  \n"), "", "", ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "", "", ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00"), "", "", ErrBinary},
		{"controls", []byte("abc\x01\x02\x03\x04def"), "", "", ErrBinary},
		{"utf-16 with NUL", encode(t, utf16le, "a\x00b"), "", "", ErrBinary},
		{"truncated utf-16", encode(t, utf16le, sample)[:11], "", "", ErrTruncated},
		{"utf-16 half pair", encode(t, utf16be, "会𠀀")[:6], "", "", ErrTruncated},
		{"truncated utf-8", []byte(sample)[:len(sample)-2], "", "", ErrTruncated},
		{"truncated utf-8 2", []byte("会议"[:5]), "", "", ErrTruncated},
		{"truncated utf-8 BOM", []byte("\xef\xbb\xbf会议"[:8]), "", "", ErrTruncated},
		{"truncated gbk", encode(t, simplifiedchinese.GBK, "会议开幕")[:7], "", "", ErrTruncated},
		{"latin-1", latin1, "", "", ErrUnknownEncoding},
		{"random high bytes", random, "", "", ErrUnknownEncoding},
		{"bad utf-8 after BOM", []byte("\xef\xbb\xbf\xb8\xb8abc"), "", "", ErrUnknownEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Bytes(tt.in)
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("Bytes() error = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("Bytes() = %q, %q; want %q, %q", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("\x89PNG\x00"), []byte("\xff\xfea")} {
		_, _, err := Bytes(in)
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("Bytes(%q) error %v: want a one-line reason", in, err)
		}
	}
}

func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.ReplaceAll(string(data), "\r\n", "\n")
		for _, e := range []struct {
			enc  encoding.Encoding
			name Encoding
		}{
			{encoding.Nop, UTF8},
			{simplifiedchinese.GB18030, GB18030},
			{unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), UTF16LE},
		} {
			in := encode(t, e.enc, string(data))
			got, enc, err := Bytes(in)
			if err != nil || enc != e.name || got != want {
				t.Errorf("%s as %s: got %s, %v (text equal: %v)", f, e.name, enc, err, got == want)
			}
		}
	}
}

func FuzzBytes(f *testing.F) {
	seeds := []string{sample, "\xef\xbb\xbf会议", "\xff\xfea\x00", "\xfe\xff\x00a", "\x89PNG\r\n\x1a\n", "", "  ", "\xb8\xb8", "会议"[:4], "a\rb"}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Add(encode(f, simplifiedchinese.GBK, sample))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, enc, err := Bytes(data)
		if err != nil {
			if s != "" || enc != "" {
				t.Fatalf("error %v with output %q, %q", err, s, enc)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 output %q", s)
		}
		if strings.Contains(s, "\r") {
			t.Fatalf("output keeps a carriage return: %q", s)
		}
		if enc == "" {
			t.Fatal("no encoding reported")
		}
	})
}
