// Package gen writes synthetic reports of local People's Congress sessions
// with the facts planted in them, for tests and benchmarks at scale.
package gen

import (
	"fmt"
	"io"
)

// Main runs `renda gen` with args and returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gen: not implemented yet")
	return 1
}
