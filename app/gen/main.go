package gen

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Main runs `renda gen` with args and returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: renda gen -n N -seed S -out DIR\n\nwrites N synthetic reports DIR/gen_000001.txt … and DIR/truth.jsonl with the facts planted in each")
		fs.PrintDefaults()
	}
	n := fs.Int("n", 1000, "number of reports")
	seed := fs.Uint64("seed", 1, "random seed: the same n and seed give the same bytes")
	out := fs.String("out", "", "output directory (created if missing)")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "parallel workers")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || *n < 0 || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	start := time.Now()
	var progress func(done, total int)
	if isTerminal(stderr) && *n >= 5000 {
		var last time.Time
		progress = func(done, total int) {
			if now := time.Now(); now.Sub(last) > 200*time.Millisecond || done == total {
				last = now
				fmt.Fprintf(stderr, "\rgen: %d/%d reports", done, total)
				if done == total {
					fmt.Fprintln(stderr)
				}
			}
		}
	}
	opt := Options{N: *n, Seed: *seed, Workers: *workers, Progress: progress}
	if err := Write(*out, opt); err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "gen: wrote %d reports and truth.jsonl to %s in %s\n", *n, *out, time.Since(start).Round(time.Millisecond))
	return 0
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Options control a corpus: its size, seed and parallelism.
type Options struct {
	N        int                   // number of reports
	Seed     uint64                // the same N and Seed give the same bytes
	Workers  int                   // parallel workers; ≤ 0 means GOMAXPROCS
	Progress func(done, total int) // called from one goroutine as reports are written; may be nil
}

// Generator writes reports for one seed. It is safe for concurrent use.
type Generator struct {
	seed uint64
	trad *toTraditional
	half *strings.Replacer
	full *strings.Replacer
}

// NewGenerator returns a generator for seed.
func NewGenerator(seed uint64) *Generator {
	return &Generator{
		seed: seed,
		trad: newToTraditional(),
		half: strings.NewReplacer("，", ",", "：", ":", "；", ";", "（", "(", "）", ")", "！", "!", "？", "?"),
		full: strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９"),
	}
}

// FileName returns the file name of report i (1-based), e.g. gen_000001.txt.
func FileName(i int) string { return fmt.Sprintf("gen_%06d.txt", i) }

// Report returns the bytes of report i (1-based) and the facts it plants.
// It depends only on the generator's seed and i.
func (g *Generator) Report(i int) ([]byte, Truth, error) {
	rp, text := compose(g, i)
	data, err := rp.encode(text, g.trad)
	if err != nil {
		return nil, Truth{}, err
	}
	return data, *rp.t, nil
}

// Write generates a corpus into dir: opt.N report files and truth.jsonl,
// one line a report in order. Reports are generated and written in
// parallel; the output depends only on opt.N and opt.Seed.
func Write(dir string, opt Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	g := NewGenerator(opt.Seed)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	const chunk = 200
	type result struct {
		k     int
		lines []byte
		err   error
	}
	jobs := make(chan int)
	results := make(chan result, workers)
	var stop atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for k := range jobs {
				var buf []byte
				var err error
				for i := k*chunk + 1; i <= min((k+1)*chunk, opt.N) && err == nil && !stop.Load(); i++ {
					var data []byte
					var t Truth
					data, t, err = g.Report(i)
					if err != nil {
						break
					}
					if werr := os.WriteFile(filepath.Join(dir, FileName(i)), data, 0o644); werr != nil {
						err = fmt.Errorf("write report: %w", werr)
						break
					}
					line, jerr := json.Marshal(t)
					if jerr != nil {
						err = fmt.Errorf("truth of %s: %w", t.ID, jerr)
						break
					}
					buf = append(append(buf, line...), '\n')
				}
				results <- result{k, buf, err}
			}
		})
	}
	chunks := (opt.N + chunk - 1) / chunk
	go func() {
		for k := 0; k < chunks && !stop.Load(); k++ {
			jobs <- k
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	path := filepath.Join(dir, "truth.jsonl")
	f, err := os.Create(path)
	if err != nil {
		stop.Store(true)
		for range results {
		}
		return fmt.Errorf("create truth: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	pending := map[int][]byte{}
	next, done := 0, 0
	var first error
	for res := range results {
		if res.err != nil && first == nil {
			first = res.err
			stop.Store(true)
		}
		pending[res.k] = res.lines
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if first == nil {
				if _, err := bw.Write(b); err != nil {
					first = fmt.Errorf("write truth: %w", err)
					stop.Store(true)
				}
			}
			next++
			done = min(next*chunk, opt.N)
			if opt.Progress != nil {
				opt.Progress(done, opt.N)
			}
		}
	}
	if err := bw.Flush(); err != nil && first == nil {
		first = fmt.Errorf("write truth: %w", err)
	}
	if err := f.Close(); err != nil && first == nil {
		first = fmt.Errorf("close truth: %w", err)
	}
	return first
}
