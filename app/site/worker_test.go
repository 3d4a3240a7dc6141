package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestUpstreamWorkerUnchanged fails when go-app's default worker differs
// from the one worker.js was derived from: review worker.js against the new
// one (and keep its push notification part in step), then update the hash.
func TestUpstreamWorkerUnchanged(t *testing.T) {
	sum := sha256.Sum256([]byte(app.DefaultAppWorkerJS))
	if got := hex.EncodeToString(sum[:]); got != upstreamWorkerSHA256 {
		t.Fatalf("go-app's DefaultAppWorkerJS changed (sha256 %s, worker.js derives from %s): review app/site/worker.js", got, upstreamWorkerSHA256)
	}
	// The push notification part is copied unchanged.
	const push = "// Push Notifications"
	i := strings.Index(app.DefaultAppWorkerJS, push)
	j := strings.Index(workerJS, push)
	if i < 0 || j < 0 || strings.TrimSpace(app.DefaultAppWorkerJS[i:]) != strings.TrimSpace(workerJS[j:]) {
		t.Error("worker.js: the push notification part differs from go-app's")
	}
}

// TestWorkerPlaceholdersFilled builds a site and checks that go-app filled
// every placeholder of the worker template and that the precache list is
// the build's.
func TestWorkerPlaceholdersFilled(t *testing.T) {
	for name := range map[string]bool{"{{.Version}}": true, "{{.ResourcesToCache}}": true} {
		if !strings.Contains(workerJS, name) {
			t.Errorf("worker.js does not use %s", name)
		}
	}
	out, res := buildTestSite(t, "/renda/", testPack(t, "a"))
	data, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	w := string(data)
	if left := regexp.MustCompile(`\{\{[^}]*\}\}`).FindAllString(w, -1); len(left) > 0 {
		t.Errorf("app-worker.js: placeholders left: %q", left)
	}
	if !strings.Contains(w, `const version = "`+res.Version+`";`) {
		t.Errorf("app-worker.js: version %s not set", res.Version)
	}
	m := regexp.MustCompile(`const resourcesToCache = (\[.*\]);`).FindStringSubmatch(w)
	if m == nil {
		t.Fatal("app-worker.js: no resourcesToCache list")
	}
	var list []string
	if err := json.Unmarshal([]byte(m[1]), &list); err != nil {
		t.Fatalf("app-worker.js: resourcesToCache: %v", err)
	}
	for _, want := range []string{"/renda/web/app.wasm", "/renda/web/data/records-000.bin", "/renda/web/data/lists-000.bin", "/renda/web/data/index-000.bin", "/renda/web/data/pinyin-places-000.bin", "/renda/web/data/pinyin-people-000.bin", "/renda/web/data/tables-000.bin",
		"/renda/web/data/text-000.bin", // a small corpus's texts are precached
		"/renda/app.js",
		"/renda/wasm_exec.js", "/renda/manifest.webmanifest", "/renda/web/icons/icon-192.png",
		"/renda/web/icons/icon-512.png", "/renda/web/icons/maskable-512.png", "/renda/web/icons/icon.svg",
		"/renda/web/parser.wasm", "/renda/web/parser-worker.js"} {
		if !contains(list, want) {
			t.Errorf("resourcesToCache lacks %s: %q", want, list)
		}
	}
	for _, u := range list {
		if u != "/renda" && !strings.HasPrefix(u, "/renda/") {
			t.Errorf("resourcesToCache: %s lies outside the base", u)
		}
		if u == "/renda" {
			continue // the worker maps the root entry to its scope
		}
		if _, err := os.Stat(filepath.Join(out, strings.TrimPrefix(u, "/renda/"))); err != nil {
			t.Errorf("resourcesToCache: %s is not in the build", u)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
