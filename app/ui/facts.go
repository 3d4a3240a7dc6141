package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"renda/app/corpus"
	"renda/app/explore"
	"renda/parse/region"
	"renda/parse/schema"
)

// fieldLabel names a record field (its JSON name) in Chinese: the message
// key of its label.
func fieldLabel(field string) string {
	switch field {
	case "id":
		return "编号"
	case "title":
		return "标题"
	case "locality":
		return "地区"
	case "places":
		return "涉及地区"
	case "level":
		return "层级"
	case "term":
		return "届次"
	case "session":
		return "会次"
	case "event":
		return "会议类型"
	case "plenary":
		return "全体会议"
	case "date":
		return "日期"
	case "date_basis":
		return "日期依据"
	case "published":
		return "发布时间"
	case "attendance":
		return "出席"
	case "presiding":
		return "主持"
	case "speakers":
		return "讲话"
	case "reports":
		return "报告"
	case "executive_chairs":
		return "执行主席"
	case "rostrum":
		return "主席台就座"
	case "elected":
		return "当选、任命"
	case "resolutions":
		return "通过的决议"
	case "source":
		return "来源"
	case "photographers":
		return "摄影"
	case "mentioned":
		return "文中提及"
	case "reports_in_writing":
		return "书面审查的报告"
	case "region":
		return "行政区划"
	}
	return field
}

// listFields are the facts of a record's lists, which come apart from the
// rest (lists.go).
var listFields = []string{"presiding", "speakers", "reports", "reports_in_writing", "executive_chairs", "rostrum", "elected", "resolutions", "photographers", "mentioned"}

// fact is one row of the facts card.
type fact struct {
	field string // JSON name of the record field
	value string // raw value for data-value: the JSON string or number, lists joined by 、
	body  app.UI // what is shown; nil for a plain value
}

// facts lists every field of d in record order, labelled in loc's language.
func facts(loc locale, d *corpus.Doc) []fact {
	num := func(field string, n int) fact {
		if n == 0 {
			return fact{field: field}
		}
		return fact{field: field, value: strconv.Itoa(n)}
	}
	text := func(field, v string) fact { return fact{field: field, value: v} }
	titles := func(field string, l []string) fact {
		return fact{field: field, value: strings.Join(l, "、"), body: list(l)}
	}
	label := func(field, v, shown string) fact {
		if v == "" {
			return fact{field: field}
		}
		return fact{field: field, value: v, body: app.Text(shown)}
	}
	var basis string
	switch d.DateBasis {
	case "stated":
		basis = loc.T("文中写明")
	case "inferred":
		basis = loc.T("推断")
	}
	var reports, elected []string
	var reportBy, electedNames []string
	for _, r := range d.Reports {
		reports = append(reports, r.Title)
		reportBy = append(reportBy, r.By)
	}
	for _, e := range d.Elected {
		elected = append(elected, e.Position)
		electedNames = append(electedNames, e.Name)
	}
	return []fact{
		text("title", d.Title),
		{field: "locality", value: d.Locality, body: placeLink(d.Locality)},
		placesFact(d),
		regionFact(d.Region),
		label("level", d.Level, loc.level(d.Level)),
		num("term", d.Term),
		num("session", d.Session),
		label("event", d.Event, loc.event(d.Event)),
		num("plenary", d.Plenary),
		text("date", d.Date), // ISO, as in the record
		label("date_basis", d.DateBasis, basis),
		text("published", d.Published),
		attendanceFact(loc, d.Attendance),
		people("presiding", d.Presiding, nil),
		people("speakers", d.Speakers, nil),
		people("reports", reportBy, reports),
		titles("reports_in_writing", d.ReportsInWriting),
		people("executive_chairs", d.ExecutiveChairs, nil),
		people("rostrum", d.Rostrum, nil),
		people("elected", electedNames, elected),
		titles("resolutions", d.Resolutions),
		text("source", d.Source),
		people("photographers", d.Photographers, nil),
		people("mentioned", d.Mentioned, nil),
		text("id", d.ID),
	}
}

// regionFact shows the locality's place in the hierarchy with its code:
// 山西省 › 朔州市 › 平鲁区（140603）.
func regionFact(r *region.Region) fact {
	if r == nil {
		return fact{field: "region"}
	}
	var parts []string
	for _, p := range []string{r.Province, r.Prefecture, r.County} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return fact{field: "region", value: strings.Join(parts, " › ") + "（" + r.Code + "）"}
}

// placesFact shows the places the report covers: the locality linked to
// its page, the others (a roundup's, a delegation's, which have no page
// of their own unless they hold sessions of their own) to a search for
// them.
func placesFact(d *corpus.Doc) fact {
	var nodes []app.UI
	for i, p := range d.Places {
		if i > 0 {
			nodes = append(nodes, app.Text("、"))
		}
		if p == d.Locality {
			nodes = append(nodes, placeLink(p))
			continue
		}
		nodes = append(nodes, app.A().Href(href(withQuery("/", explore.Query{Text: p}))).Text(p))
	}
	return fact{field: "places", value: strings.Join(d.Places, "、"), body: app.Span().Body(nodes...)}
}

func placeLink(locality string) app.UI {
	if locality == "" {
		return nil
	}
	return app.A().Href(href(placePath(locality))).Text(locality)
}

// people links each name to its person page, with details (the report's
// title, the post) in brackets; the names are joined by 、.
func people(field string, names, details []string) fact {
	var nodes []app.UI
	var shown []string
	for i, n := range names {
		detail := ""
		if details != nil {
			detail = details[i]
		}
		if i > 0 {
			nodes = append(nodes, app.Text("、"))
		}
		switch {
		case n == "" && detail != "":
			nodes = append(nodes, app.Text(detail))
			shown = append(shown, detail)
			continue
		case n == "":
			continue
		}
		nodes = append(nodes, app.A().Class("person-link").Href(href(personPath(n))).Text(n))
		if detail != "" {
			nodes = append(nodes, app.Span().Class("detail").Text("（"+detail+"）"))
		}
		shown = append(shown, n)
	}
	if len(shown) == 0 {
		return fact{field: field}
	}
	return fact{field: field, value: strings.Join(shown, "、"), body: app.Span().Body(nodes...)}
}

// list shows several values one a line.
func list(vs []string) app.UI {
	if len(vs) == 0 {
		return nil
	}
	return app.Ul().Class("fact-list").Body(app.Range(vs).Slice(func(i int) app.UI {
		return app.Li().Text(vs[i])
	}))
}

func attendanceFact(loc locale, a *schema.Attendance) fact {
	if a == nil {
		return fact{field: "attendance"}
	}
	s := loc.attendance(a)
	if a.Absent > 0 && (a.Expected != 0 || a.Present != 0) {
		s += loc.T(" · 缺席 %d", a.Absent)
	}
	if a.Quorum {
		s += loc.T(" · 符合法定人数")
	}
	return fact{field: "attendance", value: s, body: app.Span().
		DataSet("expected", a.Expected).DataSet("present", a.Present).
		DataSet("absent", a.Absent).DataSet("quorum", a.Quorum).Text(s)}
}

// renderFacts renders the facts card #facts: one row per field, the value
// in [data-field]; labels of facts with evidence locate it in the text.
func (p *docPage) renderFacts(d *corpus.Doc) app.UI {
	var evidenced []string
	for _, e := range d.Evidence {
		if !slices.Contains(evidenced, e.Field) {
			evidenced = append(evidenced, e.Field)
		}
	}
	fs := facts(p.loc, d)
	listsIn := p.lib.Index.Docs[p.doc].ListsIn()
	return app.Aside().ID("facts").Class("facts-card").Aria("labelledby", "facts-title").Body(
		app.H2().ID("facts-title").Class("section-title").Attr("data-i18n", true).Text(p.loc.T(docFacts)),
		app.If(len(evidenced) > 0, func() app.UI {
			return app.P().Class("facts-hint").Attr("data-i18n", true).Text(p.loc.T(docFactsHint))
		}),
		app.If(!listsIn && p.lib.ListsErr != "", func() app.UI { // the other facts stand; the lists may come online
			return app.P().ID("lists-error").Class("export-error").Role("alert").Text(p.lib.ListsErr)
		}),
		app.Dl().Body(app.Range(fs).Slice(func(i int) app.UI {
			f := fs[i]
			term := p.loc.fieldUI(f.field)
			if slices.Contains(evidenced, f.field) {
				term = []app.UI{app.Button().Type("button").Class("locate").
					Aria("label", p.loc.T(docLocate)+p.loc.field(f.field)).
					OnClick(p.locate(f.field), app.EventScope(f.field)).
					Body(append(term, app.Span().Class("locate-icon").Aria("hidden", true).Text(" ◎"))...)}
			}
			dd := app.Dd().DataSet("field", f.field).DataSet("value", f.value)
			switch {
			case !listsIn && slices.Contains(listFields, f.field): // on their way (lists.go)
				dd = dd.Class("loading").Text("…")
			case f.value == "" && f.body == nil:
				dd = dd.Class("empty").Attr("data-i18n", true).Text(p.loc.T(docNone))
			case f.body != nil:
				dd = dd.Body(f.body)
			default:
				dd = dd.Text(f.value)
			}
			row := app.Div().Class("fact")
			if f.value == "" && f.body == nil {
				row = row.Class("fact-empty")
			}
			return row.Body(app.Dt().Attr("data-i18n", true).Body(term...), dd)
		})),
	)
}
