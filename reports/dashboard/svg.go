package dashboard

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
)

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 420, 190
	padL, padR     = 64, 10
	padT, padB     = 10, 46
)

// palette is a colour-blind-friendly set (Okabe and Ito).
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"}

// SeriesColor returns the colour of the i-th series.
func SeriesColor(i int) string { return palette[i%len(palette)] }

// SVG draws c as an inline SVG line chart over ncommits commits: one
// polyline and one circle per point per series (each circle has a tooltip
// naming the commit and value), a Y axis with the range, and commit labels
// on the X axis when there are few enough.
func (c *Chart) SVG(commits []string) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" data-points="%d">`,
		chartW, chartH, chartW, chartH, c.Points())
	fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(c.Title))
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range c.Series {
		for _, p := range s.Points {
			lo, hi = math.Min(lo, p.Y), math.Max(hi, p.Y)
		}
	}
	if c.Points() == 0 {
		b.WriteString(`<text x="10" y="20" class="empty">no data</text></svg>`)
		return template.HTML(b.String())
	}
	if c.Unit == "%" {
		lo, hi = math.Min(lo, 0), math.Max(hi, 100)
	}
	if lo == hi { // a flat line sits in the middle
		d := math.Max(math.Abs(lo)*0.05, 1e-9)
		lo, hi = lo-d, hi+d
	}
	plotW, plotH := float64(chartW-padL-padR), float64(chartH-padT-padB)
	n := len(commits)
	x := func(i int) float64 {
		if n <= 1 {
			return padL + plotW/2
		}
		return padL + plotW*float64(i)/float64(n-1)
	}
	y := func(v float64) float64 { return padT + plotH*(1-(v-lo)/(hi-lo)) }

	// Axes and the Y range.
	fmt.Fprintf(&b, `<path class="axis" d="M%d %d V%d H%d" fill="none" stroke="#888"/>`, padL, padT, chartH-padB, chartW-padR)
	for _, v := range []float64{lo, (lo + hi) / 2, hi} {
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" font-size="10">%s</text>`, padL-4, y(v)+3, html.EscapeString(FormatValue(v, c.Unit)))
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#eee"/>`, padL, chartW-padR, y(v), y(v))
	}
	if n <= 12 {
		for i, name := range commits {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="9" text-anchor="end" transform="rotate(-35 %.1f %d)">%s</text>`,
				x(i), chartH-padB+12, x(i), chartH-padB+12, html.EscapeString(name))
		}
	} else {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="9">%s</text>`, padL, chartH-padB+14, html.EscapeString(commits[0]))
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="9" text-anchor="end">%s</text>`, chartW-padR, chartH-padB+14, html.EscapeString(commits[n-1]))
	}

	for si, s := range c.Series {
		col := SeriesColor(si)
		if len(s.Points) > 1 {
			var pts []string
			for _, p := range s.Points {
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(p.X), y(p.Y)))
			}
			fmt.Fprintf(&b, `<polyline class="series" fill="none" stroke="%s" stroke-width="1.5" points="%s"/>`, col, strings.Join(pts, " "))
		}
		for _, p := range s.Points {
			label := ""
			if p.X < n {
				label = commits[p.X]
			}
			fmt.Fprintf(&b, `<circle class="point" cx="%.1f" cy="%.1f" r="2.5" fill="%s"><title>%s %s: %s</title></circle>`,
				x(p.X), y(p.Y), col, html.EscapeString(s.Name), html.EscapeString(label), html.EscapeString(FormatValue(p.Y, c.Unit)))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
