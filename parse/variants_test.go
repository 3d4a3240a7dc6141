package parse

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"renda/parse/decode"
)

// variant is a report written in one of the ways real reports vary, with
// the fields it must yield (JSON field name → JSON value).
type variant struct {
	name string
	text string
	want map[string]string
}

// variants are written from the language of reports, not from one file:
// each states a fact in a form the seeds do not use.
var variants = []variant{
	{"abbreviated county session, no place name",
		"县十八届人大三次会议开幕\n1月5日上午，县十八届人大三次会议在县会议中心开幕。",
		map[string]string{"locality": `""`, "level": `"county"`, "term": "18", "session": "3", "event": `"opening"`}},
	{"attendance 应到会/实到会",
		"某县第十八届人民代表大会第三次会议开幕。会议应到会代表212名,实到会代表198名,符合法定人数。",
		map[string]string{"attendance": `{"expected":212,"present":198,"absent":14,"quorum":true}`}},
	{"attendance 应出席/到会",
		"大会应出席代表176人,到会代表170人。",
		map[string]string{"attendance": `{"expected":176,"present":170,"absent":6,"quorum":false}`}},
	{"attendance with leave and 法定要求",
		"会议应到代表120名，因病、因事请假9名，实到111名，符合法定要求。",
		map[string]string{"attendance": `{"expected":120,"present":111,"absent":9,"quorum":true}`}},
	{"attendance leave only",
		"会议应到代表120名，因病请假3名、因事请假6名，符合法定人数。",
		map[string]string{"attendance": `{"expected":120,"present":111,"absent":9,"quorum":true}`}},
	{"attendance in Chinese numerals",
		"本次会议应出席代表二百四十五人，实际出席二百二十六人。",
		map[string]string{"attendance": `{"expected":245,"present":226,"absent":19,"quorum":false}`}},
	{"attendance that does not add up warns",
		"大会应到代表100名，缺席5名，实到90名，符合法定人数。",
		map[string]string{"attendance": `{"expected":100,"present":90,"absent":5,"quorum":true}`, "warnings": `["attendance: 100 expected − 90 present ≠ 5 absent"]`}},
	{"no figures, no attendance",
		"大兴镇第十八届人民代表大会第三次会议胜利闭幕。",
		map[string]string{"attendance": "null"}},
	{"preparatory meeting",
		"平遥县第十七届人民代表大会第三次会议举行预备会议\n1月8日下午，平遥县第十七届人民代表大会第三次会议举行预备会议。会议由县人大常委会主任李明主持。",
		map[string]string{"event": `"preparatory"`, "locality": `"平遥县"`, "presiding": `["李明"]`, "plenary": "0"}},
	{"presidium meeting",
		"市十五届人大二次会议主席团举行第一次会议\n1月9日，市十五届人大二次会议主席团第一次会议召开。",
		map[string]string{"event": `"presidium"`, "term": "15", "session": "2", "level": `"city"`}},
	{"plenary that is neither opening nor closing",
		"区九届人大四次会议举行第二次全体会议\n1月10日上午，区九届人大四次会议举行第二次全体会议，听取和审查区人民法院工作报告。",
		map[string]string{"event": `"plenary"`, "plenary": "2", "level": `"district"`}},
	{"a reference to the opening is not the event",
		"代表分组审议政府工作报告\n1月6日，某县第十八届人民代表大会第三次会议代表分组审议政府工作报告。大会开幕以来，代表们认真履职。会议将于8日闭幕。",
		map[string]string{"event": `"other"`}},
	{"an opening announced by the presider",
		"2月4日下午，某县隆重召开第十七届人民代表大会第四次会议。\n大会执行主席张伟在主席台前排就座。\n张伟宣布：县十七届人大四次会议开幕。全体起立，奏唱国歌。",
		map[string]string{"event": `"opening"`}},
	{"township congress",
		"东阳镇第十八届人民代表大会第三次会议隆重开幕\n1月3日，东阳镇第十八届人民代表大会第三次会议隆重开幕。",
		map[string]string{"locality": `"东阳镇"`, "level": `"township"`, "event": `"opening"`}},
	{"xiang congress",
		"石门乡第十九届人民代表大会第一次会议召开\n石门乡第十九届人民代表大会第一次会议于2021年12月30日召开。",
		map[string]string{"locality": `"石门乡"`, "level": `"township"`, "date": `"2021-12-30"`, "date_basis": `"stated"`}},
	{"province congress",
		"山西省第十四届人民代表大会第二次会议闭幕\n2024年1月26日，山西省第十四届人民代表大会第二次会议在太原闭幕。",
		map[string]string{"locality": `"山西省"`, "level": `"province"`, "event": `"closing"`, "date": `"2024-01-26"`}},
	{"autonomous region",
		"内蒙古自治区第十四届人民代表大会第二次会议开幕\n1月23日，内蒙古自治区第十四届人民代表大会第二次会议在呼和浩特开幕。",
		map[string]string{"locality": `"内蒙古自治区"`, "level": `"province"`}},
	{"municipality is a province",
		"北京市第十六届人民代表大会第二次会议开幕",
		map[string]string{"locality": `"北京市"`, "level": `"province"`}},
	{"banner is a county",
		"达拉特旗第十八届人民代表大会第三次会议开幕",
		map[string]string{"locality": `"达拉特旗"`, "level": `"county"`}},
	{"place as the subject of 召开",
		"清徐县隆重召开第十七届人民代表大会第二次会议",
		map[string]string{"locality": `"清徐县"`, "level": `"county"`, "term": "17", "session": "2"}},
	{"our county holds its session",
		"我县召开十八届人大三次会议",
		map[string]string{"locality": `""`, "level": `"county"`, "term": "18", "session": "3"}},
	{"a Xinhua dateline",
		"新华社石家庄1月21日电 河北省第十四届人民代表大会第二次会议21日上午在石家庄开幕。报告提出2024年工作安排。",
		map[string]string{"source": `"新华社"`, "locality": `"河北省"`, "level": `"province"`, "date": `"2024-01-21"`, "event": `"opening"`}},
	{"dateline names the outlet",
		"忻州日报讯（记者 张三）3月29日，忻州市第五届人民代表大会第四次会议闭幕。",
		map[string]string{"source": `"忻州日报"`}},
	{"publication time on a line of its own",
		"2024-01-05 10:30\n1月4日，某县第十八届人民代表大会第三次会议开幕。",
		map[string]string{"published": `"2024-01-05T10:30:00"`, "date": `"2024-01-04"`}},
	{"executive chairs after a colon, post-nominal title",
		"大会执行主席：张伟、李娜。王德海书记讲话。",
		map[string]string{"executive_chairs": `["张伟","李娜"]`, "speakers": `["王德海"]`}},
	{"a dateline with time and outlet under the headline",
		"县十八届人大三次会议举行第二次全体会议\n2023年2月14日 09:30 县融媒体中心\n2月13日下午，县十八届人大三次会议举行第二次全体会议。",
		map[string]string{"published": `"2023-02-14T09:30:00"`, "source": `"县融媒体中心"`, "date": `"2023-02-13"`, "date_basis": `"inferred"`}},
	{"a dateline with an outlet and no time",
		"2023年2月14日 某某日报\n2月13日下午，县十八届人大三次会议闭幕。",
		map[string]string{"published": `"2023-02-14"`, "source": `"某某日报"`, "date": `"2023-02-13"`}},
	{"a date in words alone on its line stays in the text",
		"县十七届人大二次会议闭幕\n会议胜利闭幕。\n2022年1月26日",
		map[string]string{"published": `""`, "date": `"2022-01-26"`, "date_basis": `"stated"`}},
	{"a dated sentence is not a dateline",
		"2023年2月14日 09:30，县十八届人大三次会议开幕。",
		map[string]string{"published": `""`, "date": `"2023-02-14"`, "source": `""`}},
	{"two presiding, one list",
		"会议由大会执行主席卢映川、王少峰主持。",
		map[string]string{"presiding": `["卢映川","王少峰"]`, "executive_chairs": `["卢映川","王少峰"]`}},
	{"titled names presiding",
		"县委书记王明、县长赵刚主持会议。",
		map[string]string{"presiding": `["王明","赵刚"]`}},
	{"each of a list spoke",
		"县委书记王明、县长赵刚分别讲话。市人大常委会主任李华、副主任周平先后致辞。",
		map[string]string{"speakers": `["王明","赵刚","李华","周平"]`}},
	{"a list that attended and spoke",
		"区领导苑冬梅、李斌出席会议并讲话。",
		map[string]string{"speakers": `["苑冬梅","李斌"]`}},
	{"remarks while presiding",
		"会议由县人大常委会主任王珍主持。\n王珍在主持会议时说，全体代表要认真履职。",
		map[string]string{"presiding": `["王珍"]`, "speakers": `["王珍"]`}},
	{"figures with spaces",
		"会议应到代表 245 名，实到 226 名。",
		map[string]string{"attendance": `{"expected":245,"present":226,"absent":19,"quorum":false}`}},
	{"bare level word, then the municipality named",
		"在市第十六届人民代表大会第三次会议闭幕式上的讲话\n上海市十六届人大三次会议，圆满完成了各项议程。",
		map[string]string{"locality": `"上海市"`, "level": `"province"`}},
	{"a district whose name ends in 林",
		"三林区第十届人民代表大会第四次会议闭幕",
		map[string]string{"locality": `"三林区"`, "level": `"district"`}},
	{"region with code",
		"山西省太原市清徐县第十七届人民代表大会第二次会议闭幕",
		map[string]string{"region": `{"province":"山西省","prefecture":"太原市","county":"清徐县","code":"140121"}`}},
	{"ambiguous district name stays unresolved",
		"朝阳区第十六届人民代表大会第二次会议开幕",
		map[string]string{"region": "null"}},
	{"ambiguous district name resolved by the city named",
		"朝阳区第十六届人民代表大会第二次会议开幕。会议传达了北京市十六届人大二次会议精神。",
		map[string]string{"region": `{"province":"北京市","prefecture":"","county":"朝阳区","code":"110105"}`}},
	{"city and district",
		"3月19日，朔州市平鲁区第八届人民代表大会第五次会议隆重开幕。",
		map[string]string{"locality": `"朔州市平鲁区"`, "level": `"district"`, "term": "8", "session": "5"}},
	{"the meeting day, not a plenum's",
		"2023年12月28日，县委十五届五次全会召开。2024年1月5日，某县第十八届人民代表大会第三次会议开幕。",
		map[string]string{"date": `"2024-01-05"`, "date_basis": `"stated"`}},
	{"full date stated",
		"2022年1月26日，清徐县第十七届人民代表大会第二次会议胜利闭幕。",
		map[string]string{"date": `"2022-01-26"`, "date_basis": `"stated"`}},
	{"date in Chinese numerals",
		"二〇二四年一月十五日，某县第十届人民代表大会第三次会议开幕。",
		map[string]string{"date": `"2024-01-15"`, "date_basis": `"stated"`}},
	{"year from the publication line",
		"时间:2024-03-30 22:37:00\n3月29日，忻州市第五届人民代表大会第四次会议胜利闭幕。",
		map[string]string{"date": `"2024-03-29"`, "date_basis": `"inferred"`, "published": `"2024-03-30T22:37:00"`}},
	{"December session published in January",
		"发布时间：2026-01-02\n12月30日，某县第十七届人民代表大会第七次会议闭幕。",
		map[string]string{"date": `"2025-12-30"`, "date_basis": `"inferred"`, "published": `"2026-01-02"`}},
	{"year from work-plan cues",
		"3月19日，某区第八届人民代表大会第五次会议开幕。报告分为：一、2023年工作回顾；二、2024年工作安排。",
		map[string]string{"date": `"2024-03-19"`, "date_basis": `"inferred"`}},
	{"no year at all",
		"3月19日，某区第八届人民代表大会第五次会议开幕。",
		map[string]string{"date": `""`, "date_basis": `""`}},
	{"traditional script",
		"清徐縣第十七屆人民代表大會第二次會議閉幕\n2022年1月26日，清徐縣第十七屆人民代表大會第二次會議勝利閉幕。大會執行主席王劍峰主持會議。會議應到代表二百名，實到一百九十名，符合法定人數。",
		map[string]string{"locality": `"清徐县"`, "event": `"closing"`, "title": `"清徐县第十七届人民代表大会第二次会议闭幕"`, "presiding": `["王剑峰"]`, "executive_chairs": `["王剑峰"]`, "attendance": `{"expected":200,"present":190,"absent":10,"quorum":true}`}},
	{"full-width digits and punctuation",
		"２０２３年２月１０日，山亭区第十届人民代表大会第二次会议闭幕。大会应到代表２４５名，实到２２６名。",
		map[string]string{"date": `"2023-02-10"`, "attendance": `{"expected":245,"present":226,"absent":19,"quorum":false}`}},
	{"headline split over two lines",
		"沁源县第十七届人民代表大会\n第七次会议胜利闭幕\n12月24日，会议圆满完成各项议程。",
		map[string]string{"title": `"沁源县第十七届人民代表大会第七次会议胜利闭幕"`, "session": "7", "event": `"closing"`}},
	{"party plenum is not the congress",
		"市委五届六次全会召开\n会议传达了市委五届六次全会精神。",
		map[string]string{"term": "0", "session": "0", "locality": `""`}},
	{"standing committee is not the session",
		"县第十七届人民代表大会第二次会议闭幕。县十七届人大常委会第五次会议将于下月召开。",
		map[string]string{"term": "17", "session": "2"}},
	{"CPPCC beside the congress",
		"县十八届人大三次会议和县政协十届三次会议召开。县政协十届三次会议听取了报告。",
		map[string]string{"term": "18", "session": "3", "level": `"county"`}},
	{"higher-level congress mentioned",
		"某县第十八届人民代表大会第三次会议开幕\n会议传达了省十四届人大二次会议精神。在县的省十四届人大代表列席会议。",
		map[string]string{"term": "18", "session": "3", "locality": `"某县"`, "level": `"county"`}},
	{"national congress mentioned",
		"会议学习了十四届全国人大二次会议精神。区第九届人民代表大会第四次会议闭幕。",
		map[string]string{"term": "9", "session": "4", "level": `"district"`}},
	{"presided by, in the passive",
		"会议由大会主席团常务主席、执行主席王鸿主持。",
		map[string]string{"presiding": `["王鸿"]`, "executive_chairs": `["王鸿"]`}},
	{"speech and address",
		"县委书记赵永进出席会议并讲话。县长李华致辞。",
		map[string]string{"speakers": `["赵永进","李华"]`}},
	{"speech with a quoted title",
		"县委书记张强作了题为《凝心聚力 开创新局》的讲话。县长李明作动员讲话。",
		map[string]string{"speakers": `["张强","李明"]`}},
	{"presided and spoke",
		"县人大常委会主任李华主持会议并讲话。",
		map[string]string{"presiding": `["李华"]`, "speakers": `["李华"]`}},
	{"speech spirit is not a speech",
		"会议要求深入学习习近平总书记重要讲话精神。",
		map[string]string{"speakers": `[]`}},
	{"government work report",
		"根据会议议程，县长张文代表县人民政府向大会作政府工作报告。",
		map[string]string{"reports": `[{"title":"政府工作报告","by":"张文"}]`}},
	{"bare work report named after its body",
		"苑冬梅代表朔州市平鲁区人民政府向大会作工作报告。",
		map[string]string{"reports": `[{"title":"政府工作报告","by":"苑冬梅"}]`}},
	{"quoted work report",
		"镇长刘丽代表镇人民政府作《政府工作报告》。",
		map[string]string{"reports": `[{"title":"政府工作报告","by":"刘丽"}]`}},
	{"standing committee report",
		"县人大常委会主任刘强作县人大常委会工作报告。",
		map[string]string{"reports": `[{"title":"县人大常委会工作报告","by":"刘强"}]`}},
	{"elected with 当选为",
		"刘芳当选为县人民政府县长。",
		map[string]string{"elected": `[{"name":"刘芳","position":"县人民政府县长"}]`}},
	{"elected with 选举…为",
		"会议选举张伟、李娜为县人大常委会副主任。",
		map[string]string{"elected": `[{"name":"张伟","position":"县人大常委会副主任"},{"name":"李娜","position":"县人大常委会副主任"}]`}},
	{"several elected to one post",
		"刘强当选为县人大常委会主任，陈明、杨华当选为县人大常委会副主任。",
		map[string]string{"elected": `[{"name":"刘强","position":"县人大常委会主任"},{"name":"陈明","position":"县人大常委会副主任"},{"name":"杨华","position":"县人大常委会副主任"}]`}},
	{"a typical opening",
		"某县第十八届人民代表大会第三次会议开幕\n2024-01-10 09:12 来源：某县融媒体中心\n1月9日上午，某县第十八届人民代表大会第三次会议在县人民会堂隆重开幕。大会应出席代表196名，实际出席代表183名，符合法定人数。县领导张三、李四、王五、赵六在主席台就座。开幕式由大会执行主席张三主持。县长李四代表县人民政府向大会作政府工作报告。",
		map[string]string{"event": `"opening"`, "date": `"2024-01-09"`, "date_basis": `"inferred"`, "published": `"2024-01-10T09:12:00"`, "source": `"某县融媒体中心"`,
			"attendance": `{"expected":196,"present":183,"absent":13,"quorum":true}`, "rostrum": `["张三","李四","王五","赵六"]`,
			"presiding": `["张三"]`, "executive_chairs": `["张三"]`, "reports": `[{"title":"政府工作报告","by":"李四"}]`}},
	{"elected after the fact is not a post",
		"会议选举刘涛为县人民政府县长。刘涛当选县长后作了表态发言。",
		map[string]string{"elected": `[{"name":"刘涛","position":"县人民政府县长"}]`}},
	{"roles and names separated by commas",
		"大会主席团常务主席、执行主席，区委书记张国强，大会主席团常务主席、执行主席，区人大常委会主任李文华等在主席台前排就座。",
		map[string]string{"executive_chairs": `["张国强","李文华"]`, "rostrum": `["张国强","李文华"]`}},
	{"a place name holding 次",
		"晋中市榆次区第十七届人民代表大会第三次会议隆重开幕",
		map[string]string{"locality": `"晋中市榆次区"`, "level": `"district"`}},
	{"elections in text order",
		"张伟当选为县人大常委会主任。会议选举李娜为县人民法院院长。",
		map[string]string{"elected": `[{"name":"张伟","position":"县人大常委会主任"},{"name":"李娜","position":"县人民法院院长"}]`}},
	{"speakers in text order",
		"会议由县人大常委会主任王珍主持。\n王珍在主持会议时说，要认真履职。县委书记赵强出席会议并讲话。",
		map[string]string{"speakers": `["王珍","赵强"]`}},
	{"delegates attending the session are not the place",
		"出席清徐县第十七届人民代表大会第二次会议的代表分组审议政府工作报告。",
		map[string]string{"locality": `"清徐县"`, "level": `"county"`}},
	{"league head delivers the report",
		"盟长黄敏洪代表盟人民政府向大会作政府工作报告。",
		map[string]string{"reports": `[{"title":"政府工作报告","by":"黄敏洪"}]`}},
	{"more posts in later clauses of 选举",
		"会议选举张三为县人民政府县长，李四、王五为县人民政府副县长。",
		map[string]string{"elected": `[{"name":"张三","position":"县人民政府县长"},{"name":"李四","position":"县人民政府副县长"},{"name":"王五","position":"县人民政府副县长"}]`}},
	{"a speech at the closing meeting",
		"区委书记周平在闭幕大会上讲话。",
		map[string]string{"speakers": `["周平"]`}},
	{"a count after the last resolution",
		"会议表决通过了某区第十八届人民代表大会第四次会议关于区人民政府工作报告的决议等6项决议。",
		map[string]string{"resolutions": `["关于区人民政府工作报告的决议"]`}},
	{"newly elected comrades are not names",
		"向新当选的同志表示祝贺。",
		map[string]string{"elected": `[]`}},
	{"rostrum after 就座的有",
		"在主席台就座的有王东、李明、赵强等。",
		map[string]string{"rostrum": `["王东","李明","赵强"]`}},
	{"rostrum before 在主席台就坐, with tail",
		"市领导李建国、刘卓良、曲君和大会主席团成员在主席台就坐。",
		map[string]string{"rostrum": `["李建国","刘卓良","曲君"]`}},
	{"resolutions in brackets",
		"会议表决通过了《关于县人民政府工作报告的决议》《关于县人民法院工作报告的决议》。",
		map[string]string{"resolutions": `["关于县人民政府工作报告的决议","关于县人民法院工作报告的决议"]`}},
	{"resolutions without brackets",
		"会议表决通过了关于县人民政府工作报告的决议、关于县2024年预算的决议。",
		map[string]string{"resolutions": `["关于县人民政府工作报告的决议","关于县2024年预算的决议"]`}},
	{"reports adopted are not resolutions",
		"会议审议通过了《政府工作报告》等重要报告。",
		map[string]string{"resolutions": `[]`}},
	{"photographer credit",
		"大会现场。记者 张三 摄\n代表投票表决。李四摄",
		map[string]string{"photographers": `["张三","李四"]`}},
	{"editors are furniture, not people",
		"某县第十届人民代表大会第二次会议闭幕。\n责任编辑：王五\n审核：赵六\n来源：某县融媒体中心",
		map[string]string{"rostrum": `[]`, "speakers": `[]`, "source": `"某县融媒体中心"`, "text": `"某县第十届人民代表大会第二次会议闭幕。"`}},
	{"furniture lines leave the text",
		"字体大小:【大】 【中】 【小】\n首页 > 新闻 > 本地\n某县第十届人民代表大会第二次会议闭幕。\nCopyright © 2024 某县融媒 版权所有\n晋ICP备12345678号\n举报电话：0351-1234567",
		map[string]string{"text": `"某县第十届人民代表大会第二次会议闭幕。"`, "source": `"某县融媒"`}},
	{"furniture variants",
		"【字体：大 中 小】\n稿件来源：某县人民政府网  点击量：120\n某县第十届人民代表大会第二次会议闭幕。",
		map[string]string{"text": `"某县第十届人民代表大会第二次会议闭幕。"`, "source": `"某县人民政府网"`}},
	{"metadata table",
		"| 索引号:000014349/2025-32207 | |\n| 发文机关:县融媒体中心 | 主题词: |\n| 标题:沁源县十七届人大七次会议闭幕 | |\n| 发布日期:2025-12-25 | |\n12月24日,会议闭幕。",
		map[string]string{"title": `"沁源县十七届人大七次会议闭幕"`, "source": `"县融媒体中心"`, "published": `"2025-12-25"`, "date": `"2025-12-24"`}},
}

func TestVariants(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			rec := FromText("v", v.text)
			b, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			for field, want := range v.want {
				if string(got[field]) != want {
					t.Errorf("%s = %s, want %s", field, got[field], want)
				}
			}
			checkEvidence(t, rec)
		})
	}
}

func TestParseErrorsNameTheFile(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", nil, decode.ErrEmpty},
		{"blank.txt", []byte(" \n\t\n"), decode.ErrEmpty},
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), decode.ErrBinary},
		{"huge.txt", make([]byte, MaxBytes+1), ErrTooLarge},
	}
	for _, tt := range tests {
		_, err := Parse("dir/"+tt.name, tt.data)
		if err == nil || !errors.Is(err, tt.want) || !strings.HasPrefix(err.Error(), "dir/"+tt.name+": ") {
			t.Errorf("Parse(%s) error = %v, want %v naming the file", tt.name, err, tt.want)
		}
	}
}

func TestID(t *testing.T) {
	for in, want := range map[string]string{
		"a/b/001_x.txt": "001_x", "001.txt": "001", `c:\docs\r.txt`: "r", "noext": "noext", ".hidden": ".hidden",
	} {
		if got := ID(in); got != want {
			t.Errorf("ID(%q) = %q, want %q", in, got, want)
		}
	}
}
