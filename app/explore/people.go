package explore

import (
	"slices"

	"renda/parse"
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
)

// Roles lists every role of the people d names, in field order: presiding,
// speakers, reports, executive_chairs, rostrum, elected.
func Roles(d *parse.Record) []NamedRole {
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
	return out
}

// NamedRole is a role with the person holding it.
type NamedRole struct {
	Name string
	Role Role
}

// indexPeople collects every person named in a role.
func (ix *Index) indexPeople() {
	ix.people = map[string]*Person{}
	for i := range ix.Docs {
		for _, nr := range Roles(&ix.Docs[i].Record) {
			p := ix.people[nr.Name]
			if p == nil {
				p = &Person{Name: nr.Name}
				ix.people[nr.Name] = p
			}
			n := len(p.Appearances)
			if n == 0 || p.Appearances[n-1].Doc != i {
				p.Appearances = append(p.Appearances, Appearance{Doc: i})
				n++
			}
			a := &p.Appearances[n-1]
			if !slices.Contains(a.Roles, nr.Role) {
				a.Roles = append(a.Roles, nr.Role)
			}
		}
	}
	ix.names = ix.names[:0]
	for _, n := range PinyinSorted(sortedKeys(ix.people), true) {
		p := ix.people[n]
		slices.SortStableFunc(p.Appearances, func(a, b Appearance) int { return ix.byDateAsc(a.Doc, b.Doc) })
		docs := make([]int, len(p.Appearances))
		for i, a := range p.Appearances {
			docs[i] = a.Doc
		}
		slices.Sort(docs)
		ix.names = append(ix.names, name{name: n, key: newKey(n), docs: docs})
	}
	keys := make([]key, len(ix.names))
	for i := range ix.names {
		keys[i] = ix.names[i].key
	}
	ix.nameKeys = newKeySet(keys)
}

// Person returns the person of the given name.
func (ix *Index) Person(name string) (*Person, bool) {
	p, ok := ix.people[name]
	return p, ok
}

// People returns the names of everyone named in a role, sorted by pinyin.
func (ix *Index) People() []string {
	out := make([]string, len(ix.names))
	for i, n := range ix.names {
		out[i] = n.name
	}
	return out
}
