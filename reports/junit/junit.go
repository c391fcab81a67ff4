// Package junit writes results as JUnit XML, the format CI systems
// (Jenkins, GitLab, GitHub Actions reporters) read.
//
// Each target becomes a <testsuite> named after it; each test a <testcase>
// whose classname is its category with "/" replaced by ".". Verdicts map to:
// fail, timeout and crash → <failure type="VERDICT">; error → <error>;
// skip and too-large → <skipped>. A failure's body is its unified diff.
package junit

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/mptest/mptest/reports/results"
)

type testsuites struct {
	XMLName  xml.Name    `xml:"testsuites"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Suites   []testsuite `xml:"testsuite"`
}

type testsuite struct {
	Name       string     `xml:"name,attr"`
	Tests      int        `xml:"tests,attr"`
	Failures   int        `xml:"failures,attr"`
	Errors     int        `xml:"errors,attr"`
	Skipped    int        `xml:"skipped,attr"`
	Time       string     `xml:"time,attr"`
	Timestamp  string     `xml:"timestamp,attr"`
	Properties []property `xml:"properties>property"`
	Cases      []testcase `xml:"testcase"`
}

type property struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type testcase struct {
	Name      string   `xml:"name,attr"`
	Classname string   `xml:"classname,attr"`
	Time      string   `xml:"time,attr"`
	Failure   *problem `xml:"failure"`
	Error     *problem `xml:"error"`
	Skipped   *problem `xml:"skipped"`
}

type problem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Body    string `xml:",cdata"`
}

// xmlText makes s safe inside CDATA: invalid UTF-8 and characters XML 1.0
// forbids (most control characters) become U+FFFD.
func xmlText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			return '\uFFFD'
		}
		return r
	}, s)
}

func seconds(s float64) string { return fmt.Sprintf("%.3f", s) }

// Write writes files as one <testsuites> document.
func Write(w io.Writer, files []*results.File) error {
	doc := testsuites{Name: "mptest"}
	total := 0.0
	for _, f := range files {
		s := testsuite{
			Name:       f.Target,
			Time:       seconds(f.Duration),
			Timestamp:  f.Started.UTC().Format("2006-01-02T15:04:05"),
			Properties: []property{{"identity", f.Identity}, {"incomplete", fmt.Sprint(f.Incomplete)}},
		}
		for _, r := range f.Tests {
			c := testcase{Name: r.Name, Classname: strings.ReplaceAll(r.Category, "/", "."), Time: seconds(r.DurationMS / 1000)}
			p := &problem{Message: xmlText(r.Reason), Type: string(r.Verdict), Body: xmlText(r.Diff)}
			switch r.Verdict {
			case results.Fail, results.Timeout, results.Crash:
				c.Failure = p
				s.Failures++
			case results.Error:
				c.Error = p
				s.Errors++
			case results.Skip, results.TooLarge:
				c.Skipped = p
				s.Skipped++
			}
			s.Cases = append(s.Cases, c)
		}
		s.Tests = len(f.Tests)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
		total += f.Duration
		doc.Suites = append(doc.Suites, s)
	}
	doc.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	return nil
}
