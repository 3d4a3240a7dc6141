// Package seeds holds the reports bundled with Renda: five real news reports
// of local People's Congress sessions. They are the explorer's default corpus
// and the parser's first test data.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the bundled reports as a read-only file system of *.txt files
// at its root.
func FS() fs.FS { return files }
