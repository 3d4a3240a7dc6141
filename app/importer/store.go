package importer

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"renda/app/corpus"
)

// Entry is one imported document as the store keeps it.
type Entry struct {
	ID    string     `json:"id"`    // the document id, "imported-…", unique next to the bundled ids
	Hash  string     `json:"hash"`  // hex SHA-256 of the imported bytes
	Name  string     `json:"name"`  // the file name as picked (or pasted.txt)
	Size  int        `json:"size"`  // bytes imported
	Added string     `json:"added"` // when, RFC 3339 with nanoseconds (sorts in order)
	Doc   corpus.Doc `json:"doc"`   // the parsed record and its decoded text
}

// ErrQuota is what a Store wraps when the browser refuses to store more
// (IndexedDB's QuotaExceededError).
var ErrQuota = errors.New("storage quota exceeded")

// Store keeps imported documents between visits.
type Store interface {
	// Load returns every entry, in the order they were added.
	Load() ([]Entry, error)
	// Put adds e, replacing an entry with the same id.
	Put(e Entry) error
	// Delete removes the entry with the given id (no error if absent).
	Delete(id string) error
	// Clear removes every entry.
	Clear() error
}

// MemStore is a Store in memory, for tests and for browsers without
// IndexedDB. The zero value is ready; it is safe for concurrent use.
type MemStore struct {
	mu      sync.Mutex
	entries []Entry
	// Limit, when positive, is how many entries fit: Put fails with
	// ErrQuota beyond it (to test quota handling).
	Limit int
}

// Load implements Store.
func (m *MemStore) Load() ([]Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.entries), nil
}

// Put implements Store.
func (m *MemStore) Put(e Entry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if i := slices.IndexFunc(m.entries, func(x Entry) bool { return x.ID == e.ID }); i >= 0 {
		m.entries[i] = e
		return nil
	}
	if m.Limit > 0 && len(m.entries) >= m.Limit {
		return fmt.Errorf("storing %s: %w", e.ID, ErrQuota)
	}
	m.entries = append(m.entries, e)
	return nil
}

// Delete implements Store.
func (m *MemStore) Delete(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = slices.DeleteFunc(m.entries, func(x Entry) bool { return x.ID == id })
	return nil
}

// Clear implements Store.
func (m *MemStore) Clear() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = nil
	return nil
}

// Docs returns the documents of entries, in order.
func Docs(entries []Entry) []corpus.Doc {
	docs := make([]corpus.Doc, len(entries))
	for i := range entries {
		docs[i] = entries[i].Doc
	}
	return docs
}
