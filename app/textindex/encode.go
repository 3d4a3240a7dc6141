package textindex

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// A posting list is encoded as a uvarint header, count<<1 | kind, then:
//   - kind listGaps: each document as a uvarint gap from the previous
//     (the first from -1), minus one;
//   - kind listBitmap: a bitmap of ceil(docs/8) bytes, bit d%8 of byte d/8
//     set when document d is in the list.
//
// Build picks the smaller of the two for each list: gaps for rare keys,
// bitmaps for keys found in more than about one document in eight.
const (
	listGaps   = 0
	listBitmap = 1
)

// appendPosting appends the encoding of docs (ascending, < n) to b.
func appendPosting(b []byte, docs []int32, n int) []byte {
	gaps := 0
	prev := int32(-1)
	for _, d := range docs {
		gaps += uvarintLen(uint64(d - prev - 1))
		prev = d
	}
	bitmap := (n + 7) / 8
	if bitmap < gaps {
		b = binary.AppendUvarint(b, uint64(len(docs))<<1|listBitmap)
		start := len(b)
		b = append(b, make([]byte, bitmap)...)
		for _, d := range docs {
			b[start+int(d)/8] |= 1 << (d % 8)
		}
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(docs))<<1|listGaps)
	prev = -1
	for _, d := range docs {
		b = binary.AppendUvarint(b, uint64(d-prev-1))
		prev = d
	}
	return b
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// list is a decoded header: a posting's kind, count and payload.
type list struct {
	kind, count int
	body        []byte
}

// header reads p's header; a malformed posting reads as empty.
func header(p []byte, n int) list {
	h, k := binary.Uvarint(p)
	if k <= 0 {
		return list{}
	}
	l := list{kind: int(h & 1), body: p[k:]}
	if c := h >> 1; c <= uint64(n) {
		l.count = int(c)
	}
	return l
}

// has reports whether bitmap l holds doc.
func (l list) has(doc int) bool {
	return doc/8 < len(l.body) && l.body[doc/8]&(1<<(doc%8)) != 0
}

// decodePosting returns the documents of posting p, for an index of n
// documents. Bytes that do not decode end the list; documents ≥ n are
// dropped.
func decodePosting(p []byte, n int) []int { return decodePostingTo(nil, p, n) }

// decodePostingTo is decodePosting appending to out, which it first gives
// room for the list.
func decodePostingTo(out []int, p []byte, n int) []int {
	l := header(p, n)
	out = slices.Grow(out, min(l.count, 8*len(l.body))) // bounded by the bytes at hand
	if l.kind == listBitmap {
		for i, c := range l.body {
			for ; c != 0; c &= c - 1 {
				d := i*8 + trailingZeros8(c)
				if d >= n {
					return out
				}
				out = append(out, d)
			}
		}
		return out
	}
	prev, body := -1, l.body
	for len(body) > 0 && len(out) < l.count {
		g, k := binary.Uvarint(body)
		if k <= 0 || g >= uint64(n) {
			break
		}
		d := prev + 1 + int(g)
		if d >= n {
			break
		}
		out = append(out, d)
		prev, body = d, body[k:]
	}
	return out
}

func trailingZeros8(c byte) int {
	n := 0
	for c&1 == 0 {
		c >>= 1
		n++
	}
	return n
}

// intersect returns the documents of docs (ascending) that posting p holds,
// appended to out[:0], which may be docs itself (each is written where one
// was read or before) and else is first given room for them: a broad
// pair's tens of thousands of documents grown by appending were the
// largest allocation of a search in the browser. A list of gaps is read as
// it goes, not decoded first: that was a tenth of what typing allocated
// at 100,000 reports.
func intersect(out, docs []int, p []byte, n int) []int {
	l := header(p, n)
	out = slices.Grow(out[:0], len(docs)) // docs itself has the room
	if l.kind == listBitmap {
		for _, d := range docs {
			if l.has(d) {
				out = append(out, d)
			}
		}
		return out
	}
	// as decodePostingTo reads gaps: bytes that do not decode end the list
	i, prev, body := 0, -1, l.body
	for left := l.count; left > 0 && len(body) > 0 && i < len(docs); left-- {
		g, k := binary.Uvarint(body)
		if k <= 0 || g >= uint64(n) {
			break
		}
		d := prev + 1 + int(g)
		if d >= n {
			break
		}
		prev, body = d, body[k:]
		for i < len(docs) && docs[i] < d {
			i++
		}
		if i < len(docs) && docs[i] == d {
			out = append(out, d)
			i++
		}
	}
	return out
}

// magic starts an encoded index; its last byte is the format version (2:
// with a tag).
const magic = "RTX\x02"

// SetTag sets what the index says it belongs to, which Encode
// writes and Decode reads back (Tag): a site tags the shards of its index
// with its pack's version, so that a page of another build refuses them.
func (ix *Index) SetTag(tag string) { ix.tag = tag }

// Tag returns the index's tag (SetTag), "" if none.
func (ix *Index) Tag() string { return ix.tag }

// Encode encodes the index for Decode: magic, its tag (a uvarint length,
// then the bytes), the number of documents and of keys, every key as a
// uvarint gap from the previous with the byte length of its posting list,
// then the posting lists. Keeping keys and lists apart compresses better.
// (Named MarshalBinary, it was linked into app.wasm, which only decodes:
// packages there call MarshalBinary through an interface.)
func (ix *Index) Encode() ([]byte, error) {
	b := make([]byte, 0, len(ix.data)+4*len(ix.keys)+16+len(ix.tag))
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(ix.tag)))
	b = append(b, ix.tag...)
	b = binary.AppendUvarint(b, uint64(ix.docs))
	b = binary.AppendUvarint(b, uint64(len(ix.keys)))
	prev := uint64(0)
	for i, k := range ix.keys {
		b = binary.AppendUvarint(b, k-prev)
		b = binary.AppendUvarint(b, uint64(ix.offs[i+1]-ix.offs[i]))
		prev = k
	}
	return append(b, ix.data...), nil
}

// Decode reads an index written by Encode. It keeps b's posting
// lists as they are (b must not change afterwards) and decodes them when a
// query needs them; it fails on a malformed table, and a malformed list
// reads as a shorter one.
func Decode(b []byte) (*Index, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("text index: not an index (bad magic)")
	}
	b = b[len(magic):]
	next := func(what string) (uint64, error) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, fmt.Errorf("text index: truncated %s", what)
		}
		b = b[k:]
		return v, nil
	}
	tagLen, err := next("tag")
	if err != nil {
		return nil, err
	}
	if tagLen > uint64(len(b)) {
		return nil, errors.New("text index: truncated tag")
	}
	tag := string(b[:tagLen])
	b = b[tagLen:]
	docs, err := next("document count")
	if err != nil {
		return nil, err
	}
	nkeys, err := next("key count")
	if err != nil {
		return nil, err
	}
	// Every key takes at least two bytes; docs must fit an int32.
	if docs > 1<<31-1 || nkeys > uint64(len(b)/2) {
		return nil, errors.New("text index: counts out of range")
	}
	ix := &Index{tag: tag, docs: int(docs), keys: make([]uint64, nkeys), offs: make([]uint32, nkeys+1)}
	key, off := uint64(0), uint64(0)
	for i := range ix.keys {
		gap, err := next("key")
		if err != nil {
			return nil, err
		}
		size, err := next("list size")
		if err != nil {
			return nil, err
		}
		if (i > 0 && gap == 0) || gap > 1<<44 || size > uint64(len(b)) {
			return nil, fmt.Errorf("text index: key %d out of range", i)
		}
		key += gap
		off += size
		ix.keys[i], ix.offs[i+1] = key, uint32(off)
	}
	if off != uint64(len(b)) {
		return nil, fmt.Errorf("text index: lists take %d bytes, %d left", off, len(b))
	}
	ix.data = b
	return ix, nil
}
