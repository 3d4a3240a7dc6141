package explore

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"renda/app/corpus"
	"renda/parse"
)

// foldingPack holds what makes keys differ from their strings: traditional
// and full-width characters, upper-case latin, a person spelled in both
// scripts, invalid UTF-8, empty titles and places, one person in many
// reports.
func foldingPack() corpus.Pack {
	p := testPack()
	p.Version = "folding"
	more := []corpus.Doc{
		doc("trad", "山亭區第十屆人民代表大會第二次會議閉幕", "山亭區", 10, 2, parse.EventClosing, 0, "2023-02-10"),
		doc("wide", "ＧＤＰ县第１届人大１次会议", "ＧＤＰ县", 1, 1, parse.EventOpening, 0, "2021"),
		doc("upper", "ABC County People's Congress", "ABC县", 0, 0, parse.EventOther, 0, ""),
		doc("bad", "坏\xff标题", "\xfe县", 3, 2, parse.EventOther, 0, ""),
		doc("empty", "", "", 0, 0, parse.EventOther, 0, ""),
	}
	more[0].Presiding = []string{"劉洪鵬", "刘洪鹏"}
	more[1].Speakers = []string{"Ｗａｎｇ", "王德海"}
	more[2].Elected = []parse.Election{{Name: "ABC", Position: "主任"}, {Name: "", Position: "副主任"}}
	more[3].Rostrum = []string{"坏\xff名", "王德海", "王德海"}
	more[4].Reports = []parse.Report{{Title: "报告", By: "李霞"}}
	p.Docs = append(p.Docs, more...)
	return p
}

// TestTablesRoundTrip checks that an index built from shipped tables
// (MarshalTables, NewWithTables) holds the same tables as one built from
// the documents, and answers the same.
func TestTablesRoundTrip(t *testing.T) {
	big := bigPack(600)
	big.Version = "big"
	queries := []string{"", "王德海", "刘洪鹏", "劉洪鵬", "山亭区", "山亭區", "十届二次", "第十届人民代表大会第二次会议", "山亭区十届二次", "2023", "2023-02", "2023年2月10日",
		"gdp", "ＧＤＰ", "abc", "张1", "某12县 闭幕", "李", "坏", "预算", "wdh", "不存在"}
	for _, p := range []corpus.Pack{testPack(), foldingPack(), big, {Version: "empty"}} {
		t.Run(p.Version, func(t *testing.T) {
			want := NewWithoutPinyin(p.Records())
			b, err := want.MarshalTables(p.Version)
			if err != nil {
				t.Fatal(err)
			}
			got, err := NewWithTables(p.Records(), string(b))
			if err != nil {
				t.Fatal(err)
			}
			for _, tab := range []struct {
				name      string
				got, want any
			}{
				{"title", got.title, want.title},
				{"locality", got.locality, want.locality},
				{"labelOf", got.labelOf, want.labelOf},
				{"labelGroups", got.labelGroups, want.labelGroups},
				{"names", got.names, want.names},
				{"nameText", got.nameText, want.nameText},
				{"nameKeys", got.nameKeys, want.nameKeys},
				{"sessions", got.sessions, want.sessions},
				{"sessionDocs", got.sessionDocs, want.sessionDocs},
				{"sessionOf", got.sessionOf, want.sessionOf},
				{"order", got.order, want.order},
				{"newest", got.newest, want.newest},
				{"byPlace", got.byPlace, want.byPlace},
				{"inRegion", got.inRegion, want.inRegion},
				{"byID", got.byID, want.byID},
			} {
				if !reflect.DeepEqual(tab.got, tab.want) {
					t.Errorf("%s differs:\n got %+v\nwant %+v", tab.name, tab.got, tab.want)
				}
			}
			for _, q := range queries {
				if g, w := got.Search(Query{Text: q}), want.Search(Query{Text: q}); !sameResult(g, w) {
					t.Errorf("Search(%q) differs:\n got %+v\nwant %+v", q, g, w)
				}
			}
		})
	}
}

// TestTablesLetGo checks that an index decoded from tables keeps no part
// of them (at 100,000 reports the names held a 16 MB file alive), and that
// the people's key set shares the names' bytes when their normal forms
// are the names.
func TestTablesLetGo(t *testing.T) {
	big := bigPack(600)
	big.Version = "big"
	for _, c := range []struct {
		p      corpus.Pack
		shared bool
	}{{big, true}, {foldingPack(), false}} {
		b, err := NewWithoutPinyin(c.p.Records()).MarshalTables(c.p.Version)
		if err != nil {
			t.Fatal(err)
		}
		tables := string(b)
		file := weak.Make(unsafe.StringData(tables))
		ix, err := NewWithTables(c.p.Records(), tables)
		if err != nil {
			t.Fatal(err)
		}
		tables = ""
		runtime.GC()
		runtime.GC()
		if file.Value() != nil {
			t.Errorf("%s: the index keeps the tables file (%d bytes) alive", c.p.Version, len(b))
		}
		if shared := unsafe.StringData(ix.nameKeys.norms) == unsafe.StringData(ix.nameText); shared != c.shared {
			t.Errorf("%s: names' keys share the names: %v, want %v", c.p.Version, shared, c.shared)
		}
		if ix.nameKeys.norms != ix.nameText && c.shared {
			t.Errorf("%s: names' keys differ from the names", c.p.Version)
		}
		runtime.KeepAlive(ix)
	}
}

// TestTablesRejected checks that tables of another pack, and corrupt or
// truncated tables, are errors and never a panic.
func TestTablesRejected(t *testing.T) {
	p := foldingPack()
	b, err := NewWithoutPinyin(p.Records()).MarshalTables(p.Version)
	if err != nil {
		t.Fatal(err)
	}
	other := p
	other.Docs = p.Docs[:len(p.Docs)-1]
	renamed := p
	renamed.Version = "other"
	for _, c := range []struct {
		name string
		pack corpus.Pack
		b    []byte
		want string
	}{
		{"not tables", p, []byte("RNDP\x01"), "not a tables file"},
		{"empty", p, nil, "not a tables file"},
		{"format", p, append([]byte("RNDT\x09"), b[5:]...), "format version 9"},
		{"version", renamed, b, `built for pack "folding", not "other"`},
		{"documents", other, b, "built for 13 documents, not 12"},
		{"trailing", p, append(append([]byte(nil), b...), 0), "trailing bytes"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := NewWithTables(c.pack.Records(), string(c.b))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("NewWithTables: %v, want an error containing %q", err, c.want)
			}
		})
	}
	for n := range len(b) {
		if _, err := NewWithTables(p.Records(), string(b[:n])); err == nil {
			t.Fatalf("tables cut at %d of %d bytes: no error", n, len(b))
		}
	}
	for i := range b {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		if ix, err := NewWithTables(p.Records(), string(c)); err == nil {
			ix.Search(Query{Text: "王德海"}) // decoded differently: it must still answer
			for d := range ix.Docs {
				ix.Neighbours(d)
			}
		}
	}
}

// FuzzTables decodes arbitrary tables for a small pack: an error or an
// index that answers, never a panic.
func FuzzTables(f *testing.F) {
	p := foldingPack()
	b, err := NewWithoutPinyin(p.Records()).MarshalTables(p.Version)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		ix, err := NewWithTables(p.Records(), string(b))
		if err != nil {
			return
		}
		for _, q := range []string{"王", "山亭区", "abc", "十届"} {
			ix.Search(Query{Text: q})
		}
		for _, n := range ix.People() {
			ix.Person(n)
		}
		all := make([]int, len(ix.Docs))
		for d := range ix.Docs {
			all[d] = d
			ix.SessionOf(d)
			ix.Neighbours(d)
		}
		ix.Timeline(all)
		for _, pl := range ix.Places() {
			ix.Place(pl)
		}
	})
}
