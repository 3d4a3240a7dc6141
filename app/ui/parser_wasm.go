//go:build wasm

package ui

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sync"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/importer"
)

// parserTimeout is how long one file may take in the worker before the
// import gives up on it (and on the worker, which is restarted).
const parserTimeout = 2 * time.Minute

// workerParser reads files in a Web Worker running web/parser.wasm (see
// web/parser-worker.js and app/parseworker), started on the first file.
// Read blocks the calling goroutine, never the UI: in wasm, a blocked
// goroutine lets the JavaScript event loop run. It is safe for concurrent
// use.
type workerParser struct {
	mu      sync.Mutex
	worker  js.Value // the running worker, undefined before the first file
	onMsg   js.Func  // its message listener
	onErr   js.Func  // its error listener
	seq     int      // the last message's number
	waiting map[int]chan parserReply
}

// parserReply is the worker's answer to one file.
type parserReply struct {
	doc    string // the corpus.Doc as JSON
	reason importer.Reason
	detail string
}

func newParser() parser { return &workerParser{waiting: map[int]chan parserReply{}} }

// Read implements parser: it sends the bytes to the worker (transferring
// them) and waits for the document or the reason it was refused.
func (p *workerParser) Read(name string, data []byte) (corpus.Doc, error) {
	u8 := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(u8, data)
	p.mu.Lock()
	if err := p.startLocked(); err != nil {
		p.mu.Unlock()
		return corpus.Doc{}, &importer.ReadError{Reason: importer.ReasonCrash, Detail: err.Error(), Err: err}
	}
	p.seq++
	seq := p.seq
	ch := make(chan parserReply, 1) // the listener must not block
	p.waiting[seq] = ch
	w := p.worker
	p.mu.Unlock()

	msg := map[string]any{"seq": seq, "name": name, "data": u8}
	if err := jsTry(func() { w.Call("postMessage", msg, []any{u8.Get("buffer")}) }); err != nil {
		p.forget(seq)
		return corpus.Doc{}, fmt.Errorf("sending the file to the parser worker: %w", err)
	}
	var r parserReply
	select {
	case r = <-ch:
	case <-time.After(parserTimeout):
		p.stop(fmt.Sprintf("no answer in %v", parserTimeout))
		r = <-ch
	}
	if r.reason != "" {
		return corpus.Doc{}, &importer.ReadError{Reason: r.reason, Detail: r.detail}
	}
	var doc corpus.Doc
	if err := json.Unmarshal([]byte(r.doc), &doc); err != nil {
		return corpus.Doc{}, fmt.Errorf("reading the parser worker's answer: %w", err)
	}
	return doc, nil
}

// startLocked starts the worker unless it runs.
func (p *workerParser) startLocked() error {
	if p.worker.Truthy() {
		return nil
	}
	if !js.Global().Get("Worker").Truthy() {
		return fmt.Errorf("this browser cannot run the parser: no Web Workers")
	}
	u := rootPrefix() + "/web/parser-worker.js"
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		u += "?v=" + url.QueryEscape(v)
	}
	var w js.Value
	if err := jsTry(func() { w = js.Global().Get("Worker").New(u) }); err != nil {
		return fmt.Errorf("starting the parser worker: %w", err)
	}
	p.onMsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
		p.receive(args[0].Get("data"))
		return nil
	})
	p.onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		detail := "the parser worker failed"
		if m := args[0].Get("message"); m.Truthy() {
			detail += ": " + m.String()
		}
		p.stop(detail)
		return nil
	})
	w.Call("addEventListener", "message", p.onMsg)
	w.Call("addEventListener", "error", p.onErr)
	w.Call("addEventListener", "messageerror", p.onErr)
	p.worker = w
	return nil
}

// receive routes one message of the worker to the file it answers.
func (p *workerParser) receive(m js.Value) {
	if !m.Truthy() || m.Get("ready").Truthy() {
		return
	}
	seq := m.Get("seq").Int()
	r := parserReply{}
	if d := m.Get("doc"); d.Type() == js.TypeString {
		r.doc = d.String()
	} else {
		r.reason = importer.Reason(m.Get("reason").String())
		r.detail = m.Get("detail").String()
	}
	p.mu.Lock()
	ch := p.waiting[seq]
	delete(p.waiting, seq)
	p.mu.Unlock()
	if ch != nil {
		ch <- r
	}
}

// forget stops waiting for the answer to seq.
func (p *workerParser) forget(seq int) {
	p.mu.Lock()
	delete(p.waiting, seq)
	p.mu.Unlock()
}

// stop terminates the worker, failing every file waiting for it with
// detail; the next file starts a new one.
func (p *workerParser) stop(detail string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for seq, ch := range p.waiting {
		ch <- parserReply{reason: importer.ReasonCrash, detail: detail}
		delete(p.waiting, seq)
	}
	if !p.worker.Truthy() {
		return
	}
	p.worker.Call("removeEventListener", "message", p.onMsg)
	p.worker.Call("removeEventListener", "error", p.onErr)
	p.worker.Call("removeEventListener", "messageerror", p.onErr)
	p.worker.Call("terminate")
	p.onMsg.Release()
	p.onErr.Release()
	p.worker = js.Undefined()
}
