package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/textindex"
	"renda/parse"
)

// page is a stand-in for the interface's components: the tests of this
// package register their own routes instead of importing ui's.
type page struct {
	app.Compo
	name string
}

func (p *page) Render() app.UI { return app.H1().Text(p.name) }

func TestMain(m *testing.M) {
	app.Route("/", func() app.Composer { return &page{name: "search"} })
	app.Route("/timeline", func() app.Composer { return &page{name: "timeline"} })
	app.RouteWithRegexp("^/doc/", func() app.Composer { return &page{name: "doc"} })
	os.Exit(m.Run())
}

// testPack returns a pack of documents with the given ids.
func testPack(t *testing.T, ids ...string) corpus.Pack {
	t.Helper()
	var p corpus.Pack
	for _, id := range ids {
		p.Docs = append(p.Docs, corpus.Doc{
			Record:   parse.Record{ID: id, Title: "标题 " + id, Locality: "山亭区", Presiding: []string{"王德海"}, Text: strings.Repeat("正文 "+id, 100)},
			Original: "原文 " + id,
		})
	}
	v, err := packVersion(p.Docs)
	if err != nil {
		t.Fatal(err)
	}
	p.Version = v
	return p
}

// fakeWasm writes a compressible stand-in for app.wasm.
func fakeWasm(t *testing.T, seed string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "app.wasm")
	data := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("renda "+seed+" "), 4000)...)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// buildTestSite builds pack under base with a fake wasm and the repository's
// web/ folder.
func buildTestSite(t *testing.T, base string, pack corpus.Pack) (string, Result) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "dist")
	res, err := Build(pack, Options{Out: out, Base: base, Web: "../../web", Wasm: fakeWasm(t, "a"), ParserWasm: fakeWasm(t, "p"), Fast: true})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return out, res
}

func TestBuildWritesTheSite(t *testing.T) {
	pack := testPack(t, "a", "人大 1")
	out, res := buildTestSite(t, "/renda/", pack)

	for _, name := range []string{"index.html", "404.html", "timeline.html", "doc/a.html", "doc/人大 1.html",
		"app.js", "app-worker.js", "wasm_exec.js", "app.css", "manifest.webmanifest",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/data/records-000.bin", "web/data/lists-000.bin",
		"web/parser.wasm", "web/parser.wasm.br", "web/parser.wasm.gz", "web/parser-worker.js",
		"web/data/index-000.bin", "web/data/pinyin-places-000.bin", "web/data/pinyin-people-000.bin", "web/data/tables-000.bin", "web/data/text-000.bin", "web/data/text-000.bin.br", "web/data/text-000.bin.gz",
		"web/icons/icon-192.png", "web/icons/icon-512.png", "web/icons/maskable-512.png", "web/icons/icon.svg"} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil {
			t.Errorf("missing %s", name)
		}
	}

	// Every prerendered page is served under the base, as a static host would.
	srv := httptest.NewServer(FileServer(out, "/renda/"))
	defer srv.Close()
	for _, p := range res.Pages {
		resp, err := http.Get(srv.URL + "/renda" + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !bytes.Contains(body, []byte("<h1>")) {
			t.Errorf("page %s: status %d, prerendered: %v", p, resp.StatusCode, bytes.Contains(body, []byte("<h1>")))
		}
	}

	// The records and the text shard read back.
	data, err := os.ReadFile(filepath.Join(out, "web/data/records-000.bin"))
	if err != nil {
		t.Fatal(err)
	}
	var got corpus.Pack
	if err := got.UnmarshalBinary(data); err != nil {
		t.Fatalf("records-000.bin: %v", err)
	}
	if got.Version != pack.Version || len(got.Docs) != 2 || got.Docs[1].ID != "人大 1" || got.Docs[1].Text != "" || got.Docs[1].Original != "" ||
		!got.ListsApart || got.Docs[1].Presiding != nil {
		t.Errorf("records-000.bin = %+v", got)
	}
	// Its lists come apart: with them each document is the pack's, but
	// for the texts.
	lists, err := os.ReadFile(filepath.Join(out, "web/data/lists-000.bin"))
	if err != nil {
		t.Fatal(err)
	}
	var recs corpus.Records
	if err := recs.UnmarshalBinaryInto(data, nil); err != nil {
		t.Fatal(err)
	}
	if err := recs.AddLists(lists); err != nil {
		t.Fatalf("lists-000.bin: %v", err)
	}
	for i := range recs.Docs {
		want := pack.Docs[i].Record
		want.Text, want.Evidence = "", nil
		if got := recs.Docs[i].Whole().Record; !reflect.DeepEqual(got, want) || len(got.Presiding) == 0 {
			t.Errorf("document %d with its lists:\n%+v\nwant\n%+v", i, got, want)
		}
	}
	shardBin, err := os.ReadFile(filepath.Join(out, "web/data/text-000.bin"))
	if err != nil {
		t.Fatal(err)
	}
	var shard corpus.Shard
	if err := shard.UnmarshalBinary(shardBin); err != nil {
		t.Fatalf("text-000.bin: %v", err)
	}
	if shard.First != 0 || len(shard.Texts) != 2 || shard.Texts[1].Original != "原文 人大 1" || shard.Texts[1].Text != pack.Docs[1].Text {
		t.Errorf("text-000.bin = %+v", shard)
	}

	// The text index reads back and finds the documents.
	indexBin, err := os.ReadFile(filepath.Join(out, "web/data/index-000.bin"))
	if err != nil {
		t.Fatal(err)
	}
	ti, err := textindex.Decode(indexBin)
	if err != nil || ti.Docs() != 2 {
		t.Fatalf("index-000.bin: %v, %d documents", err, ti.Docs())
	}

	// The spellings of places and of people read back, each in its files.
	var sp explore.Spellings
	for _, f := range []string{"pinyin-places-000.bin", "pinyin-people-000.bin"} {
		b, err := os.ReadFile(filepath.Join(out, "web/data", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := sp.AddBinary(b); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	ix0 := explore.NewWithoutPinyin(recs) // the records with their lists
	ix0.UseSpellings(&sp)
	places, people := ix0.Places(), ix0.People()
	if len(places) == 0 || len(people) == 0 {
		t.Fatalf("test pack: %d places, %d people", len(places), len(people))
	}
	for _, l := range places {
		if ix0.Pinyin(l, false) == "" {
			t.Errorf("no spelling of the place %s", l)
		}
	}
	for _, p := range people {
		if ix0.Pinyin(p, true) == "" {
			t.Errorf("no spelling of the person %s", p)
		}
	}

	// The tables of names read back for the records: the index built from
	// them finds a document by its title.
	tablesBin, err := os.ReadFile(filepath.Join(out, "web/data/tables-000.bin"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := explore.NewWithTables(got.Records(), string(tablesBin))
	if err != nil {
		t.Fatalf("tables-000.bin: %v", err)
	}
	if r := ix.Search(explore.Query{Text: pack.Docs[1].Title}); len(r.Hits) == 0 || ix.Docs[r.Hits[0].Doc].ID() != "人大 1" {
		t.Errorf("the index from tables-000.bin does not find %q first: %+v", pack.Docs[1].Title, r.Hits)
	}

	// Compressed copies decode to the original.
	for _, name := range []string{"web/app.wasm", "web/data/text-000.bin", "app.js", "index.html"} {
		checkCompressed(t, filepath.Join(out, filepath.FromSlash(name)))
	}

	// The pages carry the CSP first, the app.js the sizes, the manifest its
	// scope.
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Contains(index, []byte(`<meta charset="UTF-8"><meta http-equiv="Content-Security-Policy"`)) {
		t.Error("index.html: no CSP meta tag right after the charset")
	}
	// The tab's icon is the PNG one (pngFavicon), in every page.
	for _, page := range []string{"index.html", "404.html"} {
		b, _ := os.ReadFile(filepath.Join(out, page))
		if !bytes.Contains(b, []byte(`<link rel="icon" type="image/png" sizes="192x192" href="/renda/web/icons/icon-192.png">`)) ||
			bytes.Contains(b, []byte(`rel="icon" href="/renda/web/icons/icon.svg"`)) || bytes.Contains(b, []byte(`icon.svg" rel="icon"`)) {
			t.Errorf("%s: the icon link is not the PNG icon", page)
		}
	}
	for _, f := range []string{"tables-000.bin", "records-000.bin"} {
		if link := `<link rel="preload" href="/renda/web/data/` + f + `" as="fetch" crossorigin="anonymous">`; !bytes.Contains(index, []byte(link)) {
			t.Errorf("index.html: no %s", link)
		}
	}
	// The text index is fetched by the shards a query needs, not preloaded.
	if bytes.Contains(index, []byte(`/renda/web/data/index-`)) {
		t.Error("index.html preloads a shard of the text index")
	}
	for _, script := range []string{"/renda/app.js", "/renda/wasm_exec.js"} {
		if !bytes.Contains(index, []byte(`src="`+script+`?v=`+res.Version+`"`)) {
			t.Errorf("index.html: %s is not versioned", script)
		}
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if !bytes.Contains(appJS, []byte(`"/renda/web/app.wasm?v=`+res.Version+`"`)) {
		t.Error("app.js: the wasm URL is not versioned")
	}
	wasm, _ := os.ReadFile(filepath.Join(out, "web/app.wasm"))
	if !bytes.Contains(appJS, []byte(`goappWasmContentLength = "`+itoa(len(wasm))+`"`)) {
		t.Error("app.js: WasmContentLength is not the uncompressed size")
	}
	if !bytes.Contains(appJS, []byte(`"GOAPP_ROOT_PREFIX":"/renda"`)) || !bytes.Contains(appJS, []byte(`"RENDA_PAGE_SIZES":"`+itoa(len(data))+`"`)) ||
		!bytes.Contains(appJS, []byte(`"RENDA_PAGES":"1"`)) || !bytes.Contains(appJS, []byte(`"RENDA_INDEX_PREFETCH":"true"`)) || !bytes.Contains(appJS, []byte(`"RENDA_PLACE_SPELLING":"1"`)) || !bytes.Contains(appJS, []byte(`"RENDA_PEOPLE_SPELLING":"1"`)) {
		t.Error("app.js: env lacks the root prefix, the page sizes or the number of pages and spellings")
	}
	var manifest struct {
		Scope, ID string
		StartURL  string `json:"start_url"`
		Lang      string
		Name      string
		Icons     []struct{ Src, Purpose string }
	}
	mdata, _ := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err := json.Unmarshal(mdata, &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Scope != "/renda/" || manifest.StartURL != "/renda/" || manifest.Lang != "zh-CN" || !strings.Contains(manifest.Name, "人大") {
		t.Errorf("manifest = %+v", manifest)
	}
	for _, ic := range manifest.Icons {
		if !strings.HasPrefix(ic.Src, "/renda/web/icons/") {
			t.Errorf("manifest icon %s is not local", ic.Src)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// checkCompressed checks that name.br and name.gz decode to name.
func checkCompressed(t *testing.T, name string) {
	t.Helper()
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for ext, open := range map[string]func(io.Reader) (io.Reader, error){
		".br": func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		".gz": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
	} {
		f, err := os.Open(name + ext)
		if err != nil {
			t.Errorf("%s%s: %v", name, ext, err)
			continue
		}
		r, err := open(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		f.Close()
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s%s does not decode to the original (err %v)", name, ext, err)
		}
	}
}

func TestBuildVersionFollowsContent(t *testing.T) {
	build := func(pack corpus.Pack, wasmSeed, base string, parserSeed ...string) string {
		out := filepath.Join(t.TempDir(), "dist")
		parser := fakeWasm(t, "p")
		if len(parserSeed) > 0 {
			parser = fakeWasm(t, parserSeed[0])
		}
		res, err := Build(pack, Options{Out: out, Base: base, Web: "../../web", Wasm: fakeWasm(t, wasmSeed), ParserWasm: parser, Fast: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Version
	}
	v := build(testPack(t, "a"), "a", "/")
	if again := build(testPack(t, "a"), "a", "/"); again != v {
		t.Errorf("same content, versions %s and %s", v, again)
	}
	for what, other := range map[string]string{
		"pack":   build(testPack(t, "b"), "a", "/"),
		"wasm":   build(testPack(t, "a"), "b", "/"),
		"parser": build(testPack(t, "a"), "a", "/", "q"),
		"base":   build(testPack(t, "a"), "a", "/renda/"),
	} {
		if other == v {
			t.Errorf("a different %s keeps version %s", what, v)
		}
	}
}

func TestBuildReplacesOnlyBuilds(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "dist")
	opts := Options{Out: out, Web: "../../web", Wasm: fakeWasm(t, "a"), ParserWasm: fakeWasm(t, "p"), Fast: true}
	if _, err := Build(testPack(t, "a", "b"), opts); err != nil {
		t.Fatal(err)
	}
	// A second build replaces the first: no stale page is left.
	if _, err := Build(testPack(t, "a"), opts); err != nil {
		t.Fatalf("rebuilding: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "doc", "b.html")); err == nil {
		t.Error("a page of the previous build is left")
	}
	// A folder that is no build is never replaced.
	other := filepath.Join(dir, "precious")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("keep"), 0o644)
	opts.Out = other
	if _, err := Build(testPack(t, "a"), opts); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Errorf("building into a folder of other files: err = %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(other, "notes.txt")); err != nil {
		t.Error("the other folder was touched")
	}
	// No temporary folder is left beside the output.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".renda-build-") {
			t.Errorf("left %s", e.Name())
		}
	}
}

func TestBuildNeedsTheWasm(t *testing.T) {
	_, err := Build(testPack(t, "a"), Options{Out: filepath.Join(t.TempDir(), "d"), Web: "../../web",
		Wasm: filepath.Join(t.TempDir(), "app.wasm")})
	if err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("err = %v, want one that says to run make wasm", err)
	}
	_, err = Build(testPack(t, "a"), Options{Out: filepath.Join(t.TempDir(), "d"), Web: "../../web",
		Wasm: fakeWasm(t, "a"), ParserWasm: filepath.Join(t.TempDir(), "parser.wasm")})
	if err == nil || !strings.Contains(err.Error(), "parser.wasm is missing") || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("err = %v, want one that says parser.wasm is missing and to run make wasm", err)
	}
}

func TestLoadCorpus(t *testing.T) {
	report := func(place string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("  " + place + "第十届人民代表大会第二次会议开幕\n 2023年2月8日上午，" + place +
			"第十届人民代表大会第二次会议隆重开幕。\n")}
	}
	fsys := fstest.MapFS{
		"a.txt":        report("山亭区"),
		"sub/b.txt":    report("清徐县"),
		"sub/a.txt":    report("沁源县"), // same id as a.txt: a-2
		"sub/a-2.txt":  report("平鲁区"), // a-2 is taken: sub/a.txt is a-3
		"copy/b.txt":   report("清徐县"), // the same as sub/b.txt: skipped
		"sub/page.HTM": {Data: []byte("<html><body><nav>首页</nav><p>  平遥县第十届人民代表大会第二次会议开幕</p><p>2023年2月8日上午，平遥县第十届人民代表大会第二次会议隆重开幕。</p></body></html>")},
		"empty.txt":    {Data: nil},
		"notes.md":     {Data: []byte("not a report")},
		"sub/c.TXT":    report("忻州市"),
		"binary.txt":   {Data: []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0}},
	}
	var stderr bytes.Buffer
	pack, err := LoadCorpus(fsys, &stderr)
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	var ids []string
	for _, d := range pack.Docs {
		ids = append(ids, d.ID)
		if d.Original == "" {
			t.Errorf("%s: no original text", d.ID)
		}
	}
	if strings.Join(ids, " ") != "a b a-2 a-3 c page" {
		t.Errorf("ids %q, want a b a-2 a-3 c page (in path order, a name taken given the next free id, the same text again and failures skipped, the page read)", ids)
	}
	if d := pack.Docs[len(pack.Docs)-1]; d.Locality != "平遥县" || strings.ContainsAny(d.Original, "<>") || strings.Contains(d.Original, "首页") {
		t.Errorf("the saved page: locality %q, text %q: want its report's, without markup or navigation", d.Locality, d.Original)
	}
	log := stderr.String()
	for _, want := range []string{"empty.txt: ", "binary.txt: ", `sub/a.txt: id "a" already used by a.txt: this report's id is "a-3"`,
		"sub/b.txt: skipped: the same text as copy/b.txt"} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q:\n%s", want, log)
		}
	}
	if pack.Version == "" {
		t.Error("no version")
	}

	if _, err := LoadCorpus(fstest.MapFS{"empty.txt": {}}, io.Discard); err == nil {
		t.Error("a corpus of no readable report: no error")
	}
}

// TestBuildPages checks that a pack of more documents than a page holds is
// written as pages of records that together give back the pack, with a text
// index over all of them in shards of about the size asked for, of which
// those a term needs find it; and that app.js and the worker know them.
func TestBuildPages(t *testing.T) {
	n := corpus.PageSize + 3
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("d%05d", i)
	}
	pack := testPack(t, ids...)
	out := filepath.Join(t.TempDir(), "dist")
	const shardSize = 64 << 10
	_, err := Build(pack, Options{Out: out, Base: "/", Web: "../../web", Wasm: fakeWasm(t, "a"), ParserWasm: fakeWasm(t, "p"), Fast: true,
		IndexShard: shardSize, IndexPrefetch: 64 << 10, Pages: func(corpus.Pack) []string { return []string{"/"} }})
	if err != nil {
		t.Fatal(err)
	}
	var docs []corpus.Doc
	var sizes []string
	all := corpus.Records{Version: pack.Version, Docs: make([]corpus.Summary, n)}
	for k := range 2 {
		data, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("web/data/records-%03d.bin", k)))
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, itoa(len(data)))
		var page corpus.Pack
		if err := page.UnmarshalBinary(data); err != nil {
			t.Fatalf("records-%03d.bin: %v", k, err)
		}
		if page.Version != pack.Version {
			t.Errorf("records-%03d.bin: version %q, want %q", k, page.Version, pack.Version)
		}
		docs = append(docs, page.Docs...)
		var recs corpus.Records // decoded in place, as the browser's loader does
		if err := recs.UnmarshalBinaryInto(data, all.Docs[k*corpus.PageSize:min((k+1)*corpus.PageSize, n)]); err != nil {
			t.Fatal(err)
		}
	}
	for k := range corpus.ListsOf(n-1) + 1 { // each lists file gives its documents their lists
		lists, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("web/data/lists-%03d.bin", k)))
		if err != nil {
			t.Fatal(err)
		}
		if err := all.AddLists(lists); err != nil {
			t.Fatalf("lists-%03d.bin: %v", k, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, fmt.Sprintf("web/data/lists-%03d.bin", corpus.ListsOf(n-1)+1))); err == nil {
		t.Error("a lists file past the documents")
	}
	for _, i := range []int{0, corpus.ListsSize, corpus.PageSize - 1, corpus.PageSize, n - 1} {
		if got, want := all.Docs[i].Whole().Presiding, pack.Docs[i].Presiding; !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("document %d presided by %q, want %q", i, got, want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "web/data/records-002.bin")); err == nil {
		t.Error("a third page of records")
	}
	if len(docs) != n || docs[0].ID != ids[0] || docs[n-1].ID != ids[n-1] || docs[corpus.PageSize].ID != ids[corpus.PageSize] {
		t.Fatalf("the pages hold %d documents", len(docs))
	}
	// The shards of the text index: each of about the size asked for (a
	// key's list is never cut), over every document.
	var shards []*textindex.Index
	indexSize := 0
	for k := 0; ; k++ {
		data, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("web/data/index-%03d.bin", k)))
		if err != nil {
			break
		}
		ix, err := textindex.Decode(data)
		if err != nil || ix.Docs() != n {
			t.Fatalf("index-%03d.bin: %v, %d documents for a pack of %d", k, err, ix.Docs(), n)
		}
		shards = append(shards, ix)
		indexSize += ix.Size()
	}
	if want := (indexSize + shardSize - 1) / shardSize; len(shards) != want || want < 2 {
		t.Fatalf("%d shards of the text index of %d bytes, want %d (at least 2)", len(shards), indexSize, want)
	}
	// Documents of either page are found by their own numbers, with only
	// the shards their terms need.
	for _, d := range []int{corpus.PageSize - 1, n - 1} {
		term := explore.Normalise(ids[d])
		index := textindex.NewSharded(n, len(shards))
		for _, k := range index.Needs(term) {
			if err := index.Add(k, shards[k]); err != nil {
				t.Fatal(err)
			}
		}
		if index.Loaded() > utf8.RuneCountInString(term)-1 {
			t.Errorf("%s loaded %d shards, more than its pairs", term, index.Loaded())
		}
		if got := index.Candidates(term, nil); !slices.Equal(got, []int{d}) {
			t.Errorf("the index finds %s in %v, want [%d]", ids[d], got, d)
		}
	}
	// The parts of the tables of names, joined, index the pages' records.
	var tables []byte
	for k := 0; ; k++ {
		part, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("web/data/tables-%03d.bin", k)))
		if err != nil {
			break
		}
		tables = append(tables, part...)
	}
	if _, err := explore.NewWithTables(corpus.Pack{Version: pack.Version, Docs: docs}.Records(), string(tables)); err != nil {
		t.Errorf("the tables' parts joined: %v", err)
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	// Above the prefetch limit, the page fetches shards only as searches
	// need them.
	for _, env := range []string{`"RENDA_PAGES":"2"`, `"RENDA_INDEX_PREFETCH":"false"`, `"RENDA_INDEX_SHARDS":"` + itoa(len(shards)) + `"`, `"RENDA_TABLES":"` + itoa(len(tables)/tablesPart+1) + `"`, `"RENDA_PAGE_SIZES":"` + strings.Join(sizes, ",") + `"`, `"RENDA_DOCS":"` + itoa(len(docs)) + `"`} {
		if !bytes.Contains(appJS, []byte(env)) {
			t.Errorf("app.js: env lacks %s", env)
		}
	}
	worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	for _, f := range []string{"records-000.bin", "records-001.bin", "lists-000.bin", "lists-001.bin", "index-000.bin", fmt.Sprintf("index-%03d.bin", len(shards)-1), "pinyin-places-000.bin", "pinyin-people-000.bin", "tables-000.bin"} {
		if !bytes.Contains(worker, []byte(`"/web/data/`+f+`"`)) {
			t.Errorf("app-worker.js does not precache %s", f)
		}
	}
}

func TestAddParts(t *testing.T) {
	b := []byte("0123456789")
	for _, c := range []struct {
		size int
		want []string
	}{
		{100, []string{"0123456789"}},
		{10, []string{"0123456789"}},
		{4, []string{"0123", "4567", "89"}},
		{1, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
	} {
		f := packFiles{}
		f.addParts(tablesFormat, b, c.size)
		var got []string
		for k := range f.count(tablesFormat) {
			got = append(got, string(f["web/data/"+fmt.Sprintf(tablesFormat, k)]))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("parts of %d bytes: %q, want %q", c.size, got, c.want)
		}
	}
	f := packFiles{}
	f.addParts(tablesFormat, nil, 4)
	if f.count(tablesFormat) != 1 {
		t.Errorf("an empty file makes %d parts, want 1", f.count(tablesFormat))
	}
}

func TestSmallShardsPrecached(t *testing.T) {
	tests := []struct {
		name  string
		sizes []int // per shard
		want  []string
	}{
		{"none", nil, nil},
		{"small: all precached, sorted", []int{10, 20}, []string{"/web/data/text-000.bin", "/web/data/text-001.bin"}},
		{"at the limit", []int{precacheTextsMax}, []string{"/web/data/text-000.bin"}},
		{"too big: fetched on demand", []int{precacheTextsMax, 1}, nil},
	}
	for _, tt := range tests {
		f := packFiles{"web/data/records-000.bin": make([]byte, precacheTextsMax)}
		for k, n := range tt.sizes {
			f[fmt.Sprintf("web/data/"+shardFormat, k)] = make([]byte, n)
		}
		if got := f.smallShards(); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
