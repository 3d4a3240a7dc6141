package cli

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressMin is the number of files above which progress is shown.
const progressMin = 50

// progressEvery is the shortest time between two redraws.
const progressEvery = 100 * time.Millisecond

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// reporter prints file failures on stderr and, when enabled, keeps a single
// progress line "parsed N/T files (X MB, Y MB/s)" updated with \r below
// them. It is used from one goroutine only.
type reporter struct {
	w       io.Writer
	show    bool // draw the progress line
	total   int
	done    int
	bytes   int64
	start   time.Time
	drawn   time.Time // last redraw
	onLine  bool      // the progress line is on screen
	lineLen int
}

func newReporter(w io.Writer, total int, show bool) *reporter {
	now := time.Now()
	return &reporter{w: w, show: show, total: total, start: now, drawn: now}
}

// say prints a message about a file (why it failed, its id) on its own
// line.
func (r *reporter) say(msg any) {
	r.clear()
	fmt.Fprintln(r.w, msg)
}

// step counts one more file of size bytes and redraws now and then.
func (r *reporter) step(size int64) {
	r.done++
	r.bytes += size
	if !r.show {
		return
	}
	now := time.Now()
	if now.Sub(r.drawn) < progressEvery && r.done != r.total {
		return
	}
	r.drawn = now
	mb := float64(r.bytes) / 1e6
	rate := 0.0
	if secs := now.Sub(r.start).Seconds(); secs > 0 {
		rate = mb / secs
	}
	line := fmt.Sprintf("parsed %d/%d files (%.1f MB, %.0f MB/s)", r.done, r.total, mb, rate)
	pad := r.lineLen - len(line)
	if pad < 0 {
		pad = 0
	}
	fmt.Fprintf(r.w, "\r%s%*s", line, pad, "")
	r.onLine, r.lineLen = true, len(line)
}

// clear erases the progress line, if drawn.
func (r *reporter) clear() {
	if !r.onLine {
		return
	}
	fmt.Fprintf(r.w, "\r%*s\r", r.lineLen, "")
	r.onLine = false
}
