package merge

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"
)

// The JUnit document as package reports/junit writes it (and as most CI
// tools do); test cases are kept verbatim.
type jSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Skipped  int      `xml:"skipped,attr"`
	Time     string   `xml:"time,attr"`
	Suites   []jSuite `xml:"testsuite"`
}

type jSuite struct {
	Name       string      `xml:"name,attr"`
	Tests      int         `xml:"tests,attr"`
	Failures   int         `xml:"failures,attr"`
	Errors     int         `xml:"errors,attr"`
	Skipped    int         `xml:"skipped,attr"`
	Time       string      `xml:"time,attr"`
	Timestamp  string      `xml:"timestamp,attr,omitempty"`
	Properties []jProperty `xml:"properties>property"`
	Cases      []jCase     `xml:"testcase"`
}

type jProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type jCase struct {
	Name      string `xml:"name,attr"`
	Classname string `xml:"classname,attr"`
	Time      string `xml:"time,attr"`
	Inner     string `xml:",innerxml"`
}

// JUnitInput is one JUnit XML document to merge.
type JUnitInput struct {
	Origin string
	R      io.Reader
}

// JUnit merges JUnit documents into one: test suites of the same name (one
// target, several shards) become one suite, whose cases must not repeat and
// whose "identity" property must agree; every input adds a "source"
// property to the suites it contributed to. Counts and times are summed.
func JUnit(w io.Writer, inputs []JUnitInput) error {
	if len(inputs) == 0 {
		return ErrNothing
	}
	out := jSuites{Name: "mptest"}
	index := map[string]int{}
	caseFrom := map[string]string{}
	identityFrom := map[string]string{}
	var total float64
	for _, in := range inputs {
		var doc jSuites
		if err := xml.NewDecoder(in.R).Decode(&doc); err != nil {
			return fmt.Errorf("reading JUnit %s: %w", in.Origin, err)
		}
		if doc.Name != "" && out.Name == "mptest" {
			out.Name = doc.Name
		}
		for _, s := range doc.Suites {
			i, ok := index[s.Name]
			if !ok {
				i = len(out.Suites)
				index[s.Name] = i
				out.Suites = append(out.Suites, jSuite{Name: s.Name, Timestamp: s.Timestamp, Time: "0.000"})
			}
			dst := &out.Suites[i]
			for _, p := range s.Properties {
				if p.Name == "identity" {
					if prev, ok := identityFrom[s.Name]; ok {
						if have := propValue(dst.Properties, "identity"); have != p.Value {
							return fmt.Errorf("suite %s has two identities: %q in %s and %q in %s", s.Name, have, prev, p.Value, in.Origin)
						}
						continue
					}
					identityFrom[s.Name] = in.Origin
				}
				if p.Name == "incomplete" {
					if p.Value == "true" {
						setProp(&dst.Properties, "incomplete", "true")
					} else if propValue(dst.Properties, "incomplete") == "" {
						setProp(&dst.Properties, "incomplete", "false")
					}
					continue
				}
				dst.Properties = append(dst.Properties, p)
			}
			dst.Properties = append(dst.Properties, jProperty{"source", in.Origin})
			for _, c := range s.Cases {
				key := s.Name + "\x00" + c.Classname + "\x00" + c.Name
				if prev, dup := caseFrom[key]; dup {
					return fmt.Errorf("test %s of suite %s is in both %s and %s (a shard merged twice, or overlapping runs)", c.Name, s.Name, prev, in.Origin)
				}
				caseFrom[key] = in.Origin
				dst.Cases = append(dst.Cases, c)
			}
			dst.Tests += s.Tests
			dst.Failures += s.Failures
			dst.Errors += s.Errors
			dst.Skipped += s.Skipped
			dst.Time = addSeconds(dst.Time, s.Time)
			if earlier(s.Timestamp, dst.Timestamp) {
				dst.Timestamp = s.Timestamp
			}
			out.Tests += s.Tests
			out.Failures += s.Failures
			out.Errors += s.Errors
			out.Skipped += s.Skipped
			t, _ := strconv.ParseFloat(s.Time, 64)
			total += t
		}
	}
	for i := range out.Suites {
		s := &out.Suites[i]
		sort.SliceStable(s.Cases, func(a, b int) bool { return s.Cases[a].Name < s.Cases[b].Name })
	}
	out.Time = fmt.Sprintf("%.3f", total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing JUnit XML: %w", err)
	}
	return nil
}

func propValue(ps []jProperty, name string) string {
	for _, p := range ps {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

func setProp(ps *[]jProperty, name, value string) {
	for i := range *ps {
		if (*ps)[i].Name == name {
			(*ps)[i].Value = value
			return
		}
	}
	*ps = append(*ps, jProperty{name, value})
}

func addSeconds(a, b string) string {
	x, _ := strconv.ParseFloat(a, 64)
	y, _ := strconv.ParseFloat(b, 64)
	return fmt.Sprintf("%.3f", x+y)
}

// earlier reports whether timestamp a is before b ("" is never earlier).
func earlier(a, b string) bool {
	const layout = "2006-01-02T15:04:05"
	ta, err1 := time.Parse(layout, a)
	tb, err2 := time.Parse(layout, b)
	return err1 == nil && (err2 != nil || ta.Before(tb))
}
