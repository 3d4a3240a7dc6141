//go:build !js

package e2e

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"

	"renda/app/corpus"
	"renda/app/site"
	"renda/app/ui"
	"renda/seeds"
)

// base is the sub-path the site is served under, as on GitHub Pages.
const base = "/renda/"

// hostileID is the id of the report whose text and title carry markup.
const hostileID = "900_hostile"

// hostileReport is formatted like a real report so that it parses, with
// markup in its title and text that must show as text and never run. The
// markup is written as a saved page's text holds it, as entities: the
// parser drops the tags a text was left with but turns entities into their
// characters, so the report's record holds the markup itself.
const hostileReport = `  青山县第十八届人民代表大会第三次会议开幕&lt;script&gt;alert(1)&lt;/script&gt;
 2024年1月8日上午，青山县第十八届人民代表大会第三次会议在县人民会堂隆重开幕。&lt;img src=x onerror=alert(2)&gt;
大会应到代表210名，实到198名，缺席12名，符合法定人数。
大会执行主席李明主持会议。详情&lt;a href="javascript:alert(3)"&gt;点击查看&lt;/a&gt;。
县长周立平代表县人民政府作政府工作报告。
会议审议通过了《青山县第十八届人民代表大会第三次会议议程》。
`

// closingID is a second report of the hostile report's session, so that
// the session has neighbours (prev/next) and more than one document.
const closingID = "901_closing"

const closingReport = `  青山县第十八届人民代表大会第三次会议闭幕
 2024年1月10日下午，青山县第十八届人民代表大会第三次会议在县人民会堂胜利闭幕。
大会应到代表210名，实到201名，缺席9名，符合法定人数。
大会执行主席李明主持会议。县领导赵光明、钱立新出席会议。
会议选举王海涛为青山县人民政府县长。
会议表决通过了《关于青山县人民政府工作报告的决议》。
`

// suite is what TestMain prepares for every test: set once, read only.
type suite struct {
	pack    corpus.Pack     // the documents, parsed in this process
	origin  string          // e.g. http://127.0.0.1:41234
	browser context.Context // a chromedp context whose browser is running
	repo    string          // the repository root
	// requests records the requests the server has answered.
	requests *requestLog
	// site is the folder served at origin; swap changes it (a new
	// deployment).
	site *atomic.Pointer[string]
	// hosts are the folders serveSite serves, each at an origin of its
	// own (host:port → folder), and here the origin of the running
	// test's, nil for origin.
	hosts   sync.Map
	here    atomic.Pointer[string]
	sites   atomic.Int64 // how many serveSite has served
	wasm    string       // app.wasm built for the tests
	parser  string       // parser.wasm built for the tests
	version string       // the build's version
	tmp     string       // a folder for more builds
	sent    atomic.Int64 // response body bytes the server has written
}

// countingWriter counts the body bytes written through it.
type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (c countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n.Add(int64(n))
	return n, err
}

// build builds pack into a new folder under the suite's temporary folder,
// every page prerendered.
func (s *suite) build(pack corpus.Pack) (string, site.Result, error) {
	return s.buildWith(pack, ui.Pages, os.Stderr)
}

// onlyRoot prerenders the search page alone: for a test's own site, where
// prerendering every page would be most of the build.
func onlyRoot(corpus.Pack) []string { return []string{"/"} }

// serveSite builds pack with the pages listed prerendered and serves it
// at an origin of its own (siteN.localhost, which Chromium resolves to
// this machine), where the test's tabs open until it ends. It returns the
// folder.
//
// The suite's origin goes on serving the suite's site: a service worker
// installed there by an earlier test may check for an update while this
// test runs (Chromium delays the check a navigation asks for), and would
// otherwise install this site's build and data for the tests after it.
//
// opts change the suite's build options.
func serveSite(t *testing.T, pack corpus.Pack, pages func(corpus.Pack) []string, opts ...func(*site.Options)) string {
	t.Helper()
	dir, _, err := env.buildWith(pack, pages, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := strings.Cut(strings.TrimPrefix(env.origin, "http://"), ":")
	host := fmt.Sprintf("site%d.localhost:%s", env.sites.Add(1), port)
	env.hosts.Store(host, dir)
	origin := "http://" + host
	env.here.Store(&origin)
	t.Cleanup(func() { env.here.Store(nil) })
	return dir
}

// currentOrigin is the origin tabs open: the running test's own site's
// (serveSite), else the suite's.
func (s *suite) currentOrigin() string {
	if o := s.here.Load(); o != nil {
		return *o
	}
	return s.origin
}

// buildWith builds pack into a new folder under the suite's temporary
// folder, prerendering the pages listed and logging progress to log (nil:
// none).
func (s *suite) buildWith(pack corpus.Pack, pages func(corpus.Pack) []string, log io.Writer, opts ...func(*site.Options)) (string, site.Result, error) {
	dir, err := os.MkdirTemp(s.tmp, "site-")
	if err != nil {
		return "", site.Result{}, err
	}
	dir = filepath.Join(dir, "site")
	o := site.Options{
		Out:        dir,
		Base:       base,
		Web:        filepath.Join(s.repo, "web"),
		Wasm:       s.wasm,
		ParserWasm: s.parser,
		Fast:       true,
		// Shards of 1 KiB cut the test corpus's text index into about
		// fifteen, as a large corpus's is cut into hundreds, none fetched
		// but as searches need them: every test searches with the shards
		// fetched on demand (TestIndexPrefetched turns prefetching on).
		IndexShard:    1 << 10,
		IndexPrefetch: -1,
		Pages:         pages,
		Log:           log,
	}
	for _, opt := range opts {
		opt(&o)
	}
	res, err := site.Build(pack, o)
	if err != nil {
		return "", site.Result{}, fmt.Errorf("building the site: %w", err)
	}
	return dir, res, nil
}

// requestLog records the paths the server was asked for, and how many
// times it sent each one whole.
type requestLog struct {
	mu    sync.Mutex
	paths []string
	at    []time.Time    // when each of paths was asked for
	hosts []string       // the host each of paths was asked of
	whole map[string]int // by path without query: answers 200 OK
}

// sent records an answer 200 OK for path p (without its query).
func (l *requestLog) sent(p string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.whole == nil {
		l.whole = map[string]int{}
	}
	l.whole[p]++
}

// sentWhole returns how many times the file at path p was sent whole.
func (l *requestLog) sentWhole(p string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.whole[p]
}

// statusWriter remembers the status of the answer written through it.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (l *requestLog) add(host, p string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.paths = append(l.paths, p)
	l.at = append(l.at, time.Now())
	l.hosts = append(l.hosts, host)
}

// timesSince returns when each path asked of host after the first n
// requests was asked for, by path, and the new count.
func (l *requestLog) timesSince(host string, n int) (map[string][]time.Time, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string][]time.Time{}
	for i := n; i < len(l.paths); i++ {
		if l.hosts[i] == host {
			out[l.paths[i]] = append(out[l.paths[i]], l.at[i])
		}
	}
	return out, len(l.paths)
}

// since returns the paths asked for after the first n, and the new count.
func (l *requestLog) since(n int) ([]string, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.paths[n:]...), len(l.paths)
}

// env is the suite, nil when the tests are skipped.
var env *suite

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	chrome := findChrome()
	if chrome == "" {
		if os.Getenv("E2E_REQUIRED") == "1" {
			fmt.Fprintln(os.Stderr, "e2e: no Chromium found ($CHROME, chromium, chromium-browser) and E2E_REQUIRED=1")
			return 1
		}
		fmt.Fprintln(os.Stderr, "e2e: no Chromium found; skipping the browser tests")
		return m.Run() // every test skips when env is nil
	}
	s, cleanup, err := setUp(chrome)
	defer cleanup()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	env = s
	return m.Run()
}

// findChrome returns the Chromium binary to use, or "".
func findChrome() string {
	if c := os.Getenv("CHROME"); c != "" {
		return c
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// setUp builds the wasm and the site, serves it and starts the browser. The
// cleanup func is valid even when setUp fails.
func setUp(chrome string) (*suite, func(), error) {
	var cleanups []func()
	cleanup := func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}
	tmp, err := os.MkdirTemp("", "renda-e2e-")
	if err != nil {
		return nil, cleanup, err
	}
	cleanups = append(cleanups, func() { os.RemoveAll(tmp) })

	repo, err := repoRoot()
	if err != nil {
		return nil, cleanup, err
	}
	wasm := filepath.Join(tmp, "app.wasm")
	parser := filepath.Join(tmp, "parser.wasm")
	if err := buildWasm(repo, wasm, parser); err != nil {
		return nil, cleanup, err
	}

	ui.Register()
	pack, err := site.LoadCorpus(testCorpus(), os.Stderr)
	if err != nil {
		return nil, cleanup, fmt.Errorf("loading the test corpus: %w", err)
	}
	s := &suite{pack: pack, repo: repo, wasm: wasm, parser: parser, tmp: tmp, requests: new(requestLog), site: new(atomic.Pointer[string])}
	dir, res, err := s.build(pack)
	if err != nil {
		return nil, cleanup, err
	}
	s.version = res.Version
	s.site.Store(&dir)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, cleanup, err
	}
	s.origin = "http://" + ln.Addr().String()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.add(r.Host, r.URL.RequestURI())
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		dir := *s.site.Load()
		if d, ok := s.hosts.Load(r.Host); ok {
			dir = d.(string)
		}
		site.FileServer(dir, base).ServeHTTP(countingWriter{sw, &s.sent}, r)
		if sw.status == http.StatusOK && r.Method == http.MethodGet {
			s.requests.sent(r.URL.Path)
		}
	})}
	go srv.Serve(ln)
	cleanups = append(cleanups, func() { srv.Close() })

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// The interface follows navigator.languages: test the Chinese one
		// by default (i18n_test.go switches to English).
		chromedp.Flag("lang", "zh-CN"),
		chromedp.Flag("accept-lang", "zh-CN,zh"),
		chromedp.WindowSize(1280, 800),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	cleanups = append(cleanups, cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	cleanups = append(cleanups, cancelBrowser)
	if err := chromedp.Do(browser); err != nil {
		return nil, cleanup, fmt.Errorf("starting %s: %w", chrome, err)
	}
	s.browser = browser
	return s, cleanup, nil
}

// repoRoot is the module root, where web/ and docs/ are.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("not inside the renda module")
	}
	return filepath.Dir(mod), nil
}

// wasmFlags are the Makefile's WASMFLAGS, as arguments of go build
// (TestMakefileWasmFlags).
func wasmFlags() []string {
	return []string{"-trimpath", "-ldflags=-s -w", "-gcflags=renda/app/ui=-l",
		"-gcflags=crypto/...=-l", "-gcflags=math/big=-l", "-gcflags=encoding/asn1=-l", "-gcflags=vendor/...=-l"}
}

// buildWasm compiles the browser app and the parser worker as `make wasm`
// does.
func buildWasm(repo, app, parser string) error {
	for _, b := range []struct{ out, pkg string }{{app, "./app"}, {parser, "./app/parseworker"}} {
		cmd := exec.Command("go", append(append([]string{"build"}, wasmFlags()...), "-o", b.out, b.pkg)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %w\n%s", filepath.Base(b.out), err, msg)
		}
	}
	return nil
}

// testCorpus is the seeds plus the hostile report.
func testCorpus() fs.FS {
	files := fstest.MapFS{
		hostileID + ".txt": {Data: []byte(hostileReport)},
		closingID + ".txt": {Data: []byte(closingReport)},
	}
	_ = fs.WalkDir(seeds.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := fs.ReadFile(seeds.FS(), name)
			files[name] = &fstest.MapFile{Data: data}
		}
		return nil
	})
	return files
}
