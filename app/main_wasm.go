//go:build wasm

package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/ui"
)

// main in the browser: only the interface, no server or CLI code, so that
// app.wasm stays small.
func main() {
	// The heap grows to 1.5× what is live instead of 2×: a tab holding
	// 10,000 records keeps about 100 MB of wasm memory less after typing,
	// at the price of more frequent (short) collections. wasm memory never
	// shrinks, so the peak is what counts.
	debug.SetGCPercent(50)
	ui.Register()
	app.RunWhenOnBrowser()
}
