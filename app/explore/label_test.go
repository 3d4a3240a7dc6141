package explore

import (
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

func TestLabel(t *testing.T) {
	tests := []struct {
		rec  parse.Record
		want string
	}{
		{parse.Record{ID: "a", Title: "某县人大闭幕"}, "某县人大闭幕"},
		{parse.Record{ID: "b", Locality: "朔州市平鲁区", Term: 8, Session: 5, Event: parse.EventOpening}, "朔州市平鲁区第8届人大第5次会议开幕"},
		{parse.Record{ID: "c", Term: 18, Session: 3, Event: parse.EventPlenary, Plenary: 2}, "第18届人大第3次会议第2次全体会议"},
		{parse.Record{ID: "d", Term: 18, Event: parse.EventOther}, "第18届人大"},
		{parse.Record{ID: "e"}, "e"},
	}
	for _, tt := range tests {
		d := corpus.Doc{Record: tt.rec}
		if got := Label(new(d.Summary())); got != tt.want {
			t.Errorf("Label(%s) = %q, want %q", tt.rec.ID, got, tt.want)
		}
	}
}
