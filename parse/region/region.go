package region

import "strings"

// Region is a place in the administrative hierarchy.
//
// For a province-level unit only Province and Code are set; for a
// prefecture-level unit County is "". The districts of a municipality
// (北京市朝阳区) and the county-level units a province governs directly
// (湖北省仙桃市) have no prefecture: Prefecture is "".
type Region struct {
	Province   string `json:"province"`
	Prefecture string `json:"prefecture"`
	County     string `json:"county"`
	Code       string `json:"code"`
}

// Name is the region's full name, outermost unit first (山西省朔州市平鲁区).
func (r Region) Name() string {
	return r.Province + r.Prefecture + r.County
}

// Status says how a locality resolved.
type Status int

const (
	// Unknown: the locality names no unit of the table.
	Unknown Status = iota
	// Resolved: one current unit, with its full hierarchy and code.
	Resolved
	// Historical: a unit renamed, recoded or abolished since 2002; the
	// region is its successor's when it has one, else the unit as last listed.
	Historical
	// Ambiguous: several units share the name and the hints do not choose;
	// the region is left empty.
	Ambiguous
)

// String names the status in lower case.
func (s Status) String() string {
	switch s {
	case Resolved:
		return "resolved"
	case Historical:
		return "historical"
	case Ambiguous:
		return "ambiguous"
	}
	return "unknown"
}

// Note tells how a locality resolved. Text is "" for a plain resolution
// and for an empty locality; otherwise it is a sentence, starting with the
// locality, suitable for a record's warnings.
type Note struct {
	Status Status
	Text   string
}

// OK reports whether the region returned with the note is filled in.
func (n Note) OK() bool { return n.Status == Resolved || n.Status == Historical }

// level is a unit's place in the hierarchy, read from its code.
type level int

const (
	province level = iota
	prefecture
	county
)

func levelOf(code string) level {
	switch {
	case strings.HasSuffix(code, "0000"):
		return province
	case strings.HasSuffix(code, "00"):
		return prefecture
	}
	return county
}
