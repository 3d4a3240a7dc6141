package parse

import (
	"slices"
	"strconv"
	"testing"
)

func TestDayBefore(t *testing.T) {
	tests := []struct{ day, want string }{
		{"2024-01-05", "2024-01-04"},
		{"2024-03-01", "2024-02-29"}, // a leap year
		{"2023-03-01", "2023-02-28"},
		{"2000-03-01", "2000-02-29"}, // divisible by 400
		{"2100-03-01", "2100-02-28"}, // by 100, not 400
		{"2024-01-01", "2023-12-31"},
		{"2024-05-01", "2024-04-30"},
	}
	for _, tt := range tests {
		w, ok := isoAt(tt.day, 0)
		if !ok {
			t.Fatalf("isoAt(%q) failed", tt.day)
		}
		if got := w.dayBefore().String(); got != tt.want {
			t.Errorf("day before %s = %s, want %s", tt.day, got, tt.want)
		}
	}
}

func TestDaysAlone(t *testing.T) {
	tests := []struct {
		s    string
		want []int // the days read, in order
	}{
		{"6日上午,举行第二次全体会议", []int{6}},
		{"23日在南京开幕", []int{23}},
		{"20日,大会举行第二次全体会议", []int{20}},
		{"1月20日上午", nil}, // its month is written
		{"第3日上午", nil},   // a count of days
		{"12日是星期五", nil}, // nothing says a meeting
		{"32日上午", nil},   // no such day
		{"2024-01-15日上午", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, m := range daysAlone(tt.s) {
			got = append(got, m.n)
			if tt.s[m.start:m.end] != strconv.Itoa(m.n)+"日" {
				t.Errorf("daysAlone(%q): span %q", tt.s, tt.s[m.start:m.end])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("daysAlone(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSignature(t *testing.T) {
	tests := []struct {
		line, outlet, ts string
		ok               bool
	}{
		{"(高阳乡人民政府 2024-03-13)", "高阳乡人民政府", "2024-03-13", true},
		{"某县融媒体中心 2024年3月13日", "某县融媒体中心", "2024-03-13", true},
		{"县人大常委会 2024-03-13 10:30", "县人大常委会", "2024-03-13T10:30:00", true},
		{"(2024年1月5日)", "", "", false},         // a date alone may close a speech
		{"张三 2024年1月5日", "", "", false},        // no outlet
		{"县人民政府 2024年1月5日通过", "", "", false},   // what follows the date is text
		{"县人民政府 1月5日", "", "", false},          // no year
		{"县政府2024年1月5日至7日召开会议", "", "", false}, // a sentence
		{"(县人民政府 2024-03-13", "", "", false},   // unclosed
		{"县政府、县人大 2024-03-13", "", "", false},  // two bodies
	}
	for _, tt := range tests {
		outlet, ts, ok := signature(tt.line)
		if outlet != tt.outlet || ts != tt.ts || ok != tt.ok {
			t.Errorf("signature(%q) = %q, %q, %v, want %q, %q, %v", tt.line, outlet, ts, ok, tt.outlet, tt.ts, tt.ok)
		}
	}
}

func TestFirstLunarMonth(t *testing.T) {
	tests := []struct {
		text string
		year int
		want string
	}{
		{"正月初十，于都县宽田乡…", 2025, "2025-02-07"}, // the lunar new year of 2025 fell on January 29th
		{"正月十五上午", 2024, "2024-02-24"},
		{"正月初八", 2026, "2026-02-24"},
		{"正月廿三", 2023, "2023-02-13"},
		{"正月三十", 2010, "2010-03-15"}, // past February's 28 days
		{"正月初一", 2035, "2035-02-08"},
		{"正月初一", 2036, ""}, // beyond the table
		{"正月里", 2025, ""},  // no day
		{"正月廿", 2025, ""},
	}
	for _, tt := range tests {
		got := ""
		if d, _, _, ok := firstMonthIn(tt.text); ok {
			if w, ok := firstMonthDay(tt.year, d); ok {
				got = w.String()
			}
		}
		if got != tt.want {
			t.Errorf("%s in %d = %q, want %q", tt.text, tt.year, got, tt.want)
		}
	}
}
