package explore

import (
	"bytes"
	"reflect"
	"testing"

	"renda/app/corpus"
)

// TestPeopleOfHeldRecords indexes generated reports decoded with their
// lists held encoded (what the browser loads) and as parsed: the same
// people, the same roles of each in each report, the same spellings and
// the same hits for their names.
func TestPeopleOfHeldRecords(t *testing.T) {
	p := genPack(t, 300, 9)
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var held corpus.Pack
	if err := held.UnmarshalRecordsInto(b, nil); err != nil {
		t.Fatal(err)
	}
	if held.Docs[0].Presiding != nil || len(p.Docs[0].Presiding) == 0 {
		t.Fatalf("want the lists held: %q, parsed %q", held.Docs[0].Presiding, p.Docs[0].Presiding)
	}
	want, got := NewWithoutPinyin(p), NewWithoutPinyin(held)
	people := want.People()
	if len(people) < 100 || !reflect.DeepEqual(got.People(), people) {
		t.Fatalf("people: %d held, %d parsed", len(got.People()), len(people))
	}
	for _, name := range people {
		a, _ := want.Person(name)
		b, ok := got.Person(name)
		if !ok || !reflect.DeepEqual(a, b) {
			t.Errorf("Person(%q): held %+v, parsed %+v", name, b, a)
		}
	}
	for _, name := range people[:20] {
		q := Query{Text: name}
		if a, b := want.Search(q), got.Search(q); !sameResult(a, b) {
			t.Errorf("search %q: held %v, parsed %v", name, b.Docs(), a.Docs())
		}
	}
	a, _ := NewSpellings(p.Docs).Encode()
	if b, _ := NewSpellings(held.Docs).Encode(); !bytes.Equal(a, b) {
		t.Error("the held records spell other names")
	}
}
