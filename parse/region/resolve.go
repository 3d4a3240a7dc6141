package region

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Resolve finds the unit a locality names and its place in the hierarchy.
//
// The locality may be compound (朔州市平鲁区, 山西省清徐县) and may end in a
// township (清徐县东于镇 resolves to 清徐县); a unit word may be left out where
// that names one unit (清徐 → 清徐县). Hints are other place names the
// report mentions (山西省, 太原, 长春市); they choose among units sharing a
// name. A bare name matching units of several levels takes the highest
// (长沙 → 长沙市, not 长沙县), and a current unit wins over a former one.
//
// The Note tells whether the locality resolved, is historical (renamed,
// recoded or abolished since 2002: the region is the successor's, or the unit
// as last listed), ambiguous or unknown; only a resolved or historical
// locality fills the Region.
func Resolve(locality string, hints []string) (Region, Note) {
	return loadTable().resolve(strings.TrimSpace(locality), hints)
}

// NameAtEnd returns the longest name of a unit, current or former, that s
// ends with, or "": 科尔沁右翼前旗 in 1月11日,科尔沁右翼前旗. A reader that
// collects a few characters before a unit word asks it for the names that
// run longer (达尔罕茂明安联合旗).
func NameAtEnd(s string) string { return loadTable().nameAtEnd(s, false) }

// KnownAtEnd returns the longest name s ends with that Known knows, whole
// or short, or "": 玉树 in 出席会议的玉树 (a delegation's place, named without
// its unit word).
func KnownAtEnd(s string) string { return loadTable().nameAtEnd(s, true) }

// nameAtEnd returns the longest whole name (or short name too, when short
// is set) that s ends with, or "".
func (t *table) nameAtEnd(s string, short bool) string {
	start, n := len(s), 0
	best := ""
	for start > 0 && n < t.longest {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
		n++
		_, whole := t.byName[s[start:]]
		_, shortName := t.byShort[s[start:]]
		if whole || short && shortName {
			best = s[start:]
		}
	}
	return best
}

// Lookup returns the current unit with the given six-digit code.
func Lookup(code string) (Region, bool) {
	t := loadTable()
	if i, ok := t.at(code, len(t.snapshots)-1); ok {
		return t.region(i), true
	}
	return Region{}, false
}

func (t *table) resolve(loc string, hints []string) (Region, Note) {
	if loc == "" {
		return Region{}, Note{}
	}
	cands, ok := t.parse(loc)
	if !ok {
		if township(loc) {
			return Region{}, Note{Unknown, loc + ": a township, and no county or city named with it"}
		}
		return Region{}, Note{Unknown, loc + ": not in the division table"}
	}
	cands = t.rank(cands, t.hintRows(hints))
	if len(cands) > 1 {
		return Region{}, Note{Ambiguous, t.ambiguity(loc, cands)}
	}
	i := cands[0]
	if t.current(i) {
		return t.region(i), Note{Status: Resolved}
	}
	old := t.region(i)
	if j, ok := t.successor(i); ok {
		now := t.region(j)
		verb := "became " + now.Name()
		switch {
		case t.rows[i].code == t.rows[j].code:
			verb = "was renamed " + now.Name()
		case t.rows[i].name == t.rows[j].name:
			verb = "was recoded as " + now.Name()
		}
		return now, Note{Historical, fmt.Sprintf("%s: %s (%s) %s (%s) %s",
			loc, old.Name(), old.Code, verb, now.Code, t.when(t.rows[i].last))}
	}
	return old, Note{Historical, fmt.Sprintf("%s: %s (%s) was abolished %s; last listed %s",
		loc, old.Name(), old.Code, t.when(t.rows[i].last), t.snapshots[t.rows[i].last])}
}

// match returns the rows a single unit name can denote: by full name, else
// by its name without a unit word (清徐, 平鲁县 for 平鲁区). 州 after a
// shortened name stands for 自治州 (黔东南州, 海南州 — not 海南省).
func (t *table) match(seg string) []int {
	if rows := t.byName[seg]; len(rows) > 0 {
		return rows
	}
	if full, ok := abbreviations[seg]; ok {
		return t.byName[full]
	}
	s := short(seg)
	rows := append(append([]int(nil), t.byShort[s]...), t.byName[s]...)
	if s != seg && strings.HasSuffix(seg, "州") && !strings.HasSuffix(seg, "自治州") {
		rows = slices.DeleteFunc(rows, func(i int) bool { return !strings.HasSuffix(t.rows[i].name, "自治州") })
	}
	return rows
}

// parse splits a locality into unit names, longest first, each inside the
// one before, allowing a township at the end, and returns the rows the last unit may be given the
// units named before it.
func (t *table) parse(s string) ([]int, bool) {
	return t.split(s, nil, false)
}

// split reads s as unit names inside outer's rows; short says outer's
// name was read without its unit word (宝清 for 宝清县), and then a
// township after it must have a name of two characters at least: 七星泡镇
// is one township, not 七星(区) and a 泡镇.
func (t *table) split(s string, outer []int, short bool) ([]int, bool) {
	if s == "" {
		return outer, outer != nil
	}
	for end := len(s); end > 0; end-- {
		if !isBoundary(s, end) {
			continue
		}
		rows := t.match(s[:end])
		if outer != nil {
			rows = t.inside(rows, outer)
		}
		if len(rows) == 0 {
			continue
		}
		if got, ok := t.split(s[end:], rows, !t.whole(s[:end])); ok {
			return got, true
		}
	}
	if short {
		return outer, outer != nil && townshipNamed(s, 2)
	}
	return outer, outer != nil && township(s)
}

// whole reports whether seg is a unit's whole name or a known abbreviation
// of one, not a short name without its unit word.
func (t *table) whole(seg string) bool {
	_, abbr := abbreviations[seg]
	return len(t.byName[seg]) > 0 || abbr
}

func isBoundary(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}

// inside keeps the rows lying within one of the outer rows.
func (t *table) inside(rows, outer []int) []int {
	var in []int
	for _, i := range rows {
		for _, a := range outer {
			if t.within(i, a) {
				in = append(in, i)
				break
			}
		}
	}
	return in
}

// hintRows returns the rows the hints may denote.
func (t *table) hintRows(hints []string) []int {
	var rows []int
	for _, h := range hints {
		if got, ok := t.parse(strings.TrimSpace(h)); ok {
			rows = append(rows, got...)
		}
	}
	return rows
}

// rank narrows the candidates: a former unit whose successor is also a
// candidate goes, then the ones best supported by the hints stay, then
// current units win over former ones and higher levels over lower.
func (t *table) rank(cands, hints []int) []int {
	seen := map[int]bool{}
	for _, i := range cands {
		seen[i] = true
	}
	var kept []int
	for _, i := range cands {
		if !t.current(i) {
			if j, ok := t.successor(i); ok && seen[j] {
				continue
			}
		}
		if !seen[-i-1] {
			seen[-i-1] = true
			kept = append(kept, i)
		}
	}
	score := func(i int) int {
		n := 0
		for _, h := range hints {
			switch {
			case h == i:
			case t.within(i, h):
				n += 2
			case levelOf(t.rows[h].code) == county && levelOf(t.rows[i].code) == county &&
				t.rows[h].code[:4] == t.rows[i].code[:4]:
				n++
			}
		}
		return n
	}
	kept = best(kept, score)
	kept = best(kept, func(i int) int {
		if t.current(i) {
			return 1
		}
		return 0
	})
	return best(kept, func(i int) int { return -int(levelOf(t.rows[i].code)) })
}

// best keeps the items of highest score.
func best(items []int, score func(int) int) []int {
	var out []int
	top := 0
	for _, i := range items {
		s := score(i)
		switch {
		case len(out) == 0 || s > top:
			out, top = []int{i}, s
		case s == top:
			out = append(out, i)
		}
	}
	return out
}

// ambiguity words the warning for a name several units share.
func (t *table) ambiguity(loc string, cands []int) string {
	var names []string
	for n, i := range cands {
		if n == 4 {
			names = append(names, fmt.Sprintf("and %d more", len(cands)-n))
			break
		}
		r := t.region(i)
		names = append(names, fmt.Sprintf("%s (%s)", r.Name(), r.Code))
	}
	return fmt.Sprintf("%s: ambiguous, could be %s; no province or city named in the text chooses one",
		loc, strings.Join(names, ", "))
}

// Known reports whether s is the name of a unit, current or former, whole
// or short (玉树藏族自治州, 玉树), as a place a headline names is written.
func Known(s string) bool {
	t := loadTable()
	_, whole := t.byName[s]
	_, short := t.byShort[s]
	return whole || short
}
