// Package e2e holds Renda's end-to-end tests: `go test ./app/e2e` builds
// app.wasm and the static site under the sub-path /renda/ over the seeds
// plus a hostile report, serves it on 127.0.0.1 with site.FileServer and
// drives headless Chromium through it with chromedp. A test that builds a
// site of its own has it served at an origin of its own
// (siteN.localhost, serveSite), so that the service workers of other
// tests never see it.
//
// Chromium is looked up as $CHROME, chromium or chromium-browser; without
// it the tests are skipped, unless E2E_REQUIRED=1, when they fail. With
// E2E_SCREENSHOTS=1 the tests also write docs/screenshots/*.png.
package e2e
