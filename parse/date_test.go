package parse

import "testing"

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
