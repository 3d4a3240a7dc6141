package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rootPrefix returns the path the app lives under ("/renda" on a sub-path,
// "" at the root of its host).
func rootPrefix() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
}

// pagePrefix is rootPrefix read once, in the browser, where it cannot
// change: app.Getenv calls into JavaScript three times, and every link of
// a page asks (1.4% of the page's time while typing).
var pagePrefix = sync.OnceValue(rootPrefix)

// href returns the link to an in-app path. In the browser it adds the root
// prefix; when prerendering, go-app's resource resolver adds it itself, so
// the path stays bare there.
func href(path string) string {
	if app.IsServer {
		return path
	}
	return pagePrefix() + path
}

// routePath returns the current path without the root prefix: what the
// routes and ids are matched against.
func routePath(ctx app.Context) string {
	return stripPrefix(ctx.Page().URL().Path, rootPrefix())
}

// stripPrefix removes prefix from path when path lies under it.
func stripPrefix(path, prefix string) string {
	if prefix != "" && (path == prefix || strings.HasPrefix(path, prefix+"/")) {
		path = path[len(prefix):]
	}
	if path == "" {
		return "/"
	}
	return path
}

// routeParam returns the rest of the current path after route (e.g. the id
// in /doc/{id}), "" when the path does not start with route.
func routeParam(ctx app.Context, route string) string {
	p := routePath(ctx)
	if !strings.HasPrefix(p, route) {
		return ""
	}
	return strings.TrimSuffix(p[len(route):], "/")
}

// permalink returns the absolute URL of an in-app path.
func permalink(path string) string {
	origin := app.Window().Get("location").Get("origin")
	if !origin.Truthy() {
		return href(path)
	}
	return origin.String() + href(path)
}
