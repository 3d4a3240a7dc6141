// Package keysort sorts uint64 keys with the sort of ints that every Go
// program for wasm links anyway (fmt's), rather than an instantiation of
// slices.Sort of its own: that was 12 KB of app.wasm's code.
package keysort

import (
	"slices"
	"strconv"
	"unsafe"
)

// flip maps the order of uint64 onto that of int64: with the top bit
// flipped, 0 is the least int64 and 1<<64-1 the greatest.
const flip = 1 << 63

// Uint64s sorts keys ascending.
func Uint64s(keys []uint64) {
	if len(keys) < 2 {
		return
	}
	if strconv.IntSize != 64 {
		slices.Sort(keys)
		return
	}
	for i := range keys {
		keys[i] ^= flip
	}
	// An int is 64 bits here: keys' memory read as ints, in place.
	slices.Sort(unsafe.Slice((*int)(unsafe.Pointer(&keys[0])), len(keys)))
	for i := range keys {
		keys[i] ^= flip
	}
}
