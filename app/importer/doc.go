// Package importer brings a researcher's own reports into the explorer: it
// reduces HTML pages to text, decodes and parses every file, refuses what
// is not a congress report with a reason, skips content it already holds
// (by SHA-256 of the bytes) and keeps what it accepts in a Store.
//
// It is pure Go: the browser's IndexedDB sits behind Store in the ui
// package, and MemStore stands in for it in tests. Data flows one way:
// Source (name, size, bytes on demand) → limits → hash → decode (text or
// HTML) → parse.FromText → session check → Store.Put → Outcome.
package importer
