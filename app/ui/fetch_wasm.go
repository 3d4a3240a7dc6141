//go:build wasm

package ui

import (
	"errors"
	"slices"
	"strconv"
	"syscall/js"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserFetcher fetches with the browser's fetch: net/http would add
// hundreds of kilobytes to app.wasm.
type browserFetcher struct{}

func newBrowserFetcher() packFetcher { return browserFetcher{} }

// Fetch implements packFetcher, streaming the body to report progress. The
// total is known only when the response is not content-encoded (else
// Content-Length counts compressed bytes). Without progress to report it
// takes the body whole: one wait for JavaScript instead of one a chunk
// (the 254 shards of the text index that a page of 100,000 reports
// prefetches after its first results spent 9% of the page's time in
// fetching while the user typed). Errors name the file (resourceName).
func (browserFetcher) Fetch(url string, progress func(loaded, total int)) ([]byte, error) {
	name := resourceName(url)
	resp, err := await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, errors.New("无法下载数据：" + name + "：" + err.Error())
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("无法下载数据：" + name + "：HTTP " + strconv.Itoa(resp.Get("status").Int()))
	}
	total := 0
	headers := resp.Get("headers")
	if enc := headers.Call("get", "content-encoding"); enc.IsNull() || enc.String() == "identity" {
		if n := headers.Call("get", "content-length"); !n.IsNull() {
			total, _ = strconv.Atoi(n.String())
		}
	}
	body := resp.Get("body")
	if progress == nil || body.IsNull() || body.IsUndefined() {
		buf, err := await(resp.Call("arrayBuffer"))
		if err != nil {
			return nil, errors.New("下载中断：" + name + "：" + err.Error())
		}
		defer detachBuffer(app.ValueOf(buf))
		return copyBytes(js.Global().Get("Uint8Array").New(buf)), nil
	}
	reader := body.Call("getReader")
	data := make([]byte, 0, total)
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, errors.New("下载中断：" + name + "：" + err.Error())
		}
		if chunk.Get("done").Bool() {
			break
		}
		v := chunk.Get("value")
		n := v.Get("length").Int()
		data = slices.Grow(data, n)[:len(data)+n]
		js.CopyBytesToGo(data[len(data)-n:], v)
		if buf := v.Get("buffer"); v.Get("byteOffset").Int() == 0 && buf.Get("byteLength").Int() == n {
			detachBuffer(app.ValueOf(buf)) // the chunk's own buffer: no later chunk reads it
		}
		progress(len(data), total)
	}
	progress(len(data), total)
	return data, nil
}

func copyBytes(u8 js.Value) []byte {
	b := make([]byte, u8.Get("length").Int())
	js.CopyBytesToGo(b, u8)
	return b
}

// await waits for a promise to settle.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "unknown error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	promise.Call("then", onOK, onErr)
	r := <-done
	return r.v, r.err
}
