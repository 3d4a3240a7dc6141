package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Query kinds: what a researcher types to find one report.
const (
	KindWord    = "word"    // a short phrase that narrows to the report: a resolution or post with its place
	KindPlace   = "place"   // a locality, alone or with its term and session
	KindPerson  = "person"  // the name of someone named in few reports
	KindPhrase  = "phrase"  // an exact clause of the body
	KindMulti   = "multi"   // two or three terms: place and event, person and place…
	KindMissing = "missing" // a name or place with one inner character dropped
	KindSwapped = "swapped" // a name or place with two adjacent characters swapped
	KindSlip    = "slip"    // a phrase with one inner character left out or two adjacent swapped
)

// Kinds lists the query kinds in the order Queries returns them.
var Kinds = []string{KindWord, KindPlace, KindPerson, KindPhrase, KindMulti, KindMissing, KindSwapped, KindSlip}

// QueriesPerKind is how many queries of each kind Queries aims for.
const QueriesPerKind = 30

// RecallDepth is the depth of the recall measure: a query is answered when
// its intended report is among the first RecallDepth results.
const RecallDepth = 20

// handful is the most reports a query's facts may pick out (by the truth):
// beyond it the intended report would be one of many equals.
const handful = 5

// Query is a search a researcher would type to find one report.
type Query struct {
	Text string `json:"text"` // as typed; spaces separate terms
	Kind string `json:"kind"` // one of Kinds
	Want string `json:"want"` // id of the intended report
}

// ReadTruth reads truth.jsonl as Write writes it, one row a line.
func ReadTruth(r io.Reader) ([]Truth, error) {
	var out []Truth
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var t Truth
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			return nil, fmt.Errorf("truth line %d: %w", len(out)+1, err)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read truth: %w", err)
	}
	return out, nil
}

// KindOwn is the kind of a query read without one (ReadQueries).
const KindOwn = "query"

// ReadQueries reads a query set written for a corpus of one's own, to
// measure search over it as over a generated one: one JSON object a line,
// {"text": "…", "want": "…"} and optionally "kind" (one of Kinds, or any
// other name; KindOwn when absent), where want is the id of the report the
// query is meant to find (its file's name without the extension). Blank
// lines are skipped; anything else is an error naming its line.
func ReadQueries(r io.Reader) ([]Query, error) {
	var out []Query
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q Query
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		err := dec.Decode(&q)
		switch {
		case err != nil:
			return nil, fmt.Errorf("line %d: %w", line, err)
		case dec.More():
			return nil, fmt.Errorf("line %d: more than one query", line)
		case strings.TrimSpace(q.Text) == "":
			return nil, fmt.Errorf("line %d: no text to type", line)
		case q.Want == "":
			return nil, fmt.Errorf("line %d: no want (the id of the report to find)", line)
		}
		if q.Kind == "" {
			q.Kind = KindOwn
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(out) == 0 {
		return nil, errors.New("no queries")
	}
	return out, nil
}

// ReadQueriesFile reads the file of queries name as ReadQueries does; its
// errors name the file.
func ReadQueriesFile(name string) ([]Query, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	qs, err := ReadQueries(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return qs, nil
}

// LoadQueries reads the truth and the reports of a corpus that Write wrote
// into dir and returns its query set (see Queries).
func LoadQueries(dir string) ([]Query, error) {
	f, err := os.Open(filepath.Join(dir, "truth.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := ReadTruth(f)
	if err != nil {
		return nil, err
	}
	text := func(id string) (string, bool) {
		data, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil || !utf8.Valid(data) {
			return "", false
		}
		return string(data), true
	}
	return Queries(rows, text), nil
}

// Queries derives the fixed query set of a generated corpus from its truth
// rows: up to QueriesPerKind queries of each kind (Kinds), grouped by kind,
// each naming the report it is meant to find. text returns the text of a
// report as written (UTF-8), for phrase queries; it may report false.
//
// Every query is what a researcher would type to find that report, and its
// facts, checked against the truth, pick out at most a handful of reports:
// a place or person in few reports, a phrase with such a name, a typo whose
// remaining characters (in order, or with one adjacent pair swapped back)
// occur in the names and places of at most a handful of reports. The set
// depends only on the rows and texts, so it is the same for the same N and
// seed.
func Queries(rows []Truth, text func(id string) (string, bool)) []Query {
	w := newWorld(rows)
	order := rand.New(rand.NewPCG(0x71756572, uint64(len(rows)))).Perm(len(rows))
	makers := map[string]func(*rand.Rand, int) string{
		KindWord:    w.word,
		KindPlace:   w.place,
		KindPerson:  w.person,
		KindPhrase:  func(r *rand.Rand, i int) string { return w.phrase(r, i, text) },
		KindMulti:   w.multi,
		KindMissing: w.missing,
		KindSwapped: w.swapped,
		KindSlip:    func(r *rand.Rand, i int) string { return w.slip(r, i, text) },
	}
	var out []Query
	seen := map[string]bool{}
	for k, kind := range Kinds {
		n := 0
		// Each kind starts at its own point of one shuffled order, so the
		// kinds draw on different reports.
		start := k * len(rows) / len(Kinds)
		for j := 0; j < len(rows) && n < QueriesPerKind; j++ {
			i := order[(start+j)%len(rows)]
			r := rand.New(rand.NewPCG(uint64(k)+1, uint64(i)))
			q := makers[kind](r, i)
			if q == "" || seen[q] {
				continue
			}
			seen[q] = true
			out = append(out, Query{Text: q, Kind: kind, Want: rows[i].ID})
			n++
		}
	}
	return out
}

// Sample returns at most n queries of qs spread evenly over their kinds:
// the first of each kind, then the second of each, and so on, in the order
// of qs within a kind. The browser benchmark types a sample.
func Sample(qs []Query, n int) []Query {
	byKind := map[string][]Query{}
	var kinds []string
	for _, q := range qs {
		if _, ok := byKind[q.Kind]; !ok {
			kinds = append(kinds, q.Kind)
		}
		byKind[q.Kind] = append(byKind[q.Kind], q)
	}
	var out []Query
	for round := 0; len(out) < min(n, len(qs)); round++ {
		for _, k := range kinds {
			if round < len(byKind[k]) && len(out) < n {
				out = append(out, byKind[k][round])
			}
		}
	}
	// Back in the order of qs, grouped by kind.
	slices.SortStableFunc(out, func(a, b Query) int {
		return slices.Index(kinds, a.Kind) - slices.Index(kinds, b.Kind)
	})
	return out
}

// DropChar returns s without its i-th character (0-based).
func DropChar(s string, i int) string {
	rs := []rune(s)
	if i < 0 || i >= len(rs) {
		return s
	}
	return string(rs[:i]) + string(rs[i+1:])
}

// SwapChars returns s with its i-th and (i+1)-th characters swapped.
func SwapChars(s string, i int) string {
	rs := []rune(s)
	if i < 0 || i+1 >= len(rs) {
		return s
	}
	rs[i], rs[i+1] = rs[i+1], rs[i]
	return string(rs)
}

// eventWords are what a researcher adds to a place to ask for one meeting,
// a word every report of that event states.
var eventWords = map[string]string{
	"opening": "开幕", "closing": "闭幕", "preparatory": "预备会议", "presidium": "主席团",
	"plenary": "全体会议", "other": "分组审议",
}

// world holds the truth rows with what the query makers look up: who and
// which places are named in how many reports.
type world struct {
	rows   []Truth
	people [][]string       // per row: names in roles, once each, photographers left out
	names  map[string][]int // name in a role (photographers included) → rows
	locs   map[string][]int // locality → rows
	// fields are the distinct names and localities, for typo queries:
	// fieldRows[f] the rows naming field f, byRune the fields holding a
	// character.
	fields    []string
	fieldRows [][]int
	byRune    map[rune][]int
	posts     map[string][]int // resolution or elected post → rows
}

func newWorld(rows []Truth) *world {
	w := &world{rows: rows, names: map[string][]int{}, locs: map[string][]int{}, posts: map[string][]int{},
		byRune: map[rune][]int{}}
	index := map[string]int{} // field → position in fields
	addField := func(s string, row int) {
		f, ok := index[s]
		if !ok {
			f = len(w.fields)
			index[s] = f
			w.fields = append(w.fields, s)
			w.fieldRows = append(w.fieldRows, nil)
			seen := map[rune]bool{}
			for _, r := range s {
				if !seen[r] {
					seen[r] = true
					w.byRune[r] = append(w.byRune[r], f)
				}
			}
		}
		w.fieldRows[f] = addRow(w.fieldRows[f], row)
	}
	for i := range rows {
		t := &rows[i]
		var people []string
		for _, n := range roleNames(t) {
			if !slices.Contains(people, n) {
				people = append(people, n)
			}
		}
		w.people = append(w.people, people)
		for _, n := range append(slices.Clone(people), t.Photographers...) {
			w.names[n] = addRow(w.names[n], i)
			addField(n, i)
		}
		if t.Locality != "" {
			w.locs[t.Locality] = addRow(w.locs[t.Locality], i)
			addField(t.Locality, i)
		}
		for _, s := range t.Resolutions {
			w.posts[s] = addRow(w.posts[s], i)
		}
		for _, e := range t.Elected {
			w.posts[e.Position] = addRow(w.posts[e.Position], i)
		}
	}
	return w
}

// roleNames lists the people a report names in a role, photographers left
// out: presiding, speakers, reporters, elected, executive chairs, rostrum.
func roleNames(t *Truth) []string {
	out := append([]string(nil), t.Presiding...)
	out = append(out, t.Speakers...)
	for _, r := range t.Reports {
		if r.By != "" { // a report heard, its deliverer not named
			out = append(out, r.By)
		}
	}
	for _, e := range t.Elected {
		out = append(out, e.Name)
	}
	out = append(out, t.ExecutiveChairs...)
	return append(out, t.Rostrum...)
}

// addRow appends row to rows unless it is already the last.
func addRow(rows []int, row int) []int {
	if n := len(rows); n > 0 && rows[n-1] == row {
		return rows
	}
	return append(rows, row)
}

// placeRows counts the reports whose locality contains loc (朔州市平鲁区
// for 平鲁区) and that keep.
func (w *world) placeRows(loc string, keep func(*Truth) bool) int {
	n := 0
	for l, rows := range w.locs {
		if !strings.Contains(l, loc) {
			continue
		}
		for _, i := range rows {
			if keep == nil || keep(&w.rows[i]) {
				n++
			}
		}
	}
	return n
}

// postRows counts the reports with a resolution or elected post holding s.
func (w *world) postRows(s string) int {
	seen := map[int]bool{}
	for p, rows := range w.posts {
		if strings.Contains(p, s) {
			for _, i := range rows {
				seen[i] = true
			}
		}
	}
	return len(seen)
}

// looseRows returns the reports with a name or place holding the
// characters of q in order, or in order once two adjacent characters of q
// are swapped back: what a typo-tolerant search could take q for.
func (w *world) looseRows(q string) map[int]bool {
	rs := []rune(q)
	var fields []int // those holding the rarest character of q
	for k, r := range rs {
		if l := w.byRune[r]; k == 0 || len(l) < len(fields) {
			fields = l
		}
	}
	forms := []string{q}
	for i := 0; i+1 < len(rs); i++ {
		forms = append(forms, SwapChars(q, i))
	}
	out := map[int]bool{}
	for _, f := range fields {
		for _, form := range forms {
			if inOrder(w.fields[f], form) {
				for _, i := range w.fieldRows[f] {
					out[i] = true
				}
				break
			}
		}
	}
	return out
}

// inOrder reports whether the characters of t appear in s in order.
func inOrder(s, t string) bool {
	for _, r := range t {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		s = s[i+utf8.RuneLen(r):]
	}
	return true
}

// pick returns a random element of xs, "" if none.
func pick(r *rand.Rand, xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[r.IntN(len(xs))]
}

// word makes a resolution or an elected post that names the report's
// place, without 关于 and 的决议 and cut after its first topic: 清徐县人民政府工作报告,
// 清徐县2023年预算执行情况, 清徐县2023年国民经济和社会发展计划, 清徐镇人民代表大会主席.
func (w *world) word(r *rand.Rand, i int) string {
	t := &w.rows[i]
	if t.Locality == "" {
		return ""
	}
	var cands []string
	for _, s := range t.Resolutions {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "关于"), "的决议")
		end := len(s)
		for _, cut := range []string{"执行情况", "计划", "财政预算"} {
			if k := strings.Index(s, cut); k >= 0 {
				end = min(end, k+len(cut))
			}
		}
		cands = append(cands, s[:end])
	}
	for _, e := range t.Elected {
		cands = append(cands, e.Position)
	}
	cands = slices.DeleteFunc(cands, func(s string) bool {
		n := utf8.RuneCountInString(s)
		return !strings.Contains(s, t.Locality) || n > 20 || n <= utf8.RuneCountInString(t.Locality)+2 ||
			w.postRows(s) > handful
	})
	return pick(r, cands)
}

// place makes a locality, alone or with its term and session in one of the
// ways people write them: 清徐县, 清徐县 十八届三次, 清徐县 第三次会议,
// 清徐县十八届人大三次会议.
func (w *world) place(r *rand.Rand, i int) string {
	t := &w.rows[i]
	L := t.Locality
	if L == "" {
		return ""
	}
	same := func(term, session bool) func(*Truth) bool {
		return func(u *Truth) bool {
			return (!term || u.Term == t.Term) && (!session || u.Session == t.Session)
		}
	}
	forms := []func() (string, func(*Truth) bool){
		func() (string, func(*Truth) bool) { return L, nil },
		func() (string, func(*Truth) bool) {
			return L + " " + cnSmall(t.Term) + "届" + cnSmall(t.Session) + "次", same(true, true)
		},
		func() (string, func(*Truth) bool) {
			return L + " 第" + cnSmall(t.Session) + "次会议", same(false, true)
		},
		func() (string, func(*Truth) bool) {
			return L + cnSmall(t.Term) + "届人大" + cnSmall(t.Session) + "次会议", same(true, true)
		},
	}
	for _, k := range r.Perm(len(forms)) {
		if k > 0 && (t.Term < 1 || t.Term > 99 || t.Session < 1 || t.Session > 99) {
			continue
		}
		q, keep := forms[k]()
		if w.placeRows(L, keep) <= handful {
			return q
		}
	}
	return ""
}

// person makes the name of someone the report names in a role and at most
// a handful of reports name.
func (w *world) person(r *rand.Rand, i int) string {
	var cands []string
	for _, n := range w.people[i] {
		if utf8.RuneCountInString(n) >= 2 && len(w.names[n]) <= handful {
			cands = append(cands, n)
		}
	}
	return pick(r, cands)
}

// phraseSeps end a clause.
const phraseSeps = "，。；：、！？,.;:!?（）()《》“”\"'[]【】 \t\r\n　"

// phrase makes a clause of the body, as a researcher copies it, that names
// a person in few reports or a place in few reports: 王德海当选为县人大常委会主任,
// 清徐县第十八届人民代表大会第三次会议. A long clause is cut to at most
// phraseMax characters, from the name or place to the end of a word.
func (w *world) phrase(r *rand.Rand, i int, text func(string) (string, bool)) string {
	t := &w.rows[i]
	if t.Encoding != "" || t.Script != "" || text == nil {
		return ""
	}
	tokens := w.tokens(i)
	if len(tokens) == 0 {
		return ""
	}
	s, ok := text(t.ID)
	if !ok {
		return ""
	}
	s = strings.Map(func(r rune) rune { // full-width digits as people type them
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
	var cands []string
	for _, line := range strings.Split(s, "\n") {
		// Body paragraphs end with 。; headlines and page furniture do not.
		if !strings.HasSuffix(strings.TrimSpace(line), "。") {
			continue
		}
		for _, c := range strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune(phraseSeps, r) }) {
			for _, tok := range tokens {
				if q := clip(c, tok); q != "" {
					cands = append(cands, q)
				}
			}
		}
	}
	slices.Sort(cands)
	return pick(r, slices.Compact(cands))
}

// tokens returns what makes a clause of report i distinctive: the names of
// people and the place named in a handful of reports at most.
func (w *world) tokens(i int) []string {
	var tokens []string
	for _, n := range w.people[i] {
		if utf8.RuneCountInString(n) >= 2 && len(w.names[n]) <= handful {
			tokens = append(tokens, n)
		}
	}
	if l := w.rows[i].Locality; l != "" && utf8.RuneCountInString(l) >= 3 && w.placeRows(l, nil) <= handful {
		tokens = append(tokens, l)
	}
	return tokens
}

// slip makes a phrase (as phrase does) as a user might type it from
// memory, with one slip: a character left out or two adjacent ones
// swapped (会议由县人大常委会主任梁琴主持 → 会议由县人大常委主任梁琴主持),
// outside the name or place that makes it distinctive, and not the first
// or last. The phrase has six characters at least.
func (w *world) slip(r *rand.Rand, i int, text func(string) (string, bool)) string {
	p := w.phrase(r, i, text)
	rs := []rune(p)
	if len(rs) < 6 {
		return ""
	}
	kept := make([]bool, len(rs)) // characters the slip leaves alone
	kept[0], kept[len(rs)-1] = true, true
	for _, tok := range w.tokens(i) {
		if at := strings.Index(p, tok); at >= 0 {
			from := utf8.RuneCountInString(p[:at])
			for k := from; k < from+utf8.RuneCountInString(tok); k++ {
				kept[k] = true
			}
		}
	}
	swap := r.IntN(2) == 0
	var ks []int
	for k := range rs {
		if !kept[k] && (!swap || (k+1 < len(rs) && !kept[k+1] && rs[k] != rs[k+1])) {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return ""
	}
	k := ks[r.IntN(len(ks))]
	if swap {
		return SwapChars(p, k)
	}
	return DropChar(p, k)
}

// phraseMax is the longest phrase query, in characters.
const phraseMax = 20

// wordEnds end the words a long clause may be cut after.
var wordEnds = []string{"会议", "报告", "主持", "讲话", "致辞", "就座", "主任", "开幕", "闭幕",
	"情况", "审议", "决议", "院长", "检察长", "县长", "市长", "区长", "乡长", "镇长"}

// clip returns the part of clause c that a phrase query copies to find
// token: all of c when it holds token and is short, else from token to the
// furthest word end within phraseMax characters; "" when c does not hold
// token or the phrase would be token and less than four characters more.
func clip(c, token string) string {
	k := strings.Index(c, token)
	if k < 0 {
		return ""
	}
	least := utf8.RuneCountInString(token) + 4
	if n := utf8.RuneCountInString(c); n <= phraseMax {
		if n < least {
			return ""
		}
		return c
	}
	rest := c[k:]
	end := 0
	for _, e := range wordEnds {
		for at := 0; ; {
			j := strings.Index(rest[at:], e)
			if j < 0 {
				break
			}
			at += j + len(e)
			if n := utf8.RuneCountInString(rest[:at]); n <= phraseMax && n >= least && at > end {
				end = at
			}
		}
	}
	return rest[:end]
}

// multi makes two or three terms: place and event word (清徐县 闭幕),
// person and place (王伟 清徐县), or all three. People with common names
// come with their place.
func (w *world) multi(r *rand.Rand, i int) string {
	t := &w.rows[i]
	L, ev := t.Locality, eventWords[t.Event]
	if L == "" {
		return ""
	}
	var common, rare []string
	for _, n := range w.people[i] {
		if len(w.names[n]) > handful {
			common = append(common, n)
		} else {
			rare = append(rare, n)
		}
	}
	person := pick(r, common)
	if person == "" {
		person = pick(r, rare)
	}
	// with keeps the reports that name person.
	with := func(person string) func(*Truth) bool {
		return func(u *Truth) bool { return slices.Contains(roleNames(u), person) }
	}
	sameEvent := func(u *Truth) bool { return u.Event == t.Event }
	switch x := r.IntN(3); {
	case x == 0 && ev != "" && w.placeRows(L, sameEvent) <= handful:
		return L + " " + ev
	case x == 1 && person != "" && w.placeRows(L, with(person)) <= handful:
		return person + " " + L
	case person != "" && ev != "" && w.placeRows(L, with(person)) <= handful:
		return person + " " + L + " " + ev
	}
	return ""
}

// typoSources lists the names and places of report i that a typo query
// may start from: three-character names in few reports and the locality.
func (w *world) typoSources(i int) []string {
	t := &w.rows[i]
	var out []string
	for _, n := range w.people[i] {
		if utf8.RuneCountInString(n) == 3 && len(w.names[n]) <= handful {
			out = append(out, n)
		}
	}
	if utf8.RuneCountInString(t.Locality) >= 3 {
		out = append(out, t.Locality)
	}
	return out
}

// typo returns the first variant of a source (in random order) that is a
// new string whose loose reading picks out report i among at most a
// handful.
func (w *world) typo(r *rand.Rand, i int, variants func(src string) []string) string {
	srcs := w.typoSources(i)
	order := r.Perm(len(srcs))
	if loc := w.rows[i].Locality; r.IntN(2) == 0 && loc != "" {
		// Places half the time, though a report names many more people.
		if j := slices.Index(srcs, loc); j >= 0 {
			k := slices.Index(order, j)
			order[0], order[k] = order[k], order[0]
		}
	}
	for _, k := range order {
		vs := variants(srcs[k])
		for _, j := range r.Perm(len(vs)) {
			q := vs[j]
			if q == srcs[k] || w.names[q] != nil || w.locs[q] != nil {
				continue
			}
			if rows := w.looseRows(q); rows[i] && len(rows) <= handful {
				return q
			}
		}
	}
	return ""
}

// missing makes a name or place with one inner character dropped (王德海 →
// 王海, 朔州市平鲁区 → 朔州平鲁区); first and last stay, as people keep them.
func (w *world) missing(r *rand.Rand, i int) string {
	return w.typo(r, i, func(src string) []string {
		var vs []string
		for k := 1; k+1 < utf8.RuneCountInString(src); k++ {
			vs = append(vs, DropChar(src, k))
		}
		return vs
	})
}

// levelChars are the characters of level suffixes and kinds of place,
// which a swap in a place name leaves where they are.
const levelChars = "省市区县乡镇旗盟州自治族街道"

// swapped makes a name or place with two adjacent characters swapped
// (王德海 → 王海德, 清徐县 → 徐清县, 朔州市平鲁区 → 朔州市鲁平区); a place
// keeps its level words (市, 县, 自治…) in place.
func (w *world) swapped(r *rand.Rand, i int) string {
	return w.typo(r, i, func(src string) []string {
		rs := []rune(src)
		place := w.locs[src] != nil
		var vs []string
		for k := 0; k+1 < len(rs); k++ {
			if place && strings.ContainsAny(string(rs[k:k+2]), levelChars) {
				continue
			}
			vs = append(vs, SwapChars(src, k))
		}
		return vs
	})
}
