// Package cli implements the renda command's parse and check subcommands:
// parse reads report files, folders of them or standard input, parses each
// into a record on all cores, and writes the records in input order as
// JSON, JSON Lines or CSV (package records holds the formats, shared with
// the browser app's export); check compares the records with keys written
// by hand (package check).
package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"

	"renda/app/records"
	"renda/parse/schema"
)

// inputIDs returns the ids of the records to come: those the inputs'
// names give, kept unique as the records are written (a name another folder
// gave takes the next free id, 1-2).
func inputIDs(ins []input) *schema.IDs {
	natural := make([]string, len(ins))
	for i, in := range ins {
		natural[i] = schema.ID(in.name)
	}
	return schema.NewIDs(natural)
}

// config holds what tests may change; the zero value is the normal setting.
type config struct {
	forceProgress bool // draw progress even when stderr is not a terminal
	workers       int  // goroutines reading and parsing; 0: GOMAXPROCS
	window        int  // inputs in flight ahead of the writer; 0: 8 per worker
}

// Parse runs `renda parse` with args and returns the exit status: 0 when
// every file was parsed, 1 when a file failed (the others are still written)
// or the output could not be written, 2 for a usage error.
func Parse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(args, stdin, stdout, stderr, config{})
}

// usageStatus handles what parsing a command line gave, err: -h prints
// usage to stdout (status 0), a mistake prints it to stderr after the
// reason (status 2). It reports whether the command is done.
func usageStatus(err error, usage string, stdout, stderr io.Writer) (int, bool) {
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0, true
	case err != nil:
		fmt.Fprint(stderr, "\n"+usage)
		return 2, true
	}
	return 0, false
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, cfg config) int {
	o, err := parseFlags(args, stderr)
	if code, done := usageStatus(err, usageText, stdout, stderr); done {
		return code
	}

	ins := expand(o.paths)

	var dst io.Writer = stdout
	var file *atomicFile
	if o.out != "" {
		if file, err = createAtomic(o.out); err != nil {
			fmt.Fprintf(stderr, "renda parse: --out %v\n", err)
			return 1
		}
		dst = file
	}
	bw := bufio.NewWriterSize(dst, 64<<10)
	rw := records.NewWriter(o.format, bw, o.bom)

	show := len(ins) > progressMin && (cfg.forceProgress || isTerminal(stderr))
	rep := newReporter(stderr, len(ins), show)
	failed := false
	ids := inputIDs(ins)
	err = process(ins, stdin, cfg.workers, cfg.window, func(res result) error {
		rep.step(res.size)
		if res.err != nil {
			failed = true
			rep.say(res.err)
			return nil
		}
		if id := ids.Take(res.rec.ID); id != res.rec.ID {
			rep.say(fmt.Sprintf("%s: id %q already used: this record's id is %q", res.name, res.rec.ID, id))
			res.rec.ID = id
		}
		return rw.Write(res.rec)
	})
	rep.clear()
	if err == nil {
		err = rw.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if file != nil {
		if err == nil {
			err = file.commit()
		} else {
			file.abort()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "renda parse: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}
