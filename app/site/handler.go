package site

import (
	_ "embed"
	"html"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerJS is the service worker template given to go-app: its default with
// the caching rewritten. The default, measured on v10.1.11, adds files to
// the cache without event.waitUntil (an incomplete cache goes unnoticed),
// precaches "/renda" where the page is "/renda/", has no answer for deep
// links offline and may precache the previous build from the HTTP cache.
//
//go:embed worker.js
var workerJS string

// upstreamWorkerSHA256 is the hash of the go-app app.DefaultAppWorkerJS that
// worker.js was derived from; a test fails when go-app's changes, so that
// worker.js is reviewed against it.
const upstreamWorkerSHA256 = "fb64efe18fb6e1f389eb20f75b68828729f001324647548eaab24c5add47ab0d"

// Names and texts of the app, in Chinese and English.
const (
	appName        = "Renda 人大 · 地方人大会议浏览器"
	appShortName   = "Renda 人大"
	appTitle       = "Renda 人大 · 地方人大会议浏览器 · Local People's Congress explorer"
	appDescription = "离线浏览地方人民代表大会会议的新闻报道：搜索、时间线、文档、人物与地区。" +
		"Explore news reports on local People's Congress sessions, offline: " +
		"search, timeline, documents, people and places."
	themeColor      = "#b71c1c"
	backgroundColor = "#ffffff"
)

// Paths of the files the build adds under web/, as go-app resource paths.
const (
	wasmPath = "/web/app.wasm"
	// The parser of imported files, in a Web Worker (app/parseworker);
	// precached so that importing works offline.
	parserWasmPath   = "/web/parser.wasm"
	parserWorkerPath = "/web/parser-worker.js"
	iconDefault      = "/web/icons/icon-192.png"
	iconLarge        = "/web/icons/icon-512.png"
	iconMaskable     = "/web/icons/maskable-512.png"
	iconSVG          = "/web/icons/icon.svg"
)

// CSP is the Content-Security-Policy the explorer runs under: go-app needs
// 'wasm-unsafe-eval' to compile app.wasm and inline style attributes; every
// other resource is the site's own. The parser worker (worker-src) runs
// under it too when the server sends it: it imports wasm_exec.js
// (script-src 'self') and compiles parser.wasm ('wasm-unsafe-eval'). The server sends it as a header and every
// page carries it as a meta tag for hosts that send no headers.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
	"connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'"

// handlerConfig is what a build decides about the go-app handler.
type handlerConfig struct {
	base          string   // "/" or "/renda/"
	domain        string   // host for og:url
	version       string   // hash of the build's content
	wasmSize      int      // uncompressed app.wasm size
	styles        []string // CSS files as /web/... paths
	pages         int      // pages of records
	docs          int      // documents in the pack
	indexShards   int      // shards of the text index
	indexPrefetch bool     // the page fetches every shard of the text index after the first results
	pageSizes     []int    // uncompressed size of each page of records
	placesSpelled int      // parts of the spellings of places
	peopleSpelled int      // parts of the spellings of people
	tables        int      // parts of the tables of names
	precache      []string // more resources to precache: the data pack's records, text index and spellings, and the text shards of a small corpus
	preload       []string // app.wasm and the data files the loader fetches first, as /web/... paths
}

// newHandler returns the go-app handler that prerenders the pages and writes
// app.js, the worker and the manifest.
func newHandler(c handlerConfig) *app.Handler {
	var resources app.ResourceResolver = app.LocalDir("")
	if p := strings.TrimSuffix(c.base, "/"); p != "" {
		resources = app.PrefixedLocation(p)
	}
	return &app.Handler{
		Name:        appName,
		ShortName:   appShortName,
		Title:       appTitle,
		Description: appDescription,
		Lang:        "zh-CN",
		Author:      "Renda",
		Image:       iconLarge,
		Keywords:    []string{"人大", "人民代表大会", "人代会", "People's Congress", "Renda"},
		Domain:      c.domain,
		Icon: app.Icon{
			Default:  iconDefault,
			Large:    iconLarge,
			Maskable: iconMaskable,
			SVG:      iconSVG,
		},
		ThemeColor:            themeColor,
		BackgroundColor:       backgroundColor,
		LoadingLabel:          "加载中 Loading {progress}%",
		Styles:                c.styles,
		CacheableResources:    append([]string{iconSVG, parserWasmPath, parserWorkerPath}, c.precache...),
		RawHeaders:            preloadLinks(c.base, c.preload),
		Resources:             resources,
		StartURL:              "/", // the manifest is rewritten by fixManifest
		Version:               c.version,
		WasmContentLength:     strconv.Itoa(c.wasmSize),
		ServiceWorkerTemplate: workerJS,
		Env: map[string]string{
			// How many pages of records (each with its part of the text
			// index), parts of the spellings of places and of people and
			// of the tables of names to fetch.
			"RENDA_PAGES":           strconv.Itoa(c.pages),
			"RENDA_INDEX_SHARDS":    strconv.Itoa(c.indexShards),
			"RENDA_INDEX_PREFETCH":  strconv.FormatBool(c.indexPrefetch),
			"RENDA_PLACE_SPELLING":  strconv.Itoa(c.placesSpelled),
			"RENDA_PEOPLE_SPELLING": strconv.Itoa(c.peopleSpelled),
			"RENDA_TABLES":          strconv.Itoa(c.tables),
			// How many documents the pages hold: the page decodes them
			// into one array of that length.
			"RENDA_DOCS": strconv.Itoa(c.docs),
			// The uncompressed size of each page of records, comma-separated:
			// served compressed, they have no usable Content-Length, and
			// the page reads each into one slice of that length and
			// shows a download progress bar of their total.
			"RENDA_PAGE_SIZES": joinInts(c.pageSizes),
		},
	}
}

// preloadLinks returns the <link rel=preload> tags that start downloading
// app.wasm and the data files the loader fetches first as soon as the head
// is parsed: app.js, a deferred script, asks for app.wasm only once the
// document is parsed (measured at 10,000 reports: 0.19–0.25 s after
// navigation, where the preload starts at 0.06 s, and the first results
// came about 0.2 s sooner), and nothing asks for the data until app.wasm
// runs. They are fetched as app.js's and the loader's fetch() asks (CORS
// mode, same-origin credentials), so that these get the preloaded
// responses; app.wasm's href gets the build's ?v= as app.js's URL does.
func preloadLinks(base string, paths []string) []string {
	links := make([]string, len(paths))
	for i, p := range paths {
		links[i] = `<link rel="preload" href="` + html.EscapeString(strings.TrimSuffix(base, "/")+p) + `" as="fetch" crossorigin="anonymous">`
	}
	return links
}

// joinInts returns the numbers in decimal, comma-separated.
func joinInts(ns []int) string {
	var b strings.Builder
	for i, n := range ns {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}
