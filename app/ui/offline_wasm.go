//go:build wasm

package ui

import (
	"errors"
	"syscall/js"
	"time"
)

// cachedURLs reports which of urls the site's caches hold (the worker's
// precache or its runtime cache), nil without CacheStorage.
func cachedURLs(urls []string) []bool {
	c := js.Global().Get("caches")
	if !c.Truthy() {
		return nil
	}
	opts := map[string]any{"ignoreSearch": true}
	out := make([]bool, len(urls))
	for i, u := range urls {
		r, err := await(c.Call("match", u, opts))
		out[i] = err == nil && r.Truthy()
	}
	return out
}

// heldWait is how long heldURLs waits for the worker's answer: a worker of
// an older build does not know the question.
const heldWait = 10 * time.Second

// heldURLs reports which of urls this build's caches hold, asking the
// service worker that controls the page ("renda:held" in
// app/site/worker.js), which reads its caches' keys off the page's
// thread. ok is false when no worker controls the page (a first visit) or
// it gives no answer within heldWait.
func heldURLs(urls []string) (held []bool, ok bool) {
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || !sw.Get("controller").Truthy() {
		return nil, false
	}
	data, ok := askWorker(func(msg map[string]any, port js.Value) {
		sw.Get("controller").Call("postMessage", msg, []any{port})
	}, "renda:held", urls, heldWait)
	if !ok {
		return nil, false
	}
	h := data.Get("held")
	if !h.Truthy() || h.Length() != len(urls) {
		return nil, false
	}
	held = make([]bool, len(urls))
	for i := range held {
		held[i] = h.Index(i).Truthy()
	}
	return held, true
}

// askWorker sends a service worker the message {type, urls} through post,
// with a port for the answer, and waits at most wait for the answer's
// data; ok is false without one.
func askWorker(post func(msg map[string]any, port js.Value), kind string, urls []string, wait time.Duration) (data js.Value, ok bool) {
	list := make([]any, len(urls))
	for i, u := range urls {
		list[i] = u
	}
	ch := js.Global().Get("MessageChannel").New()
	reply := make(chan js.Value, 1)
	onReply := js.FuncOf(func(_ js.Value, args []js.Value) any {
		reply <- args[0].Get("data")
		return nil
	})
	defer onReply.Release()
	defer ch.Get("port1").Call("close") // a late answer finds no listener
	ch.Get("port1").Set("onmessage", onReply)
	post(map[string]any{"type": kind, "urls": list}, ch.Get("port2"))
	select {
	case data := <-reply:
		return data, true
	case <-time.After(wait):
		return js.Undefined(), false
	}
}

// tellWorkerReady tells the site's service workers, once per page, that
// the page has its first results ("renda:ready" in app/site/worker.js): a
// worker installing on a first visit precaches the data only then.
func tellWorkerReady() {
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || js.Global().Get("rendaWorkerTold").Truthy() {
		return
	}
	js.Global().Set("rendaWorkerTold", true)
	var post js.Func
	post = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer post.Release()
		if len(args) == 0 || !args[0].Truthy() {
			return nil // not registered yet: the worker waits its while
		}
		for _, state := range []string{"installing", "waiting", "active"} {
			if w := args[0].Get(state); w.Truthy() {
				w.Call("postMessage", map[string]any{"type": "renda:ready"})
			}
		}
		return nil
	})
	sw.Call("getRegistration").Call("then", post)
}

// storeOffline asks the service worker to cache urls ("renda:keep" in
// app/site/worker.js) and waits for its answer, at most two minutes.
func storeOffline(urls []string) error {
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return errors.New(offlineNotStored)
	}
	var post js.Func
	defer func() { post.Release() }()
	_, ok := askWorker(func(msg map[string]any, port js.Value) {
		post = js.FuncOf(func(_ js.Value, args []js.Value) any {
			args[0].Get("active").Call("postMessage", msg, []any{port})
			return nil
		})
		sw.Get("ready").Call("then", post)
	}, "renda:keep", urls, 2*time.Minute)
	if !ok {
		return errors.New(offlineNotStored)
	}
	return nil
}
