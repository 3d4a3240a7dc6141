package textindex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNearIn(t *testing.T) {
	const text = "会议由县人大常委会主任梁琴主持。会议应到代表173人，实到165人。"
	tests := []struct {
		name, term string
		want       string // the text found, "" for none
	}{
		{"as typed", "常委会主任", "常委会主任"},
		{"a character left out", "人大常委主任", "人大常委会主任"},
		{"left out, short term", "常委主任", "常委会主任"},
		{"a character too many", "县人大常委员会", "县人大常委会"},
		{"a wrong character", "人大常务会主任", "人大常委会主任"},
		{"two swapped", "县人大委常会主任", "县人大常委会主任"},
		{"two swapped at the start", "大人常委会主任", "人大常委会主任"},
		{"two swapped at the end", "常委会主任梁主琴", "常委会主任梁琴主"},
		{"a wrong first character", "乡人大常委会", "人大常委会"},
		{"wrong last character is one too many", "梁琴主持了", "梁琴主持"},
		{"first found: the earliest place", "会议应代表", "会议应到代表"},
		{"latin and digits", "应到代表17人", "应到代表173人"},
		{"two slips", "人大常务主任", ""},
		{"two characters left out", "人大常主任", ""},
		{"swapped far apart", "任大常委会主人", ""},
		{"short term keeps two pairs: wrong inner character", "常务会主", ""},
		{"three characters, one left out", "常委主", "常委会主"},
		{"three characters, one left out before the last", "梁主持", "梁琴主持"},
		{"three characters, a wrong one", "常务会", ""},
		{"three characters, one too many", "人大乡", ""},
		{"three characters, two swapped", "委常会", ""},
		{"too short", "委主", ""},
		{"not in the text", "政府工作报告", ""},
		{"too long", strings.Repeat("会议", 13), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e, ok := NearIn(text, tt.term)
			got := ""
			if ok {
				got = text[s:e]
			}
			if got != tt.want {
				t.Errorf("NearIn(%q) = %q, want %q", tt.term, got, tt.want)
			}
		})
	}
}

// osa is the optimal string alignment distance of a and b: insertions,
// deletions, substitutions and swaps of adjacent characters.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// bruteNear reports whether some run of text's characters is within one
// slip of term (osa at most 1).
func bruteNear(text, term []rune) bool {
	for i := range text {
		for n := len(term) - 1; n <= len(term)+1; n++ {
			if i+n <= len(text) && osa(text[i:i+n], term) <= 1 {
				return true
			}
		}
	}
	return false
}

// randomNear returns texts over a small alphabet, so that near misses
// abound, and terms cut from them with a random slip or none.
func randomNear(r *rand.Rand, texts, terms int) ([]string, []string) {
	alphabet := []rune("人大代表会议选举主任")
	word := func(n int) []rune {
		w := make([]rune, n)
		for i := range w {
			w[i] = alphabet[r.IntN(len(alphabet))]
		}
		return w
	}
	ts := make([]string, texts)
	for i := range ts {
		ts[i] = string(word(20 + r.IntN(60)))
	}
	qs := make([]string, terms)
	for i := range qs {
		src := []rune(ts[r.IntN(len(ts))])
		n := 6 + r.IntN(6)
		at := r.IntN(len(src) - n)
		q := slices.Clone(src[at : at+n])
		k := r.IntN(len(q) - 1)
		switch r.IntN(5) {
		case 0: // left out
			q = slices.Delete(q, k, k+1)
		case 1: // too many
			q = slices.Insert(q, k, alphabet[r.IntN(len(alphabet))])
		case 2: // wrong
			q[k] = alphabet[r.IntN(len(alphabet))]
		case 3: // swapped
			q[k], q[k+1] = q[k+1], q[k]
		case 4: // anything
			q = word(n)
		}
		qs[i] = string(q)
	}
	return ts, qs
}

// TestNearInBrute checks NearIn against a brute-force search on random
// texts: for terms of six characters or more, which keep two pairs
// whatever the slip, it finds a term exactly when some run of the text is
// within one slip of it, and what it finds is.
func TestNearInBrute(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	texts, terms := randomNear(r, 40, 300)
	found := 0
	for _, q := range terms {
		qr := []rune(q)
		if len(qr) < 6 {
			continue
		}
		for _, text := range texts {
			s, e, ok := NearIn(text, q)
			if want := bruteNear([]rune(text), qr); ok != want {
				t.Fatalf("NearIn(%q, %q) found %v, brute force %v", text, q, ok, want)
			}
			if !ok {
				continue
			}
			found++
			if d := osa([]rune(text[s:e]), qr); d > 1 {
				t.Fatalf("NearIn(%q, %q) = %q, %d slips away", text, q, text[s:e], d)
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d near matches: the test shows little", found)
	}
}

// TestNearInThree checks NearIn against a brute-force search for terms of
// three characters, which are looked for as typed or with one character
// left out inside them, and with no other slip.
func TestNearInThree(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	texts, _ := randomNear(r, 40, 0)
	alphabet := []rune("人大代表会议选举主任")
	brute := func(text, q []rune) bool {
		for i := range text {
			w := text[i:min(i+4, len(text))]
			switch {
			case len(w) >= 3 && slices.Equal(w[:3], q):
			case len(w) == 4 && w[0] == q[0] && slices.Equal(w[2:], q[1:]): // the second left out
			case len(w) == 4 && slices.Equal(w[:2], q[:2]) && w[3] == q[2]: // the third
			default:
				continue
			}
			return true
		}
		return false
	}
	found, missed := 0, 0
	for range 300 {
		q := []rune{alphabet[r.IntN(len(alphabet))], alphabet[r.IntN(len(alphabet))], alphabet[r.IntN(len(alphabet))]}
		for _, text := range texts {
			_, _, ok := NearIn(text, string(q))
			if want := brute([]rune(text), q); ok != want {
				t.Fatalf("NearIn(%q, %q) found %v, brute force %v", text, string(q), ok, want)
			}
			if ok {
				found++
			} else {
				missed++
			}
		}
	}
	if found < 100 || missed < 100 {
		t.Errorf("%d found, %d not: the test shows little", found, missed)
	}
}

// TestNearCandidates checks that the index's candidates are exactly the
// texts whose pairs allow a term near, which includes every text NearIn
// finds it in, over one index and one split in shards (which reuses its
// working arrays from one term to the next).
func TestNearCandidates(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	texts, terms := randomNear(r, 200, 200)
	terms = append(terms, "人大", "代表大会会议", strings.Repeat("人", 30), "代会议", "人表大", "选主任")
	ix := Build(texts)
	sh := NewSharded(len(texts), 4)
	for k, s := range ix.Split(4) {
		if err := sh.Add(k, s); err != nil {
			t.Fatal(err)
		}
	}
	within := []int{0, 3, 50, 199}
	for _, q := range terms {
		var want, wantWithin []int
		if Nearable(q) {
			for d, text := range texts {
				var missing uint32
				for i, k := range termPairs(q) {
					if !slices.Contains(termPairs(text), k) {
						missing |= 1 << i
					}
				}
				if !slipFits(missing, utf8.RuneCountInString(q)) {
					if _, _, ok := NearIn(text, q); ok {
						t.Fatalf("NearIn finds %q in text %d, whose pairs do not allow it", q, d)
					}
					continue
				}
				want = append(want, d)
				if slices.Contains(within, d) {
					wantWithin = append(wantWithin, d)
				}
			}
		}
		all := ix.NearCandidates(q, nil)
		if got := nearDocs(all); !slices.Equal(got, want) {
			t.Fatalf("NearCandidates(%q) = %v, want %v", q, got, want)
		}
		if got := sh.NearCandidates(q, nil); !slices.Equal(got, all) {
			t.Fatalf("sharded NearCandidates(%q) = %v, want %v", q, got, all)
		}
		if got := nearDocs(ix.NearCandidates(q, within)); !slices.Equal(got, wantWithin) {
			t.Fatalf("NearCandidates(%q, %v) = %v, want %v", q, within, got, wantWithin)
		}
		// The shards reuse their working arrays from term to term.
		if got := nearDocs(sh.NearCandidates(q, within)); !slices.Equal(got, wantWithin) {
			t.Fatalf("sharded NearCandidates(%q, %v) = %v, want %v", q, within, got, wantWithin)
		}
		for _, c := range all {
			if c.Weight < 0 || c.Weight > 100 {
				t.Fatalf("NearCandidates(%q): weight %d", q, c.Weight)
			}
		}
	}
	// Without a shard of its pairs a term has no candidates yet.
	partial := NewSharded(len(texts), 4)
	q := "人大代表会议"
	need := ShardsOf(q, 4)
	for k, s := range ix.Split(4) {
		if k != need[0] {
			if err := partial.Add(k, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got := partial.NearCandidates(q, nil); got != nil {
		t.Errorf("NearCandidates(%q) without shard %d = %v, want none", q, need[0], got)
	}
}

// nearDocs returns the documents of cs.
func nearDocs(cs []NearCandidate) []int {
	var docs []int
	for _, c := range cs {
		docs = append(docs, c.Doc)
	}
	return docs
}

// TestNearWeights checks that of two candidates for a term with a slip the
// one holding its rare pairs weighs more than one holding its common pairs
// only, and one holding them all weighs 100.
func TestNearWeights(t *testing.T) {
	texts := []string{
		"会议补选何炜作为县人民政府副县长", // the term's rare pairs (何炜), and a slip
		"会议补选王强为县人民政府县长",   // only the common ones
		"会议补选何炜为县人民政府",     // every pair
	}
	for range 20 { // common pairs are in many reports
		texts = append(texts, "会议补选为县人民政府")
	}
	ix := Build(texts)
	w := map[int]int{}
	for _, c := range ix.NearCandidates("补选何炜为县人民", nil) {
		w[c.Doc] = c.Weight
	}
	if !(w[0] > w[1]) || w[0] == 100 || w[2] != 100 {
		t.Errorf("weights %v: want document 0 above 1, and 2 at 100", w)
	}
}

// TestNearBounded checks that a text holding the term's pairs at every
// character is read at a bounded number of places, not at each.
func TestNearBounded(t *testing.T) {
	text := strings.Repeat("人", 100_000)
	nt := NewNear("人人人人人人人人人人人XY")
	missing, firsts, lasts := nt.scan(text)
	if len(firsts) != maxAnchors || len(lasts) != 0 || missing == 0 {
		t.Errorf("scan: missing %b, %d places of the first pair, %d of the last; want some missing, %d and 0", missing, len(firsts), len(lasts), maxAnchors)
	}
	if _, _, ok := nt.In(text); ok {
		t.Error("found a term the text does not hold near")
	}
	short := strings.Repeat("人", 10) + "XY" // the term with one 人 too many
	if s, e, ok := nt.In(short); !ok || short[s:e] != short {
		t.Errorf("In(%q) = %d, %d, %v: want all of it", short, s, e, ok)
	}
}

// FuzzNearIn checks that NearIn never panics and that what it finds is
// in the text and within one slip of the term.
func FuzzNearIn(f *testing.F) {
	f.Add("会议由县人大常委会主任梁琴主持", "人大常委主任")
	f.Add("人大代表大会", "代表人大会")
	f.Add("a\xffbcdef", "abcdeg")
	f.Fuzz(func(t *testing.T, text, term string) {
		s, e, ok := NearIn(text, term)
		if !ok {
			return
		}
		if s < 0 || s > e || e > len(text) {
			t.Fatalf("NearIn(%q, %q) = %d, %d: outside the text", text, term, s, e)
		}
		if !utf8.ValidString(text) || !utf8.ValidString(term) {
			return // runes of invalid bytes compare as U+FFFD
		}
		if d := osa([]rune(text[s:e]), []rune(term)); d > 1 {
			t.Fatalf("NearIn(%q, %q) = %q, %d slips away", text, term, text[s:e], d)
		}
	})
}

// BenchmarkNearCandidates looks for phrases with a slip among 10,000
// generated reports by their pairs, through the shards into the same
// array as the page does (the shards reuse their working arrays), beside
// Candidates for the phrase as a report holds it.
func BenchmarkNearCandidates(b *testing.B) {
	texts := generated(b, 10000, 1)
	ix := Build(texts)
	sh := Whole(ix)
	for _, q := range []string{"人民代表大会第次会议", "人大常委主任", "政府工作告"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			var dst []NearCandidate
			for b.Loop() {
				dst = sh.AppendNearCandidates(dst[:0], q, nil)
			}
		})
	}
	b.Run("Candidates", func(b *testing.B) {
		for b.Loop() {
			ix.Candidates("人民代表大会第二次会议", nil)
		}
	})
}
