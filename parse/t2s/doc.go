// Package t2s converts traditional Chinese characters to simplified ones.
//
// It uses OpenCC's t2s dictionaries (TSPhrases then TSCharacters, Apache-2.0;
// see NOTICE) with forward maximum matching: at each position the longest
// phrase that starts there is converted as a whole, else the single
// character is. Text that is already simplified, and anything not Chinese,
// passes through unchanged.
//
// table.go is generated from the dictionaries; regenerate it with
// "go generate" in this directory.
package t2s

//go:generate go run ./internal/gen -o table.go
