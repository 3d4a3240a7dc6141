//go:build !wasm

package ui

import "renda/app/importer"

// newBrowserStore returns an in-memory store outside a browser.
func newBrowserStore() importer.Store { return &importer.MemStore{} }
