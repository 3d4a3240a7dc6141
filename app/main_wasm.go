//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/ui"
)

// main in the browser: only the interface, no server or CLI code, so that
// app.wasm stays small.
func main() {
	ui.Register()
	app.RunWhenOnBrowser()
}
