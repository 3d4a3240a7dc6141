package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sort"
	"sync"

	"renda/app/corpus"
	"renda/app/reader"
	"renda/parse/schema"
)

// progressMin is the number of files above which LoadCorpus reports its
// progress.
const progressMin = 200

// LoadCorpus parses every report under fsys (recursively, in lexical
// order; text files and saved HTML pages: reader.Accepts) on all cores and
// returns the pack, its Version a hash of the documents. A file that fails
// is reported on stderr as "FILE: reason" and skipped, as is a file with
// the id and the text of an earlier one; a file whose id an earlier one has
// (the same name in another folder) gets the next free id, ID-2, ID-3…,
// said on stderr. LoadCorpus fails only when no document is left.
func LoadCorpus(fsys fs.FS, stderr io.Writer) (corpus.Pack, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && reader.Accepts(name) {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return corpus.Pack{}, fmt.Errorf("listing reports: %w", err)
	}
	sort.Strings(names)

	docs, errs := parseAll(fsys, names, stderr)
	natural := make([]string, 0, len(docs))
	for i, d := range docs {
		if errs[i] == nil {
			natural = append(natural, d.ID)
		}
	}
	ids := schema.NewIDs(natural)
	var pack corpus.Pack
	holder := make(map[string]int, len(docs)) // id → the file whose report has it
	for i, d := range docs {
		if errs[i] != nil {
			fmt.Fprintf(stderr, "%s: %v\n", names[i], errs[i])
			continue
		}
		if j, dup := holder[d.ID]; dup && docs[j].Original == d.Original {
			fmt.Fprintf(stderr, "%s: skipped: the same text as %s\n", names[i], names[j])
			continue
		}
		if id := ids.Take(d.ID); id != d.ID {
			fmt.Fprintf(stderr, "%s: id %q already used by %s: this report's id is %q\n", names[i], d.ID, names[holder[d.ID]], id)
			d.ID = id
		}
		holder[d.ID] = i
		pack.Docs = append(pack.Docs, d)
	}
	if len(pack.Docs) == 0 {
		return corpus.Pack{}, fmt.Errorf("no report could be read (%d files)", len(names))
	}
	pack.Version, err = packVersion(pack.Docs)
	if err != nil {
		return corpus.Pack{}, err
	}
	return pack, nil
}

// parseAll parses names on GOMAXPROCS goroutines; docs[i] and errs[i] belong
// to names[i].
func parseAll(fsys fs.FS, names []string, stderr io.Writer) ([]corpus.Doc, []error) {
	docs := make([]corpus.Doc, len(names))
	errs := make([]error, len(names))
	jobs := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				docs[i], errs[i] = parseFile(fsys, names[i])
				done <- struct{}{}
			}
		}()
	}
	go func() {
		for i := range names {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()

	show := len(names) > progressMin
	step := max(len(names)/20, 1)
	n := 0
	for range done {
		n++
		if show && (n%step == 0 || n == len(names)) {
			fmt.Fprintf(stderr, "parsed %d/%d reports\n", n, len(names))
		}
	}
	return docs, errs
}

// parseFile reads and parses one report.
func parseFile(fsys fs.FS, name string) (corpus.Doc, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return corpus.Doc{}, pe.Err // the caller prints the name
		}
		return corpus.Doc{}, err
	}
	rec, text, err := reader.Report(name, data)
	if err != nil {
		return corpus.Doc{}, err
	}
	return corpus.Doc{Record: rec, Original: text}, nil
}

// packVersion hashes the documents' JSON.
func packVersion(docs []corpus.Doc) (string, error) {
	h := sha256.New()
	if err := json.NewEncoder(h).Encode(docs); err != nil {
		return "", fmt.Errorf("hashing the corpus: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
