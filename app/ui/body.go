package ui

import "slices"

// maxSizeHint bounds the size a caller may announce for a body: a page's
// environment is not trusted to size an allocation.
const maxSizeHint = 256 << 20

// bodyBytes gathers a body read in chunks: into one slice of the size
// expected, and what comes past it (all of it when the size is unknown)
// into slices of its own, joined once at the end. Growing one slice
// instead allocated three to five times the body on the way (Go grows
// large slices by a quarter): 13 MB for the 3.4 MB page of records of 10,000
// reports, garbage the page's heap grew by while it loaded with the
// collector off.
type bodyBytes struct {
	data []byte   // the body up to its expected size
	more [][]byte // what came past it
	n    int      // bytes so far
}

// newBodyBytes returns a bodyBytes for a body of size bytes, 0 when
// unknown.
func newBodyBytes(size int) *bodyBytes { return newBodyBytesIn(nil, size) }

// newBodyBytesIn returns a bodyBytes for a body of size bytes (0 when
// unknown) that reads into room's memory when it has the capacity for
// that size, else into a slice of its own.
func newBodyBytesIn(room []byte, size int) *bodyBytes {
	if cap(room) > 0 && cap(room) >= size {
		return &bodyBytes{data: room[:0]}
	}
	return &bodyBytes{data: make([]byte, 0, min(max(size, 0), maxSizeHint))}
}

// next returns room for the next n bytes of the body.
func (b *bodyBytes) next(n int) []byte {
	b.n += n
	if b.more == nil && len(b.data)+n <= cap(b.data) {
		b.data = b.data[:len(b.data)+n]
		return b.data[len(b.data)-n:]
	}
	p := make([]byte, n)
	b.more = append(b.more, p)
	return p
}

// len returns the number of bytes so far.
func (b *bodyBytes) len() int { return b.n }

// bytes returns the body: the one slice when it came in the size
// expected, else everything joined in one allocation.
func (b *bodyBytes) bytes() []byte {
	if b.more == nil {
		return b.data
	}
	return slices.Concat(append([][]byte{b.data}, b.more...)...)
}

// roomPool keeps the buffers that transient bodies are fetched into (text
// shards, read for a few documents' texts and let go): a page typing
// queries over 100,000 reports fetched a shard of 1.2 MB for nearly every
// snippet, garbage that made most of the collector's work. It keeps as
// many buffers as ran at once, up to the channel's capacity, and none
// larger than maxRoom.
type roomPool chan []byte

// maxRoom bounds the buffers a roomPool keeps: a shard of 64 long
// reports in both scripts is about 2.5 MB.
const maxRoom = 4 << 20

// take returns a kept buffer, or nil when none is free.
func (p roomPool) take() []byte {
	select {
	case b := <-p:
		return b
	default:
		return nil
	}
}

// put keeps b for the next take, unless it is too large or the pool is
// full. Nothing may refer to b's bytes afterwards.
func (p roomPool) put(b []byte) {
	if cap(b) == 0 || cap(b) > maxRoom {
		return
	}
	select {
	case p <- b[:0]:
	default:
	}
}
