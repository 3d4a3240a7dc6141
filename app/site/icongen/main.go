// Command icongen draws Renda's icons into web/icons: the character 大 as
// three white strokes on a red square, as SVG and as 192 px, 512 px and
// maskable 512 px PNG. The PNGs are committed; run it again only to change
// the design:
//
//	go run ./app/site/icongen -out web/icons
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// segment is one stroke in a 100×100 design space.
type segment struct{ x0, y0, x1, y1 float64 }

// strokes of 大: the horizontal bar, the left-falling and right-falling
// strokes meeting at the top of the bar.
var strokes = [...]segment{
	{24, 40, 76, 40},
	{50, 20, 50, 44},
	{50, 44, 26, 80},
	{50, 44, 74, 80},
}

const (
	strokeWidth = 9.0
	radius      = 22.0 // corner radius of the plain icon's square
)

var (
	red   = color.NRGBA{0xb7, 0x1c, 0x1c, 0xff}
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

func main() {
	out := flag.String("out", "web/icons", "directory to write the icons to")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
}

func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	icons := []struct {
		name     string
		size     int
		maskable bool
	}{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"maskable-512.png", 512, true},
	}
	for _, ic := range icons {
		if err := writePNG(filepath.Join(dir, ic.name), draw(ic.size, ic.maskable)); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(svg()), 0o644)
}

func writePNG(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encoding %s: %w", name, err)
	}
	return f.Close()
}

// draw renders the icon at size px, 4×4 supersampled. A maskable icon fills
// the whole square and keeps the glyph inside the central safe zone (80 %).
func draw(size int, maskable bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := 100 / float64(size)
	const n = 4
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var bg, fg float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/n) * scale
					y := (float64(py) + (float64(sy)+0.5)/n) * scale
					if maskable || inRoundedSquare(x, y) {
						bg++
					}
					gx, gy := x, y
					if maskable { // shrink the glyph towards the centre
						gx, gy = 50+(x-50)/0.8, 50+(y-50)/0.8
					}
					if onStroke(gx, gy) && (maskable || inRoundedSquare(x, y)) {
						fg++
					}
				}
			}
			bg /= n * n
			fg /= n * n
			img.SetNRGBA(px, py, blend(bg, fg))
		}
	}
	return img
}

// blend returns the pixel colour for coverage bg of the red square and fg of
// the white strokes on a transparent canvas.
func blend(bg, fg float64) color.NRGBA {
	if bg == 0 {
		return color.NRGBA{}
	}
	mix := func(a, b uint8) uint8 {
		t := fg / bg
		return uint8(math.Round(float64(a)*(1-t) + float64(b)*t))
	}
	return color.NRGBA{mix(red.R, white.R), mix(red.G, white.G), mix(red.B, white.B), uint8(math.Round(255 * bg))}
}

func inRoundedSquare(x, y float64) bool {
	cx := math.Max(radius, math.Min(100-radius, x))
	cy := math.Max(radius, math.Min(100-radius, y))
	return math.Hypot(x-cx, y-cy) <= radius
}

func onStroke(x, y float64) bool {
	for _, s := range strokes {
		if distance(x, y, s) <= strokeWidth/2 {
			return true
		}
	}
	return false
}

// distance is the distance from (x, y) to the segment s.
func distance(x, y float64, s segment) float64 {
	dx, dy := s.x1-s.x0, s.y1-s.y0
	t := ((x-s.x0)*dx + (y-s.y0)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-(s.x0+t*dx), y-(s.y0+t*dy))
}

func svg() string {
	s := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Renda 人大">
<rect width="100" height="100" rx="%g" fill="#b71c1c"/>
<path d="`, radius)
	for _, st := range strokes {
		s += fmt.Sprintf("M%g %gL%g %g", st.x0, st.y0, st.x1, st.y1)
	}
	return s + fmt.Sprintf(`" stroke="#fff" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round" fill="none"/>
</svg>
`, strokeWidth)
}
