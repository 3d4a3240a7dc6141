package explore

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"renda/app/corpus"
)

// Person is someone named in a role in at least one report.
type Person struct {
	Name        string
	Appearances []Appearance // oldest first, undated last
}

// Appearance is one report naming a person, with every role it gives them.
type Appearance struct {
	Doc   int    // position in Index.Docs
	Roles []Role // in the order of the record's fields
}

// Role is what a person did in a report.
type Role struct {
	Field  string // the record field naming them, e.g. "presiding", "reports"
	Detail string // the report's title (reports) or the post (elected), else ""
}

// Role fields, as named in the record's JSON.
const (
	RolePresiding       = "presiding"
	RoleSpeakers        = "speakers"
	RoleReports         = "reports"
	RoleExecutiveChairs = "executive_chairs"
	RoleRostrum         = "rostrum"
	RoleElected         = "elected"
	RolePhotographers   = "photographers"
	RoleMentioned       = "mentioned"
)

// Roles lists every role of the people doc names, in field order:
// presiding, speakers, reports, executive_chairs, rostrum, elected,
// photographers, mentioned. A photographer is among the people: a report is
// found and cited by its credit too.
func Roles(doc *corpus.Doc) []NamedRole {
	d := &doc.Record
	var out []NamedRole
	add := func(field string, names ...string) {
		for _, n := range names {
			if n != "" {
				out = append(out, NamedRole{n, Role{Field: field}})
			}
		}
	}
	add(RolePresiding, d.Presiding...)
	add(RoleSpeakers, d.Speakers...)
	for _, r := range d.Reports {
		if r.By != "" {
			out = append(out, NamedRole{r.By, Role{RoleReports, r.Title}})
		}
	}
	add(RoleExecutiveChairs, d.ExecutiveChairs...)
	add(RoleRostrum, d.Rostrum...)
	for _, e := range d.Elected {
		if e.Name != "" {
			out = append(out, NamedRole{e.Name, Role{RoleElected, e.Position}})
		}
	}
	add(RolePhotographers, d.Photographers...)
	add(RoleMentioned, d.Mentioned...)
	return out
}

// NamedRole is a role with the person holding it.
type NamedRole struct {
	Name string
	Role Role
}

// forNames calls f with every name doc gives a role, in the order of
// Roles, without building the roles.
func forNames(doc *corpus.Doc, f func(string)) {
	d := &doc.Record
	for _, l := range [][]string{d.Presiding, d.Speakers} {
		for _, n := range l {
			f(n)
		}
	}
	for _, r := range d.Reports {
		f(r.By)
	}
	for _, l := range [][]string{d.ExecutiveChairs, d.Rostrum} {
		for _, n := range l {
			f(n)
		}
	}
	for _, e := range d.Elected {
		f(e.Name)
	}
	for _, l := range [][]string{d.Photographers, d.Mentioned} {
		for _, n := range l {
			f(n)
		}
	}
}

// indexPeople collects every person named in a role with the documents
// naming them, sorted by name (bytes), and their keys. A person's roles are
// read when their page asks (Person): at start only the names matter.
func (ix *Index) indexPeople() {
	docsOf := make(map[string][]int, len(ix.Docs))
	for i := range ix.Docs {
		whole := ix.Docs[i].Whole()
		forNames(&whole, func(n string) {
			if n == "" {
				return
			}
			if l := docsOf[n]; len(l) == 0 || l[len(l)-1] != i {
				docsOf[n] = append(l, i)
			}
		})
	}
	sorted := slices.Sorted(maps.Keys(docsOf))
	ix.names = make([]name, len(sorted))
	ix.nameDocs = ix.nameDocs[:0]
	keys := make([]key, len(sorted))
	size := 0
	for _, n := range sorted {
		size += len(n)
	}
	var text strings.Builder
	text.Grow(size)
	for i, n := range sorted {
		keys[i] = newKey(n)
		text.WriteString(n)
		ix.names[i] = name{end: int32(text.Len()), at: int32(len(ix.nameDocs))}
		for _, doc := range docsOf[n] {
			ix.nameDocs = append(ix.nameDocs, int32(doc))
		}
	}
	ix.nameText = text.String()
	ix.nameKeys = newKeySet(keys, ix.nameText)
}

// nameIndex returns the position of name in ix.names.
func (ix *Index) nameIndex(s string) (int, bool) {
	i := sort.Search(len(ix.names), func(i int) bool { return ix.personName(i) >= s })
	return i, i < len(ix.names) && ix.personName(i) == s
}

// Person returns the person of the given name with every report naming
// them, oldest first.
func (ix *Index) Person(name string) (*Person, bool) {
	i, ok := ix.nameIndex(name)
	if !ok {
		return nil, false
	}
	p := &Person{Name: name}
	of := ix.docsOf(i)
	docs := make([]int, 0, len(of))
	for _, d := range of {
		docs = append(docs, int(d))
	}
	slices.SortStableFunc(docs, ix.byDateAsc) // documents, not appearances: a sort app.wasm has anyway
	for _, doc := range docs {
		a := Appearance{Doc: doc}
		whole := ix.Docs[doc].Whole()
		for _, nr := range Roles(&whole) {
			if nr.Name == name && !slices.Contains(a.Roles, nr.Role) {
				a.Roles = append(a.Roles, nr.Role)
			}
		}
		p.Appearances = append(p.Appearances, a)
	}
	return p, true
}

// People returns the names of everyone named in a role, sorted by pinyin.
func (ix *Index) People() []string {
	out := make([]string, len(ix.names))
	for i := range ix.names {
		out[i] = ix.personName(i)
	}
	return ix.bySpelling(out, true)
}
