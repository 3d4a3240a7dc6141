// Package check compares parsed records with keys: records a researcher
// wrote by hand for a sample of reports, in the record's own JSON (one
// object a line, "id" and any of the fields), or the truth.jsonl that
// `renda gen` writes beside a synthetic corpus. It tells, field by field,
// how often the parser agrees with the key, and where it does not.
//
// Fields are compared as a reader would judge them, not byte for byte:
// strings after normalisation (full-width folded, traditional characters
// simplified, spaces and title marks dropped), lists of names as sets,
// reports as pairs of a title and a deliverer (a title agrees with one it
// contains or that contains it: 政府工作报告 and 县人民政府工作报告), the
// people elected by name with their posts compared the same way (a key's
// empty post agrees with any), a publication time with a key that gives
// only its day.
package check

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"renda/parse"
	"renda/parse/fold"
)

// A Key is one line of a keys file: the report's id and the fields keyed,
// as the record's JSON names them.
type Key map[string]json.RawMessage

// ID returns the key's report id, or "" when it has none.
func (k Key) ID() string {
	var id string
	if json.Unmarshal(k["id"], &id) != nil {
		return ""
	}
	return id
}

// A Diff is a field on which a record and its key disagree, each side as
// compact JSON.
type Diff struct {
	ID, Field string
	Got, Want string
}

// unkeyed are the record's fields no key is compared on: the text and
// what points into it, the parser's doubts, and the id itself.
var unkeyed = map[string]bool{"id": true, "text": true, "evidence": true, "warnings": true}

// Compare compares rec with key on every field the key gives, and returns
// the fields compared, in the record's order, and those that disagree. A
// field the record does not have is not compared (Unknown lists them); a
// key's value of the wrong shape is an error naming it.
func Compare(rec parse.Record, key Key) (compared []string, diffs []Diff, err error) {
	b, err := json.Marshal(rec)
	if err != nil {
		return nil, nil, err
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(b, &got); err != nil {
		return nil, nil, err
	}
	for _, f := range recordOrder {
		want, ok := key[f]
		if !ok || unkeyed[f] {
			continue
		}
		same, err := agree(f, got[f], want)
		if err != nil {
			return nil, nil, fmt.Errorf("key %s: field %s: %w", rec.ID, f, err)
		}
		compared = append(compared, f)
		if !same {
			diffs = append(diffs, Diff{ID: rec.ID, Field: f, Got: string(got[f]), Want: compact(want)})
		}
	}
	return compared, diffs, nil
}

// Unknown returns the fields key gives that no record has, sorted (a
// generated corpus's truth.jsonl notes its script and its forms).
func Unknown(key Key) []string {
	var out []string
	for f := range key {
		if !slices.Contains(recordOrder, f) {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}

// recordOrder are the names of the record's JSON fields, in order: a
// record's fields are the same whatever its values, so they are read once.
var recordOrder = func() []string {
	b, _ := json.Marshal(parse.Record{})
	return fieldsOf(b)
}()

// fieldsOf returns the names of the JSON object b's fields in order.
func fieldsOf(b []byte) []string {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	var out []string
	if _, err := dec.Token(); err != nil { // {
		return nil
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return out
		}
		out = append(out, t.(string))
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return out
		}
	}
	return out
}

// compact returns b without insignificant space.
func compact(b json.RawMessage) string {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return string(b)
	}
	c, _ := json.Marshal(v)
	return string(c)
}

// agree reports whether the record's value got and the key's want of field
// f agree.
func agree(f string, got, want json.RawMessage) (bool, error) {
	switch f {
	case "reports":
		var g, w []parse.Report
		if err := decode(got, want, &g, &w); err != nil {
			return false, err
		}
		return sameReports(g, w), nil
	case "elected":
		var g, w []parse.Election
		if err := decode(got, want, &g, &w); err != nil {
			return false, err
		}
		return sameElected(g, w), nil
	case "attendance":
		var g, w *parse.Attendance
		if err := decode(got, want, &g, &w); err != nil {
			return false, err
		}
		return g == nil && w == nil || g != nil && w != nil && *g == *w, nil
	case "published":
		var g, w string
		if err := decode(got, want, &g, &w); err != nil {
			return false, err
		}
		return g == w || g != "" && w != "" && (strings.HasPrefix(g, w) || strings.HasPrefix(w, g)), nil
	}
	var g, w any
	if err := decode(got, want, &g, &w); err != nil {
		return false, err
	}
	switch gv := g.(type) {
	case string:
		ws, ok := w.(string)
		if !ok {
			return false, fmt.Errorf("want a string, have %s", compact(want))
		}
		return norm(gv) == norm(ws), nil
	case []any:
		ws, ok := w.([]any)
		if !ok && w != nil {
			return false, fmt.Errorf("want a list, have %s", compact(want))
		}
		return sameSet(gv, ws), nil
	case float64:
		wn, ok := w.(float64)
		if !ok {
			return false, fmt.Errorf("want a number, have %s", compact(want))
		}
		return gv == wn, nil
	}
	return compact(got) == compact(want), nil
}

// decode decodes the record's and the key's values; only the key's can be
// of the wrong shape.
func decode(got, want json.RawMessage, g, w any) error {
	if err := json.Unmarshal(got, g); err != nil {
		return err
	}
	if err := json.Unmarshal(want, w); err != nil {
		return fmt.Errorf("%s is not of the record's shape", compact(want))
	}
	return nil
}

// norm returns s as the parser's strings are, for comparing: folded and
// simplified, without spaces or title marks.
func norm(s string) string {
	return strings.Join(strings.Fields(strings.Trim(fold.String(s), "《》“”\"")), "")
}

// sameSet reports whether two lists hold the same strings, whatever their
// order, once normalised.
func sameSet(g, w []any) bool {
	set := func(l []any) []string {
		var out []string
		for _, v := range l {
			if s, ok := v.(string); ok {
				out = append(out, norm(s))
			} else {
				out = append(out, fmt.Sprint(v))
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(set(g), set(w))
}

// sameTitle reports whether two titles name the same thing: equal, or one
// holding the other, once normalised.
func sameTitle(a, b string) bool {
	a, b = norm(a), norm(b)
	return a == b || a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// sameReports reports whether two lists of reports pair up one to one:
// the same deliverer, titles that name the same report.
func sameReports(g, w []parse.Report) bool {
	if len(g) != len(w) {
		return false
	}
	left := slices.Clone(g)
	for _, r := range w {
		k := slices.IndexFunc(left, func(x parse.Report) bool { return norm(x.By) == norm(r.By) && sameTitle(x.Title, r.Title) })
		if k < 0 {
			return false
		}
		left = slices.Delete(left, k, k+1)
	}
	return true
}

// sameElected reports whether two lists of people elected name the same
// people, each to the same post (a key's empty post agrees with any).
func sameElected(g, w []parse.Election) bool {
	posts := map[string]string{}
	for _, e := range g {
		posts[norm(e.Name)] = e.Position
	}
	if len(posts) != len(w) {
		return false
	}
	for _, e := range w {
		p, ok := posts[norm(e.Name)]
		if !ok || e.Position != "" && !sameTitle(p, e.Position) {
			return false
		}
	}
	return true
}

// A Tally counts, field by field, the keys that gave a field and the
// records that agree with them.
type Tally struct {
	order          []string // the fields, in the order first compared
	keyed, agreed  map[string]int
	records, clean int // records compared, and those agreeing on every field
}

// Add counts one record's comparison.
func (t *Tally) Add(compared []string, diffs []Diff) {
	if t.keyed == nil {
		t.keyed, t.agreed = map[string]int{}, map[string]int{}
	}
	t.records++
	if len(diffs) == 0 {
		t.clean++
	}
	for _, f := range compared {
		if _, ok := t.keyed[f]; !ok {
			t.order = append(t.order, f)
		}
		t.keyed[f]++
		if !slices.ContainsFunc(diffs, func(d Diff) bool { return d.Field == f }) {
			t.agreed[f]++
		}
	}
}

// Agreed returns the fields compared and agreed on, over every field.
func (t *Tally) Agreed() (agreed, keyed int) {
	for _, f := range t.order {
		agreed, keyed = agreed+t.agreed[f], keyed+t.keyed[f]
	}
	return agreed, keyed
}

// String formats the tally as a table: each field, how many keys gave it
// and the share the records agree on, then every field together.
func (t *Tally) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %6s %7s\n", "field", "keyed", "agree")
	row := func(name string, agreed, keyed int) {
		share := 100.0
		if keyed > 0 {
			share = 100 * float64(agreed) / float64(keyed)
		}
		fmt.Fprintf(&b, "%-20s %6d %6.1f%%\n", name, keyed, share)
	}
	for _, f := range t.order {
		row(f, t.agreed[f], t.keyed[f])
	}
	agreed, keyed := t.Agreed()
	row("every field", agreed, keyed)
	fmt.Fprintf(&b, "%d of %d records agree on every field keyed\n", t.clean, t.records)
	return b.String()
}
