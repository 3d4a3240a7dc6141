//go:build !wasm

package ui

// cachedURLs has no CacheStorage outside a browser.
func cachedURLs([]string) []bool { return nil }

// heldURLs has no service worker to ask outside a browser.
func heldURLs([]string) ([]bool, bool) { return nil, false }

// storeOffline has no service worker outside a browser.
func storeOffline([]string) error { return errNoBrowser }

// tellWorkerReady has no service worker to tell outside a browser.
func tellWorkerReady() {}
