package explore

import (
	"strconv"

	"renda/app/corpus"
	"renda/parse"
)

// eventWords name an event in a label.
var eventWords = map[string]string{
	parse.EventOpening: "开幕", parse.EventClosing: "闭幕", parse.EventPreparatory: "预备会议",
	parse.EventPresidium: "主席团会议", parse.EventPlenary: "全体会议",
}

// Label names a document for lists and headings: its title, else what the
// record says of the meeting (朔州市平鲁区第8届人大第5次会议开幕), else its id.
func Label(d *corpus.Doc) string {
	if d.Title != "" {
		return d.Title
	}
	if d.Term == 0 {
		return d.ID
	}
	s := d.Locality + "第" + strconv.Itoa(d.Term) + "届人大"
	if d.Session > 0 {
		s += "第" + strconv.Itoa(d.Session) + "次会议"
	}
	if d.Event == parse.EventPlenary && d.Plenary > 0 {
		return s + "第" + strconv.Itoa(d.Plenary) + "次全体会议"
	}
	return s + eventWords[d.Event]
}
