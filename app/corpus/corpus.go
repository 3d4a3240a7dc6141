// Package corpus is the explorer's data: the parsed documents that the dist
// command writes as a data pack and the browser app reads back.
package corpus

import "renda/parse/schema"

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
	// held are the record's lists while they are encoded (a document
	// Pack.UnmarshalRecordsInto decoded): its list fields are nil until
	// Whole decodes them. The binary encoding writes them; JSON, which
	// only imported documents go through, does not: a MarshalJSON method
	// made encoding any document 3.2 times slower (encoding/json checks
	// what such a method returns), and importing 1,000 reports 10%.
	held HeldLists
}

// Whole returns the document with every field: its lists decoded if they
// are held encoded (Pack.UnmarshalRecordsInto), else the document as it
// is. What shows or exports a document's people, reports, resolutions,
// photographers or warnings reads them from Whole.
func (d *Doc) Whole() Doc {
	w := *d
	if d.held.page != nil {
		w.held = HeldLists{}
		d.held.decode(&w.Record)
	}
	return w
}

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
