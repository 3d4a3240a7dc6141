package reader

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"renda/parse/decode"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"headline and paragraphs",
			`<html><head><title>站点 - 标题</title><style>p{}</style><script>var x="会议";</script></head>
<body><nav>首页 | 新闻</nav><header><a href="/">网站</a></header>
<article><h1>青山县第十八届人民代表大会第三次会议闭幕</h1>
<p>　　2024年1月10日下午，青山县第十八届人民代表大会第三次会议
在县人民会堂胜利闭幕。</p><p>大会执行主席<b>李明</b>主持会议。</p></article>
<aside>热门文章</aside><form><input value="搜索"></form><footer>版权所有</footer></body></html>`,
			"青山县第十八届人民代表大会第三次会议闭幕\n2024年1月10日下午，青山县第十八届人民代表大会第三次会议在县人民会堂胜利闭幕。\n大会执行主席李明主持会议。"},
		{"title when no h1", `<title>会议开幕</title><div>正文<br>第二行</div>`, "会议开幕\n正文\n第二行"},
		{"the site's name after the title's headline",
			`<title>清徐县第十八届人民代表大会第三次会议开幕_清徐县人民政府网</title><p>正文</p>`, "清徐县第十八届人民代表大会第三次会议开幕\n正文"},
		{"a title's short lead before a bar stays",
			`<title>快讯|县十八届人大三次会议开幕 - 某某日报</title><p>正文</p>`, "快讯|县十八届人大三次会议开幕\n正文"},
		{"navigation named by class or id is dropped, header and footer bars stay",
			`<body><div class="main-nav"><a>首页</a><a>政务公开</a></div><ul id="breadcrumb"><li>首页</li></ul>
<div class="article-header">发布时间：2024-01-06</div><p>正文</p><div class="footer">版权所有：某县人民政府</div></body>`,
			"发布时间：2024-01-06\n正文\n版权所有：某县人民政府"},
		{"a long block named nav is walked: it holds the report",
			`<body><div class="nav-content"><p>` + strings.Repeat("正文。", 120) + `</p></div></body>`,
			strings.Repeat("正文。", 120)},
		{"a bar of links alone is navigation; a line with a link in it is not",
			`<body><div class="top"><a href="/">首页</a> <a href="/zw">政务公开</a></div><p>来源：<a href="/">县融媒体中心</a></p><p><a href="/a">一</a></p></body>`,
			"来源：县融媒体中心\n一"},
		{"headline inside a header", `<body><header><h1>标题</h1><nav>菜单</nav></header><p>正文</p></body>`, "标题\n正文"},
		{"latin words keep their spaces", `<p>Hello
  world <i>again</i></p>`, "Hello world again"},
		{"pre keeps lines", `<pre>一行
二行</pre>`, "一行\n二行"},
		{"entities decoded, markup in text stays text", `<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;</p>`, "<script>alert(1)</script> &"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLToText([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestHTMLToTextCharset(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"><title>会议</title></head><body><p>人民代表大会开幕</p></body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	got, err := HTMLToText([]byte(gbk))
	if err != nil {
		t.Fatal(err)
	}
	if got != "会议\n人民代表大会开幕" {
		t.Errorf("GBK page: got %q", got)
	}
	// A page saved as UTF-8 that still declares GBK reads as UTF-8.
	got, err = HTMLToText([]byte(`<meta charset="gbk"><p>人民代表大会</p>`))
	if err != nil || got != "人民代表大会" {
		t.Errorf("UTF-8 page declaring gbk: %q, %v", got, err)
	}
}

func TestDeclaredCharset(t *testing.T) {
	for page, want := range map[string]string{
		`<meta charset="utf-8">`: "utf-8",
		`<meta charset=GBK>`:     "gbk",
		`<meta content="text/html; charset=gb18030" http-equiv="content-type">`: "gb18030",
		`<p>charset is a word</p>`:    "",
		`<meta charset = 'gb2312' />`: "gb2312",
	} {
		if got := declaredCharset([]byte(page)); got != want {
			t.Errorf("%s: %q, want %q", page, got, want)
		}
	}
}

func TestHTMLToTextErrors(t *testing.T) {
	for page, want := range map[string]error{
		"":                                decode.ErrEmpty,
		"<html><script>x</script></html>": decode.ErrEmpty,
		"<p>\x00\x01</p>":                 decode.ErrBinary,
	} {
		_, err := HTMLToText([]byte(page))
		if !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", page, err, want)
		}
	}
}

func FuzzHTMLToText(f *testing.F) {
	f.Add([]byte(`<html><head><title>t</title></head><body><h1>标题</h1><p>正文</p></body></html>`))
	f.Add([]byte(`<meta charset=gbk><p>` + "\xc8\xcb\xb4\xf3" + `</p>`))
	f.Add([]byte(`<pre><script><a href="javascript:x"><img onerror=1>`))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := HTMLToText(data)
		if err == nil && strings.TrimSpace(s) == "" {
			t.Errorf("no error and no text for %q", data)
		}
	})
}
