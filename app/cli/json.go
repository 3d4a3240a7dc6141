package cli

import (
	"io"

	"renda/parse"
)

// WriteJSON writes recs to w exactly as `renda parse --format json` does:
// an array indented by two spaces, lists as [] and never null, no HTML
// escaping. Pure Go, so that the browser app exports the same bytes.
func WriteJSON(w io.Writer, recs []parse.Record) error {
	j := &jsonWriter{w: w}
	for _, r := range recs {
		if err := j.write(r); err != nil {
			return err
		}
	}
	return j.close()
}
