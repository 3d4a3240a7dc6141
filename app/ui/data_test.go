package ui

import (
	"testing"

	"renda/app/explore"
)

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

// TestPeopleSpellings follows the spellings of places and people through
// the text store: the people's are claimed once (again after a failure),
// and every index built afterwards spells both.
func TestPeopleSpellings(t *testing.T) {
	pack := testPack()
	b, err := explore.NewSpellings(pack.Docs).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	placeParts, peopleParts, err := explore.SplitSpellings(b, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	read := func(parts [][]byte) *explore.Spellings {
		var sp explore.Spellings
		for _, p := range parts {
			if err := sp.AddBinary(p); err != nil {
				t.Fatal(err)
			}
		}
		return &sp
	}
	spelled := func(ts *textStore) (place, person string) {
		ix := ts.newIndex(pack, len(pack.Docs))
		return ix.Pinyin("山亭区", false), ix.Pinyin("王德海", true)
	}

	ts := newTextStore()
	ts.addSpellings(read(placeParts), false)
	if place, person := spelled(ts); place != "shan ting qu" || person != "" {
		t.Errorf("places' spellings only: %q, %q", place, person)
	}
	if ts.peopleState() != fetchIdle || !ts.claimPeople() || ts.claimPeople() {
		t.Error("the people's spellings are not claimed exactly once")
	}
	ts.setPeople(fetchIdle) // the download failed
	if !ts.claimPeople() {
		t.Error("the people's spellings are not claimed again after a failure")
	}
	ts.addSpellings(read(peopleParts), true)
	if ts.peopleState() != fetchDone || ts.claimPeople() {
		t.Error("the people's spellings are claimed once in")
	}
	if place, person := spelled(ts); place != "shan ting qu" || person != "wang de hai" {
		t.Errorf("both spellings: %q, %q", place, person)
	}
}
