package main

import (
	"encoding/json"
	"testing"

	"renda/app/corpus"
	"renda/app/importer"
	"renda/app/reader"
)

func TestHandle(t *testing.T) {
	r := handle(reader.Read, "a.txt", []byte("青山县第十八届人民代表大会第三次会议闭幕\n"))
	var doc corpus.Doc
	if r.Reason != "" || json.Unmarshal([]byte(r.Doc), &doc) != nil || doc.Locality != "青山县" || doc.ID != "a" {
		t.Errorf("report: %+v", r)
	}
	if r := handle(reader.Read, "b.png", []byte("\x89PNG\r\n\x1a\n\x00\x00")); r.Reason != importer.ReasonNotText || r.Detail == "" || r.Doc != "" {
		t.Errorf("image: %+v", r)
	}
	boom := func(string, []byte) (corpus.Doc, error) { panic("boom") }
	if r := handle(boom, "c.txt", nil); r.Reason != importer.ReasonCrash || r.Detail != "internal error: boom" {
		t.Errorf("panic: %+v", r)
	}
}
