//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"os"

	"renda/app/reader"
)

// main outside a browser reads the files named as arguments and prints one
// reply a line, as the worker would post them.
func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: parseworker FILE...\n(the browser runs it as web/parser.wasm: GOOS=js GOARCH=wasm go build -o web/parser.wasm ./app/parseworker)")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	status := 0
	for _, name := range os.Args[1:] {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "parseworker: %v\n", err)
			status = 1
			continue
		}
		if err := enc.Encode(handle(reader.Read, name, data)); err != nil {
			fmt.Fprintf(os.Stderr, "parseworker: %v\n", err)
			os.Exit(1)
		}
	}
	os.Exit(status)
}
