package t2s

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestConvert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"發佈", "发布"},
		{"會議", "会议"},
		{"臺灣", "台湾"},
		{"人民代表大會", "人民代表大会"},
		{"乾隆", "乾隆"},
		{"乾隆皇帝在乾清宮", "乾隆皇帝在乾清宫"},
		{"乾燥", "干燥"},
		{"乾縣", "乾县"}, {"乾县", "乾县"}, {"乾安县", "乾安县"}, // place names written simplified keep 乾
		{"頭髮", "头发"},
		{"瞭解情況", "了解情况"},
		{"計畫", "计划"},
		{"二噁英", "二𫫇英"},
		{"第十屆人民代表大會第二次會議開幕", "第十届人民代表大会第二次会议开幕"},
		{"山亭区第十届人民代表大会第二次会议胜利闭幕", "山亭区第十届人民代表大会第二次会议胜利闭幕"},
		{"Hello, world 123", "Hello, world 123"},
		{"ASCII 與 中文 mixed: 選舉", "ASCII 与 中文 mixed: 选举"},
		{"", ""},
		{"\xff會\xfe", "\xff会\xfe"},
	}
	for _, tt := range tests {
		if got := Convert(tt.in); got != tt.want {
			t.Errorf("Convert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		in  string
		out string
		n   int
	}{
		{"會議", "会", 3},
		{"乾隆年間", "乾隆年间", 12},
		{"乾燥", "干", 3},
		{"一目瞭然", "一目了然", 12},
		{"一目", "", 0},
		{"会议", "", 0},
		{"abc", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		out, n := Match(tt.in)
		if out != tt.out || n != tt.n {
			t.Errorf("Match(%q) = %q, %d; want %q, %d", tt.in, out, n, tt.out, tt.n)
		}
	}
}

type span struct {
	out        string
	start, end int
}

func TestConvertMap(t *testing.T) {
	tests := []struct {
		in   string
		want []span
	}{
		{"abc会", []span{{"abc会", 0, 6}}},
		{"x發佈y", []span{{"x", 0, 1}, {"发", 1, 4}, {"布", 4, 7}, {"y", 7, 8}}},
		{"乾隆", []span{{"乾", 0, 3}, {"隆", 3, 6}}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []span
		ConvertMap(tt.in, func(out string, start, end int) { got = append(got, span{out, start, end}) })
		if len(got) != len(tt.want) {
			t.Errorf("ConvertMap(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("ConvertMap(%q) = %v, want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}

// checkMap verifies the ConvertMap contract against Convert.
func checkMap(t *testing.T, s string) {
	t.Helper()
	var b strings.Builder
	next := 0
	ConvertMap(s, func(out string, start, end int) {
		if start != next || end <= start || end > len(s) {
			t.Fatalf("ConvertMap(%q): span [%d,%d) after %d", s, start, end, next)
		}
		next = end
		b.WriteString(out)
	})
	if next != len(s) {
		t.Fatalf("ConvertMap(%q): spans end at %d, want %d", s, next, len(s))
	}
	if got, want := b.String(), Convert(s); got != want {
		t.Fatalf("ConvertMap(%q) joined = %q, Convert = %q", s, got, want)
	}
}

func TestSeedsUnchanged(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		checkMap(t, s)
		if got := Convert(s); got != s {
			for i, r := range s {
				if !strings.HasPrefix(got[i:], string(r)) {
					t.Errorf("%s: simplified text changed at byte %d: %q", f, i, s[i:min(len(s), i+12)])
					break
				}
			}
		}
	}
}

func TestTableSane(t *testing.T) {
	d := Load()
	if len(d.entries) < 4000 {
		t.Fatalf("only %d entries", len(d.entries))
	}
	for _, e := range d.entries {
		if e.val != "" && utf8.RuneCountInString(e.val) != 1 {
			t.Errorf("character value %q is not one rune", e.val)
		}
		for i := 1; i < len(e.phrases); i++ {
			if len(e.phrases[i].key) > len(e.phrases[i-1].key) {
				t.Errorf("phrases not longest first: %q before %q", e.phrases[i-1].key, e.phrases[i].key)
			}
		}
	}
}

func FuzzConvertMap(f *testing.F) {
	for _, s := range []string{"發佈會議", "乾隆年間", "abc", "\xe6\x9c", "一目瞭然的計畫"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMap(t, s)
		if utf8.ValidString(s) && !utf8.ValidString(Convert(s)) {
			t.Fatalf("Convert(%q) is not valid UTF-8", s)
		}
	})
}

func BenchmarkConvert(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		sb.Write(data)
	}
	s := sb.String() + "第十屆人民代表大會第二次會議開幕"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Convert(s)
	}
}
