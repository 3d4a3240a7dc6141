package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// serverTree writes a small site: plain, .br and .gz variants carry
// different bodies so that the test sees which one was sent.
func serverTree(t *testing.T, with404 bool) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":            "index",
		"timeline.html":         "timeline",
		"doc/a.html":            "doc a",
		"doc/人大.html":           "doc 人大",
		"app-worker.js":         "worker",
		"manifest.webmanifest":  "{}",
		"web/app.wasm":          "wasm",
		"web/app.wasm.br":       "wasm-br",
		"web/app.wasm.gz":       "wasm-gz",
		"web/data/pack.json":    "pack",
		"web/data/pack.json.gz": "pack-gz",
		"web/icons/icon.svg":    "<svg/>",
		"web/icons/a.png":       "png",
		markerFile:              "v",
	}
	if with404 {
		files["404.html"] = "not found"
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFileServer(t *testing.T) {
	srv := httptest.NewServer(FileServer(serverTree(t, true), "/renda/"))
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	tests := []struct {
		path, accept string
		status       int
		body         string
		ctype        string
		encoding     string
		noCache      bool
	}{
		{"/renda/", "", 200, "index", "text/html; charset=utf-8", "", true},
		{"/renda/index.html", "", 200, "index", "text/html; charset=utf-8", "", true},
		{"/renda/timeline", "", 200, "timeline", "text/html; charset=utf-8", "", true},
		{"/renda/timeline?q=x", "", 200, "timeline", "text/html; charset=utf-8", "", true},
		{"/renda/doc/a", "", 200, "doc a", "text/html; charset=utf-8", "", true},
		{"/renda/doc/%E4%BA%BA%E5%A4%A7", "", 200, "doc 人大", "text/html; charset=utf-8", "", true},
		{"/renda/doc/b", "", 404, "not found", "text/html; charset=utf-8", "", true},
		{"/renda/no/such/page", "", 404, "not found", "text/html; charset=utf-8", "", true},
		{"/renda/../etc/passwd", "", 404, "not found", "text/html; charset=utf-8", "", true},
		{"/renda/" + markerFile, "", 404, "not found", "text/html; charset=utf-8", "", true},
		{"/other/", "", 404, "not found", "text/html; charset=utf-8", "", true},
		{"/renda/app-worker.js", "", 200, "worker", "text/javascript; charset=utf-8", "", true},
		{"/renda/manifest.webmanifest", "", 200, "{}", "application/manifest+json", "", true},
		{"/renda/web/app.wasm", "", 200, "wasm", "application/wasm", "", true},
		{"/renda/web/app.wasm", "gzip, deflate, br, zstd", 200, "wasm-br", "application/wasm", "br", true},
		{"/renda/web/app.wasm", "gzip", 200, "wasm-gz", "application/wasm", "gzip", true},
		{"/renda/web/app.wasm", "br;q=0, gzip", 200, "wasm-gz", "application/wasm", "gzip", true},
		{"/renda/web/app.wasm", "identity", 200, "wasm", "application/wasm", "", true},
		{"/renda/web/app.wasm", "*", 200, "wasm-br", "application/wasm", "br", true},
		{"/renda/web/data/pack.json", "br, gzip", 200, "pack-gz", "application/json", "gzip", true},
		{"/renda/web/icons/icon.svg", "br", 200, "<svg/>", "image/svg+xml", "", true},
		{"/renda/web/icons/a.png", "br", 200, "png", "image/png", "", true},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.accept) // "" asks for none
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		h := resp.Header
		if resp.StatusCode != tt.status || string(body) != tt.body || h.Get("Content-Type") != tt.ctype ||
			h.Get("Content-Encoding") != tt.encoding {
			t.Errorf("GET %s (Accept-Encoding %q) = %d %q, %s, encoding %q; want %d %q, %s, encoding %q",
				tt.path, tt.accept, resp.StatusCode, body, h.Get("Content-Type"), h.Get("Content-Encoding"),
				tt.status, tt.body, tt.ctype, tt.encoding)
		}
		if tt.noCache && h.Get("Cache-Control") != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", tt.path, h.Get("Cache-Control"))
		}
		if compressible[filepath.Ext(tt.path)] && h.Get("Vary") != "Accept-Encoding" {
			t.Errorf("GET %s: Vary %q, want Accept-Encoding", tt.path, h.Get("Vary"))
		}
		if h.Get("Content-Type") == "text/html; charset=utf-8" && h.Get("Content-Security-Policy") != CSP {
			t.Errorf("GET %s: no CSP header", tt.path)
		}
	}

	for path, want := range map[string]string{"/renda": "/renda/", "/": "/renda/"} {
		resp, err := client.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
			t.Errorf("GET %s = %d to %q, want a redirect to %s", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}

	resp, err := client.Post(srv.URL+"/renda/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST = %d, want 405", resp.StatusCode)
	}
}

// Encoded variants have their own ETag, and a conditional request is
// answered with 304.
func TestFileServerETags(t *testing.T) {
	srv := httptest.NewServer(FileServer(serverTree(t, true), "/"))
	defer srv.Close()
	get := func(accept, etag string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+"/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	br, plain := get("br", "").Header.Get("ETag"), get("", "").Header.Get("ETag")
	if br == "" || br == plain {
		t.Errorf("ETags br %q, plain %q: want two different ones", br, plain)
	}
	if s := get("br", br).StatusCode; s != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", s)
	}
}

// Without a 404.html, unknown paths get the app shell (index.html) as in
// single-page hosting.
func TestFileServerFallsBackToIndex(t *testing.T) {
	srv := httptest.NewServer(FileServer(serverTree(t, false), "/"))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/doc/unknown")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "index" {
		t.Errorf("GET /doc/unknown = %d %q, want 200 index", resp.StatusCode, body)
	}
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"", "br", false},
		{"br", "br", true},
		{"gzip, deflate, br", "br", true},
		{"gzip;q=1.0, br;q=0.5", "br", true},
		{"br;q=0", "br", false},
		{"br;q=0.000", "br", false},
		{"BR", "br", true},
		{"*", "gzip", true},
		{"*;q=0", "gzip", false},
		{"*, br;q=0", "br", false},
		{"br;q=0, *", "br", false},
		{"gzip", "br", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.coding); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}
