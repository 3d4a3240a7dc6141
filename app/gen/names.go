package gen

import "math/rand/v2"

// surnames are common single-character surnames, most frequent first, so
// that a skewed draw gives a realistic mix. Surnames that double as common
// words at the start of a phrase (于, 常, 时, 全, 和, 安, 同) are left out:
// a reader could not tell them from the word.
const surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹黎武乔贺赖龚岳温郗廉申阴樊牛柴翟裴靳霍卫骆"

// givenChars are characters of given names. Function characters that begin
// the words following a name in reports (主持, 讲话, 致辞, 强调, 当选, 出席,
// 代表, 作, 在, 等, 为, 和, 与) are left out, so every name ends where a
// reader sees it end.
const givenChars = "伟芳娜敏静丽磊军洋勇艳杰涛超秀霞平刚桂英华建国志红海玉兰晓斌宁波辉鹏飞云峰亮林俊彬宇浩瑞凯德永昌荣庆春福贵祥胜民忠良坤鑫琳璐慧婷雪梅倩颖佳欣嘉振宏鸿秋冬彦卫彪琦韬骏毅锋岩松柏桐晨旭昊睿泽洪淑珍凤翠莉萍燕菊娟蓉冰丹瑶锦耀鹤哲铭远恒钧炜琴霖璇莹"

// wordNames are surname+given pairs that read as common words; a
// generated name is never one of them.
var wordNames = map[string]bool{
	"高明": true, "高峰": true, "黄金": true, "白云": true, "林海": true, "金华": true, "江山": true,
	"方圆": true, "石林": true, "高华": true, "金波": true, "高平": true, "黄河": true, "龙凤": true,
	"华丽": true, "白雪": true, "温和": true, "康宁": true, "金鑫": true, "高远": true, "武林": true,
	"金秋": true, "马丽": true, "卫国": true, "建国": true, "周平": true,
}

// namer draws people's names for one report, never the same name twice.
type namer struct {
	r    *rand.Rand
	used map[string]bool
}

func newNamer(r *rand.Rand) *namer { return &namer{r: r, used: map[string]bool{}} }

// reserve marks s as taken, e.g. a place stem that must not read as a name.
func (n *namer) reserve(s string) { n.used[s] = true }

// name returns a new name: a surname and one or two given characters.
func (n *namer) name() string {
	sur := []rune(surnames)
	giv := []rune(givenChars)
	for {
		// Favour the frequent surnames at the front of the list.
		i := n.r.IntN(len(sur))
		if n.r.IntN(2) == 0 {
			i = n.r.IntN(len(sur)/4 + 1)
		}
		s := string(sur[i]) + string(giv[n.r.IntN(len(giv))])
		if n.r.IntN(100) < 68 {
			s += string(giv[n.r.IntN(len(giv))])
		}
		if n.used[s] || wordNames[s] || repeats(s) {
			continue
		}
		n.used[s] = true
		return s
	}
}

// names returns k new names.
func (n *namer) names(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = n.name()
	}
	return out
}

// repeats reports whether a name repeats a character (王王, 李华华): real,
// but a parser test should not hinge on it.
func repeats(s string) bool {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if rs[i] == rs[i-1] {
			return true
		}
	}
	return false
}
