package reader

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"renda/app/importer"
	"renda/parse"
	"renda/parse/decode"
)

// TestReadReasons gives every refused file the reason the report shows,
// and keeps decode's sentinel reachable.
func TestReadReasons(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want importer.Reason
		is   error
	}{
		{"empty.txt", "", importer.ReasonEmpty, decode.ErrEmpty},
		{"image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", importer.ReasonNotText, decode.ErrBinary},
		{"latin1.txt", "caf\xe9 na\xefve \xe0 la cr\xe8me br\xfbl\xe9e, r\xe9sum\xe9", importer.ReasonEncoding, decode.ErrUnknownEncoding},
		{"page.html", "<html><script>x</script></html>", importer.ReasonEmpty, decode.ErrEmpty},
	} {
		_, err := Read(tt.name, []byte(tt.data))
		var re *importer.ReadError
		if !errors.As(err, &re) || re.Reason != tt.want || !errors.Is(err, tt.is) {
			t.Errorf("%s: %v (%T), want reason %s", tt.name, err, err, tt.want)
		}
		if got := ReasonOf(err); got != tt.want {
			t.Errorf("%s: ReasonOf = %s, want %s", tt.name, got, tt.want)
		}
	}
	doc, err := Read("会议.txt", []byte("青山县第十八届人民代表大会第三次会议闭幕\n"))
	if err != nil || doc.Locality != "青山县" || doc.ID != "会议" {
		t.Errorf("report: %+v, %v", doc.Record, err)
	}
}

func TestAccepts(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "a.TXT": true, "b/page.html": true, "c.HTM": true, "d.xhtml": true, "e.shtml": true,
		"notes.md": false, "data.json": false, "image.png": false, "txt": false, "a.txt.bak": false,
	} {
		if got := Accepts(name); got != want {
			t.Errorf("Accepts(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestReport reads reports as dist and the CLI do: a saved page, GBK as
// it declares, reduced to its text; a text file decoded.
func TestReport(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta charset="gb2312"><title>站名</title></head>
<body><nav>首页 | 新闻</nav><div class="content"><p>青山县第十八届人民代表大会第三次会议闭幕</p>
<p>2月8日上午，青山县第十八届人民代表大会第三次会议胜利闭幕。</p></div></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	// A page's source saved as .txt, or with no extension, is read as a
	// page too: by its first bytes.
	for _, name := range []string{"sub/闭幕.html", "闭幕.shtml", "闭幕.txt", "闭幕"} {
		rec, text, err := Report(name, []byte(gbk))
		if err != nil || rec.ID != "闭幕" || rec.Locality != "青山县" || rec.Term != 18 || rec.Session != 3 {
			t.Errorf("%s: %+v, %v", name, rec, err)
		}
		if strings.ContainsAny(text, "<>") || !strings.Contains(text, "胜利闭幕") {
			t.Errorf("%s: text %q, want the page's text without markup", name, text)
		}
	}
	rec, text, err := Report("会议.txt", []byte("青山县第十八届人民代表大会第三次会议闭幕\n"))
	if err != nil || rec.Locality != "青山县" || text != "青山县第十八届人民代表大会第三次会议闭幕\n" {
		t.Errorf("text file: %+v, %q, %v", rec, text, err)
	}
	// (A file over parse.MaxBytes, 256 MB, is refused before it is read
	// further; its error has the import report's reason.)
	if got := ReasonOf(fmt.Errorf("%w (1 bytes)", parse.ErrTooLarge)); got != importer.ReasonTooLarge {
		t.Errorf("ReasonOf(too large) = %s", got)
	}
}
