package gen

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDropAndSwapChars(t *testing.T) {
	tests := []struct {
		name, in string
		drop     func(string, int) string
		at       int
		want     string
	}{
		{"drop a name's middle", "王德海", DropChar, 1, "王海"},
		{"drop a city from a district", "朔州市平鲁区", DropChar, 2, "朔州平鲁区"},
		{"drop the first", "清徐县", DropChar, 0, "徐县"},
		{"drop the last", "清徐县", DropChar, 2, "清徐"},
		{"drop out of range", "清徐县", DropChar, 3, "清徐县"},
		{"drop negative", "清徐县", DropChar, -1, "清徐县"},
		{"drop in mixed text", "a清b", DropChar, 1, "ab"},
		{"swap a given name", "王德海", SwapChars, 1, "王海德"},
		{"swap a surname", "王德海", SwapChars, 0, "德王海"},
		{"swap a place stem", "清徐县", SwapChars, 0, "徐清县"},
		{"swap two characters", "王德", SwapChars, 0, "德王"},
		{"swap past the end", "王德", SwapChars, 1, "王德"},
		{"swap negative", "王德", SwapChars, -1, "王德"},
		{"swap one character", "王", SwapChars, 0, "王"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.drop(tt.in, tt.at); got != tt.want {
				t.Errorf("(%q, %d) = %q, want %q", tt.in, tt.at, got, tt.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		clause, token, want string
	}{
		{"王德海当选为县人大常委会主任", "王德海", "王德海当选为县人大常委会主任"},
		{"会议由县人大常委会主任王德海主持", "王德海", "会议由县人大常委会主任王德海主持"},
		{"王德海主持", "王德海", ""},   // too little besides the name
		{"李华当选为县长", "王德海", ""}, // not there
		// Long: from the token to the furthest word end within 20 characters.
		{"清徐县第十八届人民代表大会第三次会议在县人民会堂隆重开幕", "清徐县", "清徐县第十八届人民代表大会第三次会议"},
		{"根据会议议程县长王德海代表县人民政府向大会作政府工作报告", "王德海", "王德海代表县人民政府向大会作政府工作报告"},
		{"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥王德海", "王德海", ""}, // no word end after the name
	}
	for _, tt := range tests {
		if got := clip(tt.clause, tt.token); got != tt.want {
			t.Errorf("clip(%q, %q) = %q, want %q", tt.clause, tt.token, got, tt.want)
		}
		if got := clip(tt.clause, tt.token); utf8.RuneCountInString(got) > phraseMax {
			t.Errorf("clip(%q, %q) = %q, longer than %d", tt.clause, tt.token, got, phraseMax)
		}
	}
}

// queryCorpus is a generated corpus with its truth and query set.
type queryCorpus struct {
	dir     string
	rows    []Truth
	byID    map[string]*Truth
	queries []Query
}

func newQueryCorpus(t *testing.T, n int, seed uint64) queryCorpus {
	t.Helper()
	dir := corpus(t, n, seed)
	c := queryCorpus{dir: dir, rows: readTruth(t, dir), byID: map[string]*Truth{}}
	for i := range c.rows {
		c.byID[c.rows[i].ID] = &c.rows[i]
	}
	var err error
	if c.queries, err = LoadQueries(dir); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestQueriesDeterministic(t *testing.T) {
	a := newQueryCorpus(t, 700, 3)
	b, err := LoadQueries(a.dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.queries, b) {
		t.Fatal("two query sets of one corpus differ")
	}
	c := newQueryCorpus(t, 700, 3) // the same corpus written again
	if !reflect.DeepEqual(a.queries, c.queries) {
		t.Fatal("the query sets of two corpora of the same seed differ")
	}
	d := newQueryCorpus(t, 700, 4)
	if reflect.DeepEqual(a.queries, d.queries) {
		t.Fatal("the query sets of two seeds are equal")
	}
}

func TestQueries(t *testing.T) {
	c := newQueryCorpus(t, 1000, 3)
	if n := len(c.queries); n < len(Kinds)*QueriesPerKind*9/10 || n > len(Kinds)*QueriesPerKind {
		t.Errorf("%d queries, want about %d", n, len(Kinds)*QueriesPerKind)
	}
	count := map[string]int{}
	seen := map[string]bool{}
	for _, q := range c.queries {
		count[q.Kind]++
		if seen[q.Text] {
			t.Errorf("%q twice", q.Text)
		}
		seen[q.Text] = true
	}
	// Grouped by kind, in the order of Kinds.
	var order []string
	for _, q := range c.queries {
		if len(order) == 0 || order[len(order)-1] != q.Kind {
			order = append(order, q.Kind)
		}
	}
	if !slices.Equal(order, Kinds) {
		t.Errorf("kinds come in order %v, want %v", order, Kinds)
	}
	for _, k := range Kinds {
		if count[k] < QueriesPerKind*2/3 {
			t.Errorf("%d %s queries, want about %d", count[k], k, QueriesPerKind)
		}
	}

	// What every kind of query must be, in terms of its report's truth.
	people := func(tr *Truth) []string { return roleNames(tr) }
	sources := func(tr *Truth) []string { return append(people(tr), tr.Locality) }
	readText := func(tr *Truth) string { // as phrase queries copy it
		data, err := os.ReadFile(filepath.Join(c.dir, tr.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Map(func(r rune) rune {
			if r >= '０' && r <= '９' {
				return r - '０' + '0'
			}
			return r
		}, string(data))
	}
	checks := map[string]func(q string, tr *Truth) bool{
		KindWord: func(q string, tr *Truth) bool {
			if tr.Locality == "" || !strings.Contains(q, tr.Locality) {
				return false
			}
			for _, s := range tr.Resolutions {
				if strings.Contains(s, q) {
					return true
				}
			}
			for _, e := range tr.Elected {
				if e.Position == q {
					return true
				}
			}
			return false
		},
		KindPlace: func(q string, tr *Truth) bool {
			return tr.Locality != "" && strings.HasPrefix(q, tr.Locality) && strings.Count(q, " ") <= 1
		},
		KindPerson: func(q string, tr *Truth) bool { return slices.Contains(people(tr), q) },
		KindPhrase: func(q string, tr *Truth) bool {
			return !strings.ContainsAny(q, " ，。") && strings.Contains(readText(tr), q) && utf8.RuneCountInString(q) <= phraseMax
		},
		KindMulti: func(q string, tr *Truth) bool {
			f := strings.Split(q, " ")
			if len(f) < 2 || len(f) > 3 || !slices.Contains(f, tr.Locality) {
				return false
			}
			for _, x := range f {
				if x != tr.Locality && x != eventWords[tr.Event] && !slices.Contains(people(tr), x) {
					return false
				}
			}
			return true
		},
		KindMissing: func(q string, tr *Truth) bool {
			for _, s := range sources(tr) {
				for k := 1; k+1 < utf8.RuneCountInString(s); k++ {
					if DropChar(s, k) == q {
						return true
					}
				}
			}
			return false
		},
		KindSwapped: func(q string, tr *Truth) bool {
			for _, s := range sources(tr) {
				for k := 0; k+1 < utf8.RuneCountInString(s); k++ {
					if SwapChars(s, k) == q && q != s {
						return true
					}
				}
			}
			return false
		},
		KindSlip: func(q string, tr *Truth) bool {
			text := readText(tr)
			if strings.ContainsAny(q, " ，。") || strings.Contains(text, q) {
				return false
			}
			rs := []rune(q)
			for k := 1; k < len(rs); k++ { // a character left out before k
				for _, c := range text {
					if strings.Contains(text, string(rs[:k])+string(c)+string(rs[k:])) {
						return true
					}
				}
			}
			for k := 0; k+1 < len(rs); k++ {
				if strings.Contains(text, SwapChars(q, k)) {
					return true
				}
			}
			return false
		},
	}
	for _, q := range c.queries {
		tr := c.byID[q.Want]
		if tr == nil {
			t.Errorf("%s %q: intended report %q is not in the corpus", q.Kind, q.Text, q.Want)
			continue
		}
		if !checks[q.Kind](q.Text, tr) {
			t.Errorf("%s %q is not what its kind derives from %s", q.Kind, q.Text, q.Want)
		}
	}
}

func TestSample(t *testing.T) {
	var qs []Query
	for _, k := range Kinds {
		for i := range 5 {
			qs = append(qs, Query{Text: k + string(rune('0'+i)), Kind: k})
		}
	}
	s := Sample(qs, 2*len(Kinds))
	if len(s) != 2*len(Kinds) {
		t.Fatalf("sample of %d, want %d", len(s), 2*len(Kinds))
	}
	count := map[string]int{}
	for _, q := range s {
		count[q.Kind]++
	}
	for _, k := range Kinds {
		if count[k] != 2 {
			t.Errorf("%d %s queries in the sample, want 2", count[k], k)
		}
	}
	if s[0].Text != "word0" || s[1].Text != "word1" || s[2].Kind != KindPlace {
		t.Errorf("sample not grouped by kind in order: %v", s[:3])
	}
	if all := Sample(qs, 1000); !reflect.DeepEqual(all, qs) {
		t.Errorf("a sample larger than the set is not the set")
	}
	if len(Sample(qs, 0)) != 0 {
		t.Errorf("an empty sample is not empty")
	}
}

func TestRecall(t *testing.T) {
	var r Recall
	if got := r.String(); got != "recall@20 overall – (missing –, swapped –, slip –)" {
		t.Errorf("empty: %q", got)
	}
	ids := make([]string, 30)
	for i := range ids {
		ids[i] = string(rune('a' + i%26))
	}
	ids[25] = "late" // beyond the first 20
	tests := []struct {
		q    Query
		want bool
	}{
		{Query{Kind: KindWord, Want: "a"}, true},
		{Query{Kind: KindWord, Want: "t"}, true},
		{Query{Kind: KindWord, Want: "late"}, false},
		{Query{Kind: KindMissing, Want: "b"}, true},
		{Query{Kind: KindSwapped, Want: "zz"}, false},
		{Query{Kind: KindSwapped, Want: "c"}, true},
		{Query{Kind: KindSwapped, Want: "d"}, true},
		{Query{Kind: KindSlip, Want: "e"}, true},
	}
	for _, tt := range tests {
		if got := r.Add(tt.q, ids); got != tt.want {
			t.Errorf("Add(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	if v, n := r.Of(""); n != 8 || v != 6.0/8 {
		t.Errorf("overall %v of %d, want 6/8 of 8", v, n)
	}
	if got, want := r.String(), "recall@20 overall 75.0% (missing 100.0%, swapped 66.7%, slip 100.0%)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	want := "| kind | queries | found | recall@20 |\n|---|---|---|---|\n" +
		"| word | 3 | 2 | 66.7% |\n| missing | 1 | 1 | 100.0% |\n| swapped | 3 | 2 | 66.7% |\n| slip | 1 | 1 | 100.0% |\n| overall | 8 | 6 | 75.0% |\n"
	if got := r.Table(); got != want {
		t.Errorf("Table() =\n%s\nwant\n%s", got, want)
	}
}

// TestReadQueries checks the query sets written by hand: kinds default to
// KindOwn, blank lines pass, and every malformed line is an error naming
// it.
func TestReadQueries(t *testing.T) {
	good := "{\"text\": \"平鲁区 闭幕\", \"want\": \"2\"}\n\n{\"text\":\"王德海\",\"want\":\"a/b\",\"kind\":\"person\"}\r\n"
	got, err := ReadQueries(strings.NewReader(good))
	want := []Query{{Text: "平鲁区 闭幕", Kind: KindOwn, Want: "2"}, {Text: "王德海", Kind: KindPerson, Want: "a/b"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("ReadQueries = %+v, %v; want %+v", got, err, want)
	}
	for _, c := range []struct{ in, want string }{
		{"", "no queries"},
		{"\n  \n", "no queries"},
		{`{"text": "x"}`, "line 1: no want"},
		{"{\"text\": \"x\", \"want\": \"1\"}\n{\"want\": \"1\"}", "line 2: no text"},
		{`{"text": "  ", "want": "1"}`, "line 1: no text"},
		{`{"query": "x", "want": "1"}`, `line 1: json: unknown field "query"`},
		{`{"text": "x", "want": "1"} {"text": "y", "want": "2"}`, "line 1: more than one query"},
		{"\n\n[\"x\"]", "line 3: json: cannot unmarshal array"},
		{`{"text": "x", "want": 1}`, "line 1: json: cannot unmarshal number"},
		{`{"text": "x"`, "line 1: unexpected EOF"},
	} {
		if _, err := ReadQueries(strings.NewReader(c.in)); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("ReadQueries(%q) = %v, want an error starting %q", c.in, err, c.want)
		}
	}
}

// TestReadQueriesFile checks that a file's queries are read and that its
// errors name the file and the line.
func TestReadQueriesFile(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.jsonl"), filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(good, []byte(`{"text": "平鲁区", "want": "2", "kind": "place"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\"text\": \"x\", \"want\": \"1\"}\n{\"text\": \"y\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadQueriesFile(good)
	if want := []Query{{Text: "平鲁区", Kind: KindPlace, Want: "2"}}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ReadQueriesFile(good) = %+v, %v; want %+v", got, err, want)
	}
	if _, err := ReadQueriesFile(bad); err == nil || err.Error() != bad+": line 2: no want (the id of the report to find)" {
		t.Errorf("ReadQueriesFile(bad) = %v, want an error naming the file and line 2", err)
	}
	if _, err := ReadQueriesFile(filepath.Join(dir, "none.jsonl")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadQueriesFile(missing) = %v, want fs.ErrNotExist", err)
	}
}
