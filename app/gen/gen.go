// Package gen writes synthetic reports of local People's Congress sessions
// with the facts planted in them, for tests and benchmarks at scale.
//
// Each report is composed from a world of invented places (thousands of
// counties, districts, cities and townships, plus the real provinces) whose
// terms and sessions follow a five-year calendar, so a corpus reads as a
// plausible archive: the same county reports its second session one year and
// its third the next. Reports vary the way real ones do: events, date forms,
// attendance phrasings, seating, speeches, elections, resolutions, photo
// credits, site furniture, traditional script, punctuation widths and
// encodings. truth.jsonl records, per report, the facts a careful reader
// would take from it under the record's field names.
package gen
