package ui

import "testing"

func TestJoinParts(t *testing.T) {
	for _, c := range []struct {
		name  string
		parts [][]byte
		want  string
		ok    bool
	}{
		{"one", [][]byte{[]byte("abc")}, "abc", true},
		{"three", [][]byte{[]byte("ab"), []byte("c"), []byte("de")}, "abcde", true},
		{"an empty one", [][]byte{{}}, "", true},
		{"a part missing", [][]byte{[]byte("ab"), nil, []byte("de")}, "", false},
		{"the one part missing", [][]byte{nil}, "", false},
	} {
		if got, ok := joinParts(c.parts); got != c.want || ok != c.ok {
			t.Errorf("%s: joinParts = %q, %v, want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
