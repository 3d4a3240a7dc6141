//go:build !wasm

// Command renda builds, serves and parses Renda, the explorer of reports on
// China's local People's Congress sessions. Run without arguments it prints
// its usage; see the README for every subcommand.
package main

import (
	"fmt"
	"io"
	"os"

	"renda/app/cli"
	"renda/app/gen"
	"renda/app/site"
	"renda/app/ui"
)

func main() {
	ui.Register() // the server prerenders the same routes as the browser
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: renda <command> [arguments]

commands:
  parse   parse reports into records (JSON, JSON Lines or CSV)
  dist    build the static explorer site
  serve   build and serve the explorer on http://localhost:8000
  gen     write a synthetic corpus of reports with their planted facts
  check   compare the records of reports with keys written by hand
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "parse":
		return cli.Parse(args[1:], stdin, stdout, stderr)
	case "dist":
		return site.Dist(args[1:], stdout, stderr)
	case "gen":
		return gen.Main(args[1:], stdout, stderr)
	case "check":
		return cli.Check(args[1:], stdin, stdout, stderr)
	case "serve":
		return site.Serve(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "renda: unknown command %q\n\n%s", args[0], usage)
	return 2
}
