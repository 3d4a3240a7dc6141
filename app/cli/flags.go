package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"renda/app/records"
)

// usageText is printed for -h and for usage errors.
const usageText = `usage: renda parse [--format json|jsonl|csv] [--bom] [--out FILE] PATH...

Parse reports into records. PATH is a report file, a folder (searched
recursively for *.txt files and saved pages, *.html *.htm *.xhtml *.shtml,
in lexical order) or - for standard input. A page is read as its text.
Records are written in the order of the PATH arguments; a file name an
earlier file had gets the next free id (NAME-2), said on standard error.

flags:
  --format F   output format: json (an array, default), jsonl (one record a
               line) or csv (a header row, then one row per record)
  --bom        start CSV output with a UTF-8 byte order mark (for Excel)
  --out FILE   write to FILE (replaced atomically) instead of standard output

exit status: 0 all files parsed, 1 a file failed (the others are still
written) or the output could not be written, 2 usage error.
`

// Output formats.
const (
	formatJSON  = records.FormatJSON
	formatJSONL = records.FormatJSONL
	formatCSV   = records.FormatCSV
)

// options are the parsed command line of renda parse.
type options struct {
	format string
	out    string
	bom    bool
	paths  []string
}

// errUsage reports a usage error whose message has already been printed.
var errUsage = errors.New("usage error")

// interleaved parses args with fs, flags before, between or after the
// paths ("--" ends the flags), and returns the paths. It returns
// flag.ErrHelp for -h and errUsage (the flag package printed the reason)
// for any other mistake.
func interleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, errUsage
		}
		consumed := len(rest) - len(fs.Args())
		ended := consumed > 0 && rest[consumed-1] == "--"
		rest = fs.Args()
		if ended {
			paths = append(paths, rest...)
			break
		}
		if len(rest) > 0 {
			paths = append(paths, rest[0])
			rest = rest[1:]
		}
	}
	return paths, nil
}

// parseFlags reads args. Flags may come before, between or after the paths;
// "--" ends the flags. It returns flag.ErrHelp for -h and errUsage (after
// printing the reason to stderr) for any other mistake.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("renda parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // printed by the caller, to stdout for -h
	fs.StringVar(&o.format, "format", formatJSON, "output format: json, jsonl or csv")
	fs.StringVar(&o.out, "out", "", "write to `FILE` instead of standard output")
	fs.BoolVar(&o.bom, "bom", false, "start CSV output with a UTF-8 byte order mark")

	paths, err := interleaved(fs, args)
	if err != nil {
		return o, err
	}
	o.paths = paths

	switch o.format {
	case formatJSON, formatJSONL, formatCSV:
	default:
		fmt.Fprintf(stderr, "renda parse: unknown format %q (want json, jsonl or csv)\n", o.format)
		return o, errUsage
	}
	if o.bom && o.format != formatCSV {
		fmt.Fprintln(stderr, "renda parse: --bom applies to --format csv only")
		return o, errUsage
	}
	if len(o.paths) == 0 {
		fmt.Fprintln(stderr, "renda parse: no PATH given")
		return o, errUsage
	}
	stdins := 0
	for _, p := range o.paths {
		if p == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		fmt.Fprintln(stderr, "renda parse: - (standard input) may be given once")
		return o, errUsage
	}
	return o, nil
}
