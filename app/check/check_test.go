package check

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"renda/parse"
)

// rec returns a record with the fields the tests compare.
func rec() parse.Record {
	return parse.Record{
		ID: "r1", Title: "县十八届人大三次会议开幕", Locality: "清徐县", Term: 18, Session: 3,
		Published:  "2024-01-05T20:15:00",
		Attendance: &parse.Attendance{Expected: 188, Present: 171, Absent: 17, Quorum: true},
		Presiding:  []string{"王珍", "李明"},
		Reports:    []parse.Report{{Title: "政府工作报告", By: "苑冬梅"}, {Title: "县人民法院工作报告", By: ""}},
		Elected:    []parse.Election{{Name: "张三", Position: "县人民政府县长"}},
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name, key string
		diffs     []string // the fields that disagree
	}{
		{"agrees as a reader would", `{"id":"r1","title":"縣十八屆人大三次會議開幕","locality":"清徐县 ","term":18,"published":"2024-01-05",` +
			`"presiding":["李明","王珍"],"reports":[{"title":"县人民政府工作报告","by":"苑冬梅"},{"title":"法院工作报告","by":""}],` +
			`"elected":[{"name":"张三","position":"县长"}],"attendance":{"expected":188,"present":171,"absent":17,"quorum":true}}`, nil},
		{"a key's empty post agrees with any", `{"id":"r1","elected":[{"name":"张三","position":""}]}`, nil},
		{"disagrees", `{"id":"r1","locality":"太原市清徐县","term":17,"published":"2024-01-06",` +
			`"presiding":["王珍"],"reports":[{"title":"政府工作报告","by":"王五"},{"title":"县人民法院工作报告","by":""}],` +
			`"elected":[{"name":"张三","position":"副县长"}],"attendance":null}`,
			[]string{"locality", "term", "published", "attendance", "presiding", "reports", "elected"}},
		{"fields not keyed are not compared", `{"id":"r1"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var k Key
			if err := json.Unmarshal([]byte(tt.key), &k); err != nil {
				t.Fatal(err)
			}
			compared, diffs, err := Compare(rec(), k)
			if err != nil {
				t.Fatal(err)
			}
			var fields []string
			for _, d := range diffs {
				fields = append(fields, d.Field)
				if d.ID != "r1" || d.Got == "" || d.Want == "" {
					t.Errorf("diff %+v: want the id and both values", d)
				}
			}
			if !slices.Equal(fields, tt.diffs) {
				t.Errorf("diffs on %q, want %q", fields, tt.diffs)
			}
			if len(compared) != len(k)-1 { // every field but the id
				t.Errorf("compared %q, want the key's %d fields", compared, len(k)-1)
			}
		})
	}
}

func TestCompareErrors(t *testing.T) {
	for _, key := range []string{`{"id":"r1","term":"十八"}`, `{"id":"r1","presiding":"王珍"}`, `{"id":"r1","reports":["政府工作报告"]}`} {
		var k Key
		if err := json.Unmarshal([]byte(key), &k); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Compare(rec(), k); err == nil || !strings.Contains(err.Error(), "r1") {
			t.Errorf("%s: error %v, want one naming the key", key, err)
		}
	}
	var k Key
	if err := json.Unmarshal([]byte(`{"id":"r1","script":"traditional","term":18}`), &k); err != nil {
		t.Fatal(err)
	}
	if got := Unknown(k); !slices.Equal(got, []string{"script"}) {
		t.Errorf("Unknown = %q, want [script]", got)
	}
}

func TestTally(t *testing.T) {
	var tl Tally
	tl.Add([]string{"term", "locality"}, nil)
	tl.Add([]string{"term", "locality"}, []Diff{{ID: "r2", Field: "locality"}})
	if agreed, keyed := tl.Agreed(); agreed != 3 || keyed != 4 {
		t.Errorf("Agreed = %d of %d, want 3 of 4", agreed, keyed)
	}
	s := tl.String()
	for _, want := range []string{"term                      2  100.0%", "locality                  2   50.0%", "every field               4   75.0%", "1 of 2 records"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
}

// roundsFloor is the share of keyed fields the parser must agree on in
// every blind round kept with the explorer's tests: keys written by
// helpers who saw neither the code nor each other's work, which disagree
// with the parser's documented readings on a few points (README, the
// record). roundFloors lowers it for the rounds whose leftovers were not
// all read when they were added (their issue notes list them).
const roundsFloor = 0.98

var roundFloors = map[string]float64{
	"bc": 0.97, // people of the other articles of an e-paper's page: mentioned by design, the key leaves them out
	"bz": 0.96, // bylines and editors' credits (作者, 撰稿, 记者, 编辑/审核/监制) mentioned by its key, by no other round's
	"ce": 0.95, // bylines and editors' credits (作者, 责任编辑) mentioned by its key, as bz's
	"cf": 0.96, // features: a number piece's event, people in scenes, reports to be examined in writing (还将书面审查)
	"cg": 0.96, // a two-column PDF's columns interleaved line by line (cg07), read as its key puts them back
}

// TestRounds checks the parser against the keys of the blind rounds.
func TestRounds(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "explore", "testdata", "rounds", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no rounds: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, "expected.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			var tally Tally
			var diffs []string
			for line := range strings.Lines(string(b)) {
				var k Key
				if strings.TrimSpace(line) == "" {
					continue
				}
				if err := json.Unmarshal([]byte(line), &k); err != nil {
					t.Fatal(err)
				}
				name := filepath.Join(dir, k.ID()+".txt")
				data, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				rec, err := parse.Parse(name, data)
				if err != nil {
					t.Fatal(err)
				}
				compared, d, err := Compare(rec, k)
				if err != nil {
					t.Fatal(err)
				}
				tally.Add(compared, d)
				for _, x := range d {
					diffs = append(diffs, fmt.Sprintf("%s %s: parsed %s, key %s", x.ID, x.Field, x.Got, x.Want))
				}
			}
			floor := roundsFloor
			if f, ok := roundFloors[filepath.Base(dir)]; ok {
				floor = f
			}
			if agreed, keyed := tally.Agreed(); keyed == 0 || float64(agreed) < floor*float64(keyed) {
				t.Errorf("agrees on %d of %d fields keyed, below %.0f%%:\n%s", agreed, keyed, 100*floor, strings.Join(diffs, "\n"))
			}
		})
	}
}
