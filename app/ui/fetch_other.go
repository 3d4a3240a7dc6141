//go:build !wasm

package ui

// noFetcher stands in for the browser's fetch outside a browser.
type noFetcher struct{}

func newBrowserFetcher() packFetcher { return noFetcher{} }

// Fetch implements packFetcher.
func (noFetcher) Fetch(string, int, func(int, int)) ([]byte, error) { return nil, errNoBrowser }

// FetchInto implements packFetcher.
func (noFetcher) FetchInto(string, []byte, func(int, int)) ([]byte, error) { return nil, errNoBrowser }
