package cnum

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"0", 0},
		{"7", 7},
		{"17", 17},
		{"１７", 17},
		{"2０24", 2024},
		{"一", 1},
		{"两", 2},
		{"十", 10},
		{"十七", 17},
		{"二十", 20},
		{"二十三", 23},
		{"一百", 100},
		{"一百零五", 105},
		{"一百一十", 110},
		{"一百十", 110},
		{"一百五", 150},
		{"三百四十九", 349},
		{"一千零十", 1010},
		{"两千", 2000},
		{"二〇二三", 2023},
		{"二零二四", 2024},
		{"一九九八", 1998},
		{"三万二千", 32000},
		{"十万", 100000},
		{"一亿", 100000000},
		{"贰拾叁", 23},
		{"拾", 10},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "a", "十a", "二三十", "百百", "十百", "万", "第一", "1.5", "99999999999999999999"} {
		if got, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %d, want an error", in, got)
		}
	}
}

func TestIsNumeral(t *testing.T) {
	for _, r := range "0９〇零一二两十百千万" {
		if !IsNumeral(r) {
			t.Errorf("IsNumeral(%q) = false", r)
		}
	}
	for _, r := range "第次届a 、" {
		if IsNumeral(r) {
			t.Errorf("IsNumeral(%q) = true", r)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"十七", "一百零五", "二〇二三", "17", "三万二千"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err == nil && n < 0 {
			t.Fatalf("Parse(%q) = %d", s, n)
		}
	})
}
