package ui

import (
	"bytes"
	"runtime"
	"slices"
	"testing"
	"unsafe"
)

// readBody reads body through a bodyBytes expecting size, in chunks of
// chunk bytes, as browserFetcher does, and returns what it gathered and
// the length it counted.
func readBody(body []byte, size, chunk int) ([]byte, int) {
	b := newBodyBytes(size)
	for rest := body; len(rest) > 0; {
		n := min(chunk, len(rest))
		copy(b.next(n), rest[:n])
		rest = rest[n:]
	}
	return b.bytes(), b.len()
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestBodyBytes(t *testing.T) {
	const size = 1 << 20
	body := make([]byte, size)
	for i := range body {
		body[i] = byte(i * 7)
	}
	const chunk = 256 << 10 // the fetcher's buffers
	for _, c := range []struct {
		name   string
		in     []byte
		size   int
		copies int // of the body allocated: one when its size is known, else the chunks and their join
	}{
		{"size known", body, size, 1},
		{"size unknown", body, 0, 2},
		{"size too small", body, size / 2, 2},
		{"size too large", body[:size/2], size, 2}, // room for the size said: twice the body
		{"size negative", body, -5, 2},
		{"empty body", nil, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []byte
			var counted int
			n := allocated(func() { got, counted = readBody(c.in, c.size, chunk) })
			if !bytes.Equal(got, c.in) || got == nil || counted != len(c.in) {
				t.Fatalf("read %d bytes (nil: %t), counted %d, want the %d of the body", len(got), got == nil, counted, len(c.in))
			}
			if c.size == len(c.in) && cap(got) != len(c.in) {
				t.Errorf("cap %d for a body of the size announced, want %d", cap(got), len(c.in))
			}
			// Growing one slice allocated about five times the body.
			want := uint64(c.copies*len(c.in)) + 64<<10 // and what other goroutines of the test allocate meanwhile
			if n > want {
				t.Errorf("allocated %d bytes for a body of %d, want at most %d", n, len(c.in), want)
			}
		})
	}
}

func TestBodyBytesHintBounded(t *testing.T) {
	b := newBodyBytes(1 << 40) // a page's environment sizing the allocation
	if cap(b.data) != maxSizeHint {
		t.Fatalf("cap %d for a size of 1 TiB, want at most %d", cap(b.data), maxSizeHint)
	}
}

func TestPageSizes(t *testing.T) {
	for _, c := range []struct {
		env  string
		n    int
		want []int
	}{
		{"3441517", 1, []int{3441517}},
		{"8000000,7999000,123", 3, []int{8000000, 7999000, 123}},
		{"", 2, []int{0, 0}},
		{"12,x,-4,0", 4, []int{12, 0, 0, 0}},
		{"1,2,3", 2, []int{1, 2}}, // more sizes than pages
		{"5", 3, []int{5, 0, 0}},
	} {
		if got := pageSizes(c.env, c.n); !slices.Equal(got, c.want) {
			t.Errorf("pageSizes(%q, %d) = %v, want %v", c.env, c.n, got, c.want)
		}
	}
}

func TestBodyBytesIn(t *testing.T) {
	body := bytes.Repeat([]byte("人大"), 1000)
	for _, c := range []struct {
		name   string
		room   int // capacity
		size   int
		inRoom bool
	}{
		{"room for the size said", 8 << 10, len(body), true},
		{"room, size unknown", 8 << 10, 0, true},
		{"room too small for the size said", 1 << 10, len(body), false},
		{"room too small, size unknown", 1 << 10, 0, false}, // the rest comes in slices of its own
		{"no room", 0, len(body), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			room := make([]byte, 0, c.room)
			b := newBodyBytesIn(room, c.size)
			for rest := body; len(rest) > 0; {
				n := min(700, len(rest))
				copy(b.next(n), rest[:n])
				rest = rest[n:]
			}
			got := b.bytes()
			if !bytes.Equal(got, body) {
				t.Fatalf("read %d bytes, want the body's %d", len(got), len(body))
			}
			if in := c.room > 0 && unsafe.SliceData(got) == unsafe.SliceData(room); in != c.inRoom {
				t.Errorf("body read into the room: %v, want %v", in, c.inRoom)
			}
		})
	}
}
