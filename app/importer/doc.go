// Package importer brings a researcher's own reports into the explorer: it
// reads every file with a ReadFunc (the reader package decodes, reduces HTML
// to text and parses), refuses what is not a congress report with a
// reason, skips content it already holds (by SHA-256 of the bytes) and
// keeps what it accepts in a Store.
//
// It is pure Go and does not link the parser: in the browser, reading runs
// in a Web Worker (parser.wasm), the browser's IndexedDB sits behind Store
// in the ui package, and MemStore stands in for it in tests. Data flows one
// way: Source (name, size, bytes on demand) → limits → hash → ReadFunc →
// session check → Store.Put → Outcome.
package importer
