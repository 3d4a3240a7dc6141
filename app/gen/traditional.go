package gen

import (
	"strings"
	"unicode/utf8"

	"renda/parse/t2s"
)

// toTraditional maps simplified characters to traditional ones: the
// reverse of the parser's t2s table, for the few reports written in
// traditional script.
type toTraditional struct {
	m map[rune]rune
}

// keepSimplified are characters that are also the usual traditional form
// in the words reports use (面, 范 as a surname, 周…), so they stay.
const keepSimplified = "面只才系范余姜谷周制向征斗划卷布松游涌咸舍朴累托冬表"

// preferred overrides the reverse lookup where one simplified character
// stands for several traditional ones, as pairs: simplified, traditional.
const preferred = "发發干幹台臺里裡后後历歷几幾准準冲衝"

func newToTraditional() *toTraditional {
	m := map[rune]rune{}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		s := t2s.Convert(string(r))
		if utf8.RuneCountInString(s) != 1 || s == string(r) {
			continue
		}
		sr, _ := utf8.DecodeRuneInString(s)
		if _, ok := m[sr]; !ok {
			m[sr] = r
		}
	}
	for _, r := range keepSimplified {
		delete(m, r)
	}
	p := []rune(preferred)
	for i := 0; i+1 < len(p); i += 2 {
		if t2s.Convert(string(p[i+1])) == string(p[i]) {
			m[p[i]] = p[i+1]
		}
	}
	return &toTraditional{m: m}
}

// convert writes s in traditional characters. It reports false when the
// parser's conversion back would not give s again, so that the planted
// facts stay exactly what the parser should read.
func (c *toTraditional) convert(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if t, ok := c.m[r]; ok {
			b.WriteRune(t)
		} else {
			b.WriteRune(r)
		}
	}
	out := b.String()
	return out, t2s.Convert(out) == s
}
