package ui

import (
	"strconv"

	"renda/app/explore"
	"renda/parse/schema"
)

// The names of record values in Chinese: they are the message keys that
// locale (i18n.go) translates.

// eventLabel names an event, e.g. closing → 闭幕.
func eventLabel(event string) string {
	switch event {
	case schema.EventOpening:
		return "开幕"
	case schema.EventClosing:
		return "闭幕"
	case schema.EventPreparatory:
		return "预备会议"
	case schema.EventPresidium:
		return "主席团会议"
	case schema.EventPlenary:
		return "全体会议"
	case schema.EventOther:
		return "其他"
	case "", explore.None:
		return "未注明"
	}
	return event
}

// levelLabel names an administrative level.
func levelLabel(level string) string {
	switch level {
	case schema.LevelProvince:
		return "省级"
	case schema.LevelCity:
		return "市级"
	case schema.LevelDistrict:
		return "区级"
	case schema.LevelCounty:
		return "县级"
	case schema.LevelTownship:
		return "乡镇级"
	case "", explore.None:
		return "未注明"
	}
	return level
}

// yearLabel names a year facet value.
func yearLabel(year string) string {
	if year == explore.None || year == "" {
		return "无日期"
	}
	return year + "年"
}

// facetLabel names a facet dimension.
func facetLabel(dim string) string {
	switch dim {
	case explore.FacetLevel:
		return "层级"
	case explore.FacetEvent:
		return "会议"
	case explore.FacetYear:
		return "年份"
	case explore.FacetProvince:
		return "省份"
	}
	return dim
}

// facetValueLabel names a value of a facet.
func facetValueLabel(dim, v string) string {
	switch dim {
	case explore.FacetLevel:
		return levelLabel(v)
	case explore.FacetEvent:
		return eventLabel(v)
	case explore.FacetYear:
		return yearLabel(v)
	case explore.FacetProvince:
		if v == explore.None || v == "" {
			return "未注明"
		}
	}
	return v
}

// roleLabel names a role field.
func roleLabel(field string) string {
	switch field {
	case explore.RolePresiding:
		return "主持"
	case explore.RoleSpeakers:
		return "讲话"
	case explore.RoleReports:
		return "作报告"
	case explore.RoleExecutiveChairs:
		return "执行主席"
	case explore.RoleRostrum:
		return "主席台就座"
	case explore.RoleElected:
		return "当选"
	case explore.RolePhotographers:
		return "摄影"
	case explore.RoleMentioned:
		return "提及"
	}
	return field
}

// sessionLabel names a session, e.g. 山亭区 第十届 第二次会议 as
// "山亭区 第10届 第2次会议"; withPlace false leaves out the place.
func sessionLabel(s *explore.Session, withPlace bool) string {
	out := ""
	if withPlace {
		out = s.Locality
		if out == "" {
			out = "地区未注明"
		}
	}
	if s.Term > 0 {
		out += " 第" + strconv.Itoa(s.Term) + "届"
	}
	if s.Number > 0 {
		out += " 第" + strconv.Itoa(s.Number) + "次会议"
	}
	if s.Term == 0 && s.Number == 0 {
		out += " 届次未注明"
	}
	if out != "" && out[0] == ' ' {
		out = out[1:]
	}
	return out
}
