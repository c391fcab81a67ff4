package pyre

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("The quick brown fox jumps over the lazy dog 42 times; user_1@example.com, counting 3.14 running\n", 100)

var benchCases = []struct {
	name, pattern string
	flags         Flags
	op            string
}{
	{"Literal", `lazy cat`, 0, "search"},
	{"Digits", `\d+`, 0, "findall"},
	{"Words", `\w+`, 0, "findall"},
	{"Email", `(\w+)@(\w+)\.com`, 0, "findall"},
	{"KeyValue", `^(\w+)\s+(\w+)`, Multiline, "findall"},
	{"Ing", `[a-z]+ing\b`, 0, "findall"},
	{"IgnoreCase", `QUICK|LAZY`, IgnoreCase, "findall"},
	{"SubSpaces", `\s+`, 0, "sub"},
	{"Split", `[,;]\s*`, 0, "split"},
	{"DotStarMiss", `.*zzz`, 0, "search"},
	{"Alternation", `fox|dog|cat|bird`, 0, "findall"},
	{"LazyDot", `T.*?s`, 0, "findall"},
}

func BenchmarkOps(b *testing.B) {
	for _, c := range benchCases {
		re, err := Compile(c.pattern, c.flags)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				switch c.op {
				case "search":
					re.Match(benchText, 0, len(benchText), Search)
				case "findall":
					re.FindAll(benchText, 0, len(benchText), 0)
				case "sub":
					re.SubTemplate(benchText, 0, " ")
				case "split":
					re.Split(benchText, 0)
				}
			}
		})
	}
}
