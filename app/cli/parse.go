// Package cli implements the renda command's parse subcommand.
package cli

import (
	"fmt"
	"io"
)

// Parse runs `renda parse` with args and returns the exit status.
func Parse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parse: not implemented yet")
	return 1
}
