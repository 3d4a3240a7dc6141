package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"renda/app/corpus"
	"renda/parse/schema"
)

// MaxSize is the largest file imported: 20 MB.
const MaxSize = 20 << 20

// IDPrefix starts the id of every imported document, so that it never
// collides with a bundled one.
const IDPrefix = "imported-"

// maxStem bounds the file-name part of an id, in characters.
const maxStem = 60

// Source is one file to import. Its bytes are read only once the size is
// known to fit.
type Source struct {
	Name string                 // the file name (a folder path is fine)
	Size int64                  // bytes, -1 when unknown
	Open func() ([]byte, error) // reads the bytes
}

// ReadFunc reads one file into a document: it decodes, reduces HTML to text
// and parses. Errors should be (or wrap) a *ReadError, which tells the
// report why the file was refused; other errors count as unreadable. The
// reader package's Read is one; in the browser it runs in a Web Worker.
type ReadFunc func(name string, data []byte) (corpus.Doc, error)

// Progress tells how far an import got.
type Progress struct {
	Done, Total int     // files looked at, files in all
	Last        Outcome // the outcome of the last file
}

// Importer imports files next to the documents already there. Build one
// per import with New; it is not safe for concurrent use.
type Importer struct {
	store    Store
	reserved func(id string) bool // ids of the bundled corpus
	ids      map[string]bool      // ids of stored entries and of this import
	hashes   map[string]string    // content hash → id of the stored entry
	read     ReadFunc
	yield    func()
	now      func() time.Time
}

// New returns an Importer that reads files with read and stores into store,
// next to the entries already stored (existing) and the bundled documents,
// whose ids reserved reports (nil: none).
func New(store Store, existing []Entry, reserved func(id string) bool, read ReadFunc) *Importer {
	if reserved == nil {
		reserved = func(string) bool { return false }
	}
	im := &Importer{
		store:    store,
		reserved: reserved,
		ids:      make(map[string]bool, len(existing)),
		hashes:   make(map[string]string, len(existing)),
		read:     read,
		yield:    func() {},
		now:      time.Now,
	}
	for _, e := range existing {
		im.ids[e.ID] = true
		im.hashes[e.Hash] = e.ID
	}
	return im
}

// Yield sets what the importer calls after every file, e.g. to let the
// browser paint and handle events.
func (im *Importer) Yield(f func()) *Importer { im.yield = f; return im }

// Import imports sources in order, calling progress (may be nil) after
// each, until done or ctx is canceled. Every source gets an outcome; a
// failure, even a panic, in one never stops the others.
func (im *Importer) Import(ctx context.Context, sources []Source, progress func(Progress)) Report {
	var rep Report
	rep.Outcomes = make([]Outcome, 0, len(sources))
	for i, src := range sources {
		if ctx.Err() != nil {
			rep.Canceled = true
			for _, s := range sources[i:] {
				rep.Outcomes = append(rep.Outcomes, Outcome{Name: s.Name, Status: StatusCanceled})
			}
			break
		}
		o, e := im.one(src)
		rep.Outcomes = append(rep.Outcomes, o)
		if e != nil {
			rep.Added = append(rep.Added, *e)
		}
		if progress != nil {
			progress(Progress{Done: i + 1, Total: len(sources), Last: o})
		}
		im.yield()
	}
	return rep
}

// one imports one source, recovering from any panic.
func (im *Importer) one(src Source) (o Outcome, added *Entry) {
	o = Outcome{Name: src.Name}
	defer func() {
		if r := recover(); r != nil {
			o, added = failed(src.Name, ReasonCrash, fmt.Errorf("%s: internal error: %v", src.Name, r)), nil
		}
	}()
	if src.Size > MaxSize {
		return failed(src.Name, ReasonTooLarge, fmt.Errorf("%s: %d bytes, over the limit of %d", src.Name, src.Size, MaxSize)), nil
	}
	data, err := src.Open()
	if err != nil {
		return failed(src.Name, ReasonRead, fmt.Errorf("%s: reading: %w", src.Name, err)), nil
	}
	if len(data) > MaxSize {
		return failed(src.Name, ReasonTooLarge, fmt.Errorf("%s: %d bytes, over the limit of %d", src.Name, len(data), MaxSize)), nil
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	if id, dup := im.hashes[hash]; dup {
		o.Status, o.ID = StatusDuplicate, id
		return o, nil
	}
	doc, err := im.read(src.Name, data)
	if err != nil {
		return failed(src.Name, reasonOf(err), fmt.Errorf("%s: %w", src.Name, err)), nil
	}
	if !HasSession(doc.Record) {
		return failed(src.Name, ReasonNoSession, fmt.Errorf("%s: no congress session named", src.Name)), nil
	}
	doc.ID = im.newID(src.Name)
	e := Entry{ID: doc.ID, Hash: hash, Name: src.Name, Size: len(data), Added: im.now().UTC().Format(time.RFC3339Nano), Doc: doc}
	if err := im.store.Put(e); err != nil {
		r := ReasonStorage
		if reasonOf(err) == ReasonQuota {
			r = ReasonQuota
		}
		return failed(src.Name, r, fmt.Errorf("%s: %w", src.Name, err)), nil
	}
	im.ids[e.ID] = true
	im.hashes[hash] = e.ID
	o.Status, o.ID, o.Title = StatusImported, e.ID, doc.Title
	return o, &e
}

func failed(name string, r Reason, err error) Outcome {
	return Outcome{Name: name, Status: StatusFailed, Reason: r, Detail: err.Error()}
}

// HasSession reports whether rec is about a congress session: it names a
// term, a locality or an event other than "other".
func HasSession(rec schema.Record) bool {
	return rec.Term != 0 || rec.Locality != "" || (rec.Event != "" && rec.Event != schema.EventOther)
}

// newID returns a free id for a file: imported-STEM, then imported-STEM-2…
func (im *Importer) newID(name string) string {
	base := IDPrefix + stem(name)
	id := base
	for n := 2; im.ids[id] || im.reserved(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// stem is the file's base name without extension, trimmed, at most maxStem
// characters, "document" when nothing is left.
func stem(name string) string {
	s := strings.TrimSpace(schema.ID(name))
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7F || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > maxStem {
		s = string([]rune(s)[:maxStem])
	}
	if s == "" || s == "." || s == ".." {
		return "document"
	}
	return s
}
