package importer

import "errors"

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

// ReadError is a file that could not be read into a document, with the
// Reason the import report gives. Read functions return it, also across the
// boundary of the parser worker, where only Reason and Detail survive.
type ReadError struct {
	Reason Reason // why, as the report says it
	Detail string // the error's text
	Err    error  // the underlying error, nil once it crossed to another module
}

// Error returns the detail.
func (e *ReadError) Error() string { return e.Detail }

// Unwrap returns the underlying error, if any.
func (e *ReadError) Unwrap() error { return e.Err }

// reasonOf classifies an error of a read function or a store.
func reasonOf(err error) Reason {
	var re *ReadError
	switch {
	case errors.As(err, &re):
		return re.Reason
	case errors.Is(err, ErrQuota):
		return ReasonQuota
	}
	return ReasonRead
}
