package cli

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"renda/app/check"
)

// checkUsage is printed for -h and for usage errors of renda check.
const checkUsage = `usage: renda check --keys FILE [--quiet] PATH...

Parse reports as renda parse does and compare each record with its key: a
record written by hand, one JSON object a line in FILE, with the report's
"id" (its file name without the extension) and any of the record's fields
(the truth.jsonl that renda gen writes is such a file). It prints, for each
field, how many keys give it and how often the parser agrees, then every
disagreement: the record's value and the key's. Strings are compared once
normalised, lists of names as sets, reports and the people elected as
pairs (see the README).

flags:
  --keys FILE  the keys, JSON Lines
  --quiet      print the table only

exit status: 0 every record agrees with its key, 1 a disagreement, a key
without its report or a file that failed, 2 usage error or unreadable keys.
`

// checkOptions are the parsed command line of renda check.
type checkOptions struct {
	keys  string
	quiet bool
	paths []string
}

// parseCheckFlags reads args as parseFlags does for renda parse.
func parseCheckFlags(args []string, stderr io.Writer) (checkOptions, error) {
	var o checkOptions
	fs := flag.NewFlagSet("renda check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	fs.StringVar(&o.keys, "keys", "", "the keys, JSON Lines")
	fs.BoolVar(&o.quiet, "quiet", false, "print the table only")
	paths, err := interleaved(fs, args)
	if err != nil {
		return o, err
	}
	o.paths = paths
	switch {
	case o.keys == "":
		fmt.Fprintln(stderr, "renda check: --keys FILE is required")
		return o, errUsage
	case len(o.paths) == 0:
		fmt.Fprintln(stderr, "renda check: no report files or folders given")
		return o, errUsage
	}
	return o, nil
}

// readKeys reads a keys file: one JSON object a line, blank lines skipped,
// each with an id given once. Errors name the file and the line.
func readKeys(name string) (map[string]check.Key, []string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	keys := map[string]check.Key{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var k check.Key
		if err := json.Unmarshal([]byte(line), &k); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: not a JSON object: %v", name, n, err)
		}
		id := k.ID()
		if id == "" {
			return nil, nil, fmt.Errorf("%s:%d: no \"id\"", name, n)
		}
		if _, dup := keys[id]; dup {
			return nil, nil, fmt.Errorf("%s:%d: id %q keyed twice", name, n, id)
		}
		keys[id] = k
		order = append(order, id)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	return keys, order, nil
}

// Check runs `renda check` with args and returns the exit status.
func Check(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseCheckFlags(args, stderr)
	if code, done := usageStatus(err, checkUsage, stdout, stderr); done {
		return code
	}
	keys, order, err := readKeys(o.keys)
	if err != nil {
		fmt.Fprintf(stderr, "renda check: --keys %v\n", err)
		return 2
	}
	ins := expand(o.paths)
	rep := newReporter(stderr, len(ins), len(ins) > progressMin && isTerminal(stderr))
	ids := inputIDs(ins)
	var (
		tally   check.Tally
		diffs   []check.Diff
		seen    = map[string]bool{}
		unknown = map[string]bool{}
		failed  bool
	)
	err = process(ins, stdin, 0, 0, func(res result) error {
		rep.step(res.size)
		if res.err != nil {
			failed = true
			rep.say(res.err)
			return nil
		}
		res.rec.ID = ids.Take(res.rec.ID)
		key, ok := keys[res.rec.ID]
		if !ok {
			return nil // a report not keyed
		}
		seen[res.rec.ID] = true
		for _, f := range check.Unknown(key) {
			if !unknown[f] {
				unknown[f] = true
				rep.say(fmt.Sprintf("renda check: %s: %q is no field of the record: not compared", o.keys, f))
			}
		}
		compared, d, err := check.Compare(res.rec, key)
		if err != nil {
			return fmt.Errorf("%s: %w", o.keys, err)
		}
		tally.Add(compared, d)
		diffs = append(diffs, d...)
		return nil
	})
	rep.clear()
	if err != nil {
		fmt.Fprintf(stderr, "renda check: %v\n", err)
		return 2
	}
	for _, id := range order {
		if !seen[id] {
			failed = true
			fmt.Fprintf(stderr, "renda check: %s: key %q: no report of that id among the files given\n", o.keys, id)
		}
	}
	w := bufio.NewWriter(stdout)
	fmt.Fprint(w, tally.String())
	if !o.quiet && len(diffs) > 0 {
		fmt.Fprintf(w, "\n%d disagreements:\n", len(diffs))
		for _, d := range diffs {
			fmt.Fprintf(w, "%s %s\n  parsed %s\n  key    %s\n", d.ID, d.Field, d.Got, d.Want)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "renda check: %v\n", err)
		return 1
	}
	if failed || len(diffs) > 0 {
		return 1
	}
	return 0
}
