package fold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain ASCII\n", "plain ASCII\n"},
		{"第十七届人民代表大会", "第十七届人民代表大会"},
		{"应到代表１７名，实到１６名。", "应到代表17名,实到16名。"},
		{"（一）：；！？", "(一):;!?"},
		{"。、《》“”【】", "。、《》“”【】"},
		{"会议\u3000开幕\u00a0了\u2002", "会议 开幕 了 "},
		{"臺灣省人民代表大會第二次會議", "台湾省人民代表大会第二次会议"},
		{"發佈", "发布"},
		{"乾隆年間", "乾隆年间"},
		{"①②", "12"},
		{"⑴", "(1)"},
		{"\uF900", "岂"}, // compatibility ideograph of 豈, then simplified
		{"\uFA0C", "兀"}, // compatibility ideograph
		{"…—", "…—"},    // general punctuation is left alone
		{"买买提‧依明、艾合买提・吐尔逊、阿不都•吐尔地、热合曼･阿吉", "买买提·依明、艾合买提·吐尔逊、阿不都·吐尔地、热合曼·阿吉"},       // name dots
		{"艾尔肯.吐尼亚孜、叶尔肯-别克、买买提江．吐尔逊、阿依努尔－托列根", "艾尔肯·吐尼亚孜、叶尔肯·别克、买买提江·吐尔逊、阿依努尔·托列根"}, // a point or hyphen inside a name
		{"会议胜利闭幕.大会选举艾尔肯.会议-结束.阿.吐", "会议胜利闭幕.大会选举艾尔肯.会议-结束.阿.吐"},                   // no name around them
		{"ｶﾞ", "カ\uFF9E"}, // half-width katakana widened; the voicing mark stays
		{"e\u0301", "e\u0301"},
		{"\xffa\xfe", "\xffa\xfe"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := New(tt.in).Norm; got != tt.want {
			t.Errorf("New(%q).Norm = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrig(t *testing.T) {
	tests := []struct {
		in   string
		norm string
		orig []int // Orig(i) for every i in 0..len(norm)
	}{
		{"ab", "ab", []int{0, 1, 2}},
		{"１７名", "17名", []int{0, 3, 6, 6, 6, 9}},
		{"a會b", "a会b", []int{0, 1, 1, 1, 4, 5}},
		{"發佈", "发布", []int{0, 0, 0, 3, 3, 3, 6}},
		{"x，y", "x,y", []int{0, 1, 4, 5}},
		{"①", "1", []int{0, 3}},
		{"⑴a", "(1)a", []int{0, 0, 0, 3, 4}},
		{"\xffa", "\xffa", []int{0, 1, 2}},
	}
	for _, tt := range tests {
		txt := New(tt.in)
		if txt.Norm != tt.norm {
			t.Errorf("New(%q).Norm = %q, want %q", tt.in, txt.Norm, tt.norm)
			continue
		}
		for i, want := range tt.orig {
			if got := txt.Orig(i); got != want {
				t.Errorf("New(%q).Orig(%d) = %d, want %d", tt.in, i, got, want)
			}
		}
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		in         string
		find       string // in Norm
		start, end int    // expected original span
	}{
		{"应到代表１７名", "17", 12, 18},
		{"应到代表１７名", "7名", 15, 21},
		{"第十屆人民代表大會第二次會議開幕", "人民代表大会", 9, 27},
		{"會議", "议", 3, 6},
		{"a⑴b", "1", 1, 4},
		{"a⑴b", "(1)", 1, 4},
		{"會議開幕", "", 0, 0},
	}
	for _, tt := range tests {
		txt := New(tt.in)
		i := strings.Index(txt.Norm, tt.find)
		if i < 0 {
			t.Errorf("%q not in Norm %q", tt.find, txt.Norm)
			continue
		}
		s, e := txt.Span(i, i+len(tt.find))
		if s != tt.start || e != tt.end {
			t.Errorf("New(%q).Span(%q) = %d,%d (%q), want %d,%d", tt.in, tt.find, s, e, tt.in[s:e], tt.start, tt.end)
		}
	}
	// Clamping.
	txt := New("會議")
	if s, e := txt.Span(-5, 100); s != 0 || e != 6 {
		t.Errorf("Span(-5, 100) = %d,%d, want 0,6", s, e)
	}
	if s, e := txt.Span(4, 2); s != 3 || e != 3 {
		t.Errorf("Span(4, 2) = %d,%d, want 3,3", s, e)
	}
	var zero Text
	if zero.Orig(3) != 0 {
		t.Error("zero Text: Orig != 0")
	}
	if s, e := zero.Span(0, 1); s != 0 || e != 0 {
		t.Error("zero Text: Span != 0,0")
	}
}

// boundaries returns the rune starts of s as the decoder sees them, plus
// len(s).
func boundaries(s string) map[int]bool {
	m := map[int]bool{len(s): true}
	for i := 0; i < len(s); {
		m[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return m
}

// check verifies the invariants of New(s).
func check(t *testing.T, s string) {
	t.Helper()
	txt := New(s)
	if utf8.ValidString(s) && !utf8.ValidString(txt.Norm) {
		t.Fatalf("New(%q).Norm = %q is not valid UTF-8", s, txt.Norm)
	}
	if got := String(s); got != txt.Norm {
		t.Fatalf("String(%q) = %q, New().Norm = %q", s, got, txt.Norm)
	}
	if txt.Orig(0) != 0 || txt.Orig(len(txt.Norm)) != len(s) {
		t.Fatalf("New(%q): Orig(0) = %d, Orig(end) = %d", s, txt.Orig(0), txt.Orig(len(txt.Norm)))
	}
	bound := boundaries(s)
	prev := 0
	for i := 0; i <= len(txt.Norm); i++ {
		o := txt.Orig(i)
		if o < prev || !bound[o] {
			t.Fatalf("New(%q).Orig(%d) = %d: not monotonic or not a rune boundary", s, i, o)
		}
		prev = o
	}
	for i := 0; i <= len(txt.Norm); i++ {
		for j := i; j <= len(txt.Norm) && j <= i+8; j++ {
			a, b := txt.Span(i, j)
			if a < 0 || b < a || b > len(s) || !bound[a] || !bound[b] {
				t.Fatalf("New(%q).Span(%d, %d) = %d, %d", s, i, j, a, b)
			}
		}
	}
}

func TestSeeds(t *testing.T) {
	for _, s := range readSeeds(t) {
		check(t, s)
	}
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{"应到代表１７名，实到１６名。", "發佈會議", "乾隆年間", "①⑴\uF900", "\xff\xe6\x9c", "a\u3000b", "ｶﾞe\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

func readSeeds(tb testing.TB) []string {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	if len(out) == 0 {
		tb.Skip("no seeds")
	}
	return out
}

func BenchmarkNew(b *testing.B) {
	s := strings.Join(readSeeds(b), "\n") + "\n第十屆人民代表大會第二次會議開幕，應到代表１７６名。"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		New(s)
	}
}

func BenchmarkString(b *testing.B) {
	s := strings.Join(readSeeds(b), "\n")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s)
	}
}
