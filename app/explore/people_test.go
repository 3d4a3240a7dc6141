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
	records, _ := corpus.Split(p)
	b, err := records.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var held corpus.Records
	if err := held.UnmarshalBinaryInto(b, nil); err != nil {
		t.Fatal(err)
	}
	if w := held.Docs[0].Whole(); len(p.Docs[0].Presiding) == 0 || !reflect.DeepEqual(w.Presiding, p.Docs[0].Presiding) || w.Text != "" {
		t.Fatalf("want the lists held, the text apart: %q and %d bytes of text, parsed %q", w.Presiding, len(w.Text), p.Docs[0].Presiding)
	}
	want, got := NewWithoutPinyin(p.Records()), NewWithoutPinyin(held)
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
	a, _ := NewSpellings(corpus.Summaries(p.Docs)).Encode()
	if b, _ := NewSpellings(held.Docs).Encode(); !bytes.Equal(a, b) {
		t.Error("the held records spell other names")
	}
}
