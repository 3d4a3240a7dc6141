// Package records writes session records in the formats of `renda parse`:
// JSON (an indented array), JSON Lines and CSV. It is pure Go, so that the
// browser's export writes exactly the bytes the CLI writes.
package records

import (
	"io"

	"renda/parse/schema"
)

// The output formats.
const (
	FormatJSON  = "json"  // one array, indented by two spaces
	FormatJSONL = "jsonl" // one compact record a line
	FormatCSV   = "csv"   // a header, then one row a record
)

// Writer writes records one at a time in one of the formats.
type Writer interface {
	Write(rec schema.Record) error
	Close() error // ends the output (closing bracket, flush); not the io.Writer itself
}

// NewWriter returns the Writer for format on w; bom starts CSV with a UTF-8
// byte order mark. An unknown format writes JSON.
func NewWriter(format string, w io.Writer, bom bool) Writer {
	switch format {
	case FormatJSONL:
		return &jsonlWriter{w: w}
	case FormatCSV:
		return csvRecordWriter{NewCSVWriter(w, bom)}
	}
	return &jsonWriter{w: w}
}

// Normalize returns rec with nil lists made empty, so that JSON shows [] and
// never null; a nil Attendance or Region stays nil and shows null.
func Normalize(rec schema.Record) schema.Record {
	for _, l := range []*[]string{
		&rec.Presiding, &rec.Speakers, &rec.ExecutiveChairs, &rec.Rostrum,
		&rec.Resolutions, &rec.Photographers, &rec.Warnings, &rec.Places, &rec.Mentioned, &rec.ReportsInWriting,
	} {
		if *l == nil {
			*l = []string{}
		}
	}
	if rec.Reports == nil {
		rec.Reports = []schema.Report{}
	}
	if rec.Elected == nil {
		rec.Elected = []schema.Election{}
	}
	if rec.Evidence == nil {
		rec.Evidence = []schema.Evidence{}
	}
	return rec
}
