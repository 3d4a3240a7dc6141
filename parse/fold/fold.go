// Package fold normalises report text for matching and keeps a map from the
// normalised text back to the original.
//
// Each rune of the original is normalised on its own, in order; nothing is
// deleted, collapsed or reordered:
//
//   - ASCII is kept as it is;
//   - traditional characters become simplified ones (package t2s, phrase
//     first), e.g. 會議 → 会议;
//   - full-width ASCII becomes half-width (x/text/width.Fold), which also
//     turns the Chinese ，：（）；！？ into ,:();!? for matching, while
//     。、《》“”【】 stay as they are;
//   - NBSP, the ideographic space U+3000 and other Unicode spaces become ' ';
//   - other compatibility forms take their NFKC form (compatibility
//     ideographs, Kangxi radicals, ①, ⑴, ㎡), unless that would produce a
//     combining mark, and the CJK radicals that stand for a whole
//     character become it (⺠ → 民, ⻓ → 长, as a PDF's text layer writes them);
//     general punctuation (U+2000–U+206F, e.g. …) is left alone;
//   - the dots written inside transliterated names (‧ • ・ ･) become the
//     middle dot ·, so 买买提‧依明 and 买买提·依明 match; so do a point and
//     a hyphen (. - ． －) between two characters of transcription on each
//     side (艾尔肯.吐尼亚孜, 叶尔肯-别克), the one rule that looks at a
//     rune's neighbours: a sentence's full stop in half-width text
//     (胜利闭幕.大会) has no such characters around it.
//
// Invalid UTF-8 bytes are copied unchanged, one unit each.
//
// The single runes replaced (width, spaces, NFKC) are looked up in a table
// generated from x/text's width and NFKC tables (internal/reference,
// internal/gen; go generate), so that the browser app does without
// x/text/unicode/norm: 75 KB of code and its tables, 18 KB of app.wasm
// after brotli. A test checks the table against the reference for every
// rune.
package fold

import (
	"sort"
	"strings"
	"unicode/utf8"

	"renda/parse/t2s"
)

// Text is a string normalised for matching with a map back to its original.
// Offsets are kept as int32: texts must be shorter than 2 GiB (the parser
// refuses files over 256 MiB).
type Text struct {
	Norm string // the normalised text
	// segs tile Norm and the original in order; the last one is a sentinel
	// at len(Norm) and the original's length. The map is kept as segments,
	// not an offset per byte: most text is copied unchanged.
	segs []seg
}

// seg is a stretch of Norm and where it came from in the original.
type seg struct {
	norm, orig int32 // where the stretch starts in Norm and in the original
	unit       bool  // produced as a whole (a folded character or phrase); else byte for byte
}

// New normalises s and keeps the map from Norm back to s.
func New(s string) *Text {
	norm, segs := fold(s, true)
	return &Text{Norm: norm, segs: segs}
}

// String normalises s without keeping a map, for queries and match keys.
// It returns s itself when nothing changes.
func String(s string) string {
	norm, _ := fold(s, false)
	return norm
}

// at returns the index of the segment holding Norm's byte i (i < len(Norm)).
func (t *Text) at(i int) int {
	// the first segment starting after i, minus one
	return sort.Search(len(t.segs), func(k int) bool { return int(t.segs[k].norm) > i }) - 1
}

// Orig maps byte offset i of Norm (0 ≤ i ≤ len(Norm)) to a byte offset of
// the original string: the start of the original character (or phrase)
// that produced Norm's byte i, and the original length for len(Norm). The
// map is monotonic and always lands on a rune boundary of the original.
// Offsets out of range are clamped.
func (t *Text) Orig(i int) int {
	if len(t.segs) == 0 {
		return 0
	}
	i = max(0, min(i, len(t.Norm)))
	if i == len(t.Norm) {
		return int(t.segs[len(t.segs)-1].orig)
	}
	g := t.segs[t.at(i)]
	if g.unit {
		return int(g.orig)
	}
	j := i
	for j > int(g.norm) && !utf8.RuneStart(t.Norm[j]) {
		j--
	}
	return int(g.orig) + j - int(g.norm)
}

// Span maps the span Norm[start:end] to the span of the original that
// produced it, covering whole original characters: start maps as in Orig,
// end to the end of the original character (or phrase) that produced
// Norm[end-1]. An empty span maps to an empty span at Orig(start). Offsets
// out of range are clamped.
func (t *Text) Span(start, end int) (int, int) {
	n := len(t.Norm)
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	s := t.Orig(start)
	if end == start || len(t.segs) == 0 {
		return s, s
	}
	k := t.at(end - 1)
	g := t.segs[k]
	if g.unit {
		return s, int(t.segs[k+1].orig)
	}
	j := end - 1
	for j > int(g.norm) && !utf8.RuneStart(t.Norm[j]) {
		j--
	}
	_, size := utf8.DecodeRuneInString(t.Norm[j:])
	return s, int(g.orig) + j - int(g.norm) + size
}

// builder accumulates the normalised text and, when mapping, the segments.
type builder struct {
	sb      strings.Builder
	segs    []seg
	mapping bool
	enc     [1]byte // a full-width ASCII character folded
}

// fold normalises s, returning the map too when mapping is set.
func fold(s string, mapping bool) (string, []seg) {
	b := builder{mapping: mapping}
	dict := t2s.Load()
	run := 0 // s[run:i] is unchanged and not yet written
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == '.' || c == '-') && nameDot(s, i, 1) {
				b.begin(s, run, i)
				b.unit("·", i)
				run = i + 1
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if size == 1 { // invalid byte: one unit of its own, unchanged
			b.begin(s, run, i)
			b.unit(s[i:i+1], i)
			i++
			run = i
			continue
		}
		if dict.Starts(r) {
			if out, n := dict.Match(s[i:]); n > 0 {
				b.begin(s, run, i)
				b.converted(s[i:i+n], out, i)
				i += n
				run = i
				continue
			}
		}
		if plainHan(r) {
			i += size
			continue
		}
		repl, changed := b.foldRune(r)
		if !changed {
			i += size
			continue
		}
		if (repl == "." || repl == "-") && nameDot(s, i, size) {
			repl = "·" // 艾尔肯．吐尼亚孜
		}
		b.begin(s, run, i)
		b.unit(repl, i)
		i += size
		run = i
	}
	if run == 0 {
		// Nothing changed: Norm is s.
		if !mapping {
			return s, nil
		}
		return s, []seg{{0, 0, false}, {int32(len(s)), int32(len(s)), false}}
	}
	b.copyRun(s, run, len(s))
	if mapping {
		b.segs = append(b.segs, seg{int32(b.sb.Len()), int32(len(s)), false})
	}
	return b.sb.String(), b.segs
}

// begin is called at the first change: it sets up the buffer, then writes
// the pending unchanged run s[run:i].
func (b *builder) begin(s string, run, i int) {
	if b.sb.Cap() == 0 {
		b.sb.Grow(len(s) + 8)
	}
	b.copyRun(s, run, i)
}

// copyRun writes s[from:to], which needs no change and is valid UTF-8.
func (b *builder) copyRun(s string, from, to int) {
	if from == to {
		return
	}
	if b.mapping {
		b.segs = append(b.segs, seg{int32(b.sb.Len()), int32(from), false})
	}
	b.sb.WriteString(s[from:to])
}

// unit writes out, which the original produced as a whole from offset at.
func (b *builder) unit(out string, at int) {
	if b.mapping {
		b.segs = append(b.segs, seg{int32(b.sb.Len()), int32(at), true})
	}
	b.sb.WriteString(out)
}

// decodeRune decodes the non-ASCII rune at s[i:], with a fast path for the
// three-byte sequences of CJK text. Invalid bytes give (RuneError, 1).
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// converted writes out, the simplified form of in, which starts at original
// offset at. Runes pair up one to one when the counts agree; otherwise the
// whole output maps to the phrase start.
func (b *builder) converted(in, out string, at int) {
	if !b.mapping || utf8.RuneCountInString(in) != utf8.RuneCountInString(out) {
		b.unit(out, at)
		return
	}
	for j, o := 0, 0; j < len(in); {
		_, a := utf8.DecodeRuneInString(in[j:])
		_, c := utf8.DecodeRuneInString(out[o:])
		b.unit(out[o:o+c], at+j)
		j, o = j+a, o+c
	}
}

// transcription holds the characters that transcribe Uyghur, Kazakh and
// other names written with a middle dot (买买提, 吐尔逊, 古丽, 叶尔肯, 别克).
const transcription = "叶旦蒂逊肖守宛谢农再阿艾爱安昂奥巴拜班邦包保贝本比毕别宾波伯博卜不布才查达代丹道德迪地丁东都杜敦多俄额恩尔法凡菲夫弗甫嘎盖甘刚戈格根古瓜哈海罕汗豪合赫洪胡华吉加佳贾江杰金居喀卡开凯坎康柯科克肯库夸坤拉腊来莱兰朗勒雷力丽利里莉连列林琳鲁路伦罗洛玛马麦买曼芒毛梅美蒙米密敏明莫姆木穆那纳娜乃南尼妮宁努诺帕潘佩皮坡普其奇齐恰乔琴热仁日肉如茹萨赛塞桑色森沙莎山尚什司斯松苏素索塔太泰坦汤特提铁吐图托瓦娃万旺维乌吾武西希夏先辛休雅亚燕扬耶也依伊义尤优玉约则扎孜祖佐乎"

// Transcribes reports whether r is a character that transcribes Uyghur,
// Kazakh and other names written with a middle dot (买, 提, 吐, 尔, 逊).
func Transcribes(r rune) bool { return strings.ContainsRune(transcription, r) }

// nameDot reports whether the point or hyphen of size bytes at byte i of s
// stands inside a transcribed name: two characters of transcription on
// each side (艾尔肯.吐尼亚孜, 叶尔肯-别克).
func nameDot(s string, i, size int) bool {
	before, after := s[:i], s[i+size:]
	for range 2 {
		r, n := utf8.DecodeLastRuneInString(before)
		if !Transcribes(r) {
			return false
		}
		before = before[:len(before)-n]
		r, n = utf8.DecodeRuneInString(after)
		if !Transcribes(r) {
			return false
		}
		after = after[n:]
	}
	return true
}

// plainHan reports whether r is a CJK ideograph from the blocks that need
// nothing but traditional → simplified conversion.
func plainHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}
