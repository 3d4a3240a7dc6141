# Renda: `make run` serves the explorer on the bundled reports at
# http://localhost:8000; `make test` runs every test, browser tests included.

GO       ?= go
GOROOT   := $(shell $(GO) env GOROOT)
WASMEXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
# Packages that are pure Go and must also pass under GOOS=js GOARCH=wasm.
PURE     := ./parse/... ./seeds/... ./app/check/... ./app/corpus/... ./app/explore/... ./app/pinyin/... ./app/importer/... ./app/reader/... ./app/records/... ./app/textindex/... ./app/internal/keysort/...
OUT      ?= dist
BASE     ?= /
DOCS     ?=
ADDR     ?= :8000

.PHONY: all build wasm run dist test test-native test-wasm vet bench bench-docs recall-docs fuzz clean

all: build

# WASMFLAGS build the wasm: no symbol table or DWARF, the interface's
# package compiled without inlining (go-app's element constructors inlined
# at each of its call sites cost app.wasm 21 KB brotli), and so are the
# crypto packages net/http brings in through go-app, which the app runs
# only as their package initialisation (app.wasm −39 KB brotli; SHA-256
# of imported files as fast; README, sizes). app/e2e builds with the same
# (TestMakefileWasmFlags).
WASMFLAGS = -trimpath -ldflags='-s -w' -gcflags='renda/app/ui=-l' -gcflags='crypto/...=-l' -gcflags='math/big=-l' -gcflags='encoding/asn1=-l' -gcflags='vendor/...=-l'

## build: the renda command and the browser app (web/app.wasm, web/parser.wasm)
build: wasm
	$(GO) build -o renda ./app

## wasm: the browser app (web/app.wasm) and the parser of imported files,
## run in a Web Worker (web/parser.wasm)
wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/app.wasm ./app
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/parser.wasm ./app/parseworker

## run: build and serve the explorer over the bundled reports on $(ADDR)
## (BASE=/renda/ previews sub-path hosting, DOCS=folder of reports)
run: wasm
	$(GO) run ./app serve -addr $(ADDR) -base $(BASE) -docs "$(DOCS)"

## dist: write the static site to $(OUT) (BASE=/sub/path/, DOCS=folder of
## reports, DOMAIN=host it is published on, for og:url)
dist: wasm
	$(GO) run ./app dist -out $(OUT) -base $(BASE) -docs "$(DOCS)" $(if $(DOMAIN),-domain $(DOMAIN))

vet:
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then echo "gofmt -w needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/...

test-native:
	$(GO) test ./...

test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASMEXEC)" $(PURE)

## test: vet, every test natively (browser tests included), pure packages under wasm
test: vet wasm test-native test-wasm

## fuzz: run the parser fuzzer for a while (FUZZTIME=1m)
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./parse -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 3s

## bench: benchmark medians (parser MB/s per core on seeds, long and generated
## reports; fold; search; the text index), recall@20 of the fixed query set on 2,000 and
## 10,000 generated reports, the sizes of a dist build, and importing 1,000
## reports and searching 1,000, 10,000 and 100,000 in headless Chromium
## (BENCHCOUNT=6, BENCHSIZES=1000,10000,100000)
BENCHCOUNT ?= 6
# BENCHSIZES are the generated corpora searched in Chromium: 100,000 reports
# take about 6 minutes and 20 GB of memory (BENCHSIZES=1000,10000 on a
# smaller machine).
BENCHSIZES ?= 1000,10000,100000
BENCHDIR   := $(shell mktemp -d -u /tmp/renda-bench.XXXXXX)
bench: wasm
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) ./parse/... ./app/gen/ ./app/explore/ ./app/textindex/ > bench.out
	$(GO) run ./app/internal/benchtable < bench.out
	@echo
	@for n in 2000 10000; do \
		RENDA_RECALL_N=$$n $(GO) test -count=1 -timeout 30m -run '^TestRecall$$' ./app/explore -v | grep '^BenchmarkRecall' || true; \
	done
	@$(GO) run ./app dist -out $(BENCHDIR) > /dev/null
	@echo
	@echo "| file | raw | gzip | brotli |"
	@echo "|---|---|---|---|"
	@for f in web/app.wasm web/parser.wasm web/data/records-000.bin web/data/index-000.bin web/data/tables-000.bin web/data/pinyin-places-000.bin web/data/pinyin-people-000.bin web/data/text-000.bin web/app.css app.js app-worker.js; do \
		printf '| %s | %s | %s | %s |\n' $$f $$(stat -c %s $(BENCHDIR)/$$f) $$(stat -c %s $(BENCHDIR)/$$f.gz) $$(stat -c %s $(BENCHDIR)/$$f.br); \
	done
	@rm -rf $(BENCHDIR)
	@echo
	@E2E_BENCH=1 E2E_BENCH_SIZES=$(BENCHSIZES) $(GO) test -count=1 -timeout 90m -run 'TestImportBenchmark|TestSearchBenchmark' ./app/e2e -v | grep '^Benchmark' || true

## bench-docs: search a folder of your own reports in headless Chromium as
## bench searches generated ones (DOCS=DIR; QUERIES=FILE, one JSON object a
## line: {"text": "…", "want": "the id of the report to find"}; a folder
## that `go run ./app gen` wrote needs none)
bench-docs:
	@test -n "$(DOCS)" || { echo 'usage: make bench-docs DOCS=DIR [QUERIES=FILE]' >&2; exit 2; }
	@E2E_BENCH=1 E2E_BENCH_SIZES=none E2E_BENCH_DOCS="$(abspath $(DOCS))" E2E_BENCH_QUERIES="$(if $(QUERIES),$(abspath $(QUERIES)))" \
		$(GO) test -count=1 -timeout 90m -run '^TestSearchBenchmark$$' ./app/e2e -v

## recall-docs: recall@20 of a query set over a folder of your own reports,
## natively and in seconds (DOCS=DIR QUERIES=FILE as for bench-docs): per
## kind, with every query that missed and where its report ranked
recall-docs:
	@test -n "$(DOCS)" || { echo 'usage: make recall-docs DOCS=DIR [QUERIES=FILE]' >&2; exit 2; }
	@RENDA_RECALL_DOCS="$(abspath $(DOCS))" RENDA_RECALL_QUERIES="$(if $(QUERIES),$(abspath $(QUERIES)))" \
		$(GO) test -count=1 -timeout 30m -run '^TestRecall$$' ./app/explore -v

clean:
	rm -rf renda web/app.wasm web/parser.wasm $(OUT)
