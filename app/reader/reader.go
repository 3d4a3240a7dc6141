// Package reader reads one imported file into a document: it decodes the
// bytes (UTF-8, UTF-16, GB18030, a page's declared GB charset), reduces
// HTML pages to text and parses the text with parse.FromText. It links the
// whole parser, so the browser app does not import it: it runs in a Web
// Worker (app/parseworker, parser.wasm) and natively in tests and tools.
package reader

import (
	"errors"
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
	var text string
	var err error
	if isHTML(name, data) {
		text, err = HTMLToText(data)
	} else {
		text, _, err = decode.Bytes(data)
	}
	if err != nil {
		return corpus.Doc{}, &importer.ReadError{Reason: ReasonOf(err), Detail: err.Error(), Err: err}
	}
	return corpus.Doc{Record: parse.FromText(parse.ID(name), text), Original: text}, nil
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
	}
	return importer.ReasonRead
}

// isHTML reports whether a file is an HTML page: by its extension, or for
// other names by its first bytes.
func isHTML(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	case ".txt":
		return false
	}
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 512)])))
	head = strings.TrimPrefix(head, "\uFEFF")
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}
