package records

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"renda/parse/schema"
)

// encode appends rec's JSON to buf (with a trailing newline), indented by
// indent under prefix when indent is not empty, without HTML escaping.
func encode(buf *bytes.Buffer, rec schema.Record, prefix, indent string) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(Normalize(rec)); err != nil {
		return fmt.Errorf("encode %s: %w", rec.ID, err)
	}
	return nil
}

// jsonWriter writes one JSON array, pretty printed with two-space indents,
// the same bytes json.MarshalIndent(recs, "", "  ") would give, streamed.
type jsonWriter struct {
	w   io.Writer
	buf bytes.Buffer
	n   int
}

func (j *jsonWriter) Write(rec schema.Record) error {
	j.buf.Reset()
	if j.n == 0 {
		j.buf.WriteString("[\n  ")
	} else {
		j.buf.WriteString(",\n  ")
	}
	if err := encode(&j.buf, rec, "  ", "  "); err != nil {
		return err
	}
	j.buf.Truncate(j.buf.Len() - 1) // the encoder's newline
	j.n++
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func (j *jsonWriter) Close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	if _, err := io.WriteString(j.w, end); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// jsonlWriter writes JSON Lines: one compact record a line.
type jsonlWriter struct {
	w   io.Writer
	buf bytes.Buffer
}

func (j *jsonlWriter) Write(rec schema.Record) error {
	j.buf.Reset()
	if err := encode(&j.buf, rec, "", ""); err != nil {
		return err
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func (j *jsonlWriter) Close() error { return nil }

// WriteJSON writes recs to w exactly as `renda parse --format json` does:
// an array indented by two spaces, lists as [] and never null, no HTML
// escaping. Pure Go, so that the browser app exports the same bytes.
func WriteJSON(w io.Writer, recs []schema.Record) error {
	j := &jsonWriter{w: w}
	for _, r := range recs {
		if err := j.Write(r); err != nil {
			return err
		}
	}
	return j.Close()
}
