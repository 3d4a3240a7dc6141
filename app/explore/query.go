package explore

import (
	"net/url"
	"slices"
	"strings"
	"unicode"

	"renda/app/pinyin"
)

// Facet dimensions: the names of the filters in a Query and in URLs.
const (
	FacetLevel = "level"
	FacetEvent = "event"
	FacetYear  = "year"
	// FacetProvince filters on the province of the record's region.
	FacetProvince = "province"
)

// None is the facet value of documents that lack the facet's field, e.g.
// year=none for undated reports.
const None = "none"

// Query is what the user asks: free text plus facet filters. Its URL form
// (Values) is ?q=…&level=…&event=…&year=…&province=…, repeated keys for
// several values.
type Query struct {
	Text   string   // terms separated by spaces; every term must match
	Levels []string // any of these levels (empty: any level)
	Events []string // any of these events
	Years  []string // any of these years ("2023", or None)
	// Provinces: any of these provinces (山西省, or None for records
	// whose locality did not resolve to a region).
	Provinces []string
}

// ParseQuery reads a query from URL parameters.
func ParseQuery(v url.Values) Query {
	return Query{
		Text:   v.Get("q"),
		Levels: clean(v[FacetLevel]),
		Events: clean(v[FacetEvent]),
		Years:  clean(v[FacetYear]),

		Provinces: clean(v[FacetProvince]),
	}
}

// clean drops empty and repeated values, keeping their order.
func clean(vs []string) []string {
	var out []string
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// Values returns the query as URL parameters, omitting what is empty.
func (q Query) Values() url.Values {
	v := url.Values{}
	if t := strings.TrimSpace(q.Text); t != "" {
		v.Set("q", q.Text)
	}
	for dim, vals := range q.filters() {
		for _, x := range vals {
			v.Add(dim, x)
		}
	}
	return v
}

// Encode returns the query string ("" for the empty query), without "?".
func (q Query) Encode() string { return q.Values().Encode() }

// Terms returns the normalised search terms: the text cut at white space
// and at punctuation (termSeps), so that a pasted 宋瑶，汾阳县 or a title in
// quotes searches its words; a word of the congresses' language typed in
// pinyin is searched in characters (Chongming renda → 崇明 and 人大: see
// pinyinWords).
func (q Query) Terms() []string {
	terms := splitTerms(q.Text)
	for i, t := range terms {
		terms[i] = asWord(t)
	}
	return terms
}

// splitTerms returns the normalised text cut into terms as typed.
func splitTerms(text string) []string {
	return strings.FieldsFunc(Normalise(text), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(termSeps, r)
	})
}

// asWord returns the word of pinyinWords that the term t spells, in
// characters, or t.
func asWord(t string) string {
	if w, ok := lookup(pinyinWords, pinyin.Fold(t)); ok {
		return w
	}
	return t
}

// pinyinWords are the words of reports on congresses that a researcher
// reading no characters types beside the pinyin of a place or a name
// (Fuping changweihui, Chongming renda), by their folded pinyin: a word of
// two syllables or more that names no unit, so that no place or person is
// typed so (a surname and a given name alone still are: the query's text
// joined is also matched by pinyin, as joinedPinyin says). Each is its
// pinyin, a space and its characters, ended by a semicolon: a table of
// data, where a map's literal was code to build it (app.wasm's budget).
const pinyinWords = "" +
	"renda 人大;rendahui 人代会;renmindaibiaodahui 人民代表大会;daibiaodahui 代表大会;changweihui 常委会;" +
	"changwuweiyuanhui 常务委员会;zhuxituan 主席团;lianghui 两会;kaimu 开幕;bimu 闭幕;huiyi 会议;" +
	"yubeihuiyi 预备会议;quantihuiyi 全体会议;xuanju 选举;dangxuan 当选;buxuan 补选;daibiao 代表;jueyi 决议;" +
	"jueding 决定;gongzuobaogao 工作报告;zhengfugongzuobaogao 政府工作报告;baogao 报告;yusuan 预算;" +
	"shengzhang 省长;shizhang 市长;xianzhang 县长;quzhang 区长;zhenzhang 镇长;xiangzhang 乡长;zhuren 主任;" +
	"zhuxi 主席;zhengxie 政协;gonggao 公告;jianbao 简报;xiangzhen 乡镇;daibiaotuan 代表团;" +
	"shenyi 审议;taolun 讨论;"

// lookup returns the value of key in a table of "key value;" entries.
func lookup(table, key string) (string, bool) {
	for entry := range strings.SplitSeq(table, ";") {
		if k, v, ok := strings.Cut(entry, " "); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// termSeps are the punctuation marks that separate terms like a space,
// full-width forms folded (Normalise). The middle dot of transcribed names
// (阿沛·阿旺晋美), the apostrophe of pinyin (xi'an) and the hyphen, dot and
// slash of dates and numbers stay in a term.
const termSeps = ",;:!?()[]{}\"“”‘’、。；：！？（）《》〈〉「」『』【】〔〕"

// Filtered reports whether any facet filter is set.
func (q Query) Filtered() bool {
	return len(q.Levels)+len(q.Events)+len(q.Years)+len(q.Provinces) > 0
}

// Empty reports whether the query selects every document.
func (q Query) Empty() bool { return len(q.Terms()) == 0 && !q.Filtered() }

// Has reports whether the filter of dimension dim includes value.
func (q Query) Has(dim, value string) bool {
	return slices.Contains(q.filters()[dim], value)
}

// Toggle returns the query with value added to, or removed from, the filter
// of dimension dim.
func (q Query) Toggle(dim, value string) Query {
	p := q.filterOf(dim)
	if p == nil {
		return q
	}
	if i := slices.Index(*p, value); i >= 0 {
		*p = slices.Delete(slices.Clone(*p), i, i+1)
	} else {
		*p = append(slices.Clone(*p), value)
	}
	return q
}

// WithoutFilters returns the query with its text only.
func (q Query) WithoutFilters() Query { return Query{Text: q.Text} }

func (q Query) filters() map[string][]string {
	return map[string][]string{FacetLevel: q.Levels, FacetEvent: q.Events, FacetYear: q.Years,
		FacetProvince: q.Provinces}
}

// filterOf returns the field of q holding dimension dim, nil if unknown.
func (q *Query) filterOf(dim string) *[]string {
	switch dim {
	case FacetLevel:
		return &q.Levels
	case FacetEvent:
		return &q.Events
	case FacetYear:
		return &q.Years
	case FacetProvince:
		return &q.Provinces
	}
	return nil
}
