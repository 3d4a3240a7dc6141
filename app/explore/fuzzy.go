package explore

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// fuzzyFind is fuzzy.FindNoSort (github.com/sahilm/fuzzy): the matches of
// pattern in data, scored as Sublime Text would. For a pattern whose every
// character has no other case (Chinese, digits, most punctuation) it runs
// a copy of the library's loop that compares characters with ==, which is
// what the library's case-insensitive comparison (equalFold) reduces to
// for them: the library looks each character of the data up in Unicode's
// case tables, which was half of a search's time in the browser when a
// two-character term such as 大会 holds its characters apart in thousands
// of titles. Other patterns go to the library. TestFuzzyFind checks that
// both give the same matches.
func fuzzyFind(pattern string, data []string) fuzzy.Matches {
	if !caseless(pattern) {
		return fuzzy.FindNoSort(pattern, data)
	}
	return findCaseless(pattern, data)
}

// caseless reports whether no character of s has another case: for such
// a character r, fuzzy's equalFold(c, r) holds only when c == r.
func caseless(s string) bool {
	for _, r := range s {
		if unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// The scores of github.com/sahilm/fuzzy (MIT licence, © 2017 Sahil
// Muthoo), whose loop findCaseless copies.
const (
	firstCharMatchBonus            = 10
	matchFollowingSeparatorBonus   = 20
	camelCaseMatchBonus            = 20
	adjacentMatchBonus             = 5
	unmatchedLeadingCharPenalty    = -5
	maxUnmatchedLeadingCharPenalty = -15
)

// findCaseless is fuzzy.FindFromIterNoSort over data with characters
// compared by == (see fuzzyFind); pattern must be caseless.
func findCaseless(pattern string, data []string) fuzzy.Matches {
	if len(pattern) == 0 {
		return nil
	}
	runes := []rune(pattern)
	var matches fuzzy.Matches
	var matchedIndexes []int
	for i, matchStr := range data {
		var match fuzzy.Match
		match.Str = matchStr
		cleanMatchStr := matchStr
		if nullI := strings.IndexRune(matchStr, 0); nullI > -1 {
			cleanMatchStr = cleanMatchStr[:nullI]
		}
		match.Index = i
		if matchedIndexes != nil {
			match.MatchedIndexes = matchedIndexes
		} else {
			match.MatchedIndexes = make([]int, 0, len(runes))
		}
		var score int
		patternIndex := 0
		bestScore := -1
		matchedIndex := -1
		currAdjacentMatchBonus := 0
		var last rune
		var lastIndex int
		nextc, nextSize := utf8.DecodeRuneInString(cleanMatchStr)
		var candidate rune
		var candidateSize int
		for j := 0; j < len(cleanMatchStr); j += candidateSize {
			candidate, candidateSize = nextc, nextSize
			if candidate == runes[patternIndex] {
				score = 0
				if j == 0 {
					score += firstCharMatchBonus
				}
				if unicode.IsLower(last) && unicode.IsUpper(candidate) {
					score += camelCaseMatchBonus
				}
				if j != 0 && isSeparator(last) {
					score += matchFollowingSeparatorBonus
				}
				if len(match.MatchedIndexes) > 0 {
					lastMatch := match.MatchedIndexes[len(match.MatchedIndexes)-1]
					bonus := adjacentCharBonus(lastIndex, lastMatch, currAdjacentMatchBonus)
					score += bonus
					currAdjacentMatchBonus += bonus
				}
				if score > bestScore {
					bestScore = score
					matchedIndex = j
				}
			}
			var nextp rune
			if patternIndex < len(runes)-1 {
				nextp = runes[patternIndex+1]
			}
			if j+candidateSize < len(cleanMatchStr) {
				if cleanMatchStr[j+candidateSize] < utf8.RuneSelf {
					nextc, nextSize = rune(cleanMatchStr[j+candidateSize]), 1
				} else {
					nextc, nextSize = utf8.DecodeRuneInString(cleanMatchStr[j+candidateSize:])
				}
			} else {
				nextc, nextSize = 0, 0
			}
			if nextp == nextc || nextc == 0 {
				if matchedIndex > -1 {
					if len(match.MatchedIndexes) == 0 {
						penalty := matchedIndex * unmatchedLeadingCharPenalty
						bestScore += max(penalty, maxUnmatchedLeadingCharPenalty)
					}
					match.Score += bestScore
					match.MatchedIndexes = append(match.MatchedIndexes, matchedIndex)
					score = 0
					bestScore = -1
					patternIndex++
				}
			}
			lastIndex = j
			last = candidate
		}
		penalty := len(match.MatchedIndexes) - len(cleanMatchStr)
		match.Score += penalty
		if len(match.MatchedIndexes) == len(runes) {
			matches = append(matches, match)
			matchedIndexes = nil
		} else {
			matchedIndexes = match.MatchedIndexes[:0]
		}
	}
	return matches
}

func adjacentCharBonus(i, lastMatch, currentBonus int) int {
	if lastMatch == i {
		return currentBonus*2 + adjacentMatchBonus
	}
	return 0
}

func isSeparator(r rune) bool { return strings.ContainsRune("/-_ .\\", r) }
