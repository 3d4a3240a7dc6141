package ui

import "renda/app/corpus"

// parser reads one imported file into a document (an importer.ReadFunc):
// in the browser, parser.wasm in a Web Worker, so that app.wasm does not
// link the parser; elsewhere, reader.Read.
type parser interface {
	Read(name string, data []byte) (corpus.Doc, error)
}
