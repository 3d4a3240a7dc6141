package region

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed divisions.txt
var divisions string

// A row is one name a code carried from snapshot first to snapshot last.
type row struct {
	code, name  string
	first, last int
}

// table is the parsed division list with its indexes.
type table struct {
	snapshots []string         // labels, oldest first
	rows      []row            // sorted by code, then first
	byName    map[string][]int // full name → rows
	byShort   map[string][]int // name without its unit word → rows
	byCode    map[string][]int // code → rows
	longest   int              // runes in the longest name
}

// loaded holds the table once parsed (see loadTable). It is no
// sync.OnceValue variable: initializing one at package init would link the
// table and its parser into every program importing region, the browser
// app included, which only needs the Region type (issue 3: app.wasm size).
var loaded struct {
	once sync.Once
	t    *table
}

// loadTable returns the table, parsed once on first use.
func loadTable() *table {
	loaded.once.Do(func() {
		t, err := parseTable(divisions)
		if err != nil {
			panic(err) // the embedded table is generated and tested
		}
		loaded.t = t
	})
	return loaded.t
}

// parseTable reads the generated format: a header "# label …", then one
// line per row: six-digit code, name, first and last snapshot as base-36
// digits.
func parseTable(s string) (*table, error) {
	header, body, ok := strings.Cut(s, "\n")
	if !ok || !strings.HasPrefix(header, "# ") {
		return nil, fmt.Errorf("region table: missing header")
	}
	t := &table{
		snapshots: strings.Fields(header[2:]),
		byName:    map[string][]int{},
		byShort:   map[string][]int{},
		byCode:    map[string][]int{},
	}
	for n, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		if len(line) < 9 {
			return nil, fmt.Errorf("region table: line %d: too short: %q", n+2, line)
		}
		first, last := digit(line[len(line)-2]), digit(line[len(line)-1])
		if first < 0 || last < first || last >= len(t.snapshots) {
			return nil, fmt.Errorf("region table: line %d: bad snapshot range: %q", n+2, line)
		}
		r := row{code: line[:6], name: line[6 : len(line)-2], first: first, last: last}
		i := len(t.rows)
		t.rows = append(t.rows, r)
		t.byName[r.name] = append(t.byName[r.name], i)
		t.byCode[r.code] = append(t.byCode[r.code], i)
		t.longest = max(t.longest, utf8.RuneCountInString(r.name))
		if s := short(r.name); s != r.name {
			t.byShort[s] = append(t.byShort[s], i)
		}
	}
	return t, nil
}

func digit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	}
	return -1
}

// current reports whether the row is in the latest snapshot.
func (t *table) current(i int) bool { return t.rows[i].last == len(t.snapshots)-1 }

// at returns the row holding code at snapshot s, if any.
func (t *table) at(code string, s int) (int, bool) {
	for _, i := range t.byCode[code] {
		if r := t.rows[i]; r.first <= s && s <= r.last {
			return i, true
		}
	}
	return 0, false
}

// region builds the hierarchy of row i as it stood when last listed.
func (t *table) region(i int) Region {
	r := t.rows[i]
	reg := Region{Code: r.code}
	name := func(code string) string {
		if j, ok := t.at(code, r.last); ok {
			return t.rows[j].name
		}
		return ""
	}
	switch levelOf(r.code) {
	case province:
		reg.Province = r.name
	case prefecture:
		reg.Province, reg.Prefecture = name(r.code[:2]+"0000"), r.name
	default:
		reg.Province, reg.Prefecture, reg.County = name(r.code[:2]+"0000"), name(r.code[:4]+"00"), r.name
	}
	return reg
}

// within reports whether row i lies inside row a (a province or prefecture)
// and both existed at the same time.
func (t *table) within(i, a int) bool {
	r, anc := t.rows[i], t.rows[a]
	if r.first > anc.last || anc.first > r.last {
		return false
	}
	switch levelOf(anc.code) {
	case province:
		return levelOf(r.code) != province && r.code[:2] == anc.code[:2]
	case prefecture:
		return levelOf(r.code) == county && r.code[:4] == anc.code[:4]
	}
	return false
}

// successor finds the current unit that row i became: the same code under a
// new name, or the same name (or the name with 区/市 for 县) under a new code
// in the same province.
func (t *table) successor(i int) (int, bool) {
	r := t.rows[i]
	if j, ok := t.at(r.code, len(t.snapshots)-1); ok && levelOf(r.code) == levelOf(t.rows[j].code) {
		return j, true
	}
	for _, cand := range []string{r.name, r.name + "区", r.name + "市", short(r.name) + "区", short(r.name) + "市"} {
		for _, j := range t.byName[cand] {
			if t.current(j) && t.rows[j].code[:2] == r.code[:2] && levelOf(t.rows[j].code) == levelOf(r.code) {
				return j, true
			}
		}
	}
	return 0, false
}

// when describes the interval after snapshot s in which a change happened.
func (t *table) when(s int) string {
	if s+1 >= len(t.snapshots) {
		return "after " + t.snapshots[s]
	}
	a, b := t.snapshots[s], t.snapshots[s+1]
	if a[:4] == b[:4] {
		return "in " + a[:4]
	}
	return "between " + a + " and " + b
}
