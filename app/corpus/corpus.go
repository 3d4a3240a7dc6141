// Package corpus is the explorer's data: the parsed documents that the dist
// command writes as a data pack and the browser app reads back.
package corpus

import (
	"fmt"
	"strings"
	"unsafe"

	"renda/parse/region"
	"renda/parse/schema"
)

// Doc is one document of the corpus: the parser's record and the untouched
// original text the record was read from.
type Doc struct {
	schema.Record
	Original string `json:"original"` // the decoded source text, unchanged
	// Pinyin is the encoded explore.Spellings of the document's places and
	// people, set by the parser worker on imported documents (the browser
	// app does not compute pinyin); not in the binary pack, whose
	// spellings ship apart (pinyin-NNN.bin).
	Pinyin string `json:"pinyin,omitempty"`
}

// Summary is what the explorer keeps of every document: the record's
// fields of one value each, which search, the timeline and the lists read
// for every document, and the way to the rest (Whole). A browser keeps
// the rest of 100,000 records encoded (Records), and their strings as
// indexes into their pages' string tables: 104 bytes a summary against
// 520 a Doc, whose lists, texts and original would be empty there (texts
// ship in shards), and one pointer a summary into the collector's heap
// (its page) instead of nine. Every pointer counts on wasm's one thread,
// where a collection delays a keystroke: with 100,000 summaries of
// strings live one took 43 ms, 3.7 ms with an array as large of none; and
// the pointers to the level, event and date basis (constant strings), to
// the attendance and to the region that the summaries kept until the
// twenty-third session were 40% of a collection's marking once the
// sessions held none (natively 2.5 of 6.0 ms). Natively a summary points
// at its Doc, its strings copied into a table of its own (Summaries). Its
// fields and methods are schema.Record's of the same names.
type Summary struct {
	Term    int
	Session int
	Plenary int

	whole *Doc      // the document, when the summary was made of one
	page  *heldPage // else the strings' table and the record's lists, encoded
	// id, title, locality, date, published, source, level, event, date
	// basis: strings of page.table
	strs       [9]uint32
	held       span   // the record's lists in page.b
	pos        uint32 // the summary's position in its page
	attendance uint32 // 1 + its index in page.attendance, 0 for none
	places     uint32 // placesNil, placesEmpty, placesLocality, or placesHeld + its index in page.places
	region     uint32 // 1 + its index in page.regions, 0 for none
}

// The strings of a summary of a page, in Summary.strs.
const (
	strID = iota
	strTitle
	strLocality
	strDate
	strPublished
	strSource
	strLevel
	strEvent
	strDateBasis
)

// ID is the record's id.
func (s *Summary) ID() string { return s.str(strID) }

// Title is the record's title.
func (s *Summary) Title() string { return s.str(strTitle) }

// Locality is the record's locality.
func (s *Summary) Locality() string { return s.str(strLocality) }

// Date is the record's date.
func (s *Summary) Date() string { return s.str(strDate) }

// Published is the record's publication date.
func (s *Summary) Published() string { return s.str(strPublished) }

// Source is the record's source.
func (s *Summary) Source() string { return s.str(strSource) }

// Level is the record's level (schema.LevelCounty...).
func (s *Summary) Level() string { return s.str(strLevel) }

// Event is the record's event (schema.EventOpening...).
func (s *Summary) Event() string { return s.str(strEvent) }

// DateBasis is the record's date basis: "stated", "inferred" or "".
func (s *Summary) DateBasis() string { return s.str(strDateBasis) }

// Attendance is the record's attendance, nil when it has none; the
// summary's own, not to be changed.
func (s *Summary) Attendance() *schema.Attendance {
	switch {
	case s.whole != nil:
		return s.whole.Attendance
	case s.attendance == 0:
		return nil
	}
	return &s.page.attendance[s.attendance-1]
}

// NumPlaces is how many places the record names (schema.Record.Places):
// the locality, then the other places the report covers.
func (s *Summary) NumPlaces() int {
	switch {
	case s.whole != nil:
		return len(s.whole.Places)
	case s.places == placesLocality:
		return 1
	case s.places >= placesHeld:
		return int(s.page.places[s.places-placesHeld])
	}
	return 0
}

// Place returns the record's place i, 0 ≤ i < NumPlaces.
func (s *Summary) Place(i int) string {
	switch {
	case s.whole != nil:
		return s.whole.Places[i]
	case s.places == placesLocality && i == 0:
		return s.Locality()
	case s.places >= placesHeld && i < s.NumPlaces():
		return s.page.table.at(uint64(s.page.places[int(s.places-placesHeld)+1+i]))
	}
	panic(fmt.Sprintf("corpus: place %d of %d", i, s.NumPlaces()))
}

// placeList returns the record's places as the record holds them.
func (s *Summary) placeList() []string {
	switch s.places {
	case placesNil:
		return nil
	case placesEmpty:
		return []string{}
	}
	out := make([]string, s.NumPlaces())
	for i := range out {
		out[i] = s.Place(i)
	}
	return out
}

// Region is the record's place in the administrative hierarchy, nil when
// it has none.
func (s *Summary) Region() *region.Region {
	switch {
	case s.whole != nil:
		return s.whole.Region
	case s.region == 0:
		return nil
	}
	return s.page.regions[s.region-1]
}

// str returns string k of the summary's page, "" for a zero summary. It
// is not inlined: the accessors are read in some 200 places, and inlined
// they took app.wasm 47 KB larger.
//
//go:noinline
func (s *Summary) str(k int) string {
	if s.page == nil {
		return ""
	}
	return s.page.table.at(uint64(s.strs[k]))
}

// Summary returns d's summary, which points at d.
func (d *Doc) Summary() Summary { return Summaries(unsafe.Slice(d, 1))[0] }

// Summaries returns the summaries of docs, in order, each pointing at its
// document.
// Their strings are copied into one table.
func Summaries(docs []Doc) []Summary {
	n := len(docs)
	out := make([]Summary, n)
	var blob strings.Builder
	offs := make([]uint32, 1, n*len(Summary{}.strs)+1)
	for i := range out {
		d := &docs[i]
		r := &d.Record
		for k, str := range [...]string{r.ID, r.Title, r.Locality, r.Date, r.Published, r.Source, r.Level, r.Event, r.DateBasis} {
			blob.WriteString(str)
			out[i].strs[k] = uint32(len(offs) - 1)
			offs = append(offs, uint32(blob.Len()))
		}
		out[i].Term, out[i].Session, out[i].Plenary = r.Term, r.Session, r.Plenary
		out[i].whole = d
	}
	page := &heldPage{table: stringTable{blob: blob.String(), offs: offs}}
	for i := range out {
		out[i].page = page
	}
	return out
}

// Whole returns the document: the one the summary was made of, else one
// with the summary's fields and the lists held encoded (Records), whose
// texts and original are empty (they ship in text shards). What shows or
// exports a document's people, reports, resolutions, photographers,
// warnings or people mentioned reads them from Whole.
func (s *Summary) Whole() Doc {
	if s.whole != nil {
		return *s.whole
	}
	var d Doc
	r := &d.Record
	r.ID, r.Title, r.Locality, r.Level = s.ID(), s.Title(), s.Locality(), s.Level()
	r.Places = s.placeList()
	r.Term, r.Session, r.Event, r.Plenary = s.Term, s.Session, s.Event(), s.Plenary
	r.Date, r.DateBasis, r.Published = s.Date(), s.DateBasis(), s.Published()
	r.Attendance, r.Source, r.Region = s.Attendance(), s.Source(), s.Region()
	switch {
	case s.page == nil:
	case !s.page.apart:
		if s.held != (span{}) {
			s.page.decode(s.held, r)
		}
	default:
		if l := s.page.lists[s.pos/ListsSize].Load(); l != nil {
			i := s.pos % ListsSize
			decodeLists(l.b[l.at[i]:l.at[i+1]], l.table, r)
		}
	}
	return d
}

// ListsIn reports whether Whole gives the document's lists: false for a
// document of a page whose lists ship apart until they are added
// (Records.AddLists), true else.
func (s *Summary) ListsIn() bool {
	return s.page == nil || !s.page.apart || s.page.lists[s.pos/ListsSize].Load() != nil
}

// Text returns the document's body text when the summary was made of the
// document, else "" (a browser's records, whose texts ship in shards).
func (s *Summary) Text() string {
	if s.whole != nil {
		return s.whole.Text
	}
	return ""
}

// Records is a data pack's records as a browser keeps them: the summaries
// of its documents (Records.UnmarshalBinaryInto).
type Records struct {
	Version string
	Docs    []Summary // in input order
}

// Records returns the summaries of p's documents, which point at them.
func (p Pack) Records() Records { return Records{Version: p.Version, Docs: Summaries(p.Docs)} }

// Pack is the data shipped with a build: every document of the corpus.
type Pack struct {
	Version string `json:"version"` // a hash of the content, changes with it
	Docs    []Doc  `json:"docs"`    // in input order
	// ListsApart says the documents' lists (presiding, speakers, reports,
	// executive chairs, rostrum, elected, resolutions, photographers,
	// warnings, mentioned) ship apart from them, in lists files of ListsSize documents
	// (MarshalLists): the binary pack holds none, and decodes with them
	// empty.
	ListsApart bool `json:"listsApart,omitempty"`
}

// ShardSize is how many consecutive documents' texts one text shard holds.
// A shard is fetched and decoded whole for one document's text (a snippet
// of the results, an opened report; the page keeps only the texts asked
// for), so it is small: 64 generated reports make 1.2 MB (55 KB brotli).
// With 256, typing six queries over 100,000 reports fetched 44 shards of
// 4.9 MB for the snippets of the results shown and grew the page's live
// memory by 390 MB, when the page kept shards whole.
const ShardSize = 64

// Texts are the large parts of a document, shipped apart from its record:
// the cleaned body text, the original and the evidence, spans of the text
// that only mean something beside it (about 28 a generated report: they
// were 29% of the records' bytes and 38% of their decoding time).
type Texts struct {
	Text     string            `json:"text"`
	Original string            `json:"original"`
	Evidence []schema.Evidence `json:"evidence"`
}

// Shard is the texts of documents First, First+1, ... of a pack, in order.
type Shard struct {
	// Version is the pack's (Pack.Version): a page whose records are of
	// another build must not show these texts (a deploy while it is open).
	Version string  `json:"version"`
	First   int     `json:"first"`
	Texts   []Texts `json:"texts"`
}

// PageSize is how many consecutive documents' records one page of a
// split pack holds (Pages): 16,384 generated reports make a page of about
// 8 MB (2.6 MB brotli), its text index part about 5.5 MB. A large corpus
// ships several pages rather than one file of tens of megabytes, which a
// browser's caches may refuse (Chromium failed a 40 MB one with
// ERR_CACHE_WRITE_FAILURE in a private window), and the browser decodes a
// page while the next arrives; a corpus of up to 16,384 reports is one
// page, the fastest to load (measured: three pages of 10,000 reports made
// them ready 0.3 s later).
const PageSize = 16384

// Pages cuts p into packs of PageSize consecutive documents (the last
// holds the rest), each with p's version; an empty pack makes one empty
// page. The documents are not copied.
func Pages(p Pack) []Pack {
	pages := []Pack{{Version: p.Version, Docs: p.Docs[:min(PageSize, len(p.Docs))]}}
	for first := PageSize; first < len(p.Docs); first += PageSize {
		pages = append(pages, Pack{Version: p.Version, Docs: p.Docs[first:min(first+PageSize, len(p.Docs))]})
	}
	return pages
}

// ShardOf returns the shard number holding document doc's texts.
func ShardOf(doc int) int { return doc / ShardSize }

// ListsSize is how many consecutive documents' lists one lists file holds
// (Pack.MarshalLists) when they ship apart: a page (PageSize) has 16 such
// files. A report's page fetches its document's: 100 KB brotli for 1,024
// generated reports, where a page's lists were 1.39 MB in one file. The
// smaller the files, the more bytes they all take (a file's strings are
// shared by fewer documents): one a page 13% fewer, of 4,096 documents 6%
// fewer, of 256 11% more.
const ListsSize = 1024

// ListsOf returns the number of the lists file holding document doc's
// lists: its documents are ListsOf(doc)*ListsSize and the ListsSize after
// it (PageSize is a multiple of ListsSize).
func ListsOf(doc int) int { return doc / ListsSize }

// Split returns p's records, the documents without their texts (what the
// browser loads first), and the texts with their evidence in shards of
// ShardSize documents (fetched when needed).
func Split(p Pack) (records Pack, shards []Shard) {
	records = Pack{Version: p.Version, Docs: make([]Doc, len(p.Docs))}
	for i, d := range p.Docs {
		if i%ShardSize == 0 {
			shards = append(shards, Shard{Version: p.Version, First: i})
		}
		s := &shards[len(shards)-1]
		s.Texts = append(s.Texts, Texts{Text: d.Text, Original: d.Original, Evidence: d.Evidence})
		d.Text, d.Original, d.Evidence = "", "", nil
		records.Docs[i] = d
	}
	return records, shards
}
