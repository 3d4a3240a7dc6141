package explore

import (
	"slices"
)

// keySet is a list of keys prepared for findKeys: keys with equal normal
// forms are grouped (a place named in many reports is matched once), and
// every character points to the distinct normal forms that hold it, so a
// term is tried only on the forms that hold all its characters instead of
// on every key at every keystroke.
type keySet struct {
	keys     []key
	distinct []int // the first key of each distinct normal form, ascending
	// sameAt[d]:sameAt[d+1] is where distinct form d's other keys are in
	// sameKeys, each form's ascending; both nil when every key is
	// distinct. (A slice of keys per form cost 24 bytes of pointers per
	// form: 16 MB for the collector to scan at 100,000 reports.)
	sameAt   []int32
	sameKeys []int32
	byRune   map[rune][]int32 // character → distinct forms holding it, ascending
}

// same returns the keys of distinct form d other than its first, ascending.
func (ks *keySet) same(d int) []int32 {
	if ks.sameAt == nil {
		return nil
	}
	return ks.sameKeys[ks.sameAt[d]:ks.sameAt[d+1]]
}

// setSame lays out the other keys of each distinct form, given every
// key's form.
func (ks *keySet) setSame(formOf []int32) {
	ks.sameAt, ks.sameKeys = nil, nil
	if len(formOf) == len(ks.distinct) {
		return // every key is distinct
	}
	at := make([]int32, len(ks.distinct)+1)
	for i, d := range formOf {
		if ks.distinct[d] != i {
			at[d+1]++
		}
	}
	for d := range ks.distinct {
		at[d+1] += at[d]
	}
	keys := make([]int32, at[len(ks.distinct)])
	next := slices.Clone(at[:len(ks.distinct)])
	for i, d := range formOf {
		if ks.distinct[d] != i {
			keys[next[d]] = int32(i)
			next[d]++
		}
	}
	ks.sameAt, ks.sameKeys = at, keys
}

// newKeySet prepares keys for findKeys. The slice is not copied.
func newKeySet(keys []key) keySet {
	ks := keySet{keys: keys, byRune: map[rune][]int32{}}
	first := make(map[string]int, len(keys)) // normal form → index in distinct
	formOf := make([]int32, len(keys))
	for i, k := range keys {
		if d, ok := first[k.norm]; ok {
			formOf[i] = int32(d)
			continue
		}
		d := len(ks.distinct)
		first[k.norm] = d
		formOf[i] = int32(d)
		ks.distinct = append(ks.distinct, i)
		for _, r := range k.norm {
			l := ks.byRune[r]
			if n := len(l); n == 0 || l[n-1] != int32(d) {
				ks.byRune[r] = append(l, int32(d))
			}
		}
	}
	ks.setSame(formOf)
	return ks
}

// candidates returns the distinct forms (indices in distinct, ascending)
// that hold every character of t: those of its rarest character, all forms
// for the empty term. Invalid bytes count as utf8.RuneError on both sides,
// as in subsequence.
func (ks *keySet) candidates(t string) []int32 {
	if t == "" {
		all := make([]int32, len(ks.distinct))
		for i := range all {
			all[i] = int32(i)
		}
		return all
	}
	var best []int32
	for i, r := range t {
		l, ok := ks.byRune[r]
		if !ok {
			return nil
		}
		if i == 0 || len(l) < len(best) {
			best = l
		}
	}
	return best
}

// dupsOf returns, by ascending key, the keys whose normal form equals that
// of a matched distinct form, each paired with the form's position in
// matched.
func (ks *keySet) dupsOf(matched []int) [][2]int {
	var dups [][2]int
	for j, d := range matched {
		for _, i := range ks.same(d) {
			dups = append(dups, [2]int{int(i), j})
		}
	}
	slices.SortFunc(dups, func(a, b [2]int) int { return a[0] - b[0] })
	return dups
}
