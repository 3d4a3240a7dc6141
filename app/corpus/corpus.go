// Package corpus is the explorer's data: the parsed documents that the dist
// command writes as a data pack and the browser app reads back.
package corpus

import "renda/parse"

// Doc is one document of the corpus: the parser's record and the untouched
// original text the record was read from.
type Doc struct {
	parse.Record
	Original string `json:"original"` // the decoded source text, unchanged
}

// Pack is the data shipped with a build: every document of the corpus.
type Pack struct {
	Version string `json:"version"` // a hash of the content, changes with it
	Docs    []Doc  `json:"docs"`    // in input order
}
