// Package site builds the explorer as a static website and serves it.
//
// Build parses the corpus into a data pack (web/data/pack.json), prerenders
// the pages with go-app, copies web/, app.wasm and parser.wasm (the parser
// of imported files, run in a Web Worker by web/parser-worker.js), writes
// .br and .gz copies of the big files and rewrites the parts of go-app's output that do not
// work offline or under a sub-path: the service worker (worker.js) and the
// manifest's scope. FileServer serves the result as static hosts do.
package site

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"renda/app/ui"
	"renda/seeds"
)

// buildFlags are the flags dist and serve share.
type buildFlags struct {
	base, docs, web, wasm, parser, domain string
}

func (b *buildFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.base, "base", "/", "URL path the site is served under, e.g. /renda/")
	fs.StringVar(&b.docs, "docs", "", "folder of reports (*.txt, read recursively); empty: the bundled seeds")
	fs.StringVar(&b.web, "web", "web", "the web/ folder: icons, style sheets and app.wasm")
	fs.StringVar(&b.wasm, "wasm", "", "app.wasm to ship (default: WEB/app.wasm, built by `make wasm`)")
	fs.StringVar(&b.parser, "parser", "", "parser.wasm to ship (default: WEB/parser.wasm, built by `make wasm`)")
	fs.StringVar(&b.domain, "domain", "localhost", "host name the site is published on (for og:url)")
}

// build loads the corpus and builds the site into out.
func (b *buildFlags) build(out string, fast bool, stderr io.Writer) (Result, error) {
	docs := seeds.FS()
	if b.docs != "" {
		if _, err := os.Stat(b.docs); err != nil {
			return Result{}, fmt.Errorf("-docs: %w", err)
		}
		docs = os.DirFS(b.docs)
	}
	pack, err := LoadCorpus(docs, stderr)
	if err != nil {
		return Result{}, err
	}
	return Build(pack, Options{
		Out:        out,
		Base:       b.base,
		Web:        b.web,
		Wasm:       b.wasm,
		ParserWasm: b.parser,
		Domain:     b.domain,
		Fast:       fast,
		Pages:      ui.Pages,
		Log:        stderr,
	})
}

// Dist runs `renda dist` with args and returns the exit status.
func Dist(args []string, stdout, stderr io.Writer) int {
	var out *string
	b, status, ok := parseBuildFlags("dist", "[-out DIR] [-base PATH] [-docs DIR] [-web DIR] [-wasm FILE] [-parser FILE] [-domain HOST]",
		args, stderr, func(fs *flag.FlagSet) { out = fs.String("out", "dist", "directory to write the site to") })
	if !ok {
		return status
	}
	res, err := b.build(*out, false, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "renda dist:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %d documents, %d pages, version %s\n", *out, res.Docs, len(res.Pages), res.Version)
	return 0
}

// Serve runs `renda serve` with args and returns the exit status.
func Serve(args []string, stdout, stderr io.Writer) int {
	var addr *string
	b, status, ok := parseBuildFlags("serve", "[-addr ADDR] [-base PATH] [-docs DIR] [-web DIR] [-wasm FILE] [-parser FILE]",
		args, stderr, func(fs *flag.FlagSet) { addr = fs.String("addr", ":8000", "address to listen on") })
	if !ok {
		return status
	}
	if err := serve(*addr, b, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "renda serve:", err)
		return 1
	}
	return 0
}

// parseBuildFlags parses the flags of `renda NAME`: the build flags and
// those own registers. When the command must not run (-h, a usage error),
// ok is false and status is the exit status.
func parseBuildFlags(name, synopsis string, args []string, stderr io.Writer, own func(*flag.FlagSet)) (b *buildFlags, status int, ok bool) {
	fs := flag.NewFlagSet("renda "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	b = new(buildFlags)
	own(fs)
	b.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: renda %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, flagStatus(err), false
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return nil, 2, false
	}
	return b, 0, true
}

func flagStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// serve builds the site into a temporary directory and serves it until
// interrupted.
func serve(addr string, b *buildFlags, stdout, stderr io.Writer) error {
	tmp, err := os.MkdirTemp("", "renda-serve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "site")
	res, err := b.build(dir, true, stderr)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: FileServer(dir, b.base), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "Renda: %d documents, version %s\nserving on %s (Ctrl-C to stop)\n",
		res.Docs, res.Version, siteURL(ln.Addr(), b.base))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// siteURL is the URL to open for a listener on addr: localhost when it
// listens on every interface.
func siteURL(addr net.Addr, base string) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + base
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/" + strings.TrimPrefix(normalizeBase(base), "/")
}

// normalizeBase returns base with one leading and one trailing slash.
func normalizeBase(base string) string {
	base = "/" + strings.Trim(base, "/") + "/"
	if base == "//" {
		return "/"
	}
	return base
}
