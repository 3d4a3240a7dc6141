//go:build !js

package e2e

import (
	"cmp"
	"io"
	"slices"
	"testing"
	"testing/fstest"

	"renda/app/corpus"
	"renda/app/site"
)

// doc returns the document with id.
func doc(t *testing.T, id string) corpus.Doc {
	t.Helper()
	for _, d := range env.pack.Docs {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no document %q in the test corpus", id)
	return corpus.Doc{}
}

// people returns every name the record mentions in a role.
func people(d corpus.Doc) []string {
	names := append([]string(nil), d.Presiding...)
	names = append(names, d.Speakers...)
	names = append(names, d.ExecutiveChairs...)
	names = append(names, d.Rostrum...)
	for _, r := range d.Reports {
		if r.By != "" {
			names = append(names, r.By)
		}
	}
	for _, e := range d.Elected {
		names = append(names, e.Name)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// personToFind picks a person to search for: the first presiding (else
// speaking) person of the first document that names one, and the documents
// that mention the person.
func personToFind(t *testing.T) (name string, docs []string) {
	t.Helper()
	for _, d := range env.pack.Docs {
		if d.ID == hostileID {
			continue
		}
		if len(d.Presiding) > 0 {
			name = d.Presiding[0]
		} else if len(d.Speakers) > 0 {
			name = d.Speakers[0]
		}
		if name != "" {
			break
		}
	}
	if name == "" {
		t.Fatal("no document of the test corpus names a presiding person or speaker")
	}
	for _, d := range env.pack.Docs {
		if slices.Contains(people(d), name) {
			docs = append(docs, d.ID)
		}
	}
	return name, docs
}

// session is a session of a local congress as the timeline groups it.
type session struct {
	locality      string
	term, session int
	date          string // the earliest date of its documents, "" if none
}

// sessions groups the documents by locality, term and session and returns
// the dated ones in date order and the number of undated ones.
func sessions() (dated []session, undated int) {
	byKey := map[session]string{}
	for _, d := range env.pack.Docs {
		k := session{locality: d.Locality, term: d.Term, session: d.Session}
		if cur, ok := byKey[k]; !ok || (d.Date != "" && (cur == "" || d.Date < cur)) {
			byKey[k] = d.Date
		}
	}
	for k, date := range byKey {
		if date == "" {
			undated++
			continue
		}
		k.date = date
		dated = append(dated, k)
	}
	slices.SortFunc(dated, func(a, b session) int { return cmp.Compare(a.date, b.date) })
	return dated, undated
}

// parseReport parses a report as the build does.
func parseReport(name, text string) (corpus.Doc, error) {
	p, err := site.LoadCorpus(fstest.MapFS{name: {Data: []byte(text)}}, io.Discard)
	if err != nil {
		return corpus.Doc{}, err
	}
	return p.Docs[0], nil
}
