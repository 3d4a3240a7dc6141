package parse

import "renda/parse/schema"

// The record types, defined in parse/schema so that readers of records
// need not link the parser.
type (
	// Record is what the parser reads from one report (schema.Record).
	Record = schema.Record
	// Attendance holds the delegate figures of the meeting.
	Attendance = schema.Attendance
	// Report is a report delivered to the meeting.
	Report = schema.Report
	// Election is a person elected or appointed at the meeting.
	Election = schema.Election
	// Evidence locates a fact in Record.Text.
	Evidence = schema.Evidence
)

// Event values.
const (
	EventOpening     = schema.EventOpening
	EventClosing     = schema.EventClosing
	EventPreparatory = schema.EventPreparatory
	EventPresidium   = schema.EventPresidium
	EventPlenary     = schema.EventPlenary
	EventOther       = schema.EventOther
)

// Level values.
const (
	LevelProvince = schema.LevelProvince
	LevelCity     = schema.LevelCity
	LevelDistrict = schema.LevelDistrict
	LevelCounty   = schema.LevelCounty
	LevelTownship = schema.LevelTownship
)
