package explore

import "strconv"

// Year returns the year of a date (YYYY, YYYY-MM or YYYY-MM-DD), "" if the
// date does not start with one.
func Year(date string) string {
	if len(date) < 4 || !digits(date[:4]) {
		return ""
	}
	return date[:4]
}

// Month returns the YYYY-MM of a date, "" if the date has no month.
func Month(date string) string {
	if len(date) < 7 || Year(date) == "" || date[4] != '-' || !digits(date[5:7]) {
		return ""
	}
	if m := date[5:7]; m < "01" || m > "12" {
		return ""
	}
	return date[:7]
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func splitMonth(m string) (year, month int) {
	year, _ = strconv.Atoi(m[:4])
	month, _ = strconv.Atoi(m[5:7])
	return year, month
}

func formatMonth(year, month int) string {
	y := strconv.Itoa(year)
	for len(y) < 4 {
		y = "0" + y
	}
	if month < 10 {
		return y + "-0" + strconv.Itoa(month)
	}
	return y + "-" + strconv.Itoa(month)
}
