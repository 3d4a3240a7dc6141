package importer_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"renda/app/corpus"
	"renda/app/importer"
	"renda/app/reader"
)

const closing = `青山县第十八届人民代表大会第三次会议闭幕
2024年1月10日下午，青山县第十八届人民代表大会第三次会议在县人民会堂胜利闭幕。
大会应到代表210名，实到201名，缺席9名，符合法定人数。
大会执行主席李明主持会议。
`

const opening = `白河市第九届人民代表大会第二次会议开幕
2023年2月6日上午，白河市第九届人民代表大会第二次会议隆重开幕。
市长赵文代表市人民政府作政府工作报告。
`

// src returns a source of the given bytes.
func src(name string, data []byte) importer.Source {
	return importer.Source{Name: name, Size: int64(len(data)), Open: func() ([]byte, error) { return data, nil }}
}

func mustEncode(t *testing.T, s string, gbk bool) []byte {
	t.Helper()
	var out string
	var err error
	if gbk {
		out, err = simplifiedchinese.GBK.NewEncoder().String(s)
	} else {
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
	}
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}

func TestImportOutcomes(t *testing.T) {
	store := &importer.MemStore{}
	reserved := func(id string) bool { return id == "imported-taken" }
	im := importer.New(store, nil, reserved, reader.Read)
	var seen []importer.Progress
	rep := im.Import(context.Background(), []importer.Source{
		src("dir/closing.txt", []byte(closing)),
		src("gbk.txt", mustEncode(t, opening, true)),
		src("utf16.txt", mustEncode(t, closing+"另见。", false)),
		src("page.html", []byte(`<meta charset="utf-8"><title>x</title><h1>`+strings.SplitN(opening, "\n", 2)[0]+`</h1><p>`+opening+`</p>`)),
		src("again.txt", []byte(closing)),
		src("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
		src("empty.txt", nil),
		src("blank.txt", []byte(" \n\t ")),
		src("latin1.txt", []byte("caf\xe9 na\xefve \xe0 la cr\xe8me br\xfbl\xe9e, r\xe9sum\xe9")),
		src("notes.txt", []byte("今天天气很好，我们去公园散步。")),
		{Name: "huge.txt", Size: importer.MaxSize + 1, Open: func() ([]byte, error) { t.Error("opened a file over the limit"); return nil, nil }},
		{Name: "gone.txt", Size: 10, Open: func() ([]byte, error) { return nil, errors.New("NotFoundError") }},
		src("taken.txt", []byte(opening+"另一篇。")),
		src("taken.txt", []byte(opening+"第三篇。")),
	}, func(p importer.Progress) { seen = append(seen, p) })

	want := []struct {
		status importer.Status
		reason importer.Reason
		id     string
	}{
		{importer.StatusImported, "", "imported-closing"},
		{importer.StatusImported, "", "imported-gbk"},
		{importer.StatusImported, "", "imported-utf16"},
		{importer.StatusImported, "", "imported-page"},
		{importer.StatusDuplicate, "", "imported-closing"},
		{importer.StatusFailed, importer.ReasonNotText, ""},
		{importer.StatusFailed, importer.ReasonEmpty, ""},
		{importer.StatusFailed, importer.ReasonEmpty, ""},
		{importer.StatusFailed, importer.ReasonEncoding, ""},
		{importer.StatusFailed, importer.ReasonNoSession, ""},
		{importer.StatusFailed, importer.ReasonTooLarge, ""},
		{importer.StatusFailed, importer.ReasonRead, ""},
		{importer.StatusImported, "", "imported-taken-2"},
		{importer.StatusImported, "", "imported-taken-3"},
	}
	if len(rep.Outcomes) != len(want) {
		t.Fatalf("%d outcomes, want %d", len(rep.Outcomes), len(want))
	}
	for i, w := range want {
		o := rep.Outcomes[i]
		if o.Status != w.status || o.Reason != w.reason || o.ID != w.id {
			t.Errorf("%s: %s %s %s (%s), want %s %s %s", o.Name, o.Status, o.Reason, o.ID, o.Detail, w.status, w.reason, w.id)
		}
		if o.Status == importer.StatusFailed && !strings.HasPrefix(o.Detail, o.Name+": ") {
			t.Errorf("%s: detail %q does not name the file", o.Name, o.Detail)
		}
	}
	if len(seen) != len(want) || seen[len(seen)-1].Done != len(want) {
		t.Errorf("progress: %d calls", len(seen))
	}
	stored, _ := store.Load()
	if len(stored) != 6 || len(rep.Added) != 6 {
		t.Fatalf("stored %d, added %d, want 6", len(stored), len(rep.Added))
	}
	byID := map[string]importer.Entry{}
	for _, e := range stored {
		byID[e.ID] = e
	}
	if d := byID["imported-gbk"].Doc; d.Locality != "白河市" || d.Term != 9 || d.Event != "opening" {
		t.Errorf("GBK record: %s %d %s", d.Locality, d.Term, d.Event)
	}
	if d := byID["imported-utf16"].Doc; d.Locality != "青山县" || d.Event != "closing" {
		t.Errorf("UTF-16 record: %s %s", d.Locality, d.Event)
	}
	if d := byID["imported-page"].Doc; !strings.HasPrefix(d.Title, "白河市第九届") || strings.Contains(d.Original, "<") {
		t.Errorf("HTML record: title %q, original %q", d.Title, d.Original)
	}
	if e := byID["imported-closing"]; e.Hash == "" || e.Name != "dir/closing.txt" || e.Added == "" || e.Doc.ID != e.ID {
		t.Errorf("entry: %+v", e)
	}

	// A second import over the stored entries: nothing is duplicated.
	all, _ := store.Load()
	rep = importer.New(store, all, reserved, reader.Read).Import(context.Background(), []importer.Source{src("copy.txt", []byte(closing))}, nil)
	if o := rep.Outcomes[0]; o.Status != importer.StatusDuplicate || o.ID != "imported-closing" {
		t.Errorf("re-import: %+v", o)
	}
	if n, _ := store.Load(); len(n) != 6 {
		t.Errorf("re-import stored %d entries", len(n))
	}
}

func TestImportPanicRecovered(t *testing.T) {
	store := &importer.MemStore{}
	im := importer.New(store, nil, nil, func(name string, data []byte) (corpus.Doc, error) {
		if name == "bad.txt" {
			panic("boom")
		}
		return reader.Read(name, data)
	})
	rep := im.Import(context.Background(), []importer.Source{
		src("a.txt", []byte(closing)), src("bad.txt", []byte("x")), src("b.txt", []byte(opening)),
	}, nil)
	if o := rep.Outcomes[1]; o.Status != importer.StatusFailed || o.Reason != importer.ReasonCrash || !strings.Contains(o.Detail, "boom") {
		t.Errorf("panicking file: %+v", o)
	}
	if rep.Count(importer.StatusImported) != 2 {
		t.Errorf("imported %d, want 2", rep.Count(importer.StatusImported))
	}
}

// TestImportReadError keeps the reason of an error that crossed from the
// parser worker, which carries no wrapped error.
func TestImportReadError(t *testing.T) {
	read := func(name string, data []byte) (corpus.Doc, error) {
		if name == "cut.txt" {
			return corpus.Doc{}, &importer.ReadError{Reason: importer.ReasonTruncated, Detail: "the text stops inside a character"}
		}
		return corpus.Doc{}, errors.New("worker gone")
	}
	rep := importer.New(&importer.MemStore{}, nil, nil, read).Import(context.Background(), []importer.Source{
		src("cut.txt", []byte("x")), src("other.txt", []byte("y")),
	}, nil)
	if o := rep.Outcomes[0]; o.Reason != importer.ReasonTruncated || o.Detail != "cut.txt: the text stops inside a character" {
		t.Errorf("worker error: %+v", o)
	}
	if o := rep.Outcomes[1]; o.Reason != importer.ReasonRead || !strings.Contains(o.Detail, "worker gone") {
		t.Errorf("other error: %+v", o)
	}
}

func TestImportQuotaAndCancel(t *testing.T) {
	store := &importer.MemStore{Limit: 1}
	rep := importer.New(store, nil, nil, reader.Read).Import(context.Background(), []importer.Source{
		src("a.txt", []byte(closing)), src("b.txt", []byte(opening)),
	}, nil)
	if o := rep.Outcomes[1]; o.Reason != importer.ReasonQuota || !strings.Contains(o.Detail, "quota") {
		t.Errorf("over quota: %+v", o)
	}
	if n, _ := store.Load(); len(n) != 1 {
		t.Errorf("stored %d entries, want the first to stay", len(n))
	}

	ctx, cancel := context.WithCancel(context.Background())
	store = &importer.MemStore{}
	im := importer.New(store, nil, nil, reader.Read)
	im.Yield(cancel) // cancel after the first file
	rep = im.Import(ctx, []importer.Source{src("a.txt", []byte(closing)), src("b.txt", []byte(opening)), src("c.txt", nil)}, nil)
	if !rep.Canceled || rep.Outcomes[0].Status != importer.StatusImported || rep.Outcomes[1].Status != importer.StatusCanceled || rep.Outcomes[2].Status != importer.StatusCanceled {
		t.Errorf("canceled import: %+v", rep)
	}
}

func TestRemoval(t *testing.T) {
	store := &importer.MemStore{}
	importer.New(store, nil, nil, reader.Read).Import(context.Background(), []importer.Source{src("a.txt", []byte(closing)), src("b.txt", []byte(opening))}, nil)
	if err := store.Delete("imported-a"); err != nil {
		t.Fatal(err)
	}
	left, _ := store.Load()
	if len(left) != 1 || left[0].ID != "imported-b" {
		t.Fatalf("after delete: %v", left)
	}
	// The removed file imports again, under its old id.
	rep := importer.New(store, left, nil, reader.Read).Import(context.Background(), []importer.Source{src("a.txt", []byte(closing))}, nil)
	if o := rep.Outcomes[0]; o.Status != importer.StatusImported || o.ID != "imported-a" {
		t.Errorf("re-import after delete: %+v", o)
	}
	if err := store.Clear(); err != nil {
		t.Fatal(err)
	}
	if left, _ := store.Load(); len(left) != 0 {
		t.Errorf("after clear: %d entries", len(left))
	}
}

func FuzzImport(f *testing.F) {
	f.Add("a.txt", []byte(closing))
	f.Add("b.html", []byte(`<h1>`+closing+`</h1>`))
	f.Add("c", []byte("\xff\xfe\x00"))
	f.Add("d.txt", []byte{})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		store := &importer.MemStore{}
		rep := importer.New(store, nil, nil, reader.Read).Import(context.Background(), []importer.Source{src(name, data), src(name, data)}, nil)
		if len(rep.Outcomes) != 2 {
			t.Fatalf("%d outcomes", len(rep.Outcomes))
		}
		for _, o := range rep.Outcomes {
			if o.Reason == importer.ReasonCrash {
				t.Fatalf("crash: %s", o.Detail)
			}
		}
		if rep.Outcomes[0].Status == importer.StatusImported && rep.Outcomes[1].Status != importer.StatusDuplicate {
			t.Errorf("second copy: %s", rep.Outcomes[1].Status)
		}
		if n, _ := store.Load(); len(n) != rep.Count(importer.StatusImported) {
			t.Errorf("stored %d, imported %d", len(n), rep.Count(importer.StatusImported))
		}
	})
}
