//go:build wasm

package ui

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"syscall/js"

	"renda/app/importer"
)

// IndexedDB layout: one database, one object store of imported documents
// keyed by id, each value {id, added, json} where json is the Entry.
const (
	idbName    = "renda"
	idbVersion = 1
	idbStore   = "imported"
)

// browserStore keeps imported documents in IndexedDB, which survives
// reloads, restarts and offline use. Calls block until IndexedDB answers:
// make them off the UI goroutine (action handlers, ctx.Async).
type browserStore struct {
	once sync.Once
	db   js.Value
	err  error
}

func newBrowserStore() importer.Store { return &browserStore{} }

// open opens the database once, creating the object store on first use.
func (s *browserStore) open() (js.Value, error) {
	s.once.Do(func() {
		idb := js.Global().Get("indexedDB")
		if !idb.Truthy() {
			s.err = errors.New("this browser offers no IndexedDB")
			return
		}
		var req js.Value
		if s.err = jsTry(func() { req = idb.Call("open", idbName, idbVersion) }); s.err != nil {
			s.err = fmt.Errorf("opening IndexedDB: %w", s.err)
			return
		}
		upgrade := js.FuncOf(func(js.Value, []js.Value) any {
			db := req.Get("result")
			if !db.Get("objectStoreNames").Call("contains", idbStore).Bool() {
				db.Call("createObjectStore", idbStore, map[string]any{"keyPath": "id"})
			}
			return nil
		})
		defer upgrade.Release()
		req.Set("onupgradeneeded", upgrade)
		s.db, s.err = idbRequest(req)
		if s.err != nil {
			s.err = fmt.Errorf("opening IndexedDB: %w", s.err)
		}
	})
	return s.db, s.err
}

// record is the value stored for an entry.
type record struct {
	ID    string `json:"id"`
	Added string `json:"added"`
	JSON  string `json:"json"`
}

// Load implements importer.Store: every entry, oldest first.
func (s *browserStore) Load() ([]importer.Entry, error) {
	db, err := s.open()
	if err != nil {
		return nil, err
	}
	var req js.Value
	if err := jsTry(func() {
		req = db.Call("transaction", idbStore, "readonly").Call("objectStore", idbStore).Call("getAll")
	}); err != nil {
		return nil, fmt.Errorf("reading imported documents: %w", err)
	}
	all, err := idbRequest(req)
	if err != nil {
		return nil, fmt.Errorf("reading imported documents: %w", err)
	}
	n := all.Length()
	entries := make([]importer.Entry, 0, n)
	for i := range n {
		var e importer.Entry
		if err := json.Unmarshal([]byte(all.Index(i).Get("json").String()), &e); err != nil {
			continue // a damaged value: skip it, keep the others
		}
		entries = append(entries, e)
	}
	// Sorted by position, a sort app.wasm has anyway, not by entry.
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(entries[a].Added, entries[b].Added), cmp.Compare(entries[a].ID, entries[b].ID))
	})
	sorted := make([]importer.Entry, len(entries))
	for i, k := range order {
		sorted[i] = entries[k]
	}
	return sorted, nil
}

// Put implements importer.Store. A full disk or quota wraps
// importer.ErrQuota.
func (s *browserStore) Put(e importer.Entry) error {
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", e.ID, err)
	}
	return s.write("storing "+e.ID, func(st js.Value) {
		st.Call("put", map[string]any{"id": e.ID, "added": e.Added, "json": string(b)})
	})
}

// Delete implements importer.Store.
func (s *browserStore) Delete(id string) error {
	return s.write("deleting "+id, func(st js.Value) { st.Call("delete", id) })
}

// Clear implements importer.Store.
func (s *browserStore) Clear() error {
	return s.write("deleting every imported document", func(st js.Value) { st.Call("clear") })
}

// write runs op in a read-write transaction and waits for it to commit.
func (s *browserStore) write(what string, op func(store js.Value)) error {
	db, err := s.open()
	if err != nil {
		return err
	}
	var tx js.Value
	if err := jsTry(func() {
		tx = db.Call("transaction", idbStore, "readwrite")
		op(tx.Call("objectStore", idbStore))
	}); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := idbTransaction(tx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// idbRequest waits for an IDBRequest and returns its result.
func idbRequest(req js.Value) (js.Value, error) {
	done := make(chan error, 1)
	ok := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 {
			args[0].Call("preventDefault")
		}
		done <- domError(req.Get("error"))
		return nil
	})
	blocked := js.FuncOf(func(js.Value, []js.Value) any {
		done <- errors.New("blocked by another tab: close the other Renda tabs and retry")
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	defer blocked.Release()
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	req.Set("onblocked", blocked)
	if err := <-done; err != nil {
		return js.Undefined(), err
	}
	return req.Get("result"), nil
}

// idbTransaction waits for a transaction to commit or fail.
func idbTransaction(tx js.Value) error {
	done := make(chan error, 1)
	ok := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case done <- domError(tx.Get("error")):
		default:
		}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	tx.Set("oncomplete", ok)
	tx.Set("onerror", fail)
	tx.Set("onabort", fail)
	return <-done
}

// domError turns a DOMException into an error; QuotaExceededError wraps
// importer.ErrQuota.
func domError(e js.Value) error {
	if !e.Truthy() {
		return errors.New("aborted")
	}
	name, msg := e.Get("name").String(), e.Get("message").String()
	if name == "QuotaExceededError" {
		return fmt.Errorf("%w: %s", importer.ErrQuota, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// jsTry runs f, turning a JavaScript exception into an error.
func jsTry(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(js.Error); ok {
				err = domError(je.Value)
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}
