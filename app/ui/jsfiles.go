package ui

import (
	"errors"
	"path"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/importer"
)

// Reading the browser's File objects and dropped folders into import
// sources. Only called in the browser, off the UI goroutine where it
// waits (folders, file bytes).

// fileSources returns a source per File of a FileList (an <input
// type=file>'s files), named by its path in a picked folder when there is
// one.
func fileSources(files app.Value) []importer.Source {
	n := files.Length()
	out := make([]importer.Source, 0, n)
	for i := range n {
		f := files.Index(i)
		name := f.Get("webkitRelativePath").String()
		if !f.Get("webkitRelativePath").Truthy() {
			name = f.Get("name").String()
		}
		out = append(out, fileSource(name, f))
	}
	return out
}

// fileSource returns the source of one File.
func fileSource(name string, f app.Value) importer.Source {
	return importer.Source{
		Name: name,
		Size: int64(f.Get("size").Float()),
		Open: func() ([]byte, error) {
			buf, err := awaitJS(f.Call("arrayBuffer"))
			if err != nil {
				return nil, err
			}
			u8 := app.Window().Get("Uint8Array").New(buf)
			b := make([]byte, u8.Length())
			app.CopyBytesToGo(b, u8)
			detachBuffer(buf)
			return b, nil
		},
	}
}

// detachBuffer empties buf, an ArrayBuffer whose bytes Go has copied, so
// that the browser can free them whatever becomes of the Values that refer
// to it. syscall/js lets go of a Value's JavaScript object when a
// finalizer on an 8-byte allocation runs, and the runtime's tiny allocator
// puts such allocations in 16-byte blocks that a long-lived neighbour
// keeps alive: at 10,000 reports, keeping the texts of the documents asked
// for (small strings, copied as the shards came) kept 94 shards' bodies,
// 117 MB, referenced from Go for good.
func detachBuffer(buf app.Value) {
	if buf.Get("transfer").Type() == app.TypeFunction { // Chromium 114, Firefox 122, Safari 17.4
		buf.Call("transfer", 0)
	}
}

// entrySources walks dropped FileSystemEntry values (files and folders,
// recursively) into sources, in the order given and folder order.
func entrySources(entries []app.Value) []importer.Source {
	var out []importer.Source
	var walk func(e app.Value, dir string)
	walk = func(e app.Value, dir string) {
		name := path.Join(dir, e.Get("name").String())
		if e.Get("isDirectory").Bool() {
			reader := e.Call("createReader")
			for {
				batch, err := awaitCallback(func(ok, fail app.Func) { reader.Call("readEntries", ok, fail) })
				if err != nil || batch.Length() == 0 {
					return
				}
				for i := range batch.Length() {
					walk(batch.Index(i), name)
				}
			}
		}
		f, err := awaitCallback(func(ok, fail app.Func) { e.Call("file", ok, fail) })
		if err != nil {
			out = append(out, importer.Source{Name: name, Size: -1, Open: func() ([]byte, error) { return nil, err }})
			return
		}
		out = append(out, fileSource(name, f))
	}
	for _, e := range entries {
		walk(e, "")
	}
	return out
}

// awaitJS waits for a promise to settle.
func awaitJS(promise app.Value) (app.Value, error) {
	return awaitCallback(func(ok, fail app.Func) { promise.Call("then", ok, fail) })
}

// awaitCallback calls start with a success and a failure callback and
// waits for one of them.
func awaitCallback(start func(ok, fail app.Func)) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	ok := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var v app.Value = app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	fail := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "unknown error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	start(ok, fail)
	r := <-done
	return r.v, r.err
}
