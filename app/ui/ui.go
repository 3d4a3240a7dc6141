// Package ui is the explorer's browser interface: go-app components for
// search, the timeline, documents, people and places.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register registers every route of the explorer. Call it in main, on the
// server and in the browser, before serving or running the app.
func Register() {
	app.Route("/", func() app.Composer { return &home{} })
}

type home struct{ app.Compo }

func (h *home) Render() app.UI { return app.H1().Text("Renda 人大") }
