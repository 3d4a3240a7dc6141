package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"renda/parse"
)

// recordWriter writes records one at a time in one of the output formats.
type recordWriter interface {
	write(rec parse.Record) error
	close() error // ends the output (closing bracket, flush); not w itself
}

// newRecordWriter returns the writer for format on w.
func newRecordWriter(format string, w io.Writer, bom bool) recordWriter {
	switch format {
	case formatJSONL:
		return &jsonlWriter{w: w}
	case formatCSV:
		return csvRecordWriter{NewCSVWriter(w, bom)}
	}
	return &jsonWriter{w: w}
}

// normalize returns rec with nil lists made empty, so that JSON shows [] and
// never null; a nil Attendance stays nil and shows null.
func normalize(rec parse.Record) parse.Record {
	for _, l := range []*[]string{
		&rec.Presiding, &rec.Speakers, &rec.ExecutiveChairs, &rec.Rostrum,
		&rec.Resolutions, &rec.Photographers, &rec.Warnings,
	} {
		if *l == nil {
			*l = []string{}
		}
	}
	if rec.Reports == nil {
		rec.Reports = []parse.Report{}
	}
	if rec.Elected == nil {
		rec.Elected = []parse.Election{}
	}
	if rec.Evidence == nil {
		rec.Evidence = []parse.Evidence{}
	}
	return rec
}

// encode appends rec's JSON to buf (with a trailing newline), indented by
// indent under prefix when indent is not empty, without HTML escaping.
func encode(buf *bytes.Buffer, rec parse.Record, prefix, indent string) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(normalize(rec)); err != nil {
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

func (j *jsonWriter) write(rec parse.Record) error {
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

func (j *jsonWriter) close() error {
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

func (j *jsonlWriter) write(rec parse.Record) error {
	j.buf.Reset()
	if err := encode(&j.buf, rec, "", ""); err != nil {
		return err
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func (j *jsonlWriter) close() error { return nil }

// csvRecordWriter adapts CSVWriter to recordWriter.
type csvRecordWriter struct{ c *CSVWriter }

func (c csvRecordWriter) write(rec parse.Record) error { return c.c.Write(rec) }
func (c csvRecordWriter) close() error                 { return c.c.Flush() }
