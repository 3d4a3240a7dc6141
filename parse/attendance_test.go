package parse

import "testing"

// TestExpectedFromRate checks the delegates due worked out from those who
// came and the rate of attendance: only where one whole number fits the
// rate as written.
func TestExpectedFromRate(t *testing.T) {
	tests := []struct {
		s       string
		present int
		want    int
		ok      bool
	}{
		{"，出席率98.5%，符合法定人数。", 197, 200, true},
		{"，到会率为95%。", 19, 20, true},
		{"，到会率为95%。", 190, 0, false}, // 199, 200 and 201 all round to 95%
		{"，出席率达98.53%。", 201, 204, true},
		{"，出席率100%。", 63, 63, true},
		{"，出席率98%。", 50, 51, true},  // 50/51 = 98.04%, 50/52 = 96.2%
		{"，出席率90%。", 180, 0, false}, // 180/199 … 180/201 all round to 90%
		{"，符合法定人数。", 197, 0, false},
		{"，出席率很高。", 197, 0, false},
		{"，出席率0%。", 197, 0, false},
		{"，出席率120%。", 197, 0, false},
		{"，出席率98.5%。", 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := expectedFromRate(tt.s, tt.present)
		if got != tt.want || ok != tt.ok {
			t.Errorf("expectedFromRate(%q, %d) = %d, %v; want %d, %v", tt.s, tt.present, got, ok, tt.want, tt.ok)
		}
	}
}
