package parse

import "strings"

// readElected finds people elected or appointed: X当选Y, 选举X为Y, 补选X为Y,
// 任命X为Y.
func (r *reader) readElected() {
	for _, verb := range []string{"选举", "补选", "任命"} {
		for _, i := range r.find(verb) {
			j := i + len(verb)
			for j < len(r.n) && (r.n[j] == ':' || r.n[j] == ' ') {
				j++
			}
			// 选举张三为县长，李四、王五为副县长: later clauses of the
			// sentence may name more people for more posts.
			for r.appointed(j) {
				j = positionEnd(r.n, j)
				if j >= len(r.n) || r.n[j] != ',' {
					break
				}
				j++
			}
		}
	}
	for _, i := range r.find("当选") {
		if strings.HasSuffix(r.n[:i], "新") || strings.HasPrefix(r.n[i:], "当选人") {
			continue
		}
		ps := i + len("当选")
		if strings.HasPrefix(r.n[ps:], "为") {
			ps += len("为")
		}
		pe := positionEnd(r.n, ps)
		if k := strings.Index(r.n[ps:pe], "后"); k >= 0 {
			pe = ps + k // 当选县长后作了表态发言: the post ends before 后
		}
		if names := r.nameListBefore(i); len(names) > 1 {
			for _, n := range names {
				r.elect(n.name, n.start, n.end, ps, pe)
			}
			continue
		}
		if name, s, e, ok := r.nameBefore(i); ok {
			r.elect(name, s, e, ps, pe)
		}
	}
}

// appointed reads "NAMES为POST" in the clause at byte j, as after 选举, and
// reports whether it did.
func (r *reader) appointed(j int) bool {
	end := clauseEnd(r.n, j)
	k := strings.Index(r.n[j:end], "为")
	if k < 0 {
		return false
	}
	ps := j + k + len("为")
	pe := positionEnd(r.n, ps)
	if pe == ps {
		return false
	}
	found := false
	pos := j
	for _, item := range strings.Split(r.n[j:j+k], "、") {
		t := strings.TrimSpace(item)
		if isName(squeeze(t)) {
			at := pos + strings.Index(item, t)
			r.elect(squeeze(t), at, at+len(t), ps, pe)
			found = true
		}
		pos += len(item) + len("、")
	}
	return found
}

func (r *reader) elect(name string, s, e, ps, pe int) {
	pos := strings.TrimSpace(r.n[ps:pe])
	for _, x := range r.rec.Elected {
		if x.Name == name {
			return
		}
	}
	r.rec.Elected = append(r.rec.Elected, Election{Name: name, Position: pos})
	r.evidence("elected", s, e)
	r.mark("elected", name, s)
	if pe > ps {
		r.evidence("elected", ps, pe)
	}
}

// positionEnd returns where the post after 当选 or 为 ends: at the end of the
// clause (a post may list several offices joined by 、).
func positionEnd(s string, i int) int {
	j := strings.IndexAny(s[i:], "。,;!?\n(")
	if j < 0 {
		return len(s)
	}
	return i + j
}
