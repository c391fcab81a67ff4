package syntax

import "unicode/utf8"

// nfkcIdent applies the part of NFKC normalisation (which Python applies to
// identifiers) that matters in practice, without Unicode's full tables:
// fullwidth ASCII, mathematical alphanumeric letters and digits, the Latin
// ligatures, the micro sign, long s and the ordinal indicators. Other
// compatibility characters are left as they are.
func nfkcIdent(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		i += n
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r >= 0xFF10 && r <= 0xFF19:
			out = append(out, byte('0'+r-0xFF10))
		case r >= 0xFF21 && r <= 0xFF3A:
			out = append(out, byte('A'+r-0xFF21))
		case r >= 0xFF41 && r <= 0xFF5A:
			out = append(out, byte('a'+r-0xFF41))
		case r == 0xFF3F:
			out = append(out, '_')
		case r >= 0x1D400 && r <= 0x1D6A3:
			k := (r - 0x1D400) % 52
			if k < 26 {
				out = append(out, byte('A'+k))
			} else {
				out = append(out, byte('a'+k-26))
			}
		case r >= 0x1D7CE && r <= 0x1D7FF:
			out = append(out, byte('0'+(r-0x1D7CE)%10))
		case r == 0xB5:
			out = utf8.AppendRune(out, 0x3BC)
		case r == 0x17F:
			out = append(out, 's')
		case r == 0xAA:
			out = append(out, 'a')
		case r == 0xBA:
			out = append(out, 'o')
		case r >= 0xFB00 && r <= 0xFB06:
			out = append(out, [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}[r-0xFB00]...)
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// LookupUnicodeName, if set, is consulted first for \N{...} escapes (the
// name as written; matching should ignore case). A host build can install a
// full Unicode name table here; the built-in one is deliberately small.
var LookupUnicodeName func(name string) (rune, bool)

// lookupUnicodeName resolves the name in a \N{...} escape. A full Unicode
// name table would cost hundreds of kilobytes on a microcontroller, so this
// knows the algorithmic names (LATIN CAPITAL/SMALL LETTER X, DIGIT ..., CJK
// UNIFIED IDEOGRAPH-XXXX) and a small table of commonly used ones; other
// names are reported as unknown, exactly like a misspelt name.
func lookupUnicodeName(name []byte) (rune, bool) {
	if LookupUnicodeName != nil {
		if r, ok := LookupUnicodeName(string(name)); ok {
			return r, true
		}
	}
	var buf [64]byte
	if len(name) > len(buf) {
		return 0, false
	}
	u := buf[:len(name)]
	for i, c := range name {
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		u[i] = c
	}
	s := string(u)
	if r, ok := unicodeNames[s]; ok {
		return r, true
	}
	const capital, small = "LATIN CAPITAL LETTER ", "LATIN SMALL LETTER "
	if len(s) == len(capital)+1 && s[:len(capital)] == capital && s[len(s)-1] >= 'A' && s[len(s)-1] <= 'Z' {
		return rune(s[len(s)-1]), true
	}
	if len(s) == len(small)+1 && s[:len(small)] == small && s[len(s)-1] >= 'A' && s[len(s)-1] <= 'Z' {
		return rune(s[len(s)-1] + 32), true
	}
	const cjk = "CJK UNIFIED IDEOGRAPH-"
	if len(s) > len(cjk) && s[:len(cjk)] == cjk {
		v, n := hexValue(u[len(cjk):], 6)
		if n == len(s)-len(cjk) && (n == 4 || n == 5) && (v >= 0x4E00 && v <= 0x9FFF || v >= 0x3400 && v <= 0x4DBF || v >= 0x20000 && v <= 0x2A6DF) {
			return v, true
		}
	}
	return 0, false
}

var unicodeNames = map[string]rune{
	"NULL": 0, "CHARACTER TABULATION": 9, "LINE FEED": 10, "CARRIAGE RETURN": 13, "ESCAPE": 27,
	"SPACE": ' ', "EXCLAMATION MARK": '!', "QUOTATION MARK": '"', "NUMBER SIGN": '#',
	"DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "APOSTROPHE": '\'',
	"LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')', "ASTERISK": '*', "PLUS SIGN": '+',
	"COMMA": ',', "HYPHEN-MINUS": '-', "FULL STOP": '.', "SOLIDUS": '/', "COLON": ':',
	"SEMICOLON": ';', "LESS-THAN SIGN": '<', "EQUALS SIGN": '=', "GREATER-THAN SIGN": '>',
	"QUESTION MARK": '?', "COMMERCIAL AT": '@', "REVERSE SOLIDUS": '\\', "LOW LINE": '_',
	"LEFT CURLY BRACKET": '{', "RIGHT CURLY BRACKET": '}', "TILDE": '~', "DELETE": 0x7F,
	"DIGIT ZERO": '0', "DIGIT ONE": '1', "DIGIT TWO": '2', "DIGIT THREE": '3', "DIGIT FOUR": '4',
	"DIGIT FIVE": '5', "DIGIT SIX": '6', "DIGIT SEVEN": '7', "DIGIT EIGHT": '8', "DIGIT NINE": '9',
	"NO-BREAK SPACE": 0xA0, "POUND SIGN": 0xA3, "YEN SIGN": 0xA5, "SECTION SIGN": 0xA7,
	"COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE, "DEGREE SIGN": 0xB0, "PLUS-MINUS SIGN": 0xB1,
	"MICRO SIGN": 0xB5, "PILCROW SIGN": 0xB6, "MIDDLE DOT": 0xB7, "MULTIPLICATION SIGN": 0xD7,
	"DIVISION SIGN": 0xF7, "LATIN SMALL LETTER E WITH ACUTE": 0xE9,
	"LATIN SMALL LETTER A WITH GRAVE": 0xE0, "LATIN SMALL LETTER U WITH DIAERESIS": 0xFC,
	"LATIN SMALL LETTER O WITH DIAERESIS": 0xF6, "LATIN SMALL LETTER A WITH DIAERESIS": 0xE4,
	"LATIN SMALL LETTER SHARP S": 0xDF, "LATIN CAPITAL LETTER E WITH ACUTE": 0xC9,
	"GREEK SMALL LETTER ALPHA": 0x3B1, "GREEK SMALL LETTER BETA": 0x3B2,
	"GREEK SMALL LETTER GAMMA": 0x3B3, "GREEK SMALL LETTER DELTA": 0x3B4,
	"GREEK SMALL LETTER EPSILON": 0x3B5, "GREEK SMALL LETTER THETA": 0x3B8,
	"GREEK SMALL LETTER LAMDA": 0x3BB, "GREEK SMALL LETTER MU": 0x3BC, "GREEK SMALL LETTER PI": 0x3C0,
	"GREEK SMALL LETTER SIGMA": 0x3C3, "GREEK SMALL LETTER OMEGA": 0x3C9,
	"GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3A3,
	"GREEK CAPITAL LETTER OMEGA": 0x3A9, "EN DASH": 0x2013, "EM DASH": 0x2014,
	"LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
	"LEFT DOUBLE QUOTATION MARK": 0x201C, "RIGHT DOUBLE QUOTATION MARK": 0x201D,
	"BULLET": 0x2022, "HORIZONTAL ELLIPSIS": 0x2026, "EURO SIGN": 0x20AC, "TRADE MARK SIGN": 0x2122,
	"LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "RIGHTWARDS ARROW": 0x2192,
	"DOWNWARDS ARROW": 0x2193, "INFINITY": 0x221E, "NOT EQUAL TO": 0x2260,
	"LESS-THAN OR EQUAL TO": 0x2264, "GREATER-THAN OR EQUAL TO": 0x2265, "BLACK STAR": 0x2605,
	"WHITE STAR": 0x2606, "SNOWMAN": 0x2603, "BLACK HEART SUIT": 0x2665, "CHECK MARK": 0x2713,
	"ZERO WIDTH SPACE": 0x200B, "ZERO WIDTH JOINER": 0x200D, "BYTE ORDER MARK": 0xFEFF,
	"ZERO WIDTH NO-BREAK SPACE": 0xFEFF, "REPLACEMENT CHARACTER": 0xFFFD,
	"GRINNING FACE": 0x1F600, "PILE OF POO": 0x1F4A9, "THUMBS UP SIGN": 0x1F44D,
	"SMILING FACE WITH SMILING EYES": 0x1F60A, "HEAVY BLACK HEART": 0x2764,
}
