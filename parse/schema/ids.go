package schema

import "strconv"

// IDs keeps the ids of one corpus unique. A record's id is its file's
// name (ID), but folders of reports often repeat a name (site-a/1.txt,
// site-b/1.txt): the file that comes later takes the next free id, 1-2,
// 1-3…, never one that another file's name gives. The zero value is not
// ready: use NewIDs.
type IDs struct {
	natural map[string]bool // the ids the files' names give
	taken   map[string]bool
}

// NewIDs returns the ids of a corpus whose files' names give the ids
// natural (ID), all of them, whatever their order.
func NewIDs(natural []string) *IDs {
	ids := &IDs{natural: make(map[string]bool, len(natural)), taken: make(map[string]bool, len(natural))}
	for _, id := range natural {
		ids.natural[id] = true
	}
	return ids
}

// Take returns the id of the next record, whose file's name gives id: id
// itself when no record has it yet, else the first free id-N (N from 2).
func (ids *IDs) Take(id string) string {
	out := id
	for n := 2; ids.taken[out]; n++ {
		if out = id + "-" + strconv.Itoa(n); ids.natural[out] {
			out = id // another file's name gives it: on to the next
		}
	}
	ids.taken[out] = true
	return out
}
