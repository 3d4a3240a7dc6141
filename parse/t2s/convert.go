package t2s

import (
	"strings"
	"unicode/utf8"
)

// Match converts the text at the start of s: the longest dictionary phrase
// starting there, else the first character. It returns the simplified text
// and the number of bytes of s it replaces; n is 0 when the first character
// of s needs no conversion (and starts no phrase that does).
//
// out has as many runes as s[:n] except for a few phrases; callers that map
// output back to input can pair runes one to one when the counts agree and
// treat the phrase as one unit otherwise.
func Match(s string) (out string, n int) {
	if s == "" || s[0] < utf8.RuneSelf {
		return "", 0
	}
	r, size := utf8.DecodeRuneInString(s)
	e := table().lookup(r)
	if e == nil {
		return "", 0
	}
	for _, p := range e.phrases {
		if strings.HasPrefix(s, p.key) {
			return p.val, len(p.key)
		}
	}
	if e.val == "" {
		return "", 0
	}
	return e.val, size
}

// ConvertMap converts s and reports the result piece by piece, in order:
// emit(out, start, end) says that out is the simplified form of
// s[start:end]. The spans tile s. A span is one of
//
//   - a run of text that needs no change (out == s[start:end]);
//   - one converted character;
//   - a converted phrase whose output has a different number of runes than
//     its input, which is to be treated as a whole.
//
// A phrase whose output has as many runes as its input is reported one
// character at a time, so every output rune of a converted span with equal
// rune counts can be traced to its own input rune.
func ConvertMap(s string, emit func(out string, start, end int)) {
	run := 0 // start of the pending unchanged run
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		out, n := Match(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if run < i {
			emit(s[run:i], run, i)
		}
		if utf8.RuneCountInString(out) == utf8.RuneCountInString(s[i:i+n]) {
			for j, o := i, 0; j < i+n; {
				_, a := utf8.DecodeRuneInString(s[j:])
				_, b := utf8.DecodeRuneInString(out[o:])
				emit(out[o:o+b], j, j+a)
				j, o = j+a, o+b
			}
		} else {
			emit(out, i, i+n)
		}
		i += n
		run = i
	}
	if run < len(s) {
		emit(s[run:], run, len(s))
	}
}

// Convert returns s with traditional characters replaced by simplified
// ones. It returns s itself when nothing needs converting.
func Convert(s string) string {
	var b strings.Builder
	done := 0 // s[:done] has been written to b
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		out, n := Match(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteString(out)
		i += n
		done = i
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}
