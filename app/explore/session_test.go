package explore

import (
	"maps"
	"slices"
	"testing"
)

func TestSessions(t *testing.T) {
	ix := New(testPack())
	all := make([]int, len(ix.Docs))
	for i := range all {
		all[i] = i
	}
	tl := ix.Timeline(all)
	var got [][]string
	var dates []string
	for _, s := range tl.Sessions {
		got = append(got, ids(ix, s.Docs))
		dates = append(dates, s.Date)
	}
	want := [][]string{
		{"st-1-1"},
		{"st-prep", "st-open", "st-plen2", "st-close"},
		{"town"},
		{"qx"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("sessions\n got %q\nwant %q", got, want)
	}
	if w := []string{"2022-01-05", "2023-02-06", "2023-03", "2024-01-20"}; !slices.Equal(dates, w) {
		t.Errorf("dates %q, want %q", dates, w)
	}
	if len(tl.Undated) != 1 || ids(ix, tl.Undated[0].Docs)[0] != "nodate" {
		t.Errorf("undated = %+v", tl.Undated)
	}
	if n := len(tl.Months); n != 25 || tl.Months[0] != (MonthCount{"2022-01", 1}) ||
		tl.Months[13] != (MonthCount{"2023-02", 4}) || tl.Months[24] != (MonthCount{"2024-01", 1}) {
		t.Errorf("months: %d, %+v", n, tl.Months)
	}

	// A search keeps sessions in place but lists only the matching reports.
	st, _ := ix.Doc("st-close")
	op, _ := ix.Doc("st-open")
	tl = ix.Timeline([]int{st, op})
	if len(tl.Sessions) != 1 || tl.Sessions[0].Date != "2023-02-06" ||
		!slices.Equal(ids(ix, tl.Sessions[0].Docs), []string{"st-open", "st-close"}) {
		t.Errorf("filtered timeline: %+v", tl.Sessions)
	}

	prev, next := ix.Neighbours(op)
	if ix.Docs[prev].ID() != "st-prep" || ix.Docs[next].ID() != "st-plen2" {
		t.Errorf("neighbours of st-open: %d %d", prev, next)
	}
	town, _ := ix.Doc("town")
	if p, n := ix.Neighbours(town); p != -1 || n != -1 {
		t.Errorf("a lone report has neighbours %d %d", p, n)
	}
}

func TestMonths(t *testing.T) {
	tests := []struct {
		date, year, month string
	}{
		{"2023-02-10", "2023", "2023-02"},
		{"2023-02", "2023", "2023-02"},
		{"2023", "2023", ""},
		{"2023-13-01", "2023", ""},
		{"", "", ""},
		{"二〇二三", "", ""},
	}
	for _, tt := range tests {
		if y, m := Year(tt.date), Month(tt.date); y != tt.year || m != tt.month {
			t.Errorf("%q: year %q month %q, want %q %q", tt.date, y, m, tt.year, tt.month)
		}
	}
	got := monthRange(map[string]int{"2023-11": 2, "2024-02": 1})
	want := []MonthCount{{"2023-11", 2}, {"2023-12", 0}, {"2024-01", 0}, {"2024-02", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("monthRange = %v", got)
	}
}

func TestPeopleAndPlaces(t *testing.T) {
	ix := New(testPack())
	p, ok := ix.Person("王德海")
	if !ok {
		t.Fatal("王德海 not indexed")
	}
	var got []string
	for _, a := range p.Appearances {
		s := ix.Docs[a.Doc].ID()
		for _, r := range a.Roles {
			s += " " + r.Field + ":" + r.Detail
		}
		got = append(got, s)
	}
	want := []string{"st-1-1 elected:区人大常委会主任", "st-close presiding: rostrum:"}
	if !slices.Equal(got, want) {
		t.Errorf("appearances\n got %q\nwant %q", got, want)
	}
	// a photographer is among the people, with the credit as the role
	if p, ok := ix.Person("孟凡超"); !ok || len(p.Appearances) != 1 ||
		!slices.Equal(p.Appearances[0].Roles, []Role{{Field: RolePhotographers}}) || ix.Docs[p.Appearances[0].Doc].ID() != "qx" {
		t.Errorf("Person(孟凡超) = %+v, %v; want qx as photographer", p, ok)
	}
	if ppl := ix.People(); !slices.Equal(ppl, []string{"李霞", "刘洪鹏", "孟凡超", "王德海", "苑冬梅"}) { // by pinyin
		t.Errorf("people = %q", ppl)
	}

	pl, ok := ix.Place("山亭区")
	if !ok {
		t.Fatal("山亭区 not indexed")
	}
	if !slices.Equal(pl.Terms, []int{10}) || !slices.Equal(pl.Numbers, []int{1, 2}) {
		t.Errorf("grid %v × %v", pl.Terms, pl.Numbers)
	}
	if c := pl.Cell(10, 2); c == nil || len(c.Docs) != 4 {
		t.Errorf("cell 10/2 = %+v", c)
	}
	if pl.Cell(9, 1) != nil {
		t.Error("cell 9/1 should be empty")
	}
	if places := ix.Places(); !slices.Equal(places, []string{"某县", "清徐县", "山亭区"}) { // by pinyin
		t.Errorf("places = %q", places)
	}
}

// TestPlacesAgainstScan checks every place of a generated corpus, laid out
// on demand from the sessions ordered by locality, against a scan of the
// documents: its sessions by term and number, the others, its grid's
// headings and its region; and every document's session and neighbours.
func TestPlacesAgainstScan(t *testing.T) {
	p := genPack(t, 600, 7)
	for i := range p.Docs { // more reports a place, some without a term or number
		r := &p.Docs[i].Record
		if i%3 == 0 {
			r.Locality = p.Docs[i/9].Locality
		}
		if i%7 == 0 {
			r.Term = 0
		}
		if i%11 == 0 {
			r.Session = 0
		}
	}
	ix := New(p)
	type key struct{ term, number int }
	byPlace := map[string]map[key][]int{}
	for i := range ix.Docs {
		d := &ix.Docs[i]
		if d.Locality() == "" {
			continue
		}
		if byPlace[d.Locality()] == nil {
			byPlace[d.Locality()] = map[key][]int{}
		}
		k := key{d.Term, d.Session}
		byPlace[d.Locality()][k] = append(byPlace[d.Locality()][k], i)
	}
	if got := ix.Places(); len(got) != len(byPlace) {
		t.Fatalf("%d places, the documents name %d", len(got), len(byPlace))
	}
	others := 0
	for l, sessions := range byPlace {
		pl, ok := ix.Place(l)
		if !ok {
			t.Fatalf("no place %q", l)
		}
		regions := map[string]bool{} // the codes of its documents' regions
		terms, other, cells, largest := map[int]bool{}, 0, 0, 0
		for k, docs := range sessions {
			for _, d := range docs {
				if r := ix.Docs[d].Region(); r != nil {
					regions[r.Code] = true
				}
			}
			switch {
			case k.number == 0: // a session each
				other += len(docs)
				continue
			case k.term == 0:
				other++
				continue
			}
			cells++
			terms[k.term], largest = true, max(largest, k.number)
			c := pl.Cell(k.term, k.number)
			if c == nil || c.Locality != l || c.Term != k.term || c.Number != k.number {
				t.Errorf("%s %d/%d: cell %+v", l, k.term, k.number, c)
				continue
			}
			if got := slices.Sorted(slices.Values(c.Docs)); !slices.Equal(got, docs) {
				t.Errorf("%s %d/%d: documents %v, want %v", l, k.term, k.number, got, docs)
			}
		}
		if len(pl.Other) != other || pl.Sessions() != cells+other {
			t.Errorf("%s: %d sessions, %d other; want %d, %d", l, pl.Sessions(), len(pl.Other), cells+other, other)
		}
		others += other
		want := slices.Sorted(maps.Keys(terms))
		slices.Reverse(want)
		if !slices.Equal(pl.Terms, want) || len(pl.Numbers) != largest {
			t.Errorf("%s: terms %v numbers %v, want %v and 1…%d", l, pl.Terms, pl.Numbers, want, largest)
		}
		if (pl.Region == nil) != (len(regions) == 0) || pl.Region != nil && !regions[pl.Region.Code] {
			t.Errorf("%s: region %+v, want one of %v", l, pl.Region, regions)
		}
	}
	t.Logf("%d places, %d sessions without a term or number", len(byPlace), others)
	if others == 0 || len(byPlace) < 10 {
		t.Errorf("the corpus tests little: %d places, %d sessions without a term or number", len(byPlace), others)
	}
	for d := range ix.Docs {
		s := ix.SessionOf(d)
		i := slices.Index(s.Docs, d)
		if i < 0 {
			t.Fatalf("document %d not in its session %+v", d, s)
		}
		prev, next := ix.Neighbours(d)
		if (i > 0) != (prev >= 0) || i > 0 && prev != s.Docs[i-1] || (i+1 < len(s.Docs)) != (next >= 0) || next >= 0 && next != s.Docs[i+1] {
			t.Errorf("document %d: neighbours %d %d in %v", d, prev, next, s.Docs)
		}
	}
}
