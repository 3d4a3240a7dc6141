package explore

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"renda/app/corpus"
)

// TestSpellingsRoundTrip checks that spellings encoded and decoded equal
// those computed, for the names of generated reports (polyphones and
// surnames read apart included) and of the test pack.
func TestSpellingsRoundTrip(t *testing.T) {
	for name, p := range map[string]corpus.Pack{"test pack": testPack(), "generated": genPack(t, 300, 5)} {
		sp := NewSpellings(corpus.Summaries(p.Docs))
		b, err := sp.Encode()
		if err != nil {
			t.Fatal(err)
		}
		var back Spellings
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !sameSpellings(&back, sp) {
			t.Errorf("%s: decoded spellings differ from the computed ones", name)
		}
		if sp.people.len() == 0 || sp.places.len() == 0 {
			t.Errorf("%s: %d people, %d places", name, sp.people.len(), sp.places.len())
		}
	}
}

// TestSplitSpellings checks that the parts of a spellings file are
// spellings files under the size asked (but for a single long line), the
// places' apart from the people's, and merged equal the whole.
func TestSplitSpellings(t *testing.T) {
	sp := NewSpellings(corpus.Summaries(genPack(t, 200, 6).Docs))
	b, err := sp.Encode()
	if err != nil {
		t.Fatal(err)
	}
	placesOnly := Spellings{places: sp.places}
	pb, err := placesOnly.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, max := range []int{1, 200, 4096, len(pb), len(b) - 1, len(b), 1 << 30} {
		places, people, err := SplitSpellings(b, max)
		if err != nil {
			t.Fatal(err)
		}
		if max >= len(b) && (len(places) != 1 || len(people) != 1) || max == 1 && (len(places) != sp.places.len() || len(people) != sp.people.len()) {
			t.Errorf("max %d: %d+%d parts of a file of %d bytes", max, len(places), len(people), len(b))
		}
		for kind, parts := range map[string][][]byte{"L": places, "P": people} {
			for i, part := range parts {
				var p Spellings
				if err := p.UnmarshalBinary(part); err != nil {
					t.Fatalf("max %d: %s part %d: %v", max, kind, i, err)
				}
				if (kind == "L") != (p.people.len() == 0) || (kind == "P") != (p.places.len() == 0) {
					t.Errorf("max %d: %s part %d holds %d places and %d people", max, kind, i, p.places.len(), p.people.len())
				}
			}
		}
		parts := append(places, people...)
		var merged, added Spellings
		for i, part := range parts {
			if err := added.AddBinary(part); err != nil {
				t.Fatalf("max %d: part %d added: %v", max, i, err)
			}
			if len(part) > max && bytes.Count(part, []byte("\n")) > 2 {
				t.Errorf("max %d: part %d has %d bytes", max, i, len(part))
			}
			var p Spellings
			if err := p.UnmarshalBinary(part); err != nil {
				t.Fatalf("max %d: part %d: %v", max, i, err)
			}
			merged.Merge(&p)
		}
		if !sameSpellings(&merged, sp) {
			t.Errorf("max %d: %d parts merged differ from the whole", max, len(parts))
		}
		if !sameSpellings(&added, sp) {
			t.Errorf("max %d: %d parts added differ from the whole", max, len(parts))
		}
	}
	if _, _, err := SplitSpellings([]byte("x"), 10); err == nil {
		t.Error("SplitSpellings of a file that is not one: nil error")
	}
}

// entries returns l's names with their spellings, in order.
func (l spellList) entries() []named {
	var out []named
	for i := range l.len() {
		out = append(out, named{l.name(i), l.spelling(i)})
	}
	return out
}

// sameSpellings reports whether a and b hold the same names with the same
// spellings, in whatever files.
func sameSpellings(a, b *Spellings) bool {
	return reflect.DeepEqual(a.places.entries(), b.places.entries()) && reflect.DeepEqual(a.people.entries(), b.people.entries())
}

func TestSpellingsErrors(t *testing.T) {
	long := strings.Repeat("w", maxPart+1)
	for _, in := range []string{
		"", "x", spellingsHeader + "P\x1f王\n", spellingsHeader + "Q\x1f王\x1fwang\n", spellingsHeader + "P\x1f王\x1fwang\x1fx\n",
		spellingsHeader + "P\x1f王\x1f" + long + "\n", spellingsHeader + "P\x1f" + long + "\x1fwang\n",
	} {
		var sp Spellings
		if err := sp.UnmarshalBinary([]byte(in)); err == nil {
			t.Errorf("UnmarshalBinary(%q) = nil error", in)
		}
	}
}

// TestUseSpellings checks that an index given shipped spellings answers
// latin queries as New's does, that it matches no pinyin before, that
// spellings add up (bundled, then imported documents'), and that a name
// without a spelling matches no pinyin: the browser never computes it.
func TestUseSpellings(t *testing.T) {
	p := testPack()
	full := New(p)
	ix := NewWithoutPinyin(p.Records())
	if ix.HasSpellings() || len(ix.Search(Query{Text: "qingxu"}).Hits) != 0 || ix.Pinyin("清徐县", false) != "" {
		t.Fatal("pinyin matched before UseSpellings")
	}
	first, rest := NewSpellings(corpus.Summaries(p.Docs[:1])), NewSpellings(corpus.Summaries(p.Docs[1:]))
	encoded := func(sp *Spellings) string {
		b, err := sp.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	firstWas, restWas := encoded(first), encoded(rest)
	ix.UseSpellings(first) // kept as it is: the index had none
	ix.UseSpellings(&Spellings{})
	ix.UseSpellings(rest)
	if encoded(first) != firstWas || encoded(rest) != restWas {
		t.Error("UseSpellings changed the spellings it was given")
	}
	for _, q := range []string{"qingxu", "wdh", "yuandongmei", "shanting", "qx"} {
		got, want := ids(ix, ix.Search(Query{Text: q}).Docs()), ids(full, full.Search(Query{Text: q}).Docs())
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%q) = %q, want %q", q, got, want)
		}
	}
	if got := ix.Pinyin("清徐县", false); got != "qing xu xian" {
		t.Errorf("Pinyin(清徐县) = %q", got)
	}
	none := NewWithoutPinyin(p.Records())
	none.UseSpellings(&Spellings{})
	if len(none.Search(Query{Text: "qingxu"}).Hits) != 0 {
		t.Error("a name without a spelling matched pinyin")
	}
}

// TestMatchPlain checks that a name read one way only, matched without
// its keys, matches as with them: every prefix of its keys and other
// queries.
func TestMatchPlain(t *testing.T) {
	for _, shown := range []string{"qing xu xian", "wang de hai", "a", "ding hao qin", "xi an shi"} {
		full, initials := plain(shown)
		without := pyEntry{spelling: spelling{shown: shown}}
		with := pyEntry{spelling: spelling{shown: shown, readings: joinReadings(full, initials)}}
		qs := []string{"", "x", "zz", "qingxux", "qxxx", "wangdehaiz", "dhq"}
		for _, k := range append(full, initials...) {
			for i := 1; i <= len(k); i++ {
				qs = append(qs, k[:i])
			}
		}
		for _, q := range qs {
			t1, s1, sh1 := without.match(q)
			t2, s2, sh2 := with.match(q)
			if t1 != t2 || s1 != s2 || sh1 != sh2 {
				t.Errorf("%q: match(%q) = %d %d %q without keys, %d %d %q with", shown, q, t1, s1, sh1, t2, s2, sh2)
			}
		}
	}
}

// TestMatchReadings matches latin queries against a name that reads
// several ways: its own reading shown when it matches, another reading
// shown when only that one does, initials of any reading.
func TestMatchReadings(t *testing.T) {
	sp := spell("单雄", true) // a surname read shan; dan, chan otherwise
	if sp.readings == "" {
		t.Fatal("单雄 has no readings")
	}
	for _, c := range []struct {
		q     string
		tier  int
		score int
		shown string
	}{
		{"shanxiong", tierExact, 100, "shan xiong"},
		{"shan", tierInside, 95, "shan xiong"},
		{"s", tierInside, 92, "shan xiong"},
		{"danxiong", tierExact, 100, "danxiong"},
		{"dan", tierInside, 95, "danxiong"},
		{"chanx", tierInside, 96, "chanxiong"},
		{"dx", tierInside, 50, "shan xiong"},
		{"c", tierInside, 92, "chanxiong"},
		{"zx", tierNone, 0, ""},
		{"shanxiongz", tierNone, 0, ""},
	} {
		tier, score, shown := sp.match(c.q)
		if tier != c.tier || score != c.score || shown != c.shown {
			t.Errorf("match(%q) = %d %d %q, want %d %d %q", c.q, tier, score, shown, c.tier, c.score, c.shown)
		}
	}
}

// TestSpellableNames checks that names no line can hold get no entry,
// and the others keep theirs.
func TestSpellableNames(t *testing.T) {
	long := strings.Repeat("王", maxPart/3+1)
	in := []named{{"a\x1fb", spelling{shown: "x"}}, {"王", spelling{shown: "wang"}}, {long, spelling{shown: "w"}}, {"李", spelling{shown: "li\n"}}, {"", spelling{shown: "e"}}}
	got := spelledList(in).entries()
	if want := in[1:2]; !reflect.DeepEqual(got, want) {
		t.Errorf("spelledList kept %q, want %q", got, want)
	}
}

func TestUnionSpelled(t *testing.T) {
	l := func(spec string) spellList { // "a1 b2": names a, b shown as 1, 2
		var out []named
		for _, f := range strings.Fields(spec) {
			out = append(out, named{f[:1], spelling{shown: f[1:]}})
		}
		return spelledList(out)
	}
	for _, c := range []struct{ a, b, want string }{
		{"", "", ""},
		{"a1 b1", "", "a1 b1"},
		{"", "a2", "a2"},
		{"a1 b1", "c2 d2", "a1 b1 c2 d2"},                // after: appended
		{"c1", "a2 b2", "a2 b2 c1"},                      // before
		{"a1 c1 e1", "b2 c2 d2 f2", "a1 b2 c1 d2 e1 f2"}, // interleaved, a's c kept
	} {
		a, b, want := l(c.a), l(c.b), l(c.want)
		if got := unionSpelled(a, b); !reflect.DeepEqual(got.entries(), want.entries()) {
			t.Errorf("unionSpelled(%q, %q) = %v, want %q", c.a, c.b, got.entries(), c.want)
		}
		if !reflect.DeepEqual(a.entries(), l(c.a).entries()) || !reflect.DeepEqual(b.entries(), l(c.b).entries()) {
			t.Errorf("unionSpelled(%q, %q) changed its arguments", c.a, c.b)
		}
	}
	// A union with nothing is b, shared: appending to it must leave b's
	// arrays alone, which another set holds.
	a1 := l("a1")
	b := spellList{files: append(make([]string, 0, 4), a1.files...), at: append(make([]spellAt, 0, 4), a1.at...)}
	u := unionSpelled(spellList{}, b)
	u = unionSpelled(u, l("b2"))
	if got := b.at[:2]; got[1] != (spellAt{}) || b.files[:2][1] != "" || u.len() != 2 {
		t.Errorf("unionSpelled(unionSpelled(nil, b), …) wrote into b: %v, union %v", got, u.entries())
	}
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"a1 b1 c1", "a1 b1 c1"},
		{"c1 a1 b1", "a1 b1 c1"},
		{"b1 a1 b2 a3", "a3 b2"}, // the last of equal names, as a file read into a map
	} {
		if got := sortSpelled(l(c.in)); !reflect.DeepEqual(got.entries(), l(c.want).entries()) {
			t.Errorf("sortSpelled(%q) = %v, want %q", c.in, got.entries(), c.want)
		}
	}
}

// TestPinyinPeople checks that the people a latin query is tried on (those
// whose keys start with its first letter) hold every person it matches,
// for every prefix of every person's keys and other queries.
func TestPinyinPeople(t *testing.T) {
	ix := New(genPack(t, 300, 7))
	qs := map[string]bool{"2": true, "zz": true, "q1": true}
	for _, p := range ix.pyPeople {
		sp := ix.spellings.people.spelling(int(p.spell))
		full, initials := sp.keys()
		if sp.readings == "" {
			f, i := plain(sp.shown)
			full, initials = strings.Join(f, recordSep), strings.Join(i, recordSep)
		}
		for k := range strings.SplitSeq(full+recordSep+initials, recordSep) {
			for i := 1; i <= len(k); i++ {
				qs[k[:i]] = true
			}
		}
	}
	matched := func(people func(func(pyPerson) bool), q string) []pyPerson {
		var out []pyPerson
		for p := range people {
			sp := ix.spellings.people.spelling(int(p.spell))
			if tier, _, _ := sp.match(q); tier != tierNone {
				out = append(out, p)
			}
		}
		return out
	}
	all := func(yield func(pyPerson) bool) {
		for _, p := range ix.pyPeople {
			if !yield(p) {
				return
			}
		}
	}
	sorted := slices.Sorted(maps.Keys(qs))
	some := 0
	for i, q := range sorted {
		if len(sorted) > 1500 && i%(len(sorted)/1500) != 0 && len(q) > 1 {
			continue // every first letter, and 1,500 others
		}
		got, want := matched(ix.pinyinPeople(q), q), matched(all, q)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %d people tried match, %d match", q, len(got), len(want))
		}
		some += len(want)
	}
	if len(qs) < 500 || some == 0 {
		t.Errorf("%d queries matched %d people", len(qs), some)
	}
}

// FuzzSpellings checks that decoding any bytes as spellings fails cleanly
// or gives spellings that encode and decode to the same names and
// spellings, and that the entries point inside their files.
func FuzzSpellings(f *testing.F) {
	sp := NewSpellings(corpus.Summaries(testPack().Docs))
	b, err := sp.Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(spellingsHeader + "P\x1f王\x1fwang\n"))
	f.Add([]byte(spellingsHeader + "L\x1f单县\x1fshan xian\x1fshanxian\x1eshanxian\x1fsx\x1esx\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var s Spellings
		if err := s.UnmarshalBinary(in); err != nil {
			return
		}
		for _, l := range []*spellList{&s.places, &s.people} {
			for _, a := range l.at {
				if int(a.file) >= len(l.files) || int(a.off)+int(a.name)+int(a.shown)+int(a.readings) > len(l.files[a.file]) {
					t.Fatalf("entry %+v outside its file", a)
				}
			}
		}
		out, err := s.Encode()
		if err != nil {
			t.Fatal(err)
		}
		var back Spellings
		if err := back.UnmarshalBinary(out); err != nil {
			t.Fatalf("re-encoded spellings: %v", err)
		}
		if !sameSpellings(&back, &s) {
			t.Fatal("spellings changed through encoding")
		}
	})
}
