package ui

import (
	"bytes"
	"testing"
)

func TestJoinParts(t *testing.T) {
	for _, c := range []struct {
		name  string
		parts [][]byte
		want  []byte
	}{
		{"one", [][]byte{[]byte("abc")}, []byte("abc")},
		{"three", [][]byte{[]byte("ab"), []byte("c"), []byte("de")}, []byte("abcde")},
		{"a part missing", [][]byte{[]byte("ab"), nil, []byte("de")}, nil},
		{"the one part missing", [][]byte{nil}, nil},
	} {
		got := joinParts(c.parts)
		if !bytes.Equal(got, c.want) || (got == nil) != (c.want == nil) {
			t.Errorf("%s: joinParts = %q, want %q", c.name, got, c.want)
		}
	}
}
