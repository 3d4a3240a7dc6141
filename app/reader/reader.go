// Package reader reads one imported file into a document: it decodes the
// bytes (UTF-8, UTF-16, GB18030, a page's declared GB charset), reduces
// HTML pages to text and parses the text with parse.FromText. It links the
// whole parser, so the browser app does not import it: it runs in a Web
// Worker (app/parseworker, parser.wasm) and natively in tests and tools.
package reader

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"renda/app/corpus"
	"renda/app/importer"
	"renda/parse"
	"renda/parse/decode"
)

// Read decodes and parses one file: .html and .htm (and text that starts
// like a page) are reduced to text first. The id of the result is the file
// name's stem. It is an importer.ReadFunc: errors are *importer.ReadError
// with the reason for the report, wrapping decode's sentinels.
func Read(name string, data []byte) (corpus.Doc, error) {
	rec, text, err := Report(name, data)
	if err != nil {
		return corpus.Doc{}, &importer.ReadError{Reason: ReasonOf(err), Detail: err.Error(), Err: err}
	}
	return corpus.Doc{Record: rec, Original: text}, nil
}

// Report reads the record of one report file, as `dist` and `renda parse`
// do: a saved page (isHTML) reduced to its text, other files decoded
// (decode.Bytes); text is what the record was read from. A file over
// parse.MaxBytes is an error (parse.ErrTooLarge), as are decoding's. Errors
// do not name the file: the caller does.
func Report(name string, data []byte) (rec parse.Record, text string, err error) {
	if len(data) > parse.MaxBytes {
		return parse.Record{}, "", fmt.Errorf("%w (%d bytes, limit %d)", parse.ErrTooLarge, len(data), parse.MaxBytes)
	}
	if isHTML(name, data) {
		text, err = HTMLToText(data)
	} else {
		text, _, err = decode.Bytes(data)
	}
	if err != nil {
		return parse.Record{}, "", err
	}
	return parse.FromText(parse.ID(name), text), text, nil
}

// ReasonOf classifies a decoding error for the import report: an
// *importer.ReadError keeps its reason, decode's sentinels map to theirs,
// anything else is unreadable.
func ReasonOf(err error) importer.Reason {
	var re *importer.ReadError
	switch {
	case errors.As(err, &re):
		return re.Reason
	case errors.Is(err, decode.ErrEmpty):
		return importer.ReasonEmpty
	case errors.Is(err, decode.ErrBinary):
		return importer.ReasonNotText
	case errors.Is(err, decode.ErrTruncated):
		return importer.ReasonTruncated
	case errors.Is(err, decode.ErrUnknownEncoding):
		return importer.ReasonEncoding
	case errors.Is(err, parse.ErrTooLarge):
		return importer.ReasonTooLarge
	}
	return importer.ReasonRead
}

// Accepts reports whether a file found in a folder is read as a report:
// text (.txt) and HTML pages (.html, .htm, .xhtml, .shtml), whatever the
// case of the extension. A file named explicitly is read whatever its name.
func Accepts(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

// isHTML reports whether a file is an HTML page, to reduce to text
// (HTMLToText) before parsing: by its extension, or for other names — .txt
// included, as scrapers often save a page's source under that name — by its
// first bytes: a document type or an <html> element.
func isHTML(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 512)])))
	head = strings.TrimPrefix(head, "\uFEFF")
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}
