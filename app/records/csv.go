package records

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"renda/parse/schema"
)

// listSep joins list items in a CSV cell, as the record schema asks.
const listSep = "、"

// CSVColumns returns the CSV header: the record fields in schema order, with
// attendance flattened into four columns and evidence left out (byte offsets
// are of no use in a spreadsheet). The region, added after the schema's
// first fields, comes after them in four columns so that older columns keep
// their places, the places (joined) after it, the people mentioned
// (joined) and the reports in writing (joined) last.
func CSVColumns() []string {
	return []string{
		"id", "title", "locality", "level", "term", "session", "event",
		"plenary", "date", "date_basis", "published",
		"attendance_expected", "attendance_present", "attendance_absent", "attendance_quorum",
		"presiding", "speakers", "reports", "executive_chairs", "rostrum",
		"elected", "resolutions", "source", "photographers", "text", "warnings",
		"region_province", "region_prefecture", "region_county", "region_code",
		"places", "mentioned", "reports_in_writing",
	}
}

// CSVRow returns rec's cells in the order of CSVColumns. Lists are joined
// with 、; a report reads "title（by）" and an election "name（position）",
// the parenthesis left out when by or position is empty. Attendance cells are
// empty when the record has no attendance, and a figure the text does not
// state (0) is empty too: expected (and absent, unless stated) when the text
// gives only who came, present when it gives only who was due; quorum reads
// true or false.
func CSVRow(rec schema.Record) []string {
	var exp, pres, abs, quorum string
	if a := rec.Attendance; a != nil {
		if a.Expected != 0 {
			exp = strconv.Itoa(a.Expected)
		}
		if a.Absent != 0 || a.Expected != 0 && a.Present != 0 {
			abs = strconv.Itoa(a.Absent)
		}
		if a.Present != 0 {
			pres = strconv.Itoa(a.Present)
		}
		quorum = strconv.FormatBool(a.Quorum)
	}
	reports := make([]string, len(rec.Reports))
	for i, r := range rec.Reports {
		reports[i] = withNote(r.Title, r.By)
	}
	elected := make([]string, len(rec.Elected))
	for i, e := range rec.Elected {
		elected[i] = withNote(e.Name, e.Position)
	}
	var reg [4]string
	if g := rec.Region; g != nil {
		reg = [4]string{g.Province, g.Prefecture, g.County, g.Code}
	}
	return []string{
		rec.ID, rec.Title, rec.Locality, rec.Level,
		strconv.Itoa(rec.Term), strconv.Itoa(rec.Session), rec.Event,
		strconv.Itoa(rec.Plenary), rec.Date, rec.DateBasis, rec.Published,
		exp, pres, abs, quorum,
		join(rec.Presiding), join(rec.Speakers), join(reports),
		join(rec.ExecutiveChairs), join(rec.Rostrum), join(elected),
		join(rec.Resolutions), rec.Source, join(rec.Photographers),
		rec.Text, join(rec.Warnings),
		reg[0], reg[1], reg[2], reg[3],
		join(rec.Places), join(rec.Mentioned), join(rec.ReportsInWriting),
	}
}

func join(items []string) string { return strings.Join(items, listSep) }

// withNote returns "main（note）", or main alone when note is empty.
func withNote(main, note string) string {
	if note == "" {
		return main
	}
	return main + "（" + note + "）"
}

// utf8BOM is the UTF-8 byte order mark some spreadsheets need to detect the
// encoding.
const utf8BOM = "\uFEFF"

// CSVWriter writes records as CSV one at a time: the header first (even when
// no record follows), then a row per record.
type CSVWriter struct {
	w      *csv.Writer
	raw    io.Writer
	bom    bool
	headed bool
}

// NewCSVWriter returns a CSVWriter on w; with bom the output starts with a
// UTF-8 byte order mark.
func NewCSVWriter(w io.Writer, bom bool) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), raw: w, bom: bom}
}

func (c *CSVWriter) header() error {
	if c.headed {
		return nil
	}
	c.headed = true
	if c.bom {
		if _, err := io.WriteString(c.raw, utf8BOM); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	if err := c.w.Write(CSVColumns()); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	return nil
}

// Write writes rec as one row, after the header if not yet written.
func (c *CSVWriter) Write(rec schema.Record) error {
	if err := c.header(); err != nil {
		return err
	}
	if err := c.w.Write(CSVRow(rec)); err != nil {
		return fmt.Errorf("csv row %s: %w", rec.ID, err)
	}
	return nil
}

// Flush writes the header if nothing was written yet and flushes buffered
// rows to the underlying writer.
func (c *CSVWriter) Flush() error {
	if err := c.header(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// WriteCSV writes recs to w as CSV: a header row (CSVColumns) then one row
// per record (CSVRow), UTF-8, optionally preceded by a byte order mark.
func WriteCSV(w io.Writer, recs []schema.Record, bom bool) error {
	c := NewCSVWriter(w, bom)
	for _, r := range recs {
		if err := c.Write(r); err != nil {
			return err
		}
	}
	return c.Flush()
}

// csvRecordWriter adapts CSVWriter to Writer.
type csvRecordWriter struct{ c *CSVWriter }

func (c csvRecordWriter) Write(rec schema.Record) error { return c.c.Write(rec) }
func (c csvRecordWriter) Close() error                  { return c.c.Flush() }
