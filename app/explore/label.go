package explore

import (
	"strconv"

	"renda/app/corpus"
	"renda/parse/schema"
)

// eventWords name an event in a label.
var eventWords = map[string]string{
	schema.EventOpening: "开幕", schema.EventClosing: "闭幕", schema.EventPreparatory: "预备会议",
	schema.EventPresidium: "主席团会议", schema.EventPlenary: "全体会议",
}

// Label names a document for lists and headings: its title, else what the
// record says of the meeting (朔州市平鲁区第8届人大第5次会议开幕), else its id.
func Label(d *corpus.Summary) string {
	if d.Title() != "" {
		return d.Title()
	}
	if d.Term == 0 {
		return d.ID()
	}
	s := d.Locality() + "第" + strconv.Itoa(d.Term) + "届人大"
	if d.Session > 0 {
		s += "第" + strconv.Itoa(d.Session) + "次会议"
	}
	if d.Event() == schema.EventPlenary && d.Plenary > 0 {
		return s + "第" + strconv.Itoa(d.Plenary) + "次全体会议"
	}
	return s + eventWords[d.Event()]
}
