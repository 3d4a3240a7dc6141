package t2s

import (
	"strings"
	"unicode/utf8"
)

// Match is Load().Match(s).
func Match(s string) (out string, n int) { return Load().Match(s) }

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
	matches(s, func(out string, i, n int) {
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
		run = i + n
	})
	if run < len(s) {
		emit(s[run:], run, len(s))
	}
}

// Convert returns s with traditional characters replaced by simplified
// ones. It returns s itself when nothing needs converting.
func Convert(s string) string {
	var b strings.Builder
	done := 0 // s[:done] has been written to b
	matches(s, func(out string, i, n int) {
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteString(out)
		done = i + n
	})
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// matches calls f for each span of s that converts, in order: out is the
// simplified form of s[i:i+n].
func matches(s string, f func(out string, i, n int)) {
	d := Load()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !d.Starts(r) {
			i += size
			continue
		}
		out, n := d.Match(s[i:])
		if n == 0 {
			i += size
			continue
		}
		f(out, i, n)
		i += n
	}
}
