package gen

import (
	"math/rand/v2"
	"strings"
)

// Filler is the speech and report content that makes up most of a real
// report. It names nobody, states no year and uses none of the words facts
// hang on (主持, 当选, 摄…), so it plants nothing; a few sentences carry the
// phrases a parser must not mistake for facts (重要讲话精神, 新当选的同志).
var (
	fillOpeners = []string{
		"过去一年", "一年来", "面对复杂严峻的发展环境", "在上级党委的坚强领导下", "回顾过去的工作",
		"站在新的起点上", "展望未来", "新的一年", "当前和今后一个时期", "实践证明", "我们深刻体会到",
	}
	fillClauses = []string{
		"坚持以习近平新时代中国特色社会主义思想为指导", "全面贯彻落实党的二十大和二十届历次全会精神",
		"深入学习贯彻习近平总书记重要讲话重要指示精神", "坚持稳中求进工作总基调", "完整准确全面贯彻新发展理念",
		"着力稳增长、调结构、促转型、惠民生、防风险、保安全", "统筹发展和安全", "扎实推进乡村全面振兴",
		"持续优化营商环境", "加快构建现代化产业体系", "深化重点领域改革", "推动生态环境持续改善",
		"扎实办好民生实事", "守牢安全生产底线", "全过程人民民主的生动实践不断深化", "人大代表作用充分发挥",
		"监督工作的针对性和实效性持续增强", "依法履职的能力和水平不断提升", "干部群众的精气神进一步提振",
		"项目建设提质增效", "城乡面貌日新月异", "人居环境持续优化", "群众获得感、幸福感、安全感不断增强",
		"基层治理体系更加完善", "社会大局保持和谐稳定", "财政收支运行平稳", "重点项目加快推进",
		"文化事业繁荣发展", "教育医疗等公共服务水平稳步提升", "农业农村现代化步伐加快",
		"数字经济与实体经济深度融合", "招商引资取得新成效", "转型发展取得新突破",
		"坚决扛起政治责任", "以钉钉子精神抓好落实", "把人民群众的期盼作为工作的着力点",
		"坚持人民代表大会制度这一根本政治制度", "自觉接受人大的法律监督和工作监督",
		"主动接受政协的民主监督", "认真办理代表建议和政协提案", "加强作风建设",
		"树牢过紧日子思想", "不断提升政府治理能力", "锲而不舍落实中央八项规定精神",
		"推动各项决策部署落地见效", "凝聚起团结奋斗的强大合力", "奋力谱写中国式现代化新篇章",
	}
	fillEnders = []string{
		"为经济社会高质量发展提供坚强保障", "推动各项事业取得新的更大成效", "确保全年目标任务圆满完成",
		"以实际行动向人民群众交出满意答卷", "为全面建设社会主义现代化开好局、起好步",
		"努力开创各项工作新局面", "展现新时代新担当新作为",
	}
	// fillAside are sentences that look like facts and are not.
	fillAside = []string{
		"会议要求，全体代表要深入学习习近平总书记重要讲话精神，切实把思想和行动统一到会议精神上来。",
		"代表们一致认为，报告实事求是、重点突出，是一个求真务实、催人奋进的好报告。",
		"与会人员认真聆听，不时报以热烈的掌声。",
	}
)

// sentence returns one sentence of filler.
func sentence(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(2) == 0 {
		b.WriteString(fillOpeners[r.IntN(len(fillOpeners))])
		b.WriteString("，")
	}
	k := 2 + r.IntN(3)
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteString("，")
		}
		b.WriteString(fillClauses[r.IntN(len(fillClauses))])
	}
	b.WriteString("，")
	b.WriteString(fillEnders[r.IntN(len(fillEnders))])
	b.WriteString("。")
	return b.String()
}

// paragraph returns a filler paragraph of about n characters, starting
// with lead (which may be "").
func paragraph(r *rand.Rand, lead string, n int) string {
	var b strings.Builder
	b.WriteString(lead)
	size := len([]rune(lead))
	for size < n {
		s := sentence(r)
		if r.IntN(9) == 0 {
			s = fillAside[r.IntN(len(fillAside))]
		}
		b.WriteString(s)
		size += len([]rune(s))
	}
	return b.String()
}
