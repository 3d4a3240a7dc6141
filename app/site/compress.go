package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions of files worth compressing.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".json": true, ".wasm": true,
	".webmanifest": true, ".svg": true, ".txt": true, ".bin": true,
}

// compressMin is the size under which a file is served as it is.
const compressMin = 1 << 10

// Encodings a file may be stored in beside the original, in the server's
// order of preference.
var encodings = []struct {
	name string // Content-Encoding value
	ext  string // file name suffix
}{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// compressTree writes name.br and name.gz beside every compressible file of
// dir of at least compressMin bytes, on all cores; fast trades size for
// time (brotli level 11 takes ~18 s on a 7 MB app.wasm, level 6 0.5 s for
// 15 % more). A compressed copy that is not smaller is not written.
func compressTree(dir string, fast bool) error {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(p)] {
			return err
		}
		info, err := d.Info()
		if err == nil && info.Size() >= compressMin {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("compressing: %w", err)
	}
	// The biggest files first, so that app.wasm does not start last.
	jobs := make(chan string, len(names))
	for _, n := range names {
		if filepath.Ext(n) == ".wasm" {
			jobs <- n
		}
	}
	for _, n := range names {
		if filepath.Ext(n) != ".wasm" {
			jobs <- n
		}
	}
	close(jobs)

	errs := make(chan error, len(names))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				errs <- compressFile(n, fast)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// compressFile writes name.br and name.gz.
func compressFile(name string, fast bool) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("compressing: %w", err)
	}
	for _, e := range encodings {
		var b bytes.Buffer
		if err := encode(&b, e.name, data, fast); err != nil {
			return fmt.Errorf("compressing %s: %w", name, err)
		}
		if b.Len() >= len(data) {
			continue
		}
		if err := os.WriteFile(name+e.ext, b.Bytes(), 0o644); err != nil {
			return fmt.Errorf("compressing: %w", err)
		}
	}
	return nil
}

// encode writes data to w compressed with encoding ("br" or "gzip"), at the
// best ratio unless fast.
func encode(w io.Writer, encoding string, data []byte, fast bool) error {
	var zw io.WriteCloser
	switch encoding {
	case "br":
		level := brotli.BestCompression
		if fast {
			level = 6
		}
		zw = brotli.NewWriterLevel(w, level)
	case "gzip":
		level := gzip.BestCompression
		if fast {
			level = gzip.DefaultCompression
		}
		var err error
		if zw, err = gzip.NewWriterLevel(w, level); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown encoding %q", encoding)
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}
