package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
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
//
// ahead holds the files whose compression started earlier (compressAhead),
// by slash path in dir: their results are written when they come.
func compressTree(dir string, fast bool, ahead map[string]<-chan compressed) error {
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
				rel, err := filepath.Rel(dir, n)
				if ch, ok := ahead[filepath.ToSlash(rel)]; ok && err == nil {
					c := <-ch
					errs <- c.write(n)
					continue
				}
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
	return compress(name, data, fast).write(name)
}

// compressed are the compressed copies of a file by file name suffix (a
// copy that is not smaller is left out), or why compressing failed.
type compressed struct {
	copies map[string][]byte
	err    error
}

// compress compresses data, the content of the file name, in every
// encoding.
func compress(name string, data []byte, fast bool) compressed {
	c := compressed{copies: map[string][]byte{}}
	for _, e := range encodings {
		level := levelFor(name, e.name, fast)
		b, err := compressCached(data, e.name, level, filepath.Base(name) == "app.wasm")
		if err != nil {
			return compressed{err: fmt.Errorf("compressing %s: %w", name, err)}
		}
		if len(b) < len(data) {
			c.copies[e.ext] = b
		}
	}
	return c
}

// write writes the copies beside name.
func (c compressed) write(name string) error {
	if c.err != nil {
		return c.err
	}
	for ext, b := range c.copies {
		if err := os.WriteFile(name+ext, b, 0o644); err != nil {
			return fmt.Errorf("compressing: %w", err)
		}
	}
	return nil
}

// compressAhead starts compressing data, the content of the file name, on
// its own goroutine: the build's wasm is known from the start, and its
// brotli 11 takes most of a first build (about a minute of CPU on two
// modules), which then overlaps the rest of the build.
func compressAhead(name string, data []byte, fast bool) <-chan compressed {
	ch := make(chan compressed, 1)
	go func() { ch <- compress(name, data, fast) }()
	return ch
}

// The corpus's files, its data (web/data/) and its prerendered pages
// (.html: one per document, thousands), are compressed at dataLevel rather
// than the best: brotli 11 runs at about 1 MB/s. At 10,000 reports, brotli
// 11 took 22 s on the records against 0.5 s at 7 for 10% more bytes, 69 s
// of CPU on the 3,000 pages (13 MB) against about 3 s for 16% more (0.2 KB
// a page), and 10 s on the 26 shards of the text index against 0.5 s for
// 16% more. The app's own files (app.wasm, scripts, styles) get the best.
const dataLevel = 7

// parserLevel is parser.wasm's brotli level: it is fetched only to import
// documents, once, and brotli 11 took 12–16 s of a first build's CPU on it
// (1.14 MB) against 0.9 s at 9 (1.29 MB).
const parserLevel = 9

// levelFor returns the compression level of a file: the best for the app's
// own files (app.wasm is cached, see compressCached) but parser.wasm,
// quicker for the corpus's data and pages, and quick for everything when
// fast is set.
func levelFor(name string, encoding string, fast bool) int {
	corpus := strings.Contains(filepath.ToSlash(name), "/web/data/") || filepath.Ext(name) == ".html"
	switch {
	case encoding == "gzip" && (fast || corpus):
		return gzip.DefaultCompression
	case encoding == "gzip":
		return gzip.BestCompression
	case fast:
		return 6
	case corpus:
		return dataLevel
	case filepath.Base(name) == "parser.wasm":
		return parserLevel
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
//
// windows asks brotli at the best level to try both windows on a file
// larger than the default one (encodeWindows): worth it for app.wasm, which
// every first visit downloads, not for parser.wasm, fetched only to
// import documents (the two windows differed by 0.8 KB on it).
func compressCached(data []byte, encoding string, level int, windows bool) ([]byte, error) {
	var path string
	if dir, err := os.UserCacheDir(); err == nil && len(data) >= cacheMin {
		sum := sha256.Sum256(data)
		tries := 1 // how many brotli windows the best level tries
		if windows {
			tries = 2
		}
		path = filepath.Join(dir, "renda", "compressed", fmt.Sprintf("%x-%s-%d-%d", sum[:16], encoding, level, tries))
		if b, err := os.ReadFile(path); err == nil {
			return b, nil
		}
	}
	var b bytes.Buffer
	if err := encode(&b, encoding, data, level, windows); err != nil {
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

// encode compresses data to w with the encoding at the level; windows:
// see compressCached.
func encode(w io.Writer, encoding string, data []byte, level int, windows bool) error {
	var zw io.WriteCloser
	switch {
	case encoding == "br" && level == brotli.BestCompression && len(data) > 1<<22 && windows:
		return encodeWindows(w, data)
	case encoding == "br" && level == brotli.BestCompression && len(data) > 1<<22:
		// The largest window browsers decode: parser.wasm is 5 MB.
		zw = brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: level, LGWin: 24})
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
// decode), computed at once on two cores (each takes 15–30 s on app.wasm).
// For a file larger than the default window, app.wasm, which one wins
// depends on where repeated code lies: on the same 10 MB module the two
// differed by up to 35 KB either way.
func encodeWindows(w io.Writer, data []byte) error {
	lgwins := []int{22, 24}
	out := make([][]byte, len(lgwins))
	errs := make([]error, len(lgwins))
	var wg sync.WaitGroup
	for i, lgwin := range lgwins {
		wg.Go(func() {
			var b bytes.Buffer
			zw := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: lgwin})
			if _, err := zw.Write(data); err != nil {
				errs[i] = err
				return
			}
			errs[i] = zw.Close()
			out[i] = b.Bytes()
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	best := out[0]
	for _, b := range out[1:] {
		if len(b) < len(best) {
			best = b
		}
	}
	_, err := w.Write(best)
	return err
}
