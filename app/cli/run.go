package cli

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"renda/app/reader"
	"renda/parse"
)

// result is what reading and parsing one input gave.
type result struct {
	name string // the input's
	rec  parse.Record
	size int64 // bytes read
	err  error // "NAME: reason"
}

// job is an input for a worker and where to put its result.
type job struct {
	in  input
	out chan<- result
}

// process reads and parses ins on workers goroutines and calls emit with the
// results in input order, as soon as the next one is ready. At most window
// inputs are in flight beyond the one emit waits for, so memory stays bounded
// whatever the number of inputs. It stops early, returning emit's error, if
// emit fails. workers < 1 means GOMAXPROCS; window < 1 means 8 per worker.
func process(ins []input, stdin io.Reader, workers, window int, emit func(result) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	if window < 1 {
		window = 8 * workers
	}
	jobs := make(chan job)
	pending := make(chan chan result, window) // results to emit, in order
	quit := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out <- load(j.in, stdin)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for _, in := range ins {
			ch := make(chan result, 1) // buffered: a worker never waits on emit
			select {
			case pending <- ch:
			case <-quit:
				return
			}
			select {
			case jobs <- job{in, ch}:
			case <-quit:
				return
			}
		}
	}()

	var err error
	for ch := range pending {
		if err = emit(<-ch); err != nil {
			close(quit)
			break
		}
	}
	wg.Wait() // the feeder closes jobs on quit or when done
	return err
}

// load reads and parses one input. A panic in the parser is turned into the
// file's error so that one odd file does not stop a large run.
func load(in input, stdin io.Reader) (res result) {
	if in.err != nil {
		return result{err: in.err}
	}
	defer func() {
		if p := recover(); p != nil {
			res = result{size: res.size, err: fmt.Errorf("%s: parser panic: %v", in.name, p)}
		}
	}()
	var data []byte
	var err error
	if in.stdin {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(in.name)
	}
	if err != nil {
		return result{err: &fileError{in.name, err}}
	}
	res.size = int64(len(data))
	rec, _, err := reader.Report(in.name, data)
	if err != nil {
		return result{size: res.size, err: &fileError{in.name, err}}
	}
	res.name, res.rec = in.name, rec
	return res
}
