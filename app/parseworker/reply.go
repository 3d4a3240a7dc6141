// Command parseworker is the parser of imported files, compiled to
// web/parser.wasm and run in a Web Worker (web/parser-worker.js), so that
// the browser app (app.wasm) links neither the parser nor the HTML and
// GB18030 decoders, and parsing runs off the UI thread.
//
// In the browser it answers each message {seq, name, data: Uint8Array}
// with {seq, doc} (the corpus.Doc as JSON) or {seq, reason, detail} (an
// importer.ReadError), after posting {ready: true} once. Run natively, it
// reads the files named on its command line the same way and prints each
// reply as a JSON line, for debugging.
package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/app/importer"
)

// reply is the answer to one file: Doc (JSON of a corpus.Doc) or Reason
// and Detail.
type reply struct {
	Doc    string          `json:"doc,omitempty"`
	Reason importer.Reason `json:"reason,omitempty"`
	Detail string          `json:"detail,omitempty"`
}

// handle reads one file with read, turning its error, or a panic, into a
// reason and a detail.
func handle(read importer.ReadFunc, name string, data []byte) (r reply) {
	defer func() {
		if p := recover(); p != nil {
			r = reply{Reason: importer.ReasonCrash, Detail: fmt.Sprintf("internal error: %v", p)}
		}
	}()
	doc, err := read(name, data)
	if err != nil {
		reason := importer.ReasonRead
		var re *importer.ReadError
		if errors.As(err, &re) {
			reason = re.Reason
		}
		return reply{Reason: reason, Detail: err.Error()}
	}
	return encode(doc)
}

// encode returns the reply carrying doc, with the pinyin of its places and
// people: the interface does not link the pinyin tables.
func encode(doc corpus.Doc) reply {
	sp, err := explore.NewSpellings([]corpus.Summary{doc.Summary()}).Encode()
	if err != nil {
		return reply{Reason: importer.ReasonCrash, Detail: fmt.Sprintf("spelling the document: %v", err)}
	}
	doc.Pinyin = string(sp)
	b, err := json.Marshal(doc)
	if err != nil {
		return reply{Reason: importer.ReasonCrash, Detail: fmt.Sprintf("encoding the document: %v", err)}
	}
	return reply{Doc: string(b)}
}
