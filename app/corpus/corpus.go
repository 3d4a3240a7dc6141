// Package corpus is the explorer's data: the parsed documents that the dist
// command writes as a data pack and the browser app reads back.
package corpus

import (
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
// the rest of 100,000 records encoded (Records), 208 bytes a summary
// against 488 a Doc, whose lists, texts and original would be empty there
// (texts ship in shards): 28 MB less to hold and for the collector to
// scan. Natively a summary points at its Doc. Its exported fields are
// schema.Record's of the same names.
type Summary struct {
	ID         string
	Title      string
	Locality   string
	Level      string
	Term       int
	Session    int
	Event      string
	Plenary    int
	Date       string
	DateBasis  string
	Published  string
	Attendance *schema.Attendance
	Source     string
	Region     *region.Region

	whole *Doc      // the document, when the summary was made of one
	held  HeldLists // else the record's lists, encoded
}

// Summary returns d's summary, which points at d.
func (d *Doc) Summary() Summary {
	r := &d.Record
	return Summary{
		ID: r.ID, Title: r.Title, Locality: r.Locality, Level: r.Level, Term: r.Term, Session: r.Session,
		Event: r.Event, Plenary: r.Plenary, Date: r.Date, DateBasis: r.DateBasis, Published: r.Published,
		Attendance: r.Attendance, Source: r.Source, Region: r.Region, whole: d,
	}
}

// Summaries returns the summaries of docs, in order, each pointing at its
// document.
func Summaries(docs []Doc) []Summary {
	out := make([]Summary, len(docs))
	for i := range docs {
		out[i] = docs[i].Summary()
	}
	return out
}

// Whole returns the document: the one the summary was made of, else one
// with the summary's fields and the lists held encoded (Records), whose
// texts and original are empty (they ship in text shards). What shows or
// exports a document's people, reports, resolutions, photographers or
// warnings reads them from Whole.
func (s *Summary) Whole() Doc {
	if s.whole != nil {
		return *s.whole
	}
	var d Doc
	s.fill(&d.Record)
	if s.held.page != nil {
		s.held.decode(&d.Record)
	}
	return d
}

// Text returns the document's body text when the summary was made of the
// document, else "" (a browser's records, whose texts ship in shards).
func (s *Summary) Text() string {
	if s.whole != nil {
		return s.whole.Text
	}
	return ""
}

// fill sets rec's fields that the summary holds.
func (s *Summary) fill(rec *schema.Record) {
	rec.ID, rec.Title, rec.Locality, rec.Level = s.ID, s.Title, s.Locality, s.Level
	rec.Term, rec.Session, rec.Event, rec.Plenary = s.Term, s.Session, s.Event, s.Plenary
	rec.Date, rec.DateBasis, rec.Published = s.Date, s.DateBasis, s.Published
	rec.Attendance, rec.Source, rec.Region = s.Attendance, s.Source, s.Region
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
