package textindex

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"renda/app/gen"
	"renda/parse/decode"
	"renda/parse/fold"
)

// normalise is explore.Normalise (not imported: explore depends on this
// package).
func normalise(s string) string {
	s = fold.String(s)
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// generated returns the normalised texts of n generated reports.
func generated(t testing.TB, n int, seed uint64) []string {
	t.Helper()
	g := gen.NewGenerator(seed)
	texts := make([]string, n)
	for i := range texts {
		data, _, err := g.Report(i + 1)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := decode.Bytes(data)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = normalise(s)
	}
	return texts
}

// brute answers query by scanning every text.
func brute(texts []string, query string) []int {
	terms := strings.Fields(query)
	if len(terms) == 0 {
		return nil
	}
	var out []int
docs:
	for d, t := range texts {
		for _, term := range terms {
			if !strings.Contains(t, term) {
				continue docs
			}
		}
		out = append(out, d)
	}
	return out
}

// queries picks queries from texts: fixed words, characters, pairs and
// phrases cut from the texts at random, and conjunctions of them.
func queries(texts []string, r *rand.Rand, n int) []string {
	qs := []string{
		"人大", "选举", "代表", "人民代表大会", "政府工作报告", "主任", "常务委员会",
		"闭幕", "开幕", "第一次会议", "县", "人", "会", "的", "人大 选举", "代表 闭幕 主任",
		"不存在的词组", "龘", "ab", "2023", "人人", "大大大", "人大 龘",
	}
	for len(qs) < n {
		t := []rune(texts[r.IntN(len(texts))])
		size := 1 + r.IntN(8)
		if len(t) <= size {
			continue
		}
		at := r.IntN(len(t) - size)
		q := strings.Join(strings.Fields(string(t[at:at+size])), "")
		if q == "" {
			continue
		}
		if r.IntN(4) == 0 { // a second term from another text
			u := []rune(texts[r.IntN(len(texts))])
			if len(u) > 4 {
				at := r.IntN(len(u) - 3)
				q += " " + strings.Join(strings.Fields(string(u[at:at+1+r.IntN(3)])), "")
			}
		}
		if r.IntN(10) == 0 { // a character changed: often no match
			rs := []rune(q)
			rs[r.IntN(len(rs))] = '龘'
			q = string(rs)
		}
		qs = append(qs, q)
	}
	return qs
}

func TestFindEqualsScan(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	for _, seed := range []uint64{1, 7} {
		texts := generated(t, n, seed)
		ix := Build(texts)
		b, err := ix.Encode()
		if err != nil {
			t.Fatal(err)
		}
		dx, err := Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		text := func(d int) (string, bool) { return texts[d], true }
		r := rand.New(rand.NewPCG(seed, 2))
		for _, q := range queries(texts, r, 400) {
			want := brute(texts, q)
			for name, x := range map[string]*Index{"built": ix, "decoded": dx} {
				if got := x.Find(q, text); !slices.Equal(got, want) {
					t.Fatalf("seed %d, %s, Find(%q) = %v, scan %v", seed, name, q, got, want)
				}
				// Without the texts: exact for short terms, a superset else.
				got := x.Find(q, nil)
				if !subset(want, got) {
					t.Fatalf("seed %d, %s, Find(%q, nil) = %v misses some of %v", seed, name, q, got, want)
				}
				if short(q) && !slices.Equal(got, want) {
					t.Fatalf("seed %d, %s, Find(%q, nil) = %v, scan %v", seed, name, q, got, want)
				}
			}
		}
	}
}

// short reports whether every term of q has at most two characters.
func short(q string) bool {
	for _, t := range strings.Fields(q) {
		if utf8.RuneCountInString(t) > 2 {
			return false
		}
	}
	return true
}

func subset(a, b []int) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}

func TestCandidatesWithin(t *testing.T) {
	texts := []string{"人大代表", "代表大会", "人民代表大会", "选举", "人大选举"}
	ix := Build(texts)
	tests := []struct {
		term   string
		within []int
		want   []int
	}{
		{"人大", nil, []int{0, 4}},
		{"人大", []int{1, 2, 4}, []int{4}},
		{"代表大会", nil, []int{1, 2}},
		{"代表大会", []int{0, 1}, []int{1}},
		{"大", []int{3}, nil},
		{"", nil, nil},
		{"龘", nil, nil},
	}
	for _, tt := range tests {
		if got := ix.Candidates(tt.term, tt.within); !slices.Equal(got, tt.want) {
			t.Errorf("Candidates(%q, %v) = %v, want %v", tt.term, tt.within, got, tt.want)
		}
	}
}

func TestPostingRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	tests := []struct {
		n     int
		every int // keep one document in every
	}{
		{1, 1}, {8, 1}, {9, 2}, {100, 1}, {100, 3}, {100, 50}, {1000, 7}, {10000, 2}, {10000, 300}, {70000, 9000},
	}
	for _, tt := range tests {
		var docs []int32
		for d := 0; d < tt.n; d++ {
			if r.IntN(tt.every) == 0 {
				docs = append(docs, int32(d))
			}
		}
		p := appendPosting(nil, docs, tt.n)
		got := decodePosting(p, tt.n)
		want := make([]int, len(docs))
		for i, d := range docs {
			want[i] = int(d)
		}
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("n=%d every=%d: round trip lost documents", tt.n, tt.every)
		}
		if l := header(p, tt.n); l.count != len(docs) {
			t.Errorf("n=%d every=%d: header count %d, want %d", tt.n, tt.every, l.count, len(docs))
		}
		all := make([]int, tt.n)
		for i := range all {
			all[i] = i
		}
		if got := intersect(nil, all, p, tt.n); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("n=%d every=%d: intersect with all differs", tt.n, tt.every)
		}
		// In place, over every other document.
		odd := all[:0]
		for _, d := range all {
			if d%2 == 1 {
				odd = append(odd, d)
			}
		}
		wantOdd := slices.DeleteFunc(slices.Clone(want), func(d int) bool { return d%2 == 0 })
		if got := intersect(odd, odd, p, tt.n); !slices.Equal(got, wantOdd) && !(len(got) == 0 && len(wantOdd) == 0) {
			t.Errorf("n=%d every=%d: intersect in place differs", tt.n, tt.every)
		}
	}
}

func TestIndexRoundTrip(t *testing.T) {
	texts := generated(t, 40, 11)
	ix := Build(texts)
	ix.SetTag("build-7")
	b, _ := ix.Encode()
	dx, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if dx.Tag() != "build-7" || dx.docs != ix.docs || !slices.Equal(dx.keys, ix.keys) || !slices.Equal(dx.offs, ix.offs) || string(dx.data) != string(ix.data) {
		t.Fatal("decoded index differs from the built one")
	}
	b2, _ := dx.Encode()
	if string(b2) != string(b) {
		t.Fatal("re-encoding differs")
	}
	for _, bad := range [][]byte{nil, []byte("RTX"), []byte("XXXX\x01\x01"), b[:len(b)-1], append(slices.Clone(b), 0),
		[]byte(magic + "\x09build"), []byte("RTX\x01\x01\x00")} { // a tag cut short; the format before tags

		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%d bytes) succeeded on bad input", len(bad))
		}
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := Build([]string{"人大代表", "代表大会", "选举", strings.Repeat("会议", 30)}).Encode()
	f.Add(b)
	f.Add([]byte(magic))
	f.Add([]byte(magic + "\x05\x01\x00\x03\x09\xff\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ix, err := Decode(b)
		if err != nil {
			return
		}
		for _, q := range []string{"人", "人大", "代表大会", "会议 人大", "a", "\x00"} {
			for _, d := range ix.Find(q, nil) {
				if d < 0 || d >= ix.Docs() {
					t.Fatalf("Find(%q) returned document %d of %d", q, d, ix.Docs())
				}
			}
		}
		for i := range ix.keys {
			p := ix.data[ix.offs[i]:ix.offs[i+1]]
			decodePosting(p, ix.docs)
			intersect(nil, []int{0, 1, 2, 3}, p, ix.docs)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	texts := generated(b, 2000, 1)
	ix := Build(texts)
	text := func(d int) (string, bool) { return texts[d], true }
	for _, q := range []string{"人大", "选举", "政府工作报告", "人民代表大会 闭幕", "主任", "龘"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Find(q, text)
			}
		})
	}
}

func ExampleIndex_Find() {
	ix := Build([]string{"人大代表", "代表大会", "人民代表大会"})
	fmt.Println(ix.Find("代表大会", nil), ix.Find("人 大会", nil))
	// Output: [1 2] [2]
}
