package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
)

// Options configures a build of the static site.
type Options struct {
	Out        string // directory to write; replaced if it holds a previous build
	Base       string // URL path the site is served under: "/" or e.g. "/renda/"
	Web        string // the web/ directory: icons, CSS, parser-worker.js and, unless set below, the wasm
	Wasm       string // app.wasm to ship; "" means Web/app.wasm
	ParserWasm string // parser.wasm (app/parseworker) to ship; "" means Web/parser.wasm
	Domain     string // host name the site is published on, for og:url
	Fast       bool   // compress quickly (for serve and tests), not as small as possible
	IndexShard int    // bytes per shard of the text index; 0 means 128 KiB (indexShard)
	// IndexPrefetch is the size of text index under which the page fetches
	// all its shards after the first results (0 means 48 MiB,
	// prefetchIndexMax; negative: never, only as searches need them).
	IndexPrefetch int

	// Pages returns the paths to prerender; nil means DefaultPages.
	Pages func(corpus.Pack) []string
	// Log receives warnings and progress; nil discards them.
	Log io.Writer
}

// Result describes a finished build.
type Result struct {
	Version  string   // the build's version: a hash of its content
	Docs     int      // documents in the pack
	Pages    []string // paths prerendered, as given to go-app
	WasmSize int      // uncompressed app.wasm bytes
}

// DefaultPages lists the pages to prerender when Options.Pages is nil: the
// search and timeline pages and one page per document. `renda dist` uses
// ui.Pages, which adds people, places and /404.
func DefaultPages(p corpus.Pack) []string {
	pages := []string{"/", "/timeline"}
	for _, d := range p.Docs {
		pages = append(pages, "/doc/"+url.PathEscape(d.ID))
	}
	return pages
}

// markerFile marks a directory written by Build, which Build may replace.
const markerFile = ".renda-dist"

// pageBatch is how many pages one app.GenerateStaticWebsite call writes: it
// keeps every file it writes open until it returns.
const pageBatch = 200

// notRouted is what go-app writes for a page no route matches.
const notRouted = "404 page not found\n"

// Build writes the static site for pack to o.Out.
func Build(pack corpus.Pack, o Options) (Result, error) {
	o, err := o.normalize()
	if err != nil {
		return Result{}, err
	}
	wasm, err := readWasm(o.Wasm, "./app")
	if err != nil {
		return Result{}, err
	}
	parser, err := readWasm(o.ParserWasm, "./app/parseworker")
	if err != nil {
		return Result{}, err
	}
	ahead := map[string]<-chan compressed{
		"web/app.wasm":    compressAhead("web/app.wasm", wasm, o.Fast),
		"web/parser.wasm": compressAhead("web/parser.wasm", parser, o.Fast),
	}
	data, err := splitPack(pack)
	if err != nil {
		return Result{}, err
	}
	if err := data.addTextIndex(pack, o.IndexShard); err != nil {
		return Result{}, err
	}
	if err := data.addSpellings(pack); err != nil {
		return Result{}, err
	}
	if err := data.addTables(pack); err != nil {
		return Result{}, err
	}
	assets, err := readAssets(o.Web)
	if err != nil {
		return Result{}, err
	}

	tmp, err := prepareOut(o.Out)
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(tmp) // left only when the build fails

	cfg := handlerConfig{
		base:          o.Base,
		domain:        o.Domain,
		version:       buildVersion(o.Base, wasm, parser, data.digest(), assets),
		wasmSize:      len(wasm),
		pages:         data.count(recordsFormat),
		docs:          len(pack.Docs),
		indexShards:   data.count(indexFormat),
		indexPrefetch: data.size(indexFormat) <= o.IndexPrefetch,
		pageSizes:     data.sizes(recordsFormat),
		placesSpelled: data.count(placeSpellingsFormat),
		peopleSpelled: data.count(peopleSpellingsFormat),
		tables:        data.count(tablesFormat),
		preload:       append([]string{wasmPath}, data.first(tablesFormat, recordsFormat)...),
		precache:      append(data.paths(recordsFormat, listsFormat, indexFormat, placeSpellingsFormat, peopleSpellingsFormat, tablesFormat), data.smallShards()...),
		styles:        assets.styles(),
	}
	pages := o.Pages(pack)
	if err := generate(tmp, newHandler(cfg), pages, o.Log); err != nil {
		return Result{}, err
	}

	files := map[string][]byte{
		"web/app.wasm":    wasm,
		"web/parser.wasm": parser,
		markerFile:        []byte(cfg.version + "\n"),
	}
	for name, b := range data {
		files[name] = b
	}
	for name, data := range assets {
		files["web/"+name] = data
	}
	if err := writeFiles(tmp, files); err != nil {
		return Result{}, err
	}
	if err := finishPages(tmp, o.Base, cfg.version); err != nil {
		return Result{}, err
	}
	if err := compressTree(tmp, o.Fast, ahead); err != nil {
		return Result{}, err
	}
	if err := replaceDir(tmp, o.Out); err != nil {
		return Result{}, err
	}
	return Result{Version: cfg.version, Docs: len(pack.Docs), Pages: pages, WasmSize: len(wasm)}, nil
}

// readWasm reads a WebAssembly module the build ships, built from pkg,
// saying how to build it when it is missing.
func readWasm(name, pkg string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s is missing: build it first with `make wasm` "+
			"(GOOS=js GOARCH=wasm go build -o %s %s)", name, name, pkg)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the wasm: %w", err)
	}
	return data, nil
}

func (o Options) normalize() (Options, error) {
	if o.Out == "" {
		return o, errors.New("no output directory")
	}
	if o.Base == "" {
		o.Base = "/"
	}
	o.Base = "/" + strings.Trim(o.Base, "/") + "/"
	if o.Base == "//" {
		o.Base = "/"
	}
	if strings.ContainsAny(o.Base, "?#\\ ") {
		return o, fmt.Errorf("base %q: want a URL path such as /renda/", o.Base)
	}
	if o.Web == "" {
		o.Web = "web"
	}
	if o.Wasm == "" {
		o.Wasm = filepath.Join(o.Web, "app.wasm")
	}
	if o.ParserWasm == "" {
		o.ParserWasm = filepath.Join(o.Web, "parser.wasm")
	}
	if o.Domain == "" {
		o.Domain = "localhost"
	}
	if o.Pages == nil {
		o.Pages = DefaultPages
	}
	if o.IndexPrefetch == 0 {
		o.IndexPrefetch = prefetchIndexMax
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o, nil
}

// assets are the files of web/ shipped as they are, by slash path relative
// to web/.
type assets map[string][]byte

// requiredAssets must be in web/: the manifest and the pages refer to them.
var requiredAssets = [...]string{iconDefault, iconLarge, iconMaskable, iconSVG, parserWorkerPath}

// readAssets reads web/ but for app.wasm, parser.wasm, their compressed
// copies and data/, which the build writes itself.
func readAssets(dir string) (assets, error) {
	a := assets{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir() && rel == "data":
			return fs.SkipDir
		case d.IsDir(), strings.HasPrefix(path.Base(rel), "."),
			rel == "app.wasm", strings.HasPrefix(rel, "app.wasm."),
			rel == "parser.wasm", strings.HasPrefix(rel, "parser.wasm."):
			return nil
		}
		data, err := os.ReadFile(p)
		a[rel] = data
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("reading web assets: %w", err)
	}
	for _, p := range requiredAssets {
		if _, ok := a[strings.TrimPrefix(p, "/web/")]; !ok {
			return nil, fmt.Errorf("web assets: %s is missing from %s", p, dir)
		}
	}
	return a, nil
}

// styles lists the style sheets at the top of web/, sorted, as pages link
// them.
func (a assets) styles() []string {
	var s []string
	for name := range a {
		if !strings.Contains(name, "/") && path.Ext(name) == ".css" {
			s = append(s, "/web/"+name)
		}
	}
	sort.Strings(s)
	return s
}

// buildVersion hashes everything a client downloads that the build does not
// derive from the rest: the wasm modules, the pack, the worker, the assets
// and the base path.
func buildVersion(base string, wasm, parser, pack []byte, a assets) string {
	h := sha256.New()
	part := func(name string, data []byte) {
		fmt.Fprintf(h, "%s %d\n", name, len(data))
		h.Write(data)
	}
	part("base", []byte(base))
	part("wasm", wasm)
	part("parser", parser)
	part("pack", pack)
	part("worker", []byte(workerJS))
	names := make([]string, 0, len(a))
	for name := range a {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		part(name, a[name])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// prepareOut checks that out may be replaced and returns a new empty
// directory beside it to build into.
func prepareOut(out string) (string, error) {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", fmt.Errorf("output directory: %w", err)
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(out, markerFile)); err != nil {
			return "", fmt.Errorf("output directory %s is not empty and holds no previous build: refusing to replace it", out)
		}
	}
	parent := filepath.Dir(filepath.Clean(out))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("output directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".renda-build-")
	if err != nil {
		return "", fmt.Errorf("output directory: %w", err)
	}
	return tmp, nil
}

// replaceDir moves the finished build tmp to out, replacing a previous one.
func replaceDir(tmp, out string) error {
	if err := os.RemoveAll(out); err != nil {
		return fmt.Errorf("removing the previous build: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("moving the build in place: %w", err)
	}
	return nil
}

// generate prerenders pages with go-app in batches, then removes the pages
// no route matched, with a warning.
func generate(dir string, h *app.Handler, pages []string, log io.Writer) error {
	for i := 0; i < len(pages) || i == 0; i += pageBatch {
		batch := pages[i:min(i+pageBatch, len(pages))]
		if err := app.GenerateStaticWebsite(dir, h, batch...); err != nil {
			return fmt.Errorf("generating pages: %w", err)
		}
		if len(pages) > 2*pageBatch {
			fmt.Fprintf(log, "prerendered %d/%d pages\n", i+len(batch), len(pages))
		}
	}
	for _, p := range pages {
		if err := placePage(dir, p, log); err != nil {
			return err
		}
	}
	return nil
}

// placePage moves the file go-app wrote for page p, named after the escaped
// path and without .html when the path has a dot, to the unescaped path plus
// .html, the name static hosts look up.
func placePage(dir, p string, log io.Writer) error {
	if p == "" || p == "/" {
		return nil
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	written := filepath.Join(dir, filepath.FromSlash(p))
	if filepath.Ext(written) == "" {
		written += ".html"
	}
	data, err := os.ReadFile(written)
	if err != nil {
		return fmt.Errorf("page %s: %w", p, err)
	}
	if string(data) == notRouted {
		fmt.Fprintf(log, "page %s: no route matches it; not prerendered\n", p)
		return os.Remove(written)
	}
	unescaped, err := url.PathUnescape(p)
	if err != nil {
		return fmt.Errorf("page %s: %w", p, err)
	}
	want := filepath.Join(dir, filepath.FromSlash(path.Clean(unescaped))) + ".html"
	if want == written {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
		return fmt.Errorf("page %s: %w", p, err)
	}
	if err := os.Rename(written, want); err != nil {
		return fmt.Errorf("page %s: %w", p, err)
	}
	return nil
}

// writeFiles writes files, by slash path relative to dir.
func writeFiles(dir string, files map[string][]byte) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// finishPages adds a 404 page unless the interface prerendered one (page
// /404): a copy of index.html, whose router shows its not-found view. It
// puts the CSP meta tag first in every page, versions the script URLs (see
// versionScripts) and makes the manifest's scope, id and start URL the base
// path, inside the worker's scope.
func finishPages(dir, base, version string) error {
	if _, err := os.Stat(filepath.Join(dir, "404.html")); err != nil {
		index, err := os.ReadFile(filepath.Join(dir, "index.html"))
		if err != nil {
			return fmt.Errorf("reading index.html: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, "404.html"), index, 0o644); err != nil {
			return fmt.Errorf("writing 404.html: %w", err)
		}
	}
	prefix := strings.TrimSuffix(base, "/")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		return editFile(p, func(page []byte) ([]byte, error) {
			page, err := addCSP(page)
			if err != nil {
				return nil, err
			}
			if page, err = pngFavicon(page, prefix); err != nil {
				return nil, err
			}
			// The page preloads app.wasm (preloadLinks) under the URL
			// app.js fetches.
			return versionURLs(page, version, prefix+"/app.js", prefix+"/wasm_exec.js", prefix+wasmPath)
		})
	})
	if err != nil {
		return err
	}
	err = editFile(filepath.Join(dir, "app.js"), func(js []byte) ([]byte, error) {
		return versionURLs(js, version, prefix+"/web/app.wasm")
	})
	if err != nil {
		return err
	}
	return fixManifest(filepath.Join(dir, "manifest.webmanifest"), base)
}

// editFile rewrites the file name with edit.
func editFile(name string, edit func([]byte) ([]byte, error)) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if data, err = edit(data); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(name, data, 0o644)
}

// versionURLs appends ?v=version to every quoted occurrence of the URLs in
// data, failing if one does not occur. Chromium keeps compiled scripts (and
// wasm) by URL and checks little more than their length: after an update,
// the first load of an app.js of the same length ran the previous build's
// compiled code, measured in the e2e tests. A URL per version avoids that
// and any stale HTTP cache entry; the worker matches its precache without
// the query.
func versionURLs(data []byte, version string, urls ...string) ([]byte, error) {
	for _, u := range urls {
		quoted := []byte(`"` + u + `"`)
		if !bytes.Contains(data, quoted) {
			return nil, fmt.Errorf("no reference to %s to version", u)
		}
		data = bytes.ReplaceAll(data, quoted, []byte(`"`+u+"?v="+version+`"`))
	}
	return data, nil
}

// pngFavicon points the page's icon link at the PNG icon, where go-app
// links the SVG one. Chromium fetches and draws a page's icon again each
// time its URL changes, and the search box replaces the URL at every
// keystroke: a trace of 36 keystrokes over 100,000 reports built 35 SVG
// documents for it, 2.8 ms each on the page's thread. The manifest keeps
// the SVG icon.
func pngFavicon(page []byte, prefix string) ([]byte, error) {
	href := `href="` + prefix + iconSVG + `"`
	for _, svg := range []string{`<link rel="icon" ` + href + `>`, `<link ` + href + ` rel="icon">`} {
		if i := bytes.Index(page, []byte(svg)); i >= 0 {
			png := `<link rel="icon" type="image/png" sizes="192x192" href="` + prefix + iconDefault + `">`
			return slices.Concat(page[:i], []byte(png), page[i+len(svg):]), nil
		}
	}
	return nil, fmt.Errorf("no icon link to %s", prefix+iconSVG)
}

const charsetMeta = `<meta charset="UTF-8">`

// addCSP inserts the CSP meta tag right after the charset, before any
// resource is referenced.
func addCSP(page []byte) ([]byte, error) {
	i := bytes.Index(page, []byte(charsetMeta))
	if i < 0 {
		return nil, fmt.Errorf("adding the CSP: no %s", charsetMeta)
	}
	i += len(charsetMeta)
	meta := `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`
	out := make([]byte, 0, len(page)+len(meta))
	return append(append(append(out, page[:i]...), meta...), page[i:]...), nil
}

// fixManifest sets scope, id and start_url to base (go-app writes scope "/"
// and a start URL without the trailing slash) and adds the language.
func fixManifest(name, base string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("reading the manifest: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("reading the manifest: %w", err)
	}
	if icons, ok := m["icons"].([]any); ok {
		for _, ic := range icons {
			if ic, ok := ic.(map[string]any); ok && ic["purpose"] == "" {
				delete(ic, "purpose") // go-app writes "", not a valid purpose
			}
		}
	}
	m["scope"] = base
	m["id"] = base
	m["start_url"] = base
	m["lang"] = "zh-CN"
	m["dir"] = "ltr"
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("writing the manifest: %w", err)
	}
	return os.WriteFile(name, out, 0o644)
}

// prefetchIndexMax is the size of text index under which the page fetches
// every shard once the first results are in, so that typing soon never
// waits for one (10,000 reports: 26 shards, 3.4 MB raw, 1.6 MB brotli;
// 100,000 reports: 254 shards, 33 MB raw, 22 MB brotli, which the service
// worker downloads on a first visit anyway, and 35 MB of wasm heap: the
// harness's keystroke p95 fell from 121 to 74 ms). Above it only the shards
// searches need come.
const prefetchIndexMax = 48 << 20

// indexShard is the size the text index is cut to, by key
// (textindex.Index.Split): the browser fetches the shards the terms of a
// query need, about one per character pair. Shards of 128 KiB make a first
// query fetch a few hundred kilobytes where the whole index is 3.4 MB at
// 10,000 reports and 33 MB at 100,000, and keep the files few (26 and 254).
const indexShard = 128 << 10

// addTextIndex indexes the normalised body texts of the pack's documents
// (app/textindex), the normalisation on all cores, a page of records
// (corpus.Pages) at a time to bound the memory, then joins the pages and
// splits the whole by key into shards of about size bytes (indexShard when
// 0), at least one.
func (f packFiles) addTextIndex(pack corpus.Pack, size int) error {
	texts := make([]string, len(pack.Docs))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(texts); i += workers {
				texts[i] = explore.Normalise(pack.Docs[i].Text)
			}
		})
	}
	wg.Wait()
	var parts []*textindex.Index
	first := 0
	for _, page := range corpus.Pages(pack) {
		parts = append(parts, textindex.Build(texts[first:first+len(page.Docs)]))
		first += len(page.Docs)
	}
	whole := textindex.Join(parts...)
	if size <= 0 {
		size = indexShard
	}
	for k, shard := range whole.Split((whole.Size() + size - 1) / size) {
		shard.SetTag(pack.Version) // a page of another build refuses it
		b, err := shard.Encode()
		if err != nil {
			return fmt.Errorf("encoding shard %d of the text index: %w", k, err)
		}
		f.add(indexFormat, k, b)
	}
	return nil
}

// spellingsPart is the size the spellings are cut to (explore.SplitSpellings).
// The browser decodes each part as it arrives, on the page's one thread,
// and awaits the next download in between: parts of 1 MiB (about 35 ms of
// wasm each) let keystrokes through, where one part of 4 MiB froze the page
// for about 0.14 s at 10,000 reports and several parts of it for seconds at
// 100,000.
const spellingsPart = 1 << 20

// addSpellings computes the pinyin of the pack's places and people
// (explore.Spellings) and adds it in parts, the places' apart from the
// people's: the browser fetches the people's only when it needs them.
func (f packFiles) addSpellings(pack corpus.Pack) error {
	b, err := explore.NewSpellings(pack.Records().Docs).Encode()
	if err != nil {
		return err
	}
	places, people, err := explore.SplitSpellings(b, spellingsPart)
	if err != nil {
		return err
	}
	for k, part := range places {
		f.add(placeSpellingsFormat, k, part)
	}
	for k, part := range people {
		f.add(peopleSpellingsFormat, k, part)
	}
	return nil
}

// tablesPart is the size the tables of names are cut to: at 100,000
// reports they are tens of megabytes, which Chromium's cache refuses to
// store whole (ERR_CACHE_WRITE_FAILURE, as the records did in one file).
const tablesPart = 4 << 20

// addTables builds the explorer's tables of names over the pack
// (explore.Index.MarshalTables), which the browser decodes instead of
// building them, and adds them cut into parts: the browser joins them.
func (f packFiles) addTables(pack corpus.Pack) error {
	b, err := explore.NewWithoutPinyin(pack.Records()).MarshalTables(pack.Version)
	if err != nil {
		return fmt.Errorf("building the tables of names: %w", err)
	}
	f.addParts(tablesFormat, b, tablesPart)
	return nil
}

// addParts adds b as files of a format cut at size bytes, at least one.
func (f packFiles) addParts(format string, b []byte, size int) {
	for k := 0; k == 0 || len(b) > 0; k++ {
		n := min(len(b), size)
		f.add(format, k, b[:n])
		b = b[n:]
	}
}

// The files of a split data pack, in web/data/, named by format and number
// (from 0, consecutive).
const (
	// recordsFormat names page k of the pack without texts (corpus.Split's
	// records cut by corpus.Pages), in the binary pack format
	// (corpus.Pack.MarshalBinary), without their lists either
	// (corpus.Pack.ListsApart).
	recordsFormat = "records-%03d.bin"
	// listsFormat names the lists of documents k*corpus.ListsSize...
	// (corpus.Pack.MarshalLists): presiding, speakers, reports, elected...
	// Nothing before the first results reads them, and they were 61% of a
	// page (at 100,000 reports 3.4 of 5.4 MB, 1.5 of 2.05 MB brotli);
	// the page fetches them when a report, a person or an export needs
	// them, and the service worker precaches them.
	listsFormat = "lists-%03d.bin"
	// indexFormat names shard k of the text index of the whole pack, cut
	// by key (textindex.Index.Split, MarshalBinary).
	indexFormat = "index-%03d.bin"
	// placeSpellingsFormat and peopleSpellingsFormat name part k of the
	// pinyin of the pack's places and of its people
	// (explore.SplitSpellings).
	placeSpellingsFormat  = "pinyin-places-%03d.bin"
	peopleSpellingsFormat = "pinyin-people-%03d.bin"
	// tablesFormat names part k of the explorer's tables of names of the
	// whole pack (explore.Index.MarshalTables), cut into parts of at most
	// tablesPart bytes.
	tablesFormat = "tables-%03d.bin"
	// shardFormat names the file of text shard k (corpus.Shard).
	shardFormat = "text-%03d.bin"
)

// packFiles are the files of a data pack by slash path from the site root.
type packFiles map[string][]byte

// splitPack encodes pack as pages of records and one file per text shard,
// both in the binary format of app/corpus: decoding 10,000 records from
// JSON took 0.42 s natively (about 2 s in wasm) against 0.02 s, at a
// quarter of the size, and a JSON shard of long reports about 0.1 s in
// wasm, freezing the page while a search fetched snippets (README, "The
// data pack").
func splitPack(pack corpus.Pack) (packFiles, error) {
	records, shards := corpus.Split(pack)
	files := packFiles{}
	for first := 0; first < len(records.Docs); first += corpus.ListsSize {
		part := corpus.Pack{Version: records.Version, Docs: records.Docs[first:min(first+corpus.ListsSize, len(records.Docs))]}
		files.add(listsFormat, corpus.ListsOf(first), part.MarshalLists(first))
	}
	for k, page := range corpus.Pages(records) {
		page.ListsApart = true
		b, err := page.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encoding page %d of the records: %w", k, err)
		}
		files.add(recordsFormat, k, b)
	}
	for k, sh := range shards {
		b, err := sh.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encoding text shard %d: %w", k, err)
		}
		files.add(shardFormat, k, b)
	}
	return files, nil
}

// add adds file k of a format.
func (f packFiles) add(format string, k int, b []byte) {
	f["web/data/"+fmt.Sprintf(format, k)] = b
}

// count returns how many files of a format there are: they are numbered
// from 0.
func (f packFiles) count(format string) int {
	n := 0
	for {
		if _, ok := f["web/data/"+fmt.Sprintf(format, n)]; !ok {
			return n
		}
		n++
	}
}

// size returns the total size of the files of a format.
func (f packFiles) size(format string) int {
	total := 0
	for _, n := range f.sizes(format) {
		total += n
	}
	return total
}

// sizes returns the sizes of the files of format, in order.
func (f packFiles) sizes(format string) []int {
	sizes := make([]int, f.count(format))
	for k := range sizes {
		sizes[k] = len(f["web/data/"+fmt.Sprintf(format, k)])
	}
	return sizes
}

// paths returns the resource paths of the files of the formats, in order.
func (f packFiles) paths(formats ...string) []string {
	var paths []string
	for _, format := range formats {
		for k := range f.count(format) {
			paths = append(paths, "/web/data/"+fmt.Sprintf(format, k))
		}
	}
	return paths
}

// first returns the resource path of file 0 of each format that has one:
// the loader fetches them first.
func (f packFiles) first(formats ...string) []string {
	var paths []string
	for _, format := range formats {
		if name := fmt.Sprintf(format, 0); f["web/data/"+name] != nil {
			paths = append(paths, "/web/data/"+name)
		}
	}
	return paths
}

// precacheTextsMax is the total size of text shards under which the service
// worker precaches them all, so that every document opens offline after the
// first visit; above it, it caches the shards as they are fetched.
const precacheTextsMax = 8 << 20

// smallShards returns the resource paths of the text shards when together
// they are small enough to precache, else nil.
func (f packFiles) smallShards() []string {
	var paths []string
	total := 0
	for name, b := range f {
		if strings.HasPrefix(name, "web/data/text-") {
			paths = append(paths, "/"+name)
			total += len(b)
		}
	}
	if total > precacheTextsMax {
		return nil
	}
	sort.Strings(paths)
	return paths
}

// digest hashes the files, in name order.
func (f packFiles) digest() []byte {
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s %d\n", n, len(f[n]))
		h.Write(f[n])
	}
	return h.Sum(nil)
}
