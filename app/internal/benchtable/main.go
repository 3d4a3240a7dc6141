// Command benchtable reads `go test -bench` output on standard input and
// prints one Markdown table: for each benchmark, the median of its runs
// (ns/op, MB/s, B/op, allocs/op) and how many runs there were. Medians are
// used because the machines these run on are shared and noisy.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

// runs holds every measurement of one benchmark, by unit.
type runs map[string][]float64

func run(in io.Reader, out io.Writer) error {
	byName := map[string]runs{}
	var order []string
	sc := bufio.NewScanner(in)
	pkg := ""
	for sc.Scan() {
		if p, ok := strings.CutPrefix(sc.Text(), "pkg: "); ok {
			pkg = p[strings.LastIndexByte(p, '/')+1:] + "."
			continue
		}
		name, vals, ok := parseLine(sc.Text())
		if !ok {
			continue
		}
		name = pkg + name
		if _, seen := byName[name]; !seen {
			byName[name] = runs{}
			order = append(order, name)
		}
		for unit, v := range vals {
			byName[name][unit] = append(byName[name][unit], v)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading benchmark output: %w", err)
	}
	if len(order) == 0 {
		return fmt.Errorf("no benchmark lines in the input")
	}
	fmt.Fprintln(out, "| benchmark | runs | median time/op | median MB/s | B/op | allocs/op |")
	fmt.Fprintln(out, "|---|---|---|---|---|---|")
	for _, name := range order {
		r := byName[name]
		fmt.Fprintf(out, "| %s | %d | %s | %s | %s | %s |\n", name, len(r["ns/op"]),
			duration(median(r["ns/op"])), num(median(r["MB/s"]), 1), num(median(r["B/op"]), 0), num(median(r["allocs/op"]), 0))
	}
	return nil
}

// parseLine reads "BenchmarkX-2  100  123 ns/op  45.6 MB/s  7 B/op  1 allocs/op".
func parseLine(line string) (string, map[string]float64, bool) {
	f := strings.Fields(line)
	if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
		return "", nil, false
	}
	name := f[0]
	if i := strings.LastIndexByte(name, '-'); i > 0 {
		name = name[:i] // drop the GOMAXPROCS suffix
	}
	vals := map[string]float64{}
	for i := 2; i+1 < len(f); i += 2 {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return "", nil, false
		}
		vals[f[i+1]] = v
	}
	return strings.TrimPrefix(name, "Benchmark"), vals, len(vals) > 0
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return -1
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func num(v float64, prec int) string {
	if v < 0 {
		return "–"
	}
	return strconv.FormatFloat(v, 'f', prec, 64)
}

func duration(ns float64) string {
	switch {
	case ns < 0:
		return "–"
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}
