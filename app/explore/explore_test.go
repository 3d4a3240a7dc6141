package explore

import (
	"math/rand/v2"
	"slices"
	"testing"

	"renda/app/corpus"
	"renda/parse"
)

// doc builds a synthetic document.
func doc(id, title, locality string, term, session int, event string, plenary int, date string) corpus.Doc {
	return corpus.Doc{Record: parse.Record{
		ID: id, Title: title, Locality: locality, Term: term, Session: session,
		Event: event, Plenary: plenary, Date: date,
	}}
}

// withText gives d its text, the original as read the same.
func withText(d corpus.Doc, text string) corpus.Doc {
	d.Text, d.Original = text, text
	return d
}

// testPack is a small corpus: two sessions of 山亭区 (one with four reports
// given out of order), a county, a township report without locality or
// session, and an undated report.
func testPack() corpus.Pack {
	docs := []corpus.Doc{
		doc("st-close", "山亭区第十届人民代表大会第二次会议胜利闭幕", "山亭区", 10, 2, parse.EventClosing, 3, "2023-02-10"),
		doc("st-open", "山亭区第十届人民代表大会第二次会议隆重开幕", "山亭区", 10, 2, parse.EventOpening, 1, "2023-02-07"),
		doc("st-prep", "山亭区十届人大二次会议举行预备会议", "山亭区", 10, 2, parse.EventPreparatory, 0, "2023-02-06"),
		doc("st-plen2", "山亭区十届人大二次会议举行第二次全体会议", "山亭区", 10, 2, parse.EventPlenary, 2, "2023-02-08"),
		doc("st-1-1", "山亭区第十届人民代表大会第一次会议开幕", "山亭区", 10, 1, parse.EventOpening, 1, "2022-01-05"),
		doc("qx", "清徐县第十七届人民代表大会第三次会议闭幕", "清徐县", 17, 3, parse.EventClosing, 0, "2024-01-20"),
		doc("town", "镇人大召开会议", "", 0, 0, parse.EventOther, 0, "2023-03"),
		doc("nodate", "中华人民共和国某县人代会开幕", "某县", 5, 1, parse.EventOpening, 1, ""),
	}
	docs[0].Level, docs[1].Level, docs[2].Level, docs[3].Level, docs[4].Level = "district", "district", "district", "district", "district"
	docs[5].Level = "county"
	docs[7].Level = "county"
	docs[0].Presiding = []string{"王德海"}
	docs[0].Rostrum = []string{"王德海", "刘洪鹏", "李霞"}
	docs[1].Presiding = []string{"刘洪鹏"}
	docs[1].Reports = []parse.Report{{Title: "政府工作报告", By: "李霞"}}
	docs[4].Elected = []parse.Election{{Name: "王德海", Position: "区人大常委会主任"}}
	docs[5].Speakers = []string{"苑冬梅"}
	docs[5].Photographers = []string{"孟凡超"}
	docs[0].Text = "下午，大会执行主席王德海主持会议。会议表决通过了关于预算的决议。"
	docs[5].Text = "会议听取了财政预算报告。\n代表们认为预算安排合理，预算执行良好。"
	docs[6].Text = "镇人大主席团召开会议，研究乡村振兴和GDP。"
	for i := range docs {
		docs[i].Original = docs[i].Text
	}
	return corpus.Pack{Version: "test", Docs: docs}
}

// ids returns the ids of documents at positions ps.
func ids(ix *Index, ps []int) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = ix.Docs[p].ID()
	}
	return out
}

// TestDocByID looks every id up, and some that are no document's, in
// packs whose ids are in order, shuffled and repeated: the position of
// the first document of the id, as a scan finds it.
func TestDocByID(t *testing.T) {
	ordered := genPack(t, 300, 5)
	shuffled := corpus.Pack{Docs: slices.Clone(ordered.Docs)}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled.Docs), func(i, j int) {
		shuffled.Docs[i], shuffled.Docs[j] = shuffled.Docs[j], shuffled.Docs[i]
	})
	repeated := corpus.Pack{Docs: append(slices.Clone(shuffled.Docs), shuffled.Docs[:40]...)}
	for name, p := range map[string]corpus.Pack{"ordered": ordered, "shuffled": shuffled, "repeated": repeated, "empty": {}} {
		ix := NewWithoutPinyin(p.Records())
		ids := []string{"", "no such id", "~"}
		for _, d := range p.Docs {
			ids = append(ids, d.ID, d.ID+"0", d.ID[:len(d.ID)-1])
		}
		for _, id := range ids {
			want, wantOK := 0, false
			for i, d := range p.Docs {
				if d.ID == id {
					want, wantOK = i, true
					break
				}
			}
			if got, ok := ix.Doc(id); got != want || ok != wantOK {
				t.Fatalf("%s: Doc(%q) = %d, %v; want %d, %v", name, id, got, ok, want, wantOK)
			}
		}
	}
}
