package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"renda/app/reader"
)

// stdinName is the file name, and so the record id, of standard input.
const stdinName = "stdin"

// input is one report to read, or a path that could not be walked.
type input struct {
	name  string // path as given or found by the walk; stdinName for "-"
	stdin bool   // read standard input rather than name
	err   error  // set when name cannot be read at all; reported in order
}

// fileError is a failure to read a file: its message is "NAME: reason".
type fileError struct {
	name string
	err  error
}

func (e *fileError) Error() string { return e.name + ": " + reason(e.err) }
func (e *fileError) Unwrap() error { return e.err }

// reason is err's message without the operation and path that
// *fs.PathError adds, so that a file is named once.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// errNoReports is the reason given for a folder with no report file.
var errNoReports = errors.New("no .txt or .html files found")

// expand turns the PATH arguments into the reports to read, in output order:
// the arguments in order, each folder walked recursively in lexical order
// keeping only text files and saved pages (reader.Accepts: *.txt, *.html,
// *.htm…, any case). A file named explicitly is read whatever its
// extension. Paths that cannot be walked become inputs carrying their
// error, so they are reported at their place.
func expand(paths []string) []input {
	var ins []input
	for _, p := range paths {
		if p == "-" {
			ins = append(ins, input{name: stdinName, stdin: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			ins = append(ins, input{name: p, err: &fileError{p, err}})
			continue
		}
		if !info.IsDir() {
			ins = append(ins, input{name: p})
			continue
		}
		found, failed := 0, false
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = true
				ins = append(ins, input{name: path, err: &fileError{path, err}})
				return nil // report and go on with the rest of the tree
			}
			if d.IsDir() || !reader.Accepts(path) {
				return nil
			}
			found++
			ins = append(ins, input{name: path})
			return nil
		})
		if walkErr != nil {
			ins = append(ins, input{name: p, err: &fileError{p, walkErr}})
		} else if found == 0 && !failed {
			ins = append(ins, input{name: p, err: &fileError{p, errNoReports}})
		}
	}
	return ins
}
