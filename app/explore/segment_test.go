package explore

import (
	"strings"
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

func TestSegments(t *testing.T) {
	text := "大会执行主席王德海主持会议。应到245名，实到226名。"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ev := func(field, s string) parse.Evidence {
		a, b := at(s)
		return parse.Evidence{Field: field, Start: a, End: b}
	}
	tests := []struct {
		name string
		ev   []parse.Evidence
		want string // segments as text, marked ones as [fields|text]
	}{
		{"none", nil, "大会执行主席王德海主持会议。应到245名，实到226名。"},
		{"one", []parse.Evidence{ev("presiding", "王德海主持")},
			"大会执行主席[presiding|王德海主持]会议。应到245名，实到226名。"},
		{"overlap splits", []parse.Evidence{ev("presiding", "王德海主持"), ev("executive_chairs", "执行主席王德海")},
			"大会[executive_chairs|执行主席][presiding executive_chairs|王德海][presiding|主持]会议。应到245名，实到226名。"},
		{"nested: narrowest first", []parse.Evidence{ev("attendance", "应到245名，实到226名"), ev("present", "226")},
			"大会执行主席王德海主持会议。[attendance|应到245名，实到][present attendance|226][attendance|名]。"},
		{"adjacent same field joins", []parse.Evidence{ev("rostrum", "王德海"), ev("rostrum", "主持")},
			"大会执行主席[rostrum|王德海主持]会议。应到245名，实到226名。"},
		{"invalid spans ignored", []parse.Evidence{{Field: "x", Start: -1, End: 3}, {Field: "x", Start: 1, End: 4},
			{Field: "x", Start: 6, End: 3}, {Field: "x", Start: 0, End: len(text) + 1}},
			"大会执行主席王德海主持会议。应到245名，实到226名。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			end := 0
			for _, s := range Segments(text, tt.ev) {
				if s.Start != end {
					t.Fatalf("gap or overlap at %d", s.Start)
				}
				end = s.End
				if s.Fields == nil {
					b.WriteString(text[s.Start:s.End])
					continue
				}
				b.WriteString("[" + strings.Join(s.Fields, " ") + "|" + text[s.Start:s.End] + "]")
			}
			if end != len(text) {
				t.Fatalf("segments end at %d, want %d", end, len(text))
			}
			if got := b.String(); got != tt.want {
				t.Errorf("\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestMarks(t *testing.T) {
	s := "山亭区人大"
	tests := []struct {
		spans []Span
		want  string
	}{
		{nil, "山亭区人大"},
		{[]Span{{0, 6}}, "[山亭]区人大"},
		{[]Span{{3, 6}, {0, 3}, {9, 15}}, "[山亭]区[人大]"},
		{[]Span{{1, 4}}, "山[亭]区人大"},   // off character boundaries: widened
		{[]Span{{12, 99}}, "山亭区人[大]"}, // clamped
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, p := range Marks(s, tt.spans) {
			if p.Mark {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		if b.String() != tt.want {
			t.Errorf("Marks(%v) = %s, want %s", tt.spans, b.String(), tt.want)
		}
	}
}

func TestCitationAndRate(t *testing.T) {
	d := corpus.Doc{Record: parse.Record{ID: "a", Title: "某会议闭幕", Locality: "山亭区", Date: "2023-02-10", Source: "爱山亭网"}}
	if got, want := Citation(new(d.Summary()), "https://x/doc/a"), "《某会议闭幕》，山亭区，2023-02-10，来源：爱山亭网。https://x/doc/a"; got != want {
		t.Errorf("Citation = %q, want %q", got, want)
	}
	// Without a headline the citation names the meeting, not in 《》 as if it were a title.
	untitled := corpus.Doc{Record: parse.Record{ID: "b", Locality: "朔州市平鲁区", Term: 8, Session: 5, Event: parse.EventOpening}}
	if got, want := Citation(new(untitled.Summary()), ""), "朔州市平鲁区第8届人大第5次会议开幕，朔州市平鲁区。"; got != want {
		t.Errorf("Citation = %q, want %q", got, want)
	}
	tests := []struct {
		a    *parse.Attendance
		want string
	}{
		{&parse.Attendance{Expected: 245, Present: 226}, "92.2"},
		{&parse.Attendance{Expected: 3, Present: 3}, "100.0"},
		{&parse.Attendance{Expected: 0, Present: 3}, ""},
		{&parse.Attendance{Expected: 212, Present: 0}, ""}, // who came not stated
		{nil, ""},
	}
	for _, tt := range tests {
		if got := Rate(tt.a); got != tt.want {
			t.Errorf("Rate(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}
