//go:build !wasm

package ui

import (
	"renda/app/corpus"
	"renda/app/reader"
)

// localParser reads files in this process, with reader.Read.
type localParser struct{}

// newParser returns the parser outside a browser: reader.Read.
func newParser() parser { return localParser{} }

// Read implements parser.
func (localParser) Read(name string, data []byte) (corpus.Doc, error) {
	return reader.Read(name, data)
}
