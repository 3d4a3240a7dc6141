// Package parse reads a news report of a local People's Congress session and
// returns a Record of its facts: locality, term, session, event, date,
// attendance, the people who presided, spoke, reported and were elected, the
// resolutions adopted, and where in the text each fact was read.
//
// The pipeline runs one way: bytes → decode → strip site boilerplate (reading
// publication date and source from it) → normalise for matching, keeping a
// map back to the original → find facts, each with its span → Record.
package parse

import (
	"fmt"
	"path"
	"strings"

	"renda/parse/decode"
)

// ID returns the record id for a file name: its base name without extension.
func ID(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// Parse decodes data, the raw bytes of the report in file name, and reads its
// record. Errors name the file and the reason, e.g. "a.txt: empty file".
func Parse(name string, data []byte) (Record, error) {
	text, _, err := decode.Bytes(data)
	if err != nil {
		return Record{}, fmt.Errorf("%s: %w", name, err)
	}
	return FromText(ID(name), text), nil
}

// FromText reads the record of an already decoded report.
func FromText(id, text string) Record {
	r := Record{ID: id, Text: text}
	return r
}
