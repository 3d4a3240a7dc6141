// Package pinyin gives Chinese names latin keys for search and ordering:
// full pinyin without tones or spaces (清徐县 → qingxuxian), initials
// (王德海 → wdh), every reading of a polyphonic character, surnames read as
// surnames (单 shan, 曾 zeng) and place names read as places (长沙 changsha,
// 厦门 xiamen).
//
// The readings come from a compact table generated from the dictionary of
// github.com/mozillazg/go-pinyin (MIT), limited to the CJK Unified
// Ideographs block and stripped of tones; regenerate it with `go generate`.
// The package is pure Go and compiles to WebAssembly.
package pinyin

//go:generate go run ./internal/gen -dir .
