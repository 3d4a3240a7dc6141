// Package region resolves the locality of a congress report (朔州市平鲁区,
// 清徐县, 忻州市) to China's administrative hierarchy — province, prefecture,
// county or district — with its GB/T 2260 code.
//
// The table is embedded: dated code lists from 2002-12 to 2023-06 merged into
// runs of (code, name, first seen, last seen), so that units renamed or
// abolished since then still resolve, with a note. See NOTICE for the sources
// and their licences; regenerate the table with `go generate`.
package region

//go:generate go run ./internal/gen -out divisions.txt
