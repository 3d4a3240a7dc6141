package gen

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Size bounds of a report in characters.
const (
	minChars = 800
	maxChars = 6000
)

// fill adds filler paragraphs at the marked slots until the report
// reaches a length drawn between the bounds.
func (rp *report) fill() {
	target := 950 + rp.r.IntN(4550)
	size := 0 // furniture adds up to about 350 more
	for _, l := range rp.head {
		size += utf8.RuneCountInString(l)
	}
	for _, p := range rp.body {
		size += utf8.RuneCountInString(p) + 1
	}
	if len(rp.slots) == 0 {
		rp.slot()
	}
	extra := make(map[int][]string)
	for size < target {
		n := 120 + rp.r.IntN(260)
		if n > target-size+60 {
			n = target - size + 60
		}
		p := paragraph(rp.r, "", n)
		at := rp.slots[rp.r.IntN(len(rp.slots))]
		extra[at] = append(extra[at], p)
		size += utf8.RuneCountInString(p) + 1
	}
	var out []string
	for i := 0; i <= len(rp.body); i++ {
		out = append(out, extra[i]...)
		if i < len(rp.body) {
			out = append(out, rp.body[i])
		}
	}
	rp.body = out
}

// furniture writes the page around the report: widgets, breadcrumbs, the
// publication line, the metadata table, editors, copyright, licence and
// hotline. It sets the published and source facts. It returns the lines
// above the headline, between headline and body, and below the body.
func (rp *report) furniture() (top, meta, tail []string) {
	t := rp.t
	if rp.chance(30) {
		top = append(top, rp.pick("字体大小:【大】 【中】 【小】", "字体大小：【大】【中】【小】", "【打印】【关闭】"))
	}
	if rp.chance(25) {
		top = append(top, rp.pick("首页 > 新闻中心 > 本地要闻", "当前位置：首页 > 人大动态", "首页 > 新闻"))
	}
	// Where the source comes from: 来源 line, 发文机关 table, or nothing.
	src := ""
	if rp.chance(50) {
		if rp.abbrev {
			src = rp.w.ab + rp.pick("融媒体中心", "人大常委会办公室")
		} else {
			src = rp.pick(rp.pl.name+"融媒体中心", rp.pl.stem+"日报", rp.pl.name+"人大常委会办公室", rp.pl.stem+"融媒")
		}
	}
	pub := rp.mode == datePub || (rp.mode == dateStated && rp.chance(50))
	srcDone := false
	if pub {
		y, m, d := rp.y, rp.m, rp.d
		if rp.chance(40) {
			d++
			if d > 28 {
				d = 1
				m++
				if m > 12 {
					m, y = 1, y+1
				}
			}
		}
		date := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		hh, mm, ss := 7+rp.r.IntN(16), rp.r.IntN(60), rp.r.IntN(60)
		withTime := rp.chance(55)
		clock := fmt.Sprintf("%02d:%02d:%02d", hh, mm, ss)
		if withTime {
			t.Published = date + "T" + clock
		} else {
			t.Published = date
		}
		stamp := date
		if withTime {
			stamp = date + " " + clock
		}
		switch x := rp.r.IntN(5); {
		case x == 0 && src != "" && !withTime:
			title := strings.Join(rp.head, "")
			top = append(top,
				fmt.Sprintf("| 索引号:%09d/%d-%05d | |", rp.r.IntN(1e9), y, rp.r.IntN(1e5)),
				"| 发文字号: | 发文时间:"+date+" |",
				"| 发文机关:"+src+" | 主题词: |",
				"| 标题:"+title+" | |",
				"| 主题分类:其它 | 发布日期:"+date+" |")
			srcDone = true
		case x == 1:
			meta = append(meta, "时间:"+stamp+"点击率:"+fmt.Sprint(100+rp.r.IntN(5000)))
		case x == 2 && src != "":
			meta = append(meta, "发布时间："+stamp+"  来源："+src)
			srcDone = true
		case x == 3 && src != "":
			meta = append(meta, stamp+" 来源："+src)
			srcDone = true
		default:
			meta = append(meta, rp.pick("发布日期:", "发布时间：", "")+stamp)
		}
	}
	if src != "" && !srcDone {
		line := rp.pick("来源：", "来源:", "稿源：") + src
		if rp.chance(50) {
			meta = append(meta, line)
		} else {
			tail = append(tail, line)
		}
	}
	switch {
	case src != "":
		t.Source = src
	case rp.outlet != "":
		t.Source = rp.outlet
	default:
		t.Source = rp.site
	}
	if rp.chance(45) {
		tail = append(tail, rp.pick("责任编辑：", "责任编辑:", "编辑:")+rp.nm.name())
		if rp.chance(40) {
			tail = append(tail, "审核:"+rp.nm.name())
		}
	}
	if rp.site != "" {
		if rp.years {
			tail = append(tail, fmt.Sprintf("Copyright © 2005-%d %s 版权所有", rp.y, rp.site))
		} else {
			tail = append(tail, "Copyright © "+rp.site+" 版权所有")
		}
	}
	if rp.chance(30) {
		tail = append(tail, fmt.Sprintf("%sICP备%08d号-1", rp.pick("晋", "冀", "豫", "鲁", "陕", "湘"), rp.r.IntN(1e8)))
	}
	if rp.chance(20) {
		tail = append(tail, fmt.Sprintf("举报电话：0%d-%07d", 310+rp.r.IntN(600), rp.r.IntN(1e7)))
	}
	return top, meta, tail
}

// render lays the page out: lines, paragraph breaks, indentation,
// punctuation and digit widths, and line endings.
func (rp *report) render(top, meta, tail []string) string {
	sep := rp.pick("\n", "\n", "\n\n", "\n\n\n")
	indent := rp.pick("", "", "", "　　", "  ", " ")
	width := rp.r.IntN(100)
	body := make([]string, len(rp.body))
	for i, p := range rp.body {
		switch {
		case width < 25:
			p = rp.g.half.Replace(p)
		case width < 32:
			p = rp.g.full.Replace(p)
		}
		body[i] = indent + p
	}
	head := rp.head
	if rp.chance(20) {
		head = append([]string(nil), head...)
		for i := range head {
			head[i] = "  " + head[i]
		}
	}
	var b strings.Builder
	for _, part := range [][]string{top, head, meta} {
		for _, l := range part {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	b.WriteString(strings.Join(body, sep))
	b.WriteString("\n")
	if len(tail) > 0 {
		b.WriteString("\n")
		b.WriteString(strings.Join(tail, "\n"))
		b.WriteString("\n")
	}
	s := b.String()
	if rp.chance(3) {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}

// encode returns the bytes of a report: traditional script for some,
// GB18030 for a few, UTF-8 otherwise. It notes both in the truth.
func (rp *report) encode(text string, trad *toTraditional) ([]byte, error) {
	if rp.chance(5) {
		if tt, ok := trad.convert(text); ok {
			text = tt
			rp.t.Script = "traditional"
		}
	}
	if rp.chance(2) {
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
		if err != nil {
			return nil, fmt.Errorf("encode %s as GB18030: %w", rp.t.ID, err)
		}
		rp.t.Encoding = "gb18030"
		return b, nil
	}
	return []byte(text), nil
}
