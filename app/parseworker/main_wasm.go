//go:build wasm

package main

import (
	"syscall/js"

	"renda/app/reader"
)

// main in the Web Worker: it installs self.rendaParse, which
// web/parser-worker.js calls with every message's data, posts {ready:
// true} and lets the shim hand over the messages it queued meanwhile.
func main() {
	self := js.Global()
	parse := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 {
			return nil
		}
		self.Call("postMessage", answer(args[0]))
		return nil
	})
	self.Set("rendaParse", parse)
	self.Call("postMessage", map[string]any{"ready": true})
	if drain := self.Get("rendaParserReady"); drain.Type() == js.TypeFunction {
		drain.Invoke()
	}
	select {} // serve until the worker is terminated
}

// answer reads the file of one message {seq, name, data} and returns the
// message to post back.
func answer(msg js.Value) map[string]any {
	out := map[string]any{"seq": msg.Get("seq")}
	name := msg.Get("name").String()
	u8 := msg.Get("data")
	data := make([]byte, u8.Get("byteLength").Int())
	js.CopyBytesToGo(data, u8)
	// Empty the buffer copied: syscall/js may never let go of u8 (its
	// finalizer shares a block of the tiny allocator with whatever lives
	// on), and a worker reading thousands of files would hold them all.
	if buf := u8.Get("buffer"); buf.Get("transfer").Type() == js.TypeFunction {
		buf.Call("transfer", 0)
	}
	r := handle(reader.Read, name, data)
	if r.Reason != "" {
		out["reason"], out["detail"] = string(r.Reason), r.Detail
		return out
	}
	out["doc"] = r.Doc
	return out
}
