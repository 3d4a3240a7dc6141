package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shardName is the file name of text shard k.
func shardName(k int) string { return strings.TrimPrefix(shardPath(k), "/web/data/") }

func TestShardCount(t *testing.T) {
	for _, tt := range []struct{ docs, want int }{{0, 0}, {1, 1}, {64, 1}, {65, 2}, {128, 2}, {10000, 157}} {
		if got := shardCount(tt.docs); got != tt.want {
			t.Errorf("shardCount(%d) = %d, want %d", tt.docs, got, tt.want)
		}
	}
}

// TestRemaining checks which shards a run fetches and which it asks the
// worker to keep.
func TestRemaining(t *testing.T) {
	tests := []struct {
		name        string
		cached      []bool
		loaded      []int
		fetch, keep []int
		available   int
	}{
		{"no shards", nil, nil, nil, nil, 0},
		{"all precached", []bool{true, true, true}, nil, nil, nil, 3},
		{"nothing yet", []bool{false, false, false}, nil, []int{0, 1, 2}, nil, 0},
		{"opened, cached by the worker", []bool{false, true, false}, []int{1}, []int{0, 2}, nil, 1},
		{"opened before the worker controlled the page", []bool{false, false, true}, []int{1}, []int{0}, []int{1}, 1},
		{"all loaded, one cached", []bool{true, false}, []int{0, 1}, nil, []int{1}, 1},
	}
	for _, tt := range tests {
		fetch, keep := remaining(tt.cached, func(k int) bool { return slices.Contains(tt.loaded, k) })
		if !slices.Equal(fetch, tt.fetch) || !slices.Equal(keep, tt.keep) {
			t.Errorf("%s: fetch %v keep %v, want %v %v", tt.name, fetch, keep, tt.fetch, tt.keep)
		}
		if got := count(tt.cached); got != tt.available {
			t.Errorf("%s: %d available, want %d", tt.name, got, tt.available)
		}
	}
}

// TestOfflineStatusText checks what the control says in both languages.
func TestOfflineStatusText(t *testing.T) {
	zh, en := newLocale(langZh), newLocale(langEn)
	tests := []struct {
		st       offlineStatus
		progress string
		failed   string
		complete bool
	}{
		{offlineStatus{Checked: true, Total: 3}, "已保存 0 / 3 个文本文件", "", false},
		{offlineStatus{Checked: true, Running: true, Total: 40, Done: 12, Bytes: 3 << 20}, "已保存 12 / 40 个文本文件 · 3.0 MB", "", false},
		{offlineStatus{Checked: true, Total: 2, Done: 2}, "已保存 2 / 2 个文本文件", "", true},
		{offlineStatus{Checked: true, Total: 0}, "已保存 0 / 0 个文本文件", "", true},
		{offlineStatus{Checked: true, Total: 3, Done: 1, Failed: []int{1, 2}, Err: "无法下载数据：HTTP 404"},
			"已保存 1 / 3 个文本文件", shardName(1) + ", " + shardName(2) + "（无法下载数据：HTTP 404）", false},
		{offlineStatus{Checked: true, Total: 3, Err: offlineNotStored}, "已保存 0 / 3 个文本文件", offlineNotStored, false},
	}
	for i, tt := range tests {
		if got := tt.st.progressText(zh); got != tt.progress {
			t.Errorf("%d: progress %q, want %q", i, got, tt.progress)
		}
		if got := tt.st.failedText(zh); tt.failed != "" && got != tt.failed {
			t.Errorf("%d: failed %q, want %q", i, got, tt.failed)
		}
		if got := tt.st.complete(); got != tt.complete {
			t.Errorf("%d: complete %v, want %v", i, got, tt.complete)
		}
		if en := tt.st.progressText(en) + tt.st.failedText(en); han.MatchString(en) {
			t.Errorf("%d: English %q holds Chinese", i, en)
		}
	}
	st := offlineStatus{Total: 3, Failed: []int{5}, Err: "无法下载数据：HTTP 404"}
	if got, want := st.failedText(en), shardName(5)+" (Could not download the data: HTTP 404)"; got != want {
		t.Errorf("English failure %q, want %q", got, want)
	}
}

// TestOfflineKeeperHTML renders the control in each state.
func TestOfflineKeeperHTML(t *testing.T) {
	zh := newLocale(langZh)
	tests := []struct {
		st     offlineStatus
		want   []string
		absent []string
	}{
		{offlineStatus{}, []string{`id="offline"`}, []string{"<button", "<progress", "data-state"}},
		{offlineStatus{Checked: true, Docs: 520, Total: 3, Done: 1}, []string{`data-state="idle"`, `id="offline-keep"`, offlineKeep}, []string{"<progress"}},
		{offlineStatus{Checked: true, Running: true, Docs: 520, Total: 3, Done: 1, Bytes: 1 << 20},
			[]string{`data-state="running"`, `id="offline-progress"`, `max="3"`, `value="1"`, "已保存 1 / 3 个文本文件 · 1.0 MB", `id="offline-cancel"`}, nil},
		{offlineStatus{Checked: true, Docs: 520, Total: 3, Done: 3}, []string{`data-state="done"`, "全部 520 篇报道均可离线阅读"}, []string{"<button"}},
		{offlineStatus{Checked: true, Docs: 520, Total: 3, Done: 2, Failed: []int{1}, Err: "<script>x</script>"},
			[]string{`data-state="failed"`, "1 个文本文件未能保存：", shardName(1) + "（&lt;script&gt;x&lt;/script&gt;）", `id="offline-keep"`, loadingRetry}, []string{"<script>"}},
		{offlineStatus{Checked: true, Err: offlineNotStored, Docs: 520, Total: 3}, []string{`data-state="failed"`, offlineNotStored}, []string{"未能保存："}},
		{offlineStatus{Checked: true, Canceled: true, Docs: 520, Total: 3, Done: 2}, []string{`data-state="canceled"`, "已取消，已保存 2 / 3 个文本文件。", offlineKeep}, nil},
	}
	for i, tt := range tests {
		c := newOfflineKeeper().Loc(zh)
		c.lib, c.st = readyLibrary(), tt.st
		html := app.HTMLString(c)
		for _, w := range tt.want {
			if !strings.Contains(html, w) {
				t.Errorf("%d: lacks %s in %s", i, w, html)
			}
		}
		for _, w := range tt.absent {
			if strings.Contains(html, w) {
				t.Errorf("%d: holds %s in %s", i, w, html)
			}
		}
	}
}
