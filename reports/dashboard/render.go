package dashboard

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/matrix"
	"github.com/mptest/mptest/reports/results"
)

//go:embed dashboard.html.tmpl
var pageTemplate string

var page = template.Must(template.New("dashboard").Funcs(template.FuncMap{
	"value":   FormatValue,
	"pct":     func(f float64) string { return fmt.Sprintf("%+.1f%%", 100*f) },
	"bytes":   func(n int64) string { return FormatValue(float64(n), "B") },
	"diff":    func(a, b int64) string { return fmt.Sprintf("%+d", b-a) },
	"color":   SeriesColor,
	"state":   func(c matrix.Cell) string { return string(c.State()) },
	"verdict": verdictClass,
	"short":   func(c history.Commit) string { return c.Short() },
	"commitAt": func(d *Dashboard, i int) string {
		if i < 0 || i >= len(d.Commits) {
			return ""
		}
		return d.Commits[i].Short() + " " + d.Commits[i].Subject
	},
	"svg":    func(d *Dashboard, c *Chart) template.HTML { return c.SVG(d.commitLabels()) },
	"date":   func(c history.Commit) string { return c.Date.UTC().Format("2006-01-02 15:04") },
	"join":   strings.Join,
	"legend": func() string { return matrix.Legend },
	"list":   func(s ...string) []string { return s },
}).Parse(pageTemplate))

// verdictClass maps a verdict to a CSS class ("v-pass", "v-none" for absent).
func verdictClass(v results.Verdict) string {
	if v == "" {
		return "v-none"
	}
	return "v-" + string(v)
}

func (d *Dashboard) commitLabels() []string {
	labels := make([]string, len(d.Commits))
	for i, c := range d.Commits {
		labels[i] = c.Short()[:min(7, len(c.Short()))]
	}
	return labels
}

// ChartsIn returns the charts of one section.
func (d *Dashboard) ChartsIn(section string) []*Chart {
	var cs []*Chart
	for _, c := range d.Charts {
		if c.Section == section {
			cs = append(cs, c)
		}
	}
	return cs
}

// Render writes d as a self-contained HTML page.
func Render(w io.Writer, d *Dashboard) error {
	if err := page.Execute(w, d); err != nil {
		return fmt.Errorf("rendering the dashboard: %w", err)
	}
	return nil
}

// Write analyses recs and writes the page.
func Write(w io.Writer, recs []*history.Record, opts Options) error {
	d, err := Build(recs, opts)
	if err != nil {
		return err
	}
	return Render(w, d)
}
