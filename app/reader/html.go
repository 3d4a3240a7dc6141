package reader

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"renda/parse/decode"
)

// dropped are the elements whose content is never report text: code,
// styling, the site's chrome (navigation, header and footer bars, side
// boxes) and forms.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Head: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blocks are the elements that start and end a line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Figcaption: true, atom.Center: true, atom.Hr: true,
	atom.Address: true, atom.Caption: true, atom.Body: true, atom.Td: true, atom.Th: true,
}

// HTMLToText reduces an HTML page to the text of a report: the headline
// (the first <h1>, else the <title>) on the first line, then the body's
// paragraphs one a line. Scripts, styles, navigation, header and footer
// bars, side boxes and forms are dropped; the page is decoded by its
// declared charset (GBK/GB18030) or as decode detects. Errors wrap decode's
// sentinels (ErrEmpty when no text remains). It never panics.
func HTMLToText(data []byte) (string, error) {
	src, err := decodeHTML(data)
	if err != nil {
		return "", err
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", fmt.Errorf("%w: reading the page: %v", decode.ErrUnknownEncoding, err)
	}
	var w textWriter
	h1 := find(root, atom.H1, true)
	switch {
	case h1 != nil:
		w.block()
		w.walk(h1, false)
		w.block()
	default:
		if t := find(root, atom.Title, false); t != nil {
			w.text(withoutSiteName(textOf(t)))
			w.block()
		}
	}
	if body := find(root, atom.Body, false); body != nil {
		w.skip = h1
		w.walk(body, false)
	}
	out := w.String()
	if out == "" {
		return "", fmt.Errorf("%w: the page has no text", decode.ErrEmpty)
	}
	return out, nil
}

// find returns the first element a in n's tree, nil if none; with
// visible, it does not look inside dropped elements other than header (an
// article's headline often sits in its <header>).
func find(n *html.Node, a atom.Atom, visible bool) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if visible && n.Type == html.ElementNode && dropped[n.DataAtom] && n.DataAtom != atom.Header {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a, visible); f != nil {
			return f
		}
	}
	return nil
}

// chromeWords are the words of class and id names that mark a site's
// navigation in pages that do not use <nav>: main-nav, breadcrumb, menu_top.
// (Header and footer bars stay: they often hold the publication time, the
// source or the site's name, which the parser reads and drops.)
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "crumb": true, "crumbs": true, "sidebar": true, "share": true, "toolbar": true,
}

// chrome reports whether n is an element whose class or id names it part of
// the site's navigation.
func chrome(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || (a.Key != "class" && a.Key != "id") {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
			return !('a' <= r && r <= 'z')
		}) {
			if chromeWords[w] {
				return true
			}
		}
	}
	return false
}

// short reports whether the text under n is under 300 characters, in at
// most 1,024 nodes: a bar of navigation is, while a wrapper named
// main-nav-content that holds the report is not (it is walked). The bounds
// keep walking a page linear.
func short(n *html.Node) bool {
	count, seen := 0, 0
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if seen++; seen > 1024 {
			count = 300
			return
		}
		if n.Type == html.TextNode {
			count += utf8.RuneCountInString(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil && count < 300; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return count < 300
}

// linksOnly reports whether all the text under n is the text of two links or
// more, as in a bar of navigation: 首页 政务公开 新闻中心. It looks at no more
// than 256 nodes (a bar is small), so that walking a page stays linear.
func linksOnly(n *html.Node) bool {
	links, other, seen := 0, false, 0
	var rec func(*html.Node, bool)
	rec = func(n *html.Node, inLink bool) {
		seen++
		switch {
		case other:
			return
		case seen > 256:
			other = true
			return
		case n.Type == html.TextNode:
			if !inLink && strings.TrimSpace(n.Data) != "" {
				other = true
			}
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			if !inLink {
				links++
			}
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, inLink)
		}
	}
	rec(n, false)
	return links >= 2 && !other
}

// withoutSiteName cuts the site's name off a page's <title>, written after
// the headline and a separator: 某某会议开幕_某县人民政府网, 标题 | 某某网,
// 标题 - 某某日报. A separator too close to the start is kept.
func withoutSiteName(t string) string {
	t = strings.TrimSpace(t)
	for _, sep := range []string{"_", "|", "｜", " - ", " — "} {
		if i := strings.Index(t, sep); i >= 0 && utf8.RuneCountInString(t[:i]) >= 6 {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// textWriter collects lines of text.
type textWriter struct {
	lines []string
	cur   strings.Builder
	skip  *html.Node // an element already written (the headline)
	space bool       // white space came after the last text
}

// walk writes the text under n; pre keeps white space.
func (w *textWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			for i, line := range strings.Split(n.Data, "\n") {
				if i > 0 {
					w.block()
				}
				w.text(line)
			}
			return
		}
		w.text(n.Data)
		return
	case html.ElementNode:
		if n == w.skip || dropped[n.DataAtom] || (chrome(n) && short(n)) || (blocks[n.DataAtom] && linksOnly(n)) {
			return
		}
		if n.DataAtom == atom.Br {
			w.block()
			return
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	isBlock := n.Type == html.ElementNode && blocks[n.DataAtom]
	if isBlock {
		w.block()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if isBlock {
		w.block()
	}
}

// text appends s to the current line, white space collapsed: a run of
// white space becomes one space, or nothing between two wide (CJK)
// characters (a line break inside a Chinese paragraph).
func (w *textWriter) text(s string) {
	if s == "" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		w.space = true
	}
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if w.space && w.cur.Len() > 0 {
			a, _ := utf8.DecodeLastRuneInString(w.cur.String())
			b, _ := utf8.DecodeRuneInString(f)
			if !wide(a) || !wide(b) {
				w.cur.WriteByte(' ')
			}
		}
		w.cur.WriteString(f)
		w.space = true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	w.space = unicode.IsSpace(r)
}

// wide reports whether r is a wide character (CJK and beyond), between
// which white space is a line break, not a word gap.
func wide(r rune) bool { return r >= 0x2E80 }

// block ends the current line.
func (w *textWriter) block() {
	if line := strings.TrimSpace(w.cur.String()); line != "" {
		w.lines = append(w.lines, line)
	}
	w.cur.Reset()
	w.space = false
}

// String returns the lines written, one a line.
func (w *textWriter) String() string {
	w.block()
	return strings.Join(w.lines, "\n")
}
