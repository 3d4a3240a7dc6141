package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// surnames holds common Chinese single-character surnames (百家姓 and the
// most frequent modern ones); compound lists the two-character ones.
const surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公苑闫付仝佘覃岳帅缑亢况有琴商牟佴伯赏墨哈谯笪年爱阳佟代练揭晋操原栗银门郇逢来檀植冼邸綦兰迟粟谌初展战泮阿塔库热依买艾吐努麦乌木斯巴达肖涂芦苟邝朴普漆亓矫隋冶妥楼纳刀岩玉盘奉昂拜虎撒喇锁禤罕拓星敬母贠鄢畅庹茆禚仉呼侬忻丘望闭海铁陇南鲜茶"

var compoundSurnames = []string{"欧阳", "司马", "上官", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐", "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司徒", "司空", "端木", "南宫", "呼延"}

// nameOpenings are two-character openings of Tibetan, Mongolian and Yi
// names, which have no surname of the Han kind (扎西次仁, 格桑卓玛, 卓玛, 其其格): a name that opens
// with one reads as a name as one with a compound surname does.
var nameOpenings = []string{"扎西", "次仁", "格桑", "多吉", "洛桑", "达瓦", "旦增", "尼玛", "索朗", "平措",
	"强巴", "顿珠", "边巴", "拉巴", "普布", "白玛", "卓玛", "德吉", "央金", "益西", "贡嘎", "曲珍", "仁增",
	"群培", "次旦", "罗布", "其其", "额尔", "宝音", "图雅", "萨仁", "斯琴", "朝鲁", "巴图",
	// Tibetan names as written in Qinghai, Gansu and Sichuan (才让东智,
	// 仁青卓玛), and more Mongolian openings (那顺巴雅尔, 乌云其木格)
	"才让", "仁青", "丹增", "才旦", "多杰", "更登", "完玛", "万玛", "华旦", "旦正", "索南", "久美", "才仁",
	"尕藏", "公保", "桑杰", "嘉措", "土登", "阿旺", "泽仁", "泽旺", "降央", "向巴", "巴桑", "赤列", "次成",
	"达娃", "噶玛", "贡保", "昂旺", "拉毛", "卓嘎", "那顺", "布仁", "图门", "敖登", "乌云", "哈斯", "娜仁",
	"格日", "阿拉", "孟克", "巴图", // 巴图孟和
	// Mongolian names of five and six characters (乌力吉巴图, 额尔敦毕力格,
	// 吉日嘎拉图, 特木尔巴根)
	"乌力", "毕力", "吉日", "巴雅", "白音", "特木", "朝格", "孟和", "苏日", "乌日", "达来", "恩和", "满都",
	"赛音", "阿木", "呼日", "巴音", "包力", "苏和", "其木", "那仁", "格根", "宝力", "乌兰", "苏亚", "萨日",
	"包德", "德力", // 包德力格尔, 德力格尔 (Delger, with or without the surname 包)
	// Yi names of four characters open with the clan's name (吉克曲布,
	// 俄木阿呷, 海来木呷, 阿苏日哈, 沙马阿果)
	"吉克", "阿苏", "俄木", "海来", "沙马", "曲木", "吉伍", "阿约", "勒格", "瓦扎", "吉木", "马黑", "阿说",
	"依火", "阿牛", "巫达", "果基", "沙玛", "阿西", "瓦其", "尔古", "吉俄", "木乃", "俄底", "日色", "阿克",
	"泽郎", "格绒", "四郎", "降措", "洛绒", "呷绒", "彭措", "贡布",
	// more Tibetan openings (次旺多布杰, 米玛次仁)
	"次旺", "米玛", "扎巴", "加央", "欧珠", "琼达", "晋美", "尕玛", "索昂", // 尕玛才仁, 索昂文江
	"旺久", "旺堆", "旺姆", // 旺久多吉, 旺堆次仁
	"洛松", "更嘎", "更尕", "尕松", "昂文", "求培", "嘎玛", "江永", // 洛松, 更嘎 (Losang, Kunga as written in Yushu)
	"罗松", "达哇", "其美", // 罗松达哇, 达哇卓玛 (Yushu's Losang, Dawa), 其美卓嘎 (Chime)
	"道吉", // 道吉才让 (Dorje as Amdo writes it)
	"吉史", "金古", "罗洪", "阿尔", "曲比", "马海", "阿力", "阿什", "瓦西", "阿侯", "吉子", "勒尔", "阿吉", "日火",
	// Uyghur names written without their dot (帕提古丽, 阿依努尔)
	"帕提", "阿依", "热娜", "古丽", "迪丽", "努尔", "祖丽", "米热", "热依", "买买", "阿布", "阿不", "艾尔", "吐尔",
	"热孜", "热比", "米娜", "阿娜", "再努", "玛依", // 热孜万古丽, 米娜瓦尔
	// Jingpo names open with the clan's name (勒排早干, 恩昆腊, 木然诺)
	"勒排", "恩昆", "木然",
	// Tibetan names as written in Diqing (斯那品初, 此里拉姆, 鲁茸培楚, 七林旺堆)
	"斯那", "此里", "鲁茸", "七林", "格茸", "松诺", "扎史",
	"苏德", "罗绒", // 苏德那木, 罗绒丹增
	"乌仁", "萨仁", // Mongolian names: 乌仁图雅, 萨仁高娃
	"俄狄", "拉马", "勒古", // 俄狄阿支, 拉马阿牛, 勒古么且
	// more Yi clans (阿苦日者, 的惹拉哈, 吉好也求, 苏呷阿支, 阿硕伍呷)
	"阿苦", "的惹", "的日", "吉好", "苏呷", "阿硕", "比曲", "阿鲁", "海乃", "克其", "俄其", "俄的", "阿的"}

// titleWords end a person's title: the name follows them, as in
// 市人大常委会主任王珍 or 区领导王德海. Longer words come first.
var titleWords = []string{
	"常务副主任", "主任委员", "副秘书长", "秘书长", "检察长", "执行主席", "常务主席", "副主席", "主席",
	"副书记", "书记", "副主任", "主任", "副县长", "县长", "副区长", "区长", "副市长", "市长", "副省长", "省长",
	"副州长", "州长", "副旗长", "旗长", "副盟长", "盟长", "主任委员", "代主任", "代县长", "代区长", "代市长", "代镇长", "代乡长", "副镇长", "镇长", "副乡长", "乡长", "党委书记", "副院长", "院长",
	"副部长", "部长", "副局长", "局长", "副所长", "所长", "副校长", "校长", "委员", "常委", "领导", "同志", "代表", "成员", "主持人", "记者",
	"通讯员", "负责人", "发言人", "局长", "厅长", "处长", "科长", "组长", "队长", "社长", "总编", "编辑", "监委主任", "副团长", "团长",
	"人大代表", "议员", "政委", "副师长", "师长", "司令员", "主席团成员", "副专员", "专员", "巡视员", "调研员", "指挥长", "会长", "领队", "阿訇", // 省科技厅二级巡视员冉小平, 援疆莎车分指挥部指挥长周卫东
	"董事长", "总经理", // 县城投集团董事长邓少军
	"工作人员",                              // 大会秘书处工作人员郭晨
	"副苏木达", "苏木达", "副苏木长", "苏木长", "嘎查达", // a sumu's and a gaqa's heads (苏木达额尔敦·巴特尔)
}

// nonNames are two- and three-character words that look like names because
// they start with a surname character but are not people.
var nonNames = map[string]bool{
	"代表们": true, "委员们": true, "同志们": true, "拜年": true, "宣布了": true, "盘活": true, "盘点": true, "昂扬": true, "妥善": true, "冶炼": true, "玉米": true, "岩石": true, "楼房": true, "楼宇": true, "纳税": true, "纳入": true, "大会": true, "会议": true, "代表": true, "全体": true, "主席": true, "报告": true, "同志": true,
	"选举结果": true, "表决结果": true, "计票结果": true,
	"他们": true, "我们": true, "大家": true, "全县": true, "全区": true, "全市": true, "全镇": true,
	"全乡": true, "全省": true, "常委": true, "领导": true, "成员": true, "委员": true, "各位": true,
	"政府": true, "人大": true, "市委": true, "县委": true, "区委": true, "省委": true, "党委": true,
	"主任": true, "书记": true, "主持": true, "讲话": true, "出席": true, "列席": true, "通过": true,
	"选举": true, "当选": true, "执行": true, "常务": true, "宣布": true, "新当选": true, "和大会": true,
	"以及": true, "其他": true, "有关": true, "各级": true, "市领导": true, "区领导": true, "县领导": true,
	"镇领导": true, "乡领导": true, "省领导": true, "向大会": true, "在主席": true, "主席台": true,
	"国歌": true, "万岁": true, "上午": true, "下午": true, "于是": true, "于会": true, "云等": true, "应邀": true, "班子": true, "干部": true, "热议": true, "有所": true, "计票": true, "监票": true,
	"星期": true, "星级": true, "经计票": true, "经投票": true, "经选举": true, "经表决": true, "经清点": true, // 经计票，孙立国当选
	"大会主席": true, "市人大": true, "县人大": true, "区人大": true, "镇人大": true, "乡人大": true,
	"于大会": true, "应到": true, "实到": true, "应选": true, "能力": true, "身份": true, "应投票": true, "应出席": true, "依次": true, "依法": true, "依据": true, "依照": true, "依托": true, "缺席": true, "请假": true, "会上": true, "其中": true,
	"同时": true, "时间": true, "东方": true, "后来": true, "后续": true, "通讯": true, "和谐": true,
	"和平": true, "全面": true, "全力": true, "高质量": true, "高度": true, "常务副": true, "代表团": true,
	"文件": true, "文明": true, "安全": true, "安排": true, "经济": true, "管理": true, "发展": true,
	"国家": true, "国民": true, "财政": true, "计划": true, "工作": true, "政协": true, "法院": true,
	"检察院": true, "明确": true, "明年": true, "全年": true, "林业": true, "司法": true, "关于": true,
	// words that follow a title as a name would (执行主席人选, 副主任职务)
	"人选": true, "名单": true, "候选人": true, "职务": true, "人员": true, "分工": true, "席位": true,
	"简介": true, "简历": true, // 候选人简介
	"闭幕": true, "闭会": true, // 闭 a surname: 四、闭幕讲话
	"连同":  true,             // 其余2件作为建议，连同代表提出的建议…
	"宣誓后": true,             // 监票人、计票人宣誓后，…宣布投票开始
	"师长":  true,             // a division's commander (第八师党委副书记、师长，…): a title
	"强调":  true, "表示": true, // verbs opening as surnames do (王书记强调，…)
	"马上": true, // 工作人员马上到位
}

// deptWords are the work an office of a body is named for (宣传科, 党建办,
// 通讯组), which open names as surnames do.
var deptWords = map[string]bool{"宣传": true, "党建": true, "通讯": true, "文秘": true, "组织": true, "秘书": true}

// surnameSet holds the runes of surnames for constant-time lookups.
var surnameSet = func() map[rune]bool {
	m := make(map[rune]bool, len(surnames)/3)
	for _, r := range surnames {
		m[r] = true
	}
	return m
}()

// latinNameAtEnd returns the romanised name that ends s, a capitalised
// surname and given name a space apart (Qin Hua, Ouyang Xiaoming), and its
// span in s: a photo credit may be written so ((Qin Hua 摄)). The words of
// an English credit before a name (By, Photo) are none of it.
func latinNameAtEnd(s string) (string, int, int, bool) {
	end := len(strings.TrimRight(s, " "))
	given, ok := capitalisedBefore(s, end)
	gap := len(strings.TrimRight(s[:given], " "))
	if !ok || gap == given {
		return "", 0, 0, false // no word, or none a space before it
	}
	start, ok := capitalisedBefore(s, gap)
	if surname := s[start:gap]; !ok || surname == "By" || surname == "Photo" {
		return "", 0, 0, false
	}
	return strings.Join(strings.Fields(s[start:end]), " "), start, end, true
}

// capitalisedBefore returns where the capitalised word of two letters or
// more that ends at byte i of s starts (Qin, Hua).
func capitalisedBefore(s string, i int) (int, bool) {
	k := i
	for k > 0 && isLatinLetter(s[k-1]) {
		k--
	}
	return k, i-k >= 2 && 'A' <= s[k] && s[k] <= 'Z'
}

// isLatinLetter reports whether b is an ASCII letter.
func isLatinLetter(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return true // the unified ideographs block, by far the most common
	}
	return r > 0x2e7f && unicode.Is(unicode.Han, r)
}

// hasSurname reports whether s starts with a known surname.
func hasSurname(s string) bool {
	if hasCompoundSurname(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return surnameSet[r]
}

// isName reports whether s reads as a person's name: two to four Han
// characters (or a transliterated name with a middle dot) starting with a
// surname, and not a common word; up to six when it opens as Mongolian and
// Tibetan names do (nameOpenings: 乌力吉巴图). A name does not end with 等:
// 孙铁等 is 孙铁 and others.
func isName(s string) bool {
	if len(s) < 6 || len(s) > 40 || strings.HasSuffix(s, "等") {
		return false // fewer than two or more than a dozen Han runes, or …等
	}
	if strings.Contains(s, "某") {
		return false // a name a page masks (李某某, 张某): no one's
	}
	// a transcribed name opens with a name of any kind (嘎玛·扎西), not with
	// what places and posts hold
	first, _, dotted := strings.Cut(strings.ReplaceAll(s, "•", "·"), "·")
	if dotted && (strings.ContainsAny(first, notInLongNames) || hasTitle(first)) {
		return false // 宣誓仪式由海来·阿果, though 宣 is a surname
	}
	if last, _ := utf8.DecodeLastRuneInString(s); last == '·' || last == '•' {
		return false // a transcribed name's first part alone (努尔兰·)
	}
	if !hasSurname(s) && !(dotted && utf8.RuneCountInString(first) >= 2) {
		return false
	}
	n := 0
	for _, r := range s {
		switch {
		case r == '·' || r == '•':
			if n == 0 {
				return false
			}
		case !isHan(r):
			return false
		}
		n++
	}
	if strings.ContainsAny(s, "·•") {
		return n >= 3 && n <= 12
	}
	// a clan's name may hold what other names do not (的惹拉哈): the
	// rest is asked
	rest := s
	if openingSet[s[:6]] {
		rest = s[6:]
	}
	if n < 2 || n > 6 || nonNames[s] || (n > 4 || n == 4 && openingSet[s[:6]]) && strings.ContainsAny(rest, notInLongNames) {
		return false
	}
	if first, size := utf8.DecodeRuneInString(s); strings.ContainsRune(threeOnlySurnames, first) && !openingSet[s[:6]] &&
		(n != 3 || strings.ContainsAny(s[size:], notInLongNames) || threeOnlyWords[s]) {
		return false
	}
	if n == 3 && titleSet[s] {
		return false // a title that opens as a surname does (通讯员)
	}
	// a surname and a post, a person named again in short (王书记强调, 李县长
	// 说, 欧阳主任)
	if n == 3 && titleSet[s[3:]] || n == 4 && hasCompoundSurname(s) && titleSet[s[6:]] {
		return false
	}
	if n == 3 && deptWords[s[:6]] {
		if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("科股组办部室处", last) {
			return false // an office of a body, as a credit names it (宣传科 刘晨 摄)
		}
	}
	if strings.HasSuffix(s, "了") || strings.HasSuffix(s, "因") {
		return false // a verb's aspect or a cause's, no name's end (通报了代表建议; 候选人马骏因得票较少未当选)
	}
	return n < 4 || n == 4 && hasCompoundSurname(s) || openingSet[s[:6]]
}

func hasCompoundSurname(s string) bool {
	if len(s) < 6 {
		return false
	}
	return compoundSet[s[:6]]
}

// threeOnlySurnames open many a word and place as well as names: 海, a Hui
// surname (海南, 海关, 海口市), 陇, a Yi and Miao one (陇南, 陇海), and 南
// (南方, 南京市). They open names of three characters only, none holding a
// character of places or offices, and none of threeOnlyWords — but for the
// Yi clans' (海来拉则).
const threeOnlySurnames = "海陇南"

// threeOnlyWords are words of three that open with threeOnlySurnames and
// hold no character of places or offices.
var threeOnlyWords = map[string]bool{"海内外": true, "海拉尔": true, "海勃湾": true}

// notInLongNames are characters that names of five or six characters, and
// names of four that open without a surname, do not hold but places and
// what is said of people do (阿拉善左旗, 巴音郭楞州, 扎西主持会议, 阿尔山市),
// nor words that end phrases (宣誓仪式由海来·阿果).
const notInLongNames = "省市县区旗州盟镇乡会议讲持席委长书记任团府座由的是为将请了着在"

// titleSet holds the titleWords, and openingSet the name openings (six
// bytes in UTF-8).
var (
	titleSet   = setOf(titleWords)
	openingSet = setOf(nameOpenings)
)

// setOf returns the set of the words of the lists.
func setOf(lists ...[]string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// compoundSet holds the two-character surnames and name openings (six
// bytes in UTF-8).
var compoundSet = setOf(compoundSurnames, nameOpenings)

// afterTitle returns the part of s after its last title word, and the
// offset where it starts. When s holds no title word, it returns s and 0.
func afterTitle(s string) (string, int) {
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		for _, w := range titlesByLastRune[r] {
			if strings.HasSuffix(s[:end], w) {
				return s[end:], end
			}
		}
		end -= size
	}
	return s, 0
}

// titlesByLastRune groups the title words by their last rune, so that a
// string is scanned once from its end.
var titlesByLastRune = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range titleWords {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// hasTitle reports whether s contains a title word.
func hasTitle(s string) bool {
	_, off := afterTitle(s)
	return off > 0
}

// titleSuffix returns the title word that ends s, or "": the first of
// titleWords that does.
func titleSuffix(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range titlesByLastRune[r] {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// hasTitleSuffix reports whether s ends with a title word.
func hasTitleSuffix(s string) bool { return titleSuffix(s) != "" }

// squeeze removes spaces inside a name, as in 王　珍 padded to the width of
// three characters.
func squeeze(s string) string {
	if !strings.ContainsAny(s, " \t") {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

// nameAtEnd finds a person's name at the end of s, after any titles:
// 大会执行主席王德海 → 王德海, 会议由王鸿 → 王鸿. It returns the name and its
// byte offset in s.
func nameAtEnd(s string) (string, int, bool) {
	s = strings.TrimRight(s, " ")
	// 李强等: "and others" after the name, though 李强等 reads as a name too
	if t, ok := strings.CutSuffix(s, "等"); ok {
		if name, off, ok := nameAtEnd(t); ok {
			return name, off, true
		}
	}
	rest, off := afterTitle(s)
	if t := strings.TrimLeft(rest, " "); isName(squeeze(t)) {
		return squeeze(t), off + len(rest) - len(t), true
	}
	// a name of a surname the parser does not know, whole between a title
	// and the item's end: 执行主席者永平, 常务主席区汉光; four characters of a
	// surname it knows: 常务主席陶克陶胡 (not the body a title word opens:
	// 主席团宣布, 代表团; nor a word after 的领导, leadership, not a post:
	// 大会的领导机构; nor a verb after a count of them, no person's title:
	// 主席团由41名成员组成)
	if t := strings.TrimLeft(rest, " "); off > 0 && (utf8.RuneCountInString(t) <= 3 || hasSurname(t)) && !strings.HasPrefix(t, "团") && mayBeName(t) &&
		!strings.HasSuffix(s[:off], "的领导") && !strings.HasSuffix(s[:off-len(titleSuffix(s[:off]))], "名") {
		return t, off + len(rest) - len(t), true
	}
	// the longest name after a word that ends a phrase: three characters
	// or two, or a transcribed name of up to twelve (宣誓仪式由海来·阿果)
	longest := 3
	if strings.ContainsAny(rest, "·•") {
		longest = 12
	}
	for n := longest; n >= 2; n-- {
		i := runeSuffix(rest, n)
		if i < 0 {
			continue
		}
		if cand := rest[i:]; isName(cand) && (i == 0 || isNameBoundary(rest[:i])) {
			return cand, off + i, true
		}
	}
	return "", 0, false
}

// titledName reads the name that ends s after a title, spaces between
// them or not (区委副书记周建华, 区委副书记 周建华), and the name's offset.
func titledName(s string) (string, int, bool) {
	name, off, ok := nameAtEnd(s)
	if !ok || off == 0 || !hasTitleSuffix(strings.TrimRight(s[:off], " ")) {
		return "", 0, false
	}
	return name, off, true
}

// isNameBoundary reports whether a name may start right after prefix: the
// prefix ends in a title word or a character that ends phrases.
func isNameBoundary(prefix string) bool {
	r, _ := utf8.DecodeLastRuneInString(prefix)
	// (or a verb whose object the name is: 确定覃志坚、李彩霞…为大会执行主席)
	return !isHan(r) || strings.ContainsRune("由和与及的是为将请了", r) || hasSuffixAny(prefix, []string{"确定", "决定", "推选"})
}

// runeSuffix returns the byte offset where the last n runes of s start, or
// -1 when s is shorter.
func runeSuffix(s string, n int) int {
	i := len(s)
	for k := 0; k < n; k++ {
		if i == 0 {
			return -1
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// nameAtStart finds a person's name at the start of s followed by a verb, as
// in 王德海强调 or 朱晓东讲话: the longest of three or two characters that is a
// name.
func nameAtStart(s string, verbs ...string) (string, bool) {
	lengths := []int{3, 2, 4}
	if len(s) >= 6 && openingSet[s[:6]] {
		lengths = append(lengths, 5, 6) // 那顺巴雅尔辞去…, 次旺多布杰说
	}
	for _, n := range lengths {
		end := runePrefix(s, n)
		if end < 0 {
			continue
		}
		cand := s[:end]
		if !isName(cand) {
			continue
		}
		rest := s[end:]
		for _, v := range verbs {
			if strings.HasPrefix(rest, v) {
				return cand, true
			}
		}
	}
	return "", false
}

// runePrefix returns the byte length of the first n runes of s, or -1.
func runePrefix(s string, n int) int {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
