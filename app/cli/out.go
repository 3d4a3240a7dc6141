package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// atomicFile is an output file written under a temporary name in the same
// folder and renamed into place only when complete, so that a failure never
// leaves half a file behind.
type atomicFile struct {
	*os.File
	target string
	mode   fs.FileMode
}

// createAtomic starts writing target. The result keeps target's permissions
// if it exists, else 0644.
func createAtomic(target string) (*atomicFile, error) {
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(target); err == nil {
		if !info.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: not a regular file", target)
		}
		mode = info.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %s", target, reason(err))
	}
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: %s", target, reason(err))
	}
	return &atomicFile{File: f, target: target, mode: mode}, nil
}

// commit closes the temporary file and renames it to the target.
func (a *atomicFile) commit() error {
	err := a.Chmod(a.mode)
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.Name(), a.target)
	}
	if err != nil {
		os.Remove(a.Name())
		return fmt.Errorf("%s: %w", a.target, err)
	}
	return nil
}

// abort closes and removes the temporary file, leaving the target as it was.
func (a *atomicFile) abort() {
	a.Close()
	os.Remove(a.Name())
}
