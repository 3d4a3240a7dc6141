// Package ui is the explorer's browser interface: go-app components for
// search, the timeline, documents, people and places.
//
// Data flows one way: the loader fetches the data pack once per page load,
// builds an explore.Index and keeps it in app state (stateLibrary); every
// page observes that state and derives what it shows from the index and its
// URL. Browser-only code (fetch) sits behind packFetcher in a wasm-only file,
// so the rest runs in plain `go test`.
package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
)

// Register registers every route of the explorer and the action that loads
// the data. Call it in main, on the server and in the browser, before
// serving or running the app. In the browser it marks the program's start
// (markLoad).
func Register() {
	markLoad(markProgram)
	app.Route("/", func() app.Composer { return newSearchPage() })
	app.Route("/timeline", func() app.Composer { return newTimelinePage() })
	app.Route("/import", func() app.Composer { return newImportPage() })
	app.RouteWithRegexp("^/doc/", func() app.Composer { return newDocPage() })
	app.RouteWithRegexp("^/person/", func() app.Composer { return newPersonPage() })
	app.RouteWithRegexp("^/place/", func() app.Composer { return newPlacePage() })
	// go-app v10's router ignores app.NotFound: a last catch-all route shows
	// the explorer's own 404 page for every other path.
	app.NotFound = newNotFoundPage()
	app.RouteWithRegexp("^/", func() app.Composer { return newNotFoundPage() })

	sh := newShelf(newBrowserStore(), newParser())
	l := newLoader(newBrowserFetcher()).onShelf(sh)
	app.Handle(actionLoad, l.handle)
	app.Handle(actionTexts, l.handleTexts)
	app.Handle(actionPinyin, l.handlePinyin)
	app.Handle(actionIndex, l.handleIndex)
	app.Handle(actionLists, l.handleLists)
	app.Handle(actionTyped, l.handleTyped)
	app.Handle(actionFirstResults, l.handleFirstResults)
	k := &keeper{l: l}
	app.Handle(actionOfflineCheck, k.handleCheck)
	app.Handle(actionOffline, k.handle)
	app.Handle(actionOfflineCancel, k.handleCancel)
	sh.register()
}

// PrerenderMax is how many pages Pages lists at most. Beyond it a deep
// link gets the host's 404.html, which starts the app on the link's page
// (and the service worker serves the app for it offline): prerendering
// and compressing the 100,000 person pages of 10,000 reports would take
// most of a build.
const PrerenderMax = 3000

// Pages returns the paths of the explorer over pack to prerender for a
// static host: the search, timeline and import pages, /404 (for a host's
// 404.html), then one page per document, place and person, in that order,
// up to PrerenderMax pages.
func Pages(p corpus.Pack) []string {
	pages := []string{"/", "/timeline", "/import", "/404"}
	for i := range p.Docs {
		pages = append(pages, docPath(p.Docs[i].ID))
	}
	people := map[string]bool{}
	places := map[string]bool{}
	var persons []string
	for i := range p.Docs {
		d := &p.Docs[i]
		for _, nr := range explore.Roles(d) {
			if !people[nr.Name] {
				people[nr.Name] = true
				persons = append(persons, personPath(nr.Name))
			}
		}
		if d.Locality != "" && !places[d.Locality] {
			places[d.Locality] = true
			pages = append(pages, placePath(d.Locality))
		}
	}
	pages = append(pages, persons...)
	return pages[:min(len(pages), PrerenderMax)]
}

// Paths of the explorer's pages, without the root prefix (see href).
func docPath(id string) string         { return "/doc/" + url.PathEscape(id) }
func personPath(name string) string    { return "/person/" + url.PathEscape(name) }
func placePath(locality string) string { return "/place/" + url.PathEscape(locality) }

// withQuery returns path with q as its query string.
func withQuery(path string, q explore.Query) string {
	if s := q.Encode(); s != "" {
		return path + "?" + s
	}
	return path
}
