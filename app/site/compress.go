package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
		level := levelFor(name, len(data), e.name, fast)
		b, err := compressCached(data, e.name, level)
		if err != nil {
			return fmt.Errorf("compressing %s: %w", name, err)
		}
		if len(b) >= len(data) {
			continue
		}
		if err := os.WriteFile(name+e.ext, b, 0o644); err != nil {
			return fmt.Errorf("compressing: %w", err)
		}
	}
	return nil
}

// Data files over dataFast bytes are compressed at dataLevel rather than
// the best: for the records of 10,000 reports brotli 11 took 22 s and
// brotli 7 0.5 s for 10% more bytes, and a corpus's text shards are
// hundreds of megabytes.
const (
	dataFast  = 256 << 10
	dataLevel = 7
)

// levelFor returns the compression level of a file: the best for the app's
// own files (app.wasm is cached, see compressCached), quicker for large
// data files, and quick for everything when fast is set.
func levelFor(name string, size int, encoding string, fast bool) int {
	data := size > dataFast && strings.Contains(filepath.ToSlash(name), "/web/data/")
	switch {
	case encoding == "gzip" && (fast || data):
		return gzip.DefaultCompression
	case encoding == "gzip":
		return gzip.BestCompression
	case fast:
		return 6
	case data:
		return dataLevel
	}
	return brotli.BestCompression
}

// cacheMin is the size from which compressed files are kept in the user's
// cache directory by content: brotli 11 takes about a minute for app.wasm,
// which changes only with the code.
const cacheMin = 1 << 20

// compressCached compresses data, reusing a copy cached by content, level
// and encoding for large files. The cache is an optimisation only: any
// failure to read or write it falls back to compressing.
func compressCached(data []byte, encoding string, level int) ([]byte, error) {
	var path string
	if dir, err := os.UserCacheDir(); err == nil && len(data) >= cacheMin {
		sum := sha256.Sum256(data)
		path = filepath.Join(dir, "renda", "compressed", fmt.Sprintf("%x-%s-%d-2", sum[:16], encoding, level)) // 2: brotli 11 tries two windows
		if b, err := os.ReadFile(path); err == nil {
			return b, nil
		}
	}
	var b bytes.Buffer
	if err := encode(&b, encoding, data, level); err != nil {
		return nil, err
	}
	if path != "" && os.MkdirAll(filepath.Dir(path), 0o755) == nil {
		tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
		if os.WriteFile(tmp, b.Bytes(), 0o644) == nil {
			_ = os.Rename(tmp, path)
		}
	}
	return b.Bytes(), nil
}

// encode compresses data to w with the encoding at the level.
func encode(w io.Writer, encoding string, data []byte, level int) error {
	var zw io.WriteCloser
	switch {
	case encoding == "br" && level == brotli.BestCompression && len(data) > 1<<22:
		return encodeWindows(w, data)
	case encoding == "br":
		zw = brotli.NewWriterLevel(w, level)
	case encoding == "gzip":
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

// encodeWindows writes the smaller of data's best brotli encodings with a
// window of 4 MiB (the default) and of 16 MiB (the largest browsers
// decode). For a file larger than the default window, app.wasm, which one
// wins depends on where repeated code lies: on the same 10 MB module the
// two differed by up to 34 KB either way.
func encodeWindows(w io.Writer, data []byte) error {
	var best []byte
	for _, lgwin := range []int{22, 24} {
		var b bytes.Buffer
		zw := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: lgwin})
		if _, err := zw.Write(data); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if best == nil || b.Len() < len(best) {
			best = b.Bytes()
		}
	}
	_, err := w.Write(best)
	return err
}
