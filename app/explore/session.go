package explore

import (
	"cmp"
	"maps"
	"slices"
	"sort"

	"renda/parse/schema"
)

// Session is one session of a congress (same locality, term and session
// number) with the reports on its meetings.
type Session struct {
	Locality string // "" when the reports do not name it
	Term     int    // 届, 0 when not stated
	Number   int    // 次会议, 0 when not stated
	Docs     []int  // positions in Index.Docs, in the order of the meetings
	Date     string // the earliest date of its reports, "" when none is dated
}

// Known reports whether the session is identified well enough to gather
// several reports: a locality and a session number. Other reports each form
// a session of their own.
func (s *Session) Known() bool { return s.Locality != "" && s.Number != 0 }

type sessionKey struct {
	locality      string
	term, session int
}

// session is a Session as the index keeps it: the range of its documents
// in Index.sessionDocs and the one whose date is the session's; the
// locality, term and number are its first document's. No pointer for the
// collector to follow: at 100,000 reports 53,000 sessions of three
// pointers each (locality, documents, date) were a fifth of the marking
// of every collection, which on wasm's one thread delays a keystroke.
type session struct {
	from, to int32 // its documents: Index.sessionDocs[from:to]
	dated    int32 // the document with the session's date, -1 when none has one
}

// indexSessions groups the documents into sessions.
func (ix *Index) indexSessions() {
	byKey := map[sessionKey]*Session{}
	var all []*Session
	for i := range ix.Docs {
		d := &ix.Docs[i]
		s := &Session{Locality: d.Locality(), Term: d.Term, Number: d.Session}
		if s.Known() {
			k := sessionKey{d.Locality(), d.Term, d.Session}
			if old := byKey[k]; old != nil {
				s = old
			} else {
				byKey[k] = s
				all = append(all, s)
			}
		} else {
			all = append(all, s)
		}
		s.Docs = append(s.Docs, i)
	}
	for _, s := range all {
		slices.SortStableFunc(s.Docs, ix.meetingOrder)
		s.Date, _ = ix.earliestDate(s.Docs)
	}
	sort.Stable(sessionsInOrder(all))
	ix.sessions, ix.sessionDocs = make([]session, 0, len(all)), make([]int, 0, len(ix.Docs))
	for _, s := range all {
		ix.addSession(s.Docs)
	}
	ix.indexSessionOf()
}

// addSession adds the session of docs, in the order of its meetings.
func (ix *Index) addSession(docs []int) {
	from := len(ix.sessionDocs)
	ix.sessionDocs = append(ix.sessionDocs, docs...)
	_, dated := ix.earliestDate(docs)
	ix.endSession(from, dated)
}

// endSession adds the session of the documents appended to sessionDocs
// since from, whose date is document dated's (-1: none is dated).
func (ix *Index) endSession(from, dated int) {
	ix.sessions = append(ix.sessions, session{from: int32(from), to: int32(len(ix.sessionDocs)), dated: int32(dated)})
}

// earliestDate returns the earliest date of docs and the first document
// with it; "" and -1 when none is dated.
func (ix *Index) earliestDate(docs []int) (date string, doc int) {
	doc = -1
	for _, i := range docs {
		if d := ix.Docs[i].Date(); d != "" && (date == "" || d < date) {
			date, doc = d, i
		}
	}
	return date, doc
}

// indexSessionOf records the session of every document.
func (ix *Index) indexSessionOf() {
	ix.sessionOf = make([]int32, len(ix.Docs))
	for si, s := range ix.sessions {
		for _, doc := range ix.sessionDocs[s.from:s.to] {
			ix.sessionOf[doc] = int32(si)
		}
	}
}

// docsOfSession returns the documents of session si, in the order of its
// meetings: the index's own, not to be changed.
func (ix *Index) docsOfSession(si int) []int {
	s := ix.sessions[si]
	return ix.sessionDocs[s.from:s.to:s.to]
}

// sessionLocality returns the locality of session si.
func (ix *Index) sessionLocality(si int) string {
	return ix.Docs[ix.sessionDocs[ix.sessions[si].from]].Locality()
}

// session returns session si as a Session.
func (ix *Index) session(si int) *Session {
	docs := ix.docsOfSession(si)
	first := &ix.Docs[docs[0]]
	s := &Session{Locality: first.Locality(), Term: first.Term, Number: first.Session, Docs: docs}
	if d := ix.sessions[si].dated; d >= 0 {
		s.Date = ix.Docs[d].Date()
	}
	return s
}

// sessionsInOrder sorts sessions by compareSessions for sort.Stable, whose
// code app.wasm has anyway: slices.SortStableFunc compiled its own for
// pointers (8 KB of code).
type sessionsInOrder []*Session

func (s sessionsInOrder) Len() int           { return len(s) }
func (s sessionsInOrder) Less(i, j int) bool { return compareSessions(s[i], s[j]) < 0 }
func (s sessionsInOrder) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// compareSessions orders sessions by date, undated last, then by place and
// number.
func compareSessions(a, b *Session) int {
	if (a.Date == "") != (b.Date == "") {
		if a.Date == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(
		cmp.Compare(a.Date, b.Date),
		cmp.Compare(a.Locality, b.Locality),
		cmp.Compare(a.Term, b.Term),
		cmp.Compare(a.Number, b.Number),
	)
}

// meetingStage places an event in the course of a session.
func meetingStage(event string) int {
	switch event {
	case schema.EventPreparatory:
		return 0
	case schema.EventOpening:
		return 1
	case schema.EventClosing:
		return 3
	}
	return 2 // presidium, plenary, other
}

// meetingOrder orders the reports of a session: preparatory meeting,
// opening, presidium meetings and plenaries by number, closing; then by date
// and id.
func (ix *Index) meetingOrder(a, b int) int {
	da, db := &ix.Docs[a], &ix.Docs[b]
	return cmp.Or(
		cmp.Compare(meetingStage(da.Event()), meetingStage(db.Event())),
		cmp.Compare(da.Plenary, db.Plenary),
		ix.byDateAsc(a, b),
	)
}

// SessionOf returns the session of document doc, made anew at each call;
// its Docs are the index's, not to be changed.
func (ix *Index) SessionOf(doc int) *Session { return ix.session(int(ix.sessionOf[doc])) }

// Neighbours returns the reports before and after doc in its session, -1
// where there is none.
func (ix *Index) Neighbours(doc int) (prev, next int) {
	docs := ix.docsOfSession(int(ix.sessionOf[doc]))
	i := slices.Index(docs, doc)
	prev, next = -1, -1
	if i > 0 {
		prev = docs[i-1]
	}
	if i+1 < len(docs) {
		next = docs[i+1]
	}
	return prev, next
}

// Timeline is the sessions of a set of documents on a time axis.
type Timeline struct {
	Sessions []*Session   // sessions with a date, oldest first; Docs limited to the set
	Undated  []*Session   // sessions none of whose reports is dated
	Months   []MonthCount // reports per month, every month from first to last
}

// MonthCount is the number of dated reports in a month.
type MonthCount struct {
	Month string // YYYY-MM
	Count int
}

// Timeline places the sessions of docs (positions in Index.Docs) in time.
// A session lists only the reports in docs; it keeps the date of all its
// reports, so that a search does not move it.
func (ix *Index) Timeline(docs []int) Timeline {
	in := make([]bool, len(ix.Docs))
	for _, d := range docs {
		in[d] = true
	}
	var t Timeline
	months := map[string]int{}
	for si := range ix.sessions {
		var kept []int
		for _, d := range ix.docsOfSession(si) {
			if in[d] {
				kept = append(kept, d)
				if m := Month(ix.Docs[d].Date()); m != "" {
					months[m]++
				}
			}
		}
		if kept == nil {
			continue
		}
		c := ix.session(si)
		c.Docs = kept
		if c.Date == "" {
			t.Undated = append(t.Undated, c)
		} else {
			t.Sessions = append(t.Sessions, c)
		}
	}
	t.Months = monthRange(months)
	return t
}

// maxMonths bounds the histogram's axis.
const maxMonths = 1200

// monthRange lists every month from the first to the last of counts, with
// their counts (0 for months absent from counts).
func monthRange(counts map[string]int) []MonthCount {
	if len(counts) == 0 {
		return nil
	}
	ms := slices.Sorted(maps.Keys(counts))
	y, m := splitMonth(ms[0])
	ly, lm := splitMonth(ms[len(ms)-1])
	var out []MonthCount
	if (ly-y)*12+lm-m > maxMonths { // implausible dates: list only those seen
		for _, k := range ms {
			out = append(out, MonthCount{k, counts[k]})
		}
		return out
	}
	for y < ly || (y == ly && m <= lm) {
		k := formatMonth(y, m)
		out = append(out, MonthCount{k, counts[k]})
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}
