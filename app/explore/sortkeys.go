package explore

import "renda/app/internal/keysort"

// radixMin is the length from which sortKeys sorts by digits rather than
// by comparisons.
const radixMin = 1 << 12

// sortKeys sorts keys ascending. Many keys (a broad term ranks most of
// 100,000 reports, and sorting them by comparisons was an eighth of its
// search) are sorted by bytes, least significant first, in passes that
// skip the bytes every key shares (the high bits of ranks and scores).
func sortKeys(keys []uint64) {
	if len(keys) < radixMin {
		keysort.Uint64s(keys)
		return
	}
	src, dst := keys, make([]uint64, len(keys))
	for shift := 0; shift < 64; shift += 8 {
		var at [256]int
		for _, k := range src {
			at[k>>shift&0xff]++
		}
		if at[src[0]>>shift&0xff] == len(src) {
			continue // every key has this byte
		}
		n := 0
		for d, c := range at {
			at[d] = n
			n += c
		}
		for _, k := range src {
			d := k >> shift & 0xff
			dst[at[d]] = k
			at[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
