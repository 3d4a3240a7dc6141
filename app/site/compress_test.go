package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestLevelFor(t *testing.T) {
	for _, tc := range []struct {
		name     string
		encoding string
		fast     bool
		want     int
	}{
		{"/out/web/app.wasm", "br", false, brotli.BestCompression},
		{"/out/web/app.wasm", "gzip", false, gzip.BestCompression},
		{"/out/app.js", "br", false, brotli.BestCompression},
		{"/out/web/parser.wasm", "br", false, parserLevel},
		{"/out/web/parser.wasm", "gzip", false, gzip.BestCompression},
		{"/out/web/app.css", "br", false, brotli.BestCompression},
		{"/out/web/data/text-000.bin", "br", false, dataLevel},
		{"/out/web/data/text-000.bin", "gzip", false, gzip.DefaultCompression},
		{"/out/web/data/index-000.bin", "br", false, dataLevel},
		{"/out/doc/gen_000001.html", "br", false, dataLevel},
		{"/out/index.html", "gzip", false, gzip.DefaultCompression},
		{"/out/index.html", "br", true, 6},
		{"/out/web/app.wasm", "br", true, 6},
		{"/out/index.html", "gzip", true, gzip.DefaultCompression},
	} {
		if got := levelFor(tc.name, tc.encoding, tc.fast); got != tc.want {
			t.Errorf("levelFor(%s, %s, fast %v) = %d, want %d", tc.name, tc.encoding, tc.fast, got, tc.want)
		}
	}
}

// TestCompressCached checks that a large file is compressed once: the
// second call reads the cache (seen by planting a marker in it), and that
// what is compressed decodes to the data.
func TestCompressCached(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	data := bytes.Repeat([]byte("人民代表大会 "), cacheMin/10)
	b, err := compressCached(data, "br", 5, true)
	if err != nil {
		t.Fatal(err)
	}
	back, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil || !bytes.Equal(back, data) {
		t.Fatalf("round trip: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "renda", "compressed", "*-br-5-2"))
	if len(files) != 1 {
		t.Fatalf("cache holds %v, want one file", files)
	}
	if err := os.WriteFile(files[0], []byte("marker"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, _ := compressCached(data, "br", 5, true); string(again) != "marker" {
		t.Error("second compression did not read the cache")
	}
	if small, _ := compressCached([]byte("小"), "br", 5, true); string(small) == "marker" {
		t.Error("a small file read the cache")
	}
	// One window tried is cached apart from two.
	if one, _ := compressCached(data, "br", 5, false); string(one) == "marker" {
		t.Error("a compression trying one window read the copy of one trying two")
	}
	if files, _ := filepath.Glob(filepath.Join(cache, "renda", "compressed", "*-br-5-1")); len(files) != 1 {
		t.Errorf("cache holds %v for one window, want one file", files)
	}
}

// TestEncodeWindows checks that the two-window brotli encoding decodes to
// the input and is no larger than either window's.
func TestEncodeWindows(t *testing.T) {
	var data []byte
	for i := range 20000 {
		data = append(data, []byte("renda "+string(rune('a'+i%26))+" 人大 ")...)
	}
	var got bytes.Buffer
	if err := encodeWindows(&got, data); err != nil {
		t.Fatal(err)
	}
	back, err := io.ReadAll(brotli.NewReader(bytes.NewReader(got.Bytes())))
	if err != nil || !bytes.Equal(back, data) {
		t.Fatalf("decoding: %v, %d bytes back of %d", err, len(back), len(data))
	}
	for _, lgwin := range []int{22, 24} {
		var b bytes.Buffer
		w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: lgwin})
		w.Write(data)
		w.Close()
		if got.Len() > b.Len() {
			t.Errorf("%d bytes, larger than window %d's %d", got.Len(), lgwin, b.Len())
		}
	}
}
