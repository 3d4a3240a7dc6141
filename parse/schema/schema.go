// Package schema holds the record that parse produces (README, "The
// record"), apart from the parser: the browser app reads records without
// linking the parser's tables and decoders (about 36 KB of brotli).
package schema

import (
	"path"
	"strings"

	"renda/parse/region"
)

// ID returns the record id for a file name: its base name without extension.
func ID(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// Record is what the parser reads from one report: one session meeting of a
// local People's Congress. Field names and meanings are a contract with tools
// outside the repository (see the README, "The record"). Strings are
// normalised (full-width ASCII folded, traditional mapped to simplified)
// except Text, which keeps the source's own characters.
type Record struct {
	ID              string      `json:"id"`               // file name without extension
	Title           string      `json:"title"`            // headline, "" if none
	Locality        string      `json:"locality"`         // e.g. 朔州市平鲁区, "" when never named
	Level           string      `json:"level"`            // province, city, district, county, township or ""
	Term            int         `json:"term"`             // 届, 0 when not stated
	Session         int         `json:"session"`          // 次会议, 0 when not stated
	Event           string      `json:"event"`            // opening, closing, preparatory, presidium, plenary, other
	Plenary         int         `json:"plenary"`          // N of 第N次全体会议, 0 otherwise
	Date            string      `json:"date"`             // YYYY-MM-DD, YYYY-MM or ""
	DateBasis       string      `json:"date_basis"`       // stated, inferred or ""
	Published       string      `json:"published"`        // YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, "" if none
	Attendance      *Attendance `json:"attendance"`       // nil when no figures are given
	Presiding       []string    `json:"presiding"`        // who presided (主持)
	Speakers        []string    `json:"speakers"`         // who spoke (讲话, 致辞)
	Reports         []Report    `json:"reports"`          // reports delivered
	ExecutiveChairs []string    `json:"executive_chairs"` // 大会执行主席
	Rostrum         []string    `json:"rostrum"`          // seated on the rostrum
	Elected         []Election  `json:"elected"`          // elected or appointed
	Resolutions     []string    `json:"resolutions"`      // resolutions adopted, without 《》
	Source          string      `json:"source"`           // publishing outlet as printed
	Photographers   []string    `json:"photographers"`    // photo credits (XX摄)
	Text            string      `json:"text"`             // body text, boilerplate removed, source characters
	Evidence        []Evidence  `json:"evidence"`         // where each fact was read, offsets into Text
	Warnings        []string    `json:"warnings"`         // what the parser doubts

	// Region places Locality in the administrative hierarchy with its
	// GB/T 2260 code; nil when the locality is empty, unknown or ambiguous
	// (a warning then says which).
	Region *region.Region `json:"region"`

	// Places are the places the report covers: the locality first (when
	// there is one), then the other places whose sessions or delegations
	// it reports (a roundup's 麻旺镇 beside 龙潭镇, 大江口镇代表团).
	Places []string `json:"places"`

	// Mentioned are the other people the report names with a post, in
	// order of first mention: officials who joined a deliberation
	// (县委书记欧阳晓川参加…代表团审议), a deputy who spoke up in a group, one
	// whose resignation was accepted; none of them in another field of
	// people (presiding to photographers).
	Mentioned []string `json:"mentioned"`

	// ReportsInWriting are the titles of the reports the meeting examined
	// or received only in writing (书面审查了…的报告, 书面印发了…), which no
	// one delivered to it and so are none of Reports; in text order.
	ReportsInWriting []string `json:"reports_in_writing"`
}

// Attendance holds the delegate figures of the meeting.
type Attendance struct {
	Expected int  `json:"expected"` // 应到, 应出席
	Present  int  `json:"present"`  // 实到, 实出席, 到会, 出席
	Absent   int  `json:"absent"`   // 缺席, 请假, else Expected − Present
	Quorum   bool `json:"quorum"`   // the text says 符合法定人数 (or 法定要求)
}

// Report is a report delivered to the meeting, e.g. 政府工作报告 by its author.
type Report struct {
	Title string `json:"title"` // e.g. 政府工作报告
	By    string `json:"by"`    // the person who delivered it, "" if not named
}

// Election is a person elected or appointed at the meeting.
type Election struct {
	Name     string `json:"name"`     // the person's name
	Position string `json:"position"` // the post, "" if not named
}

// Evidence locates a fact in Record.Text: Text[Start:End] is where Field was
// read (byte offsets, UTF-8).
type Evidence struct {
	Field string `json:"field"` // a Record field name as in JSON, e.g. "presiding"
	Start int    `json:"start"` // first byte
	End   int    `json:"end"`   // one past the last byte
}

// Event values.
const (
	EventOpening     = "opening"
	EventClosing     = "closing"
	EventPreparatory = "preparatory"
	EventPresidium   = "presidium"
	EventPlenary     = "plenary"
	EventOther       = "other"
)

// Level values.
const (
	LevelProvince = "province"
	LevelCity     = "city"
	LevelDistrict = "district"
	LevelCounty   = "county"
	LevelTownship = "township"
)
