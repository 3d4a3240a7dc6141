package reader

import (
	"errors"
	"testing"

	"renda/app/importer"
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
