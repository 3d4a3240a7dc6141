package gen

// Truth is what one generated report states, under the record's JSON field
// names (see /work/shared/record-schema.md): what a careful reader would
// record and what the parser is meant to produce. Encoding and Script note
// how the file was written when it differs from UTF-8 simplified Chinese.
type Truth struct {
	ID              string      `json:"id"`
	Locality        string      `json:"locality"`
	Level           string      `json:"level"`
	Term            int         `json:"term"`
	Session         int         `json:"session"`
	Event           string      `json:"event"`
	Plenary         int         `json:"plenary"`
	Date            string      `json:"date"`
	DateBasis       string      `json:"date_basis"`
	Published       string      `json:"published"`
	Attendance      *Attendance `json:"attendance"`
	Presiding       []string    `json:"presiding"`
	Speakers        []string    `json:"speakers"`
	Reports         []Report    `json:"reports"`
	ExecutiveChairs []string    `json:"executive_chairs"`
	Rostrum         []string    `json:"rostrum"`
	Elected         []Election  `json:"elected"`
	Resolutions     []string    `json:"resolutions"`
	Source          string      `json:"source"`
	Photographers   []string    `json:"photographers"`
	Mentioned       []string    `json:"mentioned"`
	Encoding        string      `json:"encoding,omitempty"` // "gb18030" when not UTF-8
	Script          string      `json:"script,omitempty"`   // "traditional" when written in traditional characters
}

// Attendance holds the delegate figures planted in a report.
type Attendance struct {
	Expected int  `json:"expected"`
	Present  int  `json:"present"`
	Absent   int  `json:"absent"`
	Quorum   bool `json:"quorum"`
}

// Report is a report delivered to the meeting and who delivered it.
type Report struct {
	Title string `json:"title"`
	By    string `json:"by"`
}

// Election is a person elected at the meeting and the post.
type Election struct {
	Name     string `json:"name"`
	Position string `json:"position"`
}

func newTruth(id string) *Truth {
	return &Truth{ID: id, Presiding: []string{}, Speakers: []string{}, Reports: []Report{},
		ExecutiveChairs: []string{}, Rostrum: []string{}, Elected: []Election{}, Resolutions: []string{},
		Photographers: []string{}, Mentioned: []string{}}
}

// add appends names to list, each once, keeping the order of first mention.
func add(list *[]string, names ...string) {
	for _, n := range names {
		found := false
		for _, m := range *list {
			if m == n {
				found = true
				break
			}
		}
		if !found {
			*list = append(*list, n)
		}
	}
}
