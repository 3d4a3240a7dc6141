package explore

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

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
// Muthoo), whose loop scoreCaseless copies.
const (
	firstCharMatchBonus            = 10
	matchFollowingSeparatorBonus   = 20
	camelCaseMatchBonus            = 20
	adjacentMatchBonus             = 5
	unmatchedLeadingCharPenalty    = -5
	maxUnmatchedLeadingCharPenalty = -15
)

// fuzzyScorer scores strings against one pattern as fuzzy.FindNoSort
// (github.com/sahilm/fuzzy) does, scored as Sublime Text would, one string
// at a time and without a list of matches: a two-character term such as
// 大会 holds its characters apart in tens of thousands of titles at 100,000
// reports, whose list of matches was most of what such a keystroke
// allocated (20 MB). For a pattern whose every character has no other case
// (Chinese, digits, most punctuation) it runs a copy of the library's loop
// that compares characters with ==, which is what the library's
// case-insensitive comparison (equalFold) reduces to for them: the library
// looks each character of the data up in Unicode's case tables, which was
// half of a search's time in the browser. Other patterns go to the
// library. TestFuzzyScorer checks that both give the same matches.
type fuzzyScorer struct {
	pattern string
	runes   []rune // nil: the pattern has cases, the library scores it
	buf     []int
}

func newFuzzyScorer(pattern string) *fuzzyScorer {
	f := &fuzzyScorer{pattern: pattern}
	if caseless(pattern) {
		f.runes = []rune(pattern)
	}
	return f
}

// score returns the score of s and the byte offsets of its matched
// characters (good until the next call), ok false when it does not match.
func (f *fuzzyScorer) score(s string) (score int, matched []int, ok bool) {
	if f.pattern == "" {
		return 0, nil, false
	}
	if f.runes == nil {
		ms := fuzzy.FindNoSort(f.pattern, []string{s})
		if len(ms) == 0 {
			return 0, nil, false
		}
		return ms[0].Score, ms[0].MatchedIndexes, true
	}
	score, f.buf, ok = scoreCaseless(f.runes, s, f.buf[:0])
	return score, f.buf, ok
}

// scoreCaseless is the library's loop over one string, matchStr, with
// characters compared by ==: the score and the byte offsets of the matched
// characters (appended to buf), ok false when not every rune matched.
func scoreCaseless(runes []rune, matchStr string, buf []int) (int, []int, bool) {
	var match fuzzy.Match
	cleanMatchStr := matchStr
	if nullI := strings.IndexRune(matchStr, 0); nullI > -1 {
		cleanMatchStr = cleanMatchStr[:nullI]
	}
	match.MatchedIndexes = buf
	if match.MatchedIndexes == nil {
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
	return match.Score, match.MatchedIndexes, len(match.MatchedIndexes) == len(runes)
}

func adjacentCharBonus(i, lastMatch, currentBonus int) int {
	if lastMatch == i {
		return currentBonus*2 + adjacentMatchBonus
	}
	return 0
}

func isSeparator(r rune) bool { return strings.ContainsRune("/-_ .\\", r) }
