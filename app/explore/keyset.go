package explore

import (
	"slices"
	"strings"

	"renda/app/internal/keysort"
	"renda/parse/fold"
)

// keySet is a list of keys prepared for findKeys: keys with equal normal
// forms are grouped (a place named in many reports is matched once), and
// every character points to the distinct normal forms that hold it, so a
// term is tried only on the forms that hold all its characters instead of
// on every key at every keystroke.
//
// The distinct forms sit one after another in one string, in order: a
// term tried on many forms reads memory in order, and the set holds no
// pointer a key (as a slice of keys, 900,000 strings for the collector to
// follow at 100,000 reports, whose bytes lay all over the records and
// tables: reading them was a tenth of a broad term's search).
type keySet struct {
	norms    string  // the distinct normal forms, each once, in order
	at       []int32 // form d is norms[at[d]:at[d+1]]
	distinct []int32 // the first key of each distinct normal form, ascending
	formOf   []int32 // each key's distinct form
	// folds maps back to the original string the keys whose folding
	// moved byte offsets (few: full-width characters and the like).
	folds map[int32]*fold.Text
	// sameAt[d]:sameAt[d+1] is where distinct form d's other keys are in
	// sameKeys, each form's ascending; both nil when every key is
	// distinct. (A slice of keys per form cost 24 bytes of pointers per
	// form: 16 MB for the collector to scan at 100,000 reports.)
	sameAt   []int32
	sameKeys []int32
	byRune   map[rune][]int32 // character → distinct forms holding it, ascending
}

// len returns the number of keys.
func (ks *keySet) len() int { return len(ks.formOf) }

// forms returns the number of distinct normal forms.
func (ks *keySet) forms() int { return len(ks.distinct) }

// form returns distinct normal form d.
func (ks *keySet) form(d int) string { return ks.norms[ks.at[d]:ks.at[d+1]] }

// norm returns the normal form of key i.
func (ks *keySet) norm(i int) string { return ks.form(int(ks.formOf[i])) }

// origSpans maps spans of key i's normal form to its original string.
func (ks *keySet) origSpans(i int, ss []Span) []Span {
	return key{fold: ks.folds[int32(i)]}.origSpans(ss)
}

// same returns the keys of distinct form d other than its first, ascending.
func (ks *keySet) same(d int) []int32 {
	if ks.sameAt == nil {
		return nil
	}
	return ks.sameKeys[ks.sameAt[d]:ks.sameAt[d+1]]
}

// keySetLayout lays out a key set key by key, in order: each key's
// distinct form (the next new one, or an earlier one) and, for a new
// form, its normal form.
//
// The normal forms are kept as they come and joined once, in done: a
// strings.Builder growing by doubling allocated twice to three times their
// size (7 MB for 10,000 reports' tables, garbage of the page's load).
type keySetLayout struct {
	ks    keySet
	norms []string // of the distinct forms, in order
	size  int      // their bytes together
}

func newKeySetLayout(n, forms int) *keySetLayout {
	return &keySetLayout{ks: keySet{formOf: make([]int32, 0, n), distinct: make([]int32, 0, forms), at: make([]int32, 1, forms+1)}, norms: make([]string, 0, forms)}
}

// add adds the next key, of distinct form d (at most the number of forms
// so far), with its normal form (read only for a new form) and fold map
// (nil if none).
func (l *keySetLayout) add(d int, norm string, f *fold.Text) {
	i := int32(len(l.ks.formOf))
	if d == len(l.ks.distinct) {
		l.norms = append(l.norms, norm)
		l.size += len(norm)
		l.ks.distinct = append(l.ks.distinct, i)
		l.ks.at = append(l.ks.at, int32(l.size))
	}
	l.ks.formOf = append(l.ks.formOf, int32(d))
	if f != nil {
		if l.ks.folds == nil {
			l.ks.folds = map[int32]*fold.Text{}
		}
		l.ks.folds[i] = f
	}
}

// done returns the key set laid out, with the other keys of each form
// (setSame); the caller sets byRune. Its normal forms are same when they
// are the same bytes (the names of people, sorted and each once, whose
// normal form is mostly the name: Index.nameText), else one string of
// their own, of their size.
func (l *keySetLayout) done(same string) keySet {
	ks := l.ks
	if ks.norms = same; !l.joined(same) {
		var b strings.Builder
		b.Grow(l.size)
		for _, n := range l.norms {
			b.WriteString(n)
		}
		ks.norms = b.String()
	}
	l.norms = nil
	ks.setSame()
	return ks
}

// joined reports whether the normal forms one after the other are s.
func (l *keySetLayout) joined(s string) bool {
	if l.size != len(s) {
		return false
	}
	at := 0
	for _, n := range l.norms {
		if s[at:at+len(n)] != n {
			return false
		}
		at += len(n)
	}
	return true
}

// setSame lays out the other keys of each distinct form.
func (ks *keySet) setSame() {
	ks.sameAt, ks.sameKeys = nil, nil
	if len(ks.formOf) == len(ks.distinct) {
		return // every key is distinct
	}
	at := make([]int32, len(ks.distinct)+1)
	for i, d := range ks.formOf {
		if ks.distinct[d] != int32(i) {
			at[d+1]++
		}
	}
	for d := range ks.distinct {
		at[d+1] += at[d]
	}
	keys := make([]int32, at[len(ks.distinct)])
	next := slices.Clone(at[:len(ks.distinct)])
	for i, d := range ks.formOf {
		if ks.distinct[d] != int32(i) {
			keys[next[d]] = int32(i)
			next[d]++
		}
	}
	ks.sameAt, ks.sameKeys = at, keys
}

// newKeySet prepares keys for findKeys; its normal forms are same when
// they are the same bytes (keySetLayout.done).
func newKeySet(keys []key, same string) keySet {
	first := make(map[string]int, len(keys)) // normal form → index in distinct
	l := newKeySetLayout(len(keys), 0)
	byRune := map[rune][]int32{}
	for _, k := range keys {
		d, ok := first[k.norm]
		if !ok {
			d = len(first)
			first[k.norm] = d
			for _, r := range k.norm {
				l := byRune[r]
				if n := len(l); n == 0 || l[n-1] != int32(d) {
					byRune[r] = append(l, int32(d))
				}
			}
		}
		l.add(d, k.norm, k.fold)
	}
	ks := l.done(same)
	ks.byRune = byRune
	return ks
}

// candidates returns the distinct forms (indices in distinct, ascending)
// that hold every character of t: those of its rarest character, all forms
// for the empty term. Invalid bytes count as utf8.RuneError on both sides,
// as in subsequence.
func (ks *keySet) candidates(t string) []int32 {
	if t == "" {
		all := make([]int32, ks.forms())
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

// appendDupsOf appends to dups, by ascending key, the keys whose normal
// form equals that of a matched distinct form, each paired with the form's
// position in matched: key<<32 | position. (Sorted as numbers, the pairs
// share the code of every other sort of uint64 in app.wasm: a sort of
// [2]int was 18 KB of it.) dups must be empty.
func (ks *keySet) appendDupsOf(dups []uint64, matched []int32) []uint64 {
	for j, d := range matched {
		for _, i := range ks.same(int(d)) {
			dups = append(dups, uint64(i)<<32|uint64(j))
		}
	}
	keysort.Uint64s(dups)
	return dups
}
