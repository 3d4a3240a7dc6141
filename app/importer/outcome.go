package importer

import (
	"errors"

	"renda/parse/decode"
)

// Status is what became of one file.
type Status string

// Statuses of an Outcome.
const (
	StatusImported  Status = "imported"  // parsed and stored
	StatusDuplicate Status = "duplicate" // the same bytes are already stored
	StatusFailed    Status = "failed"    // refused; Reason says why
	StatusCanceled  Status = "canceled"  // not looked at: the import was canceled
)

// Reason is why a file was refused.
type Reason string

// Reasons of a failed Outcome.
const (
	ReasonNotText   Reason = "not-text"         // binary data (an image, an archive)
	ReasonEncoding  Reason = "unknown-encoding" // neither UTF-8, UTF-16 nor GB18030
	ReasonTruncated Reason = "truncated"        // the text stops inside a character
	ReasonEmpty     Reason = "empty"            // no bytes, or no text
	ReasonTooLarge  Reason = "too-large"        // over MaxSize
	ReasonNoSession Reason = "no-session"       // nothing about a congress session
	ReasonRead      Reason = "unreadable"       // the browser could not read the file
	ReasonQuota     Reason = "quota"            // the browser's storage is full
	ReasonStorage   Reason = "storage"          // storing failed otherwise
	ReasonCrash     Reason = "crash"            // the parser failed on it (a bug)
)

// Outcome is the report line of one file.
type Outcome struct {
	Name   string `json:"name"`             // the file name as given
	Status Status `json:"status"`           // imported, duplicate, failed or canceled
	Reason Reason `json:"reason,omitempty"` // why it failed
	Detail string `json:"detail,omitempty"` // the error, for the curious
	ID     string `json:"id,omitempty"`     // the document: new, or the one it duplicates
	Title  string `json:"title,omitempty"`  // its headline, when imported
}

// Report is the outcome of one import, one line per file in input order.
type Report struct {
	Outcomes []Outcome
	Added    []Entry // the entries stored, in input order
	Canceled bool    // the import stopped before the last file
}

// Count returns how many outcomes have status s.
func (r Report) Count(s Status) int {
	n := 0
	for _, o := range r.Outcomes {
		if o.Status == s {
			n++
		}
	}
	return n
}

// reasonOf classifies a decoding error.
func reasonOf(err error) Reason {
	switch {
	case errors.Is(err, decode.ErrEmpty):
		return ReasonEmpty
	case errors.Is(err, decode.ErrBinary):
		return ReasonNotText
	case errors.Is(err, decode.ErrTruncated):
		return ReasonTruncated
	case errors.Is(err, decode.ErrUnknownEncoding):
		return ReasonEncoding
	case errors.Is(err, ErrQuota):
		return ReasonQuota
	}
	return ReasonRead
}
