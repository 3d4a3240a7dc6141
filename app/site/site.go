// Package site builds the explorer as a static website and serves it.
package site

import (
	"fmt"
	"io"
)

// Dist runs `renda dist` with args and returns the exit status.
func Dist(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "dist: not implemented yet")
	return 1
}

// Serve runs `renda serve` with args and returns the exit status.
func Serve(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "serve: not implemented yet")
	return 1
}
