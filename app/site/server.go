package site

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// contentTypes overrides the system MIME table for the types the explorer
// depends on.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
}

// FileServer serves the static site in dir under the URL path base ("/" or
// e.g. "/renda/") the way static hosts do: /doc/x is doc/x.html, a directory
// is its index.html, an unknown path gets 404.html with status 404 (or
// index.html with 200 when there is no 404.html). A file with a .br or .gz
// sibling is sent compressed when the client accepts it. Pages and the
// service worker are sent with Cache-Control: no-cache, and pages with the
// explorer's Content-Security-Policy.
func FileServer(dir, base string) http.Handler {
	base = "/" + strings.Trim(base, "/") + "/"
	if base == "//" {
		base = "/"
	}
	return &fileServer{root: dir, base: base}
}

type fileServer struct {
	root string // directory served
	base string // URL path prefix, with both slashes
}

func (s *fileServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if p+"/" == s.base || (p == "/" && s.base != "/") {
		http.Redirect(w, r, s.base, http.StatusMovedPermanently)
		return
	}
	rel, ok := strings.CutPrefix(p, s.base)
	if !ok {
		s.notFound(w, r)
		return
	}
	name, ok := s.lookup(rel)
	if !ok {
		s.notFound(w, r)
		return
	}
	s.serveFile(w, r, name, http.StatusOK)
}

// lookup maps a URL path relative to the base to a file: the file itself,
// its index.html if it is a directory, else the path plus .html.
func (s *fileServer) lookup(rel string) (string, bool) {
	rel = path.Clean("/" + rel)[1:]
	if rel == "" {
		rel = "index.html"
	}
	for _, name := range []string{rel, path.Join(rel, "index.html"), rel + ".html"} {
		if path.Base(name) == markerFile || strings.HasPrefix(path.Base(name), ".renda-build-") {
			continue
		}
		info, err := os.Stat(s.path(name))
		if err == nil && info.Mode().IsRegular() {
			return name, true
		}
	}
	return "", false
}

func (s *fileServer) path(name string) string {
	return filepath.Join(s.root, filepath.FromSlash(name))
}

func (s *fileServer) notFound(w http.ResponseWriter, r *http.Request) {
	if _, err := os.Stat(s.path("404.html")); err == nil {
		s.serveFile(w, r, "404.html", http.StatusNotFound)
		return
	}
	if _, err := os.Stat(s.path("index.html")); err == nil {
		s.serveFile(w, r, "index.html", http.StatusOK)
		return
	}
	http.NotFound(w, r)
}

// serveFile sends the file name (slash path relative to the root), or its
// compressed sibling, with status (200 allows conditional and range
// requests).
func (s *fileServer) serveFile(w http.ResponseWriter, r *http.Request, name string, status int) {
	h := w.Header()
	ext := path.Ext(name)
	ctype, ok := contentTypes[ext]
	if !ok {
		ctype = mime.TypeByExtension(ext)
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	h.Set("X-Content-Type-Options", "nosniff")
	// Every file keeps its name from build to build: revalidate each time
	// (the worker serves the app offline and fast).
	h.Set("Cache-Control", "no-cache")
	if ext == ".html" {
		h.Set("Content-Security-Policy", CSP)
	}

	file := s.path(name)
	encoding := ""
	if compressible[ext] {
		h.Add("Vary", "Accept-Encoding")
		for _, e := range encodings {
			if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
				continue
			}
			if _, err := os.Stat(file + e.ext); err == nil {
				file, encoding = file+e.ext, e.name
				break
			}
		}
	}
	f, err := os.Open(file)
	if err != nil {
		http.Error(w, "cannot open "+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("ETag", fmt.Sprintf(`"%x-%x%s"`, info.ModTime().UnixNano(), info.Size(), encoding))
	if status != http.StatusOK {
		h.Set("Content-Length", fmt.Sprint(info.Size()))
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = io.Copy(w, f)
		}
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// accepts reports whether the Accept-Encoding header value allows coding:
// it is listed, or "*" is and coding is not, with a q-value above 0.
func accepts(header, coding string) bool {
	star := false
	for part := range strings.SplitSeq(header, ",") {
		fields := strings.Split(part, ";")
		name := strings.ToLower(strings.TrimSpace(fields[0]))
		if name != coding && name != "*" {
			continue
		}
		q := 1.0
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(f), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if x, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = x
				}
			}
		}
		if name == coding {
			return q > 0
		}
		star = q > 0
	}
	return star
}
