// Package explore is the explorer's logic, free of any browser code: an index
// over the corpus for fuzzy search with facets, sessions for the timeline,
// people and places, and the segmentation of a document's text into evidence
// marks. The ui package renders what explore computes; everything here runs
// in plain `go test`, natively and under GOOS=js.
package explore

import (
	"cmp"
	"fmt"
	"slices"

	"renda/app/corpus"
	"renda/app/textindex"
)

// Index answers the explorer's questions about one corpus. Build it once per
// data pack with New; it is read-only afterwards and safe for concurrent use,
// but for SetText, which gives documents their texts as they load (the
// shards of a sharded text index may be added at any time: see
// UseTextIndex).
type Index struct {
	// Docs is the corpus, in pack order; hits refer to it by position.
	// What reads a document's people, reports, resolutions, warnings or
	// texts reads Whole.
	Docs []corpus.Summary

	texts map[int]corpus.Texts // the texts SetText gave, by document

	// byID lists the documents by id, those of one id by position, for
	// Doc; nil when Docs are in that order already (a pack of files read
	// in name order). A map of 100,000 ids was 1.9 MB and 100,000
	// pointers for the collector to follow at every collection.
	byID        []int
	title       keySet       // per doc: normalised title
	locality    keySet       // per doc: normalised locality
	labelOf     []int32      // per doc: its group in labelGroups, -1 without a label
	labelGroups []labelGroup // the documents by term and session
	names       []name       // every person named in a role, sorted by name (personName)
	nameText    string       // their names one after another, in order
	nameDocs    []int32      // the documents of every name, each's ascending, in names' order (docsOf)
	nameKeys    keySet       // per name: its key
	body        TextSearcher
	scan        *ScanSearcher // the normalised texts, scanned or verified

	sessions    []session // every session, chronological, undated last
	sessionDocs []int     // the documents of every session, session after session
	sessionOf   []int32   // doc → index in sessions
	// byPlace lists the sessions with a locality by locality, each's in
	// chronological order: a place is a run of it (placeSpan), laid out
	// when asked for (Place). A Place each with its map of sessions were
	// 43,000 objects at 100,000 reports for the collector to mark.
	byPlace   []int32
	inRegion  map[string][]placeSpan // the places of a province or prefecture, by its name, full or short (regionNames)
	facetTabs [4]facetTable          // per facet (facetDims): the documents' values
	sources   sourceTable            // the documents by source
	newest    []int32                // per document: its place newest first (byDateDesc)
	order     []int32                // the documents newest first: newest's inverse
	spellings *Spellings             // nil until UseSpellings
	pyPlaces  []pyEntry              // distinct localities with their pinyin keys
	pyPeople  []pyPerson             // the names with a spelling, in order
	// pyLetter[c] are the people (in pyPeople, ascending) one of whose
	// keys starts with the letter 'a'+c: a latin query starting with a
	// letter can only match those (at 100,000 reports, matching all
	// 560,000 took 27 ms natively a keystroke).
	pyLetter    [26][]int32
	slots       slotPool // matches' slot arrays, for the next search
	keys        keyPool  // findKeys's arrays, for the next search
	ints        scratch[int]
	ranked      scratch[rankedDoc]
	rankKeys    scratch[uint64] // results' rank keys, given back by Result.Release
	textMatches scratch[TextMatch]
}

// name is where a person's name ends in Index.nameText (it starts where
// the previous one ends: personName) and where the documents that name
// them start in Index.nameDocs (docsOf); its key is at the same position
// in nameKeys. One string for every name and one array for every person's
// documents rather than a string and a slice each: at 100,000 reports
// 560,000 names, 8 bytes each without a pointer for the collector instead
// of 24 and a string into the tables file, which kept its 16 MB alive.
type name struct {
	end int32
	at  int32
}

// personName returns the name of person i.
func (ix *Index) personName(i int) string {
	start := int32(0)
	if i > 0 {
		start = ix.names[i-1].end
	}
	return ix.nameText[start:ix.names[i].end]
}

// docsOf returns the documents naming person i, ascending.
func (ix *Index) docsOf(i int) []int32 {
	end := len(ix.nameDocs)
	if i+1 < len(ix.names) {
		end = int(ix.names[i+1].at)
	}
	return ix.nameDocs[ix.names[i].at:end]
}

// New indexes the documents of p, with the pinyin of their places and
// people. The pack's documents are not copied: the index keeps their
// summaries (corpus.Summary), which point at them.
func New(p corpus.Pack) *Index {
	ix := NewWithoutPinyin(p.Records())
	ix.UseSpellings(NewSpellings(ix.Docs))
	return ix
}

// NewWithoutPinyin indexes the documents of r as New does but leaves latin
// queries matching no pinyin until UseSpellings gives the spellings,
// computed once at dist time: over a large corpus they are most of New's
// time.
func NewWithoutPinyin(r corpus.Records) *Index {
	ix := newIndex(r.Docs)
	ix.indexTables()
	ix.indexRest()
	return ix
}

// newIndex starts the index of docs: their positions by id, their texts.
func newIndex(docs []corpus.Summary) *Index {
	ix := &Index{Docs: docs}
	for i := 1; i < len(docs); i++ {
		if docs[i-1].ID() > docs[i].ID() {
			ix.byID = make([]int, len(docs))
			for j := range ix.byID {
				ix.byID[j] = j
			}
			// a sort of ints by a func: one app.wasm has anyway (of int32s: 9 KB more brotli)
			slices.SortStableFunc(ix.byID, func(a, b int) int { return cmp.Compare(docs[a].ID(), docs[b].ID()) })
			break
		}
	}
	ix.scan = NewScanSearcher(docs)
	ix.body = ix.scan
	return ix
}

// indexTables builds the tables of names that fuzzy search goes through
// (MarshalTables ships them): the keys of titles, localities and session
// labels, and the people.
func (ix *Index) indexTables() {
	title, locality := make([]key, len(ix.Docs)), make([]key, len(ix.Docs))
	for i := range ix.Docs {
		title[i] = newKey(ix.Docs[i].Title())
		locality[i] = newKey(ix.Docs[i].Locality())
	}
	ix.title, ix.locality = newKeySet(title, ""), newKeySet(locality, "")
	ix.indexLabels()
	ix.indexPeople()
}

// indexRest builds what the tables leave: facets, dates, sessions and
// places.
func (ix *Index) indexRest() {
	ix.indexFacets()
	ix.indexSources()
	ix.indexDates()
	ix.indexSessions()
	ix.indexPlaces()
}

// SetTextSearcher replaces the body-text searcher, e.g. with a real full-text
// index. Call it before the index is shared.
func (ix *Index) SetTextSearcher(s TextSearcher) { ix.body = s }

// UseTextIndex makes body-text search look phrases up in a prebuilt index
// of the bundled corpus, the first t.Docs() documents, and scan only the
// documents after them (e.g. imported in the browser). The index may come
// in shards as they load (textindex.Sharded): TextNeeds says which a query
// still lacks. Call it before the index is shared.
func (ix *Index) UseTextIndex(t *textindex.Sharded) error {
	if t.Docs() > len(ix.Docs) {
		return fmt.Errorf("text index of %d documents for a corpus of %d", t.Docs(), len(ix.Docs))
	}
	ix.body = &IndexSearcher{index: t, scan: ix.scan}
	return nil
}

// TextNeeds returns the shards of the text index (UseTextIndex) that the
// body-text search of q needs and that are not loaded yet, ascending: the
// search is complete once they are in. None without a sharded index.
func (ix *Index) TextNeeds(q Query) []int {
	s, ok := ix.body.(*IndexSearcher)
	if !ok {
		return nil
	}
	var ks []int
	for _, t := range q.Terms() {
		need := s.index.Needs(t)
		ks = append(ks, need...)
		// Held nowhere as typed: the search looks for its swapped forms,
		// whose pairs are others.
		forms := swappedForms(t)
		if forms == nil {
			forms = pairSwapped(t)
		}
		if len(need) == 0 && len(forms) > 0 && len(s.index.Candidates(t, nil)) == 0 {
			for _, f := range forms {
				ks = append(ks, s.index.Needs(f)...)
			}
		}
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// MarkTextsPending records that the texts of the first n documents are not
// loaded yet (a split pack: records first, texts in shards): HasText is
// false for them until SetText gives them. Call it before the index is
// shared.
func (ix *Index) MarkTextsPending(n int) {
	ix.scan.missing = make([]bool, len(ix.Docs))
	ix.scan.pending = min(n, len(ix.Docs))
	for i := range ix.scan.pending {
		ix.scan.missing[i] = true
	}
}

// DropText takes back the texts and evidence of document doc that SetText
// gave, so that their memory can serve again: HasText is false for it
// until SetText gives them anew. A document that was never pending
// (MarkTextsPending) keeps its own. Call it as SetText.
func (ix *Index) DropText(doc int) {
	if doc < 0 || doc >= ix.scan.pending {
		return
	}
	delete(ix.texts, doc)
	ix.scan.dropText(doc)
}

// HasText reports whether document doc's texts are loaded.
func (ix *Index) HasText(doc int) bool { return ix.scan.has(doc) }

// SetText gives document doc its texts and evidence, unless it has them;
// they stay beside Docs, which it never writes (Whole adds them). Unlike
// the rest of Index it writes: call it on the goroutine that searches and
// reads Whole (the UI goroutine in the browser). A document beyond the
// corpus is ignored.
func (ix *Index) SetText(doc int, t corpus.Texts) {
	if doc < 0 || doc >= len(ix.Docs) || ix.HasText(doc) {
		return
	}
	if ix.texts == nil {
		ix.texts = map[int]corpus.Texts{}
	}
	ix.texts[doc] = t
	ix.scan.setText(doc, t.Text)
}

// text returns document doc's body text: the one SetText gave, else its
// own (corpus.Summary.Text).
func (ix *Index) text(doc int) string {
	if t, ok := ix.texts[doc]; ok {
		return t.Text
	}
	return ix.Docs[doc].Text()
}

// Whole returns document doc whole (corpus.Summary.Whole), with the texts
// SetText gave it.
func (ix *Index) Whole(doc int) corpus.Doc {
	d := ix.Docs[doc].Whole()
	if t, ok := ix.texts[doc]; ok {
		d.Text, d.Original, d.Evidence = t.Text, t.Original, t.Evidence
	}
	return d
}

// Doc returns the position of the document with the given id, the first
// of several.
func (ix *Index) Doc(id string) (int, bool) {
	lo, hi := 0, len(ix.Docs) // a binary search of the ids in order
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); ix.Docs[ix.byIDAt(m)].ID() < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ix.Docs) && ix.Docs[ix.byIDAt(lo)].ID() == id {
		return ix.byIDAt(lo), true
	}
	return 0, false
}

// byIDAt returns the position of the k-th document in id order.
func (ix *Index) byIDAt(k int) int {
	if ix.byID == nil {
		return k
	}
	return ix.byID[k]
}

// IDs returns every document id, in pack order.
func (ix *Index) IDs() []string {
	ids := make([]string, len(ix.Docs))
	for i := range ix.Docs {
		ids[i] = ix.Docs[i].ID()
	}
	return ids
}

// indexDates ranks the documents newest first, undated last, for sorting
// hits by comparing numbers.
func (ix *Index) indexDates() {
	order := make([]int, len(ix.Docs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, ix.byDateDesc)
	ix.newest = make([]int32, len(ix.Docs))
	ix.order = make([]int32, len(ix.Docs))
	for i, doc := range order {
		ix.newest[doc] = int32(i)
		ix.order[i] = int32(doc)
	}
}

// byDateDesc orders documents newest first, undated last, then by id.
func (ix *Index) byDateDesc(a, b int) int {
	da, db := ix.Docs[a].Date(), ix.Docs[b].Date()
	if (da == "") != (db == "") {
		if da == "" {
			return 1
		}
		return -1
	}
	if c := cmp.Compare(db, da); c != 0 {
		return c
	}
	return cmp.Compare(ix.Docs[a].ID(), ix.Docs[b].ID())
}

// byDateAsc orders documents oldest first, undated last, then by id.
func (ix *Index) byDateAsc(a, b int) int {
	da, db := ix.Docs[a].Date(), ix.Docs[b].Date()
	if (da == "") != (db == "") {
		if da == "" {
			return 1
		}
		return -1
	}
	if c := cmp.Compare(da, db); c != 0 {
		return c
	}
	return cmp.Compare(ix.Docs[a].ID(), ix.Docs[b].ID())
}
