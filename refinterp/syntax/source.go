package syntax

// Source decoding: PEP 263 coding declarations and UTF-8 validation.

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// codingSpec returns the encoding named by a PEP 263 declaration
// ("# -*- coding: latin-1 -*-") on the first or second line, or "".
func codingSpec(src []byte) string {
	line := 0
	for i := 0; i < len(src) && line < 2; line++ {
		j := i
		for j < len(src) && src[j] != '\n' {
			j++
		}
		l := src[i:j]
		k := 0
		for k < len(l) && (l[k] == ' ' || l[k] == '\t' || l[k] == '\f') {
			k++
		}
		if k == len(l) {
			i = j + 1
			continue // blank line
		}
		if l[k] != '#' {
			return ""
		}
		if n := bytes.Index(l, []byte("coding")); n >= 0 && n+6 < len(l) && (l[n+6] == ':' || l[n+6] == '=') {
			e := l[n+7:]
			for len(e) > 0 && (e[0] == ' ' || e[0] == '\t') {
				e = e[1:]
			}
			m := 0
			for m < len(e) && (isIdentByte(e[m]) || e[m] == '-' || e[m] == '.') {
				m++
			}
			if m > 0 {
				return string(e[:m])
			}
		}
		i = j + 1
	}
	return ""
}

// normEncoding lower-cases an encoding name and maps '_' to '-'.
func normEncoding(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		} else if c == '_' {
			b[i] = '-'
		}
	}
	return string(b)
}

// cp1252 maps bytes 0x80-0x9F of Windows code page 1252; the rest is Latin-1.
var cp1252 = [32]rune{0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178}

// latin1ToUTF8 decodes Latin-1 (or, with high, code page 1252) to UTF-8.
func latin1ToUTF8(src []byte, high *[32]rune) []byte {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		switch {
		case c < 0x80:
			out = append(out, c)
		case high != nil && c < 0xA0:
			out = utf8.AppendRune(out, high[c-0x80])
		default:
			out = append(out, 0xC0|c>>6, 0x80|c&0x3F)
		}
	}
	return out
}

// badUTF8 reports the first invalid UTF-8 sequence in the source as
// CPython's decoder does ("position" is counted from the start of its line,
// where CPython counts from the start of the enclosing token).
func (p *parser) badUTF8() {
	src := p.src
	line, lineStart := int32(1), 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
				lineStart = i + 1
				p.main.lines = append(p.main.lines, int32(i+1))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		why := "invalid start byte"
		if c >= 0xC2 && c <= 0xF4 {
			why = "invalid continuation byte"
			if i+1 >= len(src) || src[i+1] < 0x80 || src[i+1] > 0xBF {
				if i+1 >= len(src) || src[i+1] < 0x80 {
					why = "unexpected end of data"
				}
			}
		}
		p.errorAt(KindSyntax, Pos{line, int32(i-lineStart) + 1}, Pos{}, "(unicode error) 'utf-8' codec can't decode byte 0x"+
			string([]byte{hexDigit(c >> 4), hexDigit(c & 15)})+" in position "+strconv.Itoa(i-lineStart)+": "+why)
		p.scanErr = true
		return
	}
}

func validUTF8(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return bytesValidUTF8(b)
		}
	}
	return true
}

// ------------------------------------------------------------------ helpers
