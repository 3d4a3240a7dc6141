//go:build wasm

package ui

import (
	"errors"
	"strconv"
	"syscall/js"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// browserFetcher fetches with the browser's fetch: net/http would add
// hundreds of kilobytes to app.wasm.
//
// It reads bodies into ArrayBuffers of its own (buffers), reused from one
// fetch to the next, rather than taking them as the browser hands them
// out (Response.arrayBuffer, a default reader's chunks): those belong to
// Blink, which lets go of their memory only when V8 next collects, however
// soon the page empties them (detachBuffer), and V8 collects seldom here,
// the page's JavaScript heap being small: at 10,000 reports, 22.5 MB of
// fetched bodies were waiting for a collection after six queries (2.6 MB
// once one ran).
type browserFetcher struct {
	buffers bufferPool
}

func newBrowserFetcher() packFetcher { return browserFetcher{buffers: make(bufferPool, 4)} }

// Fetch implements packFetcher. Without progress to report it lets the
// browser gather the body as a Blob first, whose size is the body's once
// decoded (Content-Length counts compressed bytes), so the bytes go into
// one slice of the right length; with progress it streams the response,
// the total known only when the body is not content-encoded. A browser
// without readers into buffers of one's own gets the body whole. Errors
// name the file (resourceName).
func (f browserFetcher) Fetch(url string, size int, progress func(loaded, total int)) ([]byte, error) {
	return f.fetch(url, size, nil, progress)
}

// FetchInto implements packFetcher.
func (f browserFetcher) FetchInto(url string, room []byte, progress func(loaded, total int)) ([]byte, error) {
	return f.fetch(url, 0, room, progress)
}

// fetch fetches url, of size bytes when the caller knows it, into room's
// memory when the body fits its capacity.
func (f browserFetcher) fetch(url string, size int, room []byte, progress func(loaded, total int)) ([]byte, error) {
	name := resourceName(url)
	resp, err := await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, errors.New("无法下载数据：" + name + "：" + err.Error())
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("无法下载数据：" + name + "：HTTP " + strconv.Itoa(resp.Get("status").Int()))
	}
	total := size
	headers := resp.Get("headers")
	if enc := headers.Call("get", "content-encoding"); enc.IsNull() || enc.String() == "identity" {
		if n := headers.Call("get", "content-length"); !n.IsNull() {
			total, _ = strconv.Atoi(n.String())
		}
	}
	body, stream := resp, resp.Get("body") // a Response or a Blob, and its bytes
	if progress == nil || stream.IsNull() || stream.IsUndefined() {
		if body, err = await(resp.Call("blob")); err != nil {
			return nil, errors.New("下载中断：" + name + "：" + err.Error())
		}
		stream, total, progress = body.Call("stream"), body.Get("size").Int(), func(int, int) {}
	}
	data, err := f.read(body, stream, total, room, progress)
	if err != nil {
		return nil, errors.New("下载中断：" + name + "：" + err.Error())
	}
	return data, nil
}

// read reads body's stream of bytes into the fetcher's buffers, or the
// body whole when the browser cannot, and copies them to room when they
// fit in it, else to a slice of their own.
func (f browserFetcher) read(body, stream js.Value, total int, room []byte, progress func(loaded, total int)) ([]byte, error) {
	reader, ok := byobReader(stream)
	if !ok {
		buf, err := await(body.Call("arrayBuffer"))
		if err != nil {
			return nil, err
		}
		defer detachBuffer(app.ValueOf(buf))
		n := buf.Get("byteLength").Int()
		data := room[:0]
		if cap(room) < n {
			data = make([]byte, 0, n)
		}
		data = data[:n]
		js.CopyBytesToGo(data, js.Global().Get("Uint8Array").New(buf))
		return data, nil
	}
	data := newBodyBytesIn(room, total)
	buf := f.buffers.take()
	for {
		// A read takes the buffer (it is emptied, its memory moved to the
		// view read) and gives it back in the view, even the last.
		chunk, err := await(reader.Call("read", js.Global().Get("Uint8Array").New(buf)))
		if err != nil {
			return nil, err
		}
		v := chunk.Get("value")
		if !v.IsUndefined() {
			buf = v.Get("buffer")
		}
		if chunk.Get("done").Bool() {
			f.buffers.put(buf)
			progress(data.len(), total)
			return data.bytes(), nil
		}
		js.CopyBytesToGo(data.next(v.Get("length").Int()), v)
		progress(data.len(), total)
	}
}

// byobReader returns a reader of stream that reads into the buffers given
// it, and true, if the browser makes one for such a stream (Chromium does
// for a response's body and a Blob's stream), else false, the stream left
// unread.
func byobReader(stream js.Value) (reader js.Value, ok bool) {
	defer func() {
		if recover() != nil { // getReader threw: not a stream of bytes
			ok = false
		}
	}()
	return stream.Call("getReader", map[string]any{"mode": "byob"}), true
}

// bufferPool keeps the ArrayBuffers a browserFetcher reads into: each
// fetch takes one and gives it back when the body is read, so the pool
// holds as many as ran at once, up to the channel's capacity.
type bufferPool chan js.Value

// bufferSize is the size of a fetcher's buffers: a text shard of 64
// generated reports (1.2 MB) takes five reads, a page of records (8 MB)
// thirty-two.
const bufferSize = 256 << 10

func (p bufferPool) take() js.Value {
	select {
	case b := <-p:
		return b
	default:
		return js.Global().Get("ArrayBuffer").New(bufferSize)
	}
}

// put gives b back unless it is emptied (a read failed) or the pool is
// full.
func (p bufferPool) put(b js.Value) {
	if b.Get("byteLength").Int() == bufferSize {
		select {
		case p <- b:
		default:
		}
	}
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
