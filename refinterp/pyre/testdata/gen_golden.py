"""Generates golden.jsonl, the expectations of pyre's TestGolden, with CPython.

Run from this directory with CPython 3.11: python3 gen_golden.py
Each output line is a JSON object: pattern, flags, subject and ops, a list
of [kind, args, want] where want is the text TestGolden must compute for
that operation (see run); an op may carry its own subject as a fourth
element (random patterns). Offsets are code points.
"""
import json
import re
import sys

assert sys.version_info[:2] == (3, 11), "expectations are CPython 3.11's"

COMPILE_ERRORS = [
    r'*a', r'a**', r'a{2}{3}', r'(a', r'a)', r'[a', r'[z-a]', r'(?<x>a)', r'(?P<1a>a)',
    r'(?P<a>a)(?P<a>b)', r'(?P=b)', r'\1', r'(a)\2', '\\', r'\q', r'\x4', r'\u12',
    r'\777', r'a{3,2}', r'(?i', r'(?z)', r'a(?i)b', r'(?Lx)', r'(?au)x', r'(?P', r'(?P<a',
    r'(?P<>a)', r'(?#abc', "\nab)", r'[\w-z]', r'[a-\d]', r'(?i-i:a)', r'(?a-u:a)',
    r'^*', r'\b+', r'a|*', r'(?P<a>x)(?P=', r'[\9]', r'[\400]', r'\U00110000', r'(?-',
    r'(?-q:a)', r'(?x', r'(?i:a', r'a{99999999999}',
    # constructs that need backtracking
    r'(a\1)', r'(?P<n>a(?P=n))', r'(?P=n)(?P<n>a)', r'(?<=a+)b', r'(?<!a|bc)d', r'(?<=(a)\1)',
    r'(?(1)a|b)', r'(a)(?(2)a|b)', r'(a)(?(0)a|b)', r'(a)(?(x)a|b)', r'(a)(?(1)a|b|c)',
    r'(a)(?(-1)a)', r'(a)(?(1a)a)', r'(?(1', r'(?>a', r'a*+*', r'a++?', r'(?=a', r'(?<', r'(?<a',
    r'(?<=(?P<x>a)(?P=x))', r'(?<=a)*', r'(a|bc)(?<=\1)', r'a{,3}+{2}', r'(?P=1)', r'\10', r'(?', r'(?P=',
]

PATTERNS = [
    (r'a', 0), (r'a+', 0), (r'x*', 0), (r'a|b', 0), (r'(a)|(b)', 0), (r'(a)(b)?', 0),
    (r'\w+', 0), (r'\w+', re.A), (r'\d+', 0), (r'\s+', 0), (r'\S+', 0), (r'\W', 0),
    (r'^\w+', 0), (r'^\w+', re.M), (r'\w+$', 0), (r'\w+$', re.M), (r'$', 0),
    (r'^', re.M), (r'$', re.M), ('a$\\n', 0), (r'\s*$', 0), (r'(\w+)$', 0),
    (r'.+', 0), (r'.+', re.S), (r'(?s).', 0), (r'[^a]+', 0), (r'[^a]+', re.I),
    (r'A+', re.I), (r'(?i)b', 0), (r'(?i:a)B', 0), (r'a(?-i:b)', re.I),
    (r'\bab', 0), (r'\Bb', 0), (r'\Aa', 0), (r'a\Z', 0), (r'a{2,3}', 0), (r'a{,2}', 0),
    (r'a{2,}?', 0), (r'a+?', 0), (r'a??b', 0), (r'x{', 0), (r'x{}', 0), (r'x{1,a}', 0),
    (r'(?P<first>\w)(?P<rest>\w*)', 0), (r'(?:ab)+', 0), (r'[\W\d]+', 0), (r'[^\W\d]+', 0),
    (r'[\w-]+', 0), (r'[]a]+', 0), (r'[a-c\-x]+', 0), (r'\x61\u0062\U00000063', 0),
    (r'\0\07\101', 0), (r'[\101-\103]+', 0), ('a # comment\n\t\tb', re.X), (r'(?x) a b [ ]', 0),
    (r'\.\*\[', 0), (r'é+', 0), (r'É', re.I), (r'\n', 0), (r'(a|b)*c', 0), (r'(?#note)a', 0),
    (r'[\s\S]', 0), (r'(?m)^$', 0), (r'\b', 0), (r'\B', 0), (r'(?a)\w+', 0), (r'[^\s]+', 0),
    (r'\d\D', 0), (r'\b\w+\b', 0), (r'(?a)\b\w', 0),
    # empty iterations and nested repeats
    (r'(a|b?)*', 0), (r'(a?)*?b', 0), (r'(?:a*)*', 0), (r'(a*)+', 0), (r'(a|)+b', 0),
    (r'(?:(a)|b)*', 0), (r'(?:(a)|(b))+', 0), (r'((a)|b)+', 0), (r'(a*?)*', 0),
    (r'(?:x|y*)*?a', 0), (r'(a{0,2}){2,3}', 0), (r'(ab|a)(bc|c)?', 0),
    # backreferences
    (r'(\w)\1', 0), (r'(?P<q>[\'"]).*?(?P=q)', 0), (r'(a)?\1', 0), (r'(a|b)*\1', 0),
    (r'(?i)(a)\1', 0), (r'(\w+)\s+\1', 0), (r'(.)(.)\2\1', 0), (r'(?:(a)|b)\1', 0),
    # lookarounds
    (r'a(?=b)', 0), (r'a(?!b)', 0), (r'(?<=a)b', 0), (r'(?<!a)b', 0), (r'(?<=\n)\w', 0),
    (r'\w+(?=\s)', 0), (r'(?=(\w+))\w', 0), (r'(?!a)\w+', 0), (r'(?<=ab|ba)\w', 0),
    (r'(?<!^)x', 0), (r'(?=a)*b', 0), (r'(?<=(a))b', 0), (r'(?!(a)b)a', 0), (r'(?<=a(?=b))b', 0),
    (r'\b(?=\w)', 0), (r'(?<=é)\w', 0),
    # atomic groups and possessive repeats
    (r'(?>a+)b', 0), (r'(?>a|ab)c', 0), (r'a++b', 0), (r'a*+a', 0), (r'(?:ab)?+a', 0),
    (r'x{1,2}+x', 0), (r'(?>(a)|b)+', 0), (r'\w++', 0),
    # conditionals
    (r'(a)?(?(1)b|c)', 0), (r'(<)?\w+(?(1)>)', 0), (r'(?P<o>\()?a(?(o)\))', 0),
    (r'(a)?b(?(1)c)', 0),
    # lazy and greedy interplay, alternation order
    (r'a.*?b', re.S), (r'a.*b', re.S), (r'(a+)(a+)', 0), (r'(a+?)(a+)', 0), (r'(a|ab)(c|bcd)', 0),
    (r'(?:a|b)*?b', 0), (r'a{2}', 0), (r'(ab){1,2}?', 0), (r'[a-z]+?\d', 0), (r'(?i)[^b]+', 0),
    (r'(?i)ǆ', 0), (r'(?i)[k]', 0), (r'(?i)s', re.A), (r'(?i)[é]', 0),
    (r'(?i)i', 0), (r'(?i)[h-j]+', 0), (r'(?i)(\w)\1', 0), (r'(?i)İ', 0),
    # a leading .* (implicit anchoring)
    (r'.*b', 0), (r'(.*)\n', 0), (r'.*?a$', 0), (r'.*b', re.S), (r'.*(?<=a)b', 0), (r'(.*)c\1', 0),
    (r'.*\bc', 0), (r'.*+b', 0), (r'(?:.*)*x', 0),
    # backreferences inside lookbehind (fixed-width groups)
    (r'(ab)x(?<=\1x)', 0), (r'(a)b(?<!\1b)', 0), (r'(?P<n>ab)(?<=(?P=n))', 0),
]

SUBJECTS = [
    "", "a", "ab", "aab", "bab", "xaxbx", "abc\n", "ab\ncd\n", "hello world 42",
    "a \n", "aaaa", "Ab aB", "é éÉ x1_2", "l1\nl2\n", "x{1,a}x{}", "*.[x", "\x00\x07A",
    "ABC", "a\nb", "\n", "a-b_c]d", "abab abba", "'x' \"y'\"", "<a> b> <c", "(a) a) (a",
    "ǅ ǆ Ǆ K k ſ s", "xxy aabc abcd", "İi Iı iI",
]

TEMPLATES = [r'\1', r'\g<1>', r'\g<first>', r'\g<x>', r'\9', r'\g<1', r'\g<>', r'\g<a b>',
             r'\q', r'\x41', r'\g<-1>', r'\g<01>', r'\0', r'\01', r'\08', r'\18', r'\100',
             r'\n\t\\', r'\g<1>0', '\\', r'\g', r'\g1', r'\777', r'\"', r'[\2]', r'é\g<rest>',
             r'\g<0>', r'<\g<0>>']


def spans(m):
    if m is None:
        return 'None'
    parts = ['%d,%d' % m.span(g) for g in range(m.re.groups + 1)]
    return ' '.join(parts) + ' li=%s' % m.lastindex


def run(kind, flags, pat, s, args):
    try:
        r = re.compile(pat, flags)
        if kind == 'compile':
            return 'ok %d %s %d' % (r.groups, sorted(r.groupindex.items()), r.flags)
        if kind in ('search', 'match', 'fullmatch'):
            pos, endpos = args
            return spans(getattr(r, kind)(s, pos, endpos))
        if kind == 'finditer':
            return ' | '.join(spans(m) for m in r.finditer(s))
        if kind == 'findall':
            return repr(r.findall(s))
        if kind == 'split':
            return repr(r.split(s, args))
        if kind == 'sub':
            return repr(r.subn(args[0], s, args[1]))
        raise ValueError(kind)
    except Exception as e:
        return 'ERR %s: %s' % ('error' if isinstance(e, re.error) else type(e).__name__, e)


# OPS are applied to every pattern and subject: (kind, args); args None
# for search/match/fullmatch means (pos, endpos) = (0, len(s) - 1).
OPS = [('finditer', None), ('findall', None), ('split', 0), ('split', 1),
       ('sub', ['<\\g<0>>', 0]), ('sub', ['-', 2]), ('search', [1, 100]),
       ('search', None), ('match', [0, 100]), ('fullmatch', [0, 100]), ('fullmatch', [2, 100])]


# Bytes patterns: records carry "bytes": true, with pattern and subject
# decoded as Latin-1; only span-valued operations are compared.
BYTES_PATTERNS = [
    (rb'\w+', 0), (rb'(?i)\xe9|k', 0), (rb'\b\w', 0), (rb'\s+', 0), (rb'\d', 0), (rb'[\x80-\xff]+', 0),
    (rb'(?L)\w', 0), (rb'a', re.L), (rb'\u0041', 0), (rb'(?u)a', 0), (rb'a', re.U), (rb'(?a)\w', 0),
    (rb'\N{DIGIT ONE}', 0), (rb'(?i)[a-z]+', re.A), (rb'(.)\1', re.I), (rb'a', re.A | re.L),
]
BYTES_SUBJECTS = [b'', b'ab cd', b'\xe9\xc9 K k \xff', b'1\t2\x1c3 \xa0', b'aA\xe9\xc9\xe9']
BYTES_OPS = [('finditer', None), ('search', [1, 100]), ('fullmatch', [0, 100])]


def bytes_records():
    for p, f in BYTES_PATTERNS:
        ops = [['compile', None, run('compile', f, p, b'', None)]]
        for s in BYTES_SUBJECTS:
            for kind, args in BYTES_OPS:
                ops.append([kind, args, run(kind, f, p, s, args), s.decode('latin-1')])
        yield {'pattern': p.decode('latin-1'), 'flags': int(f), 'bytes': True, 'subject': None, 'ops': ops}


def random_pattern(rnd, depth):
    atoms = ['a', 'b', 'é', r'\n', '.', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', r'[\d_]',
             r'[^\W\d]', '^', '$', r'\A', r'\Z', r'\b', r'\B', 'x', ' ', r'\.', r'\1',
             '(?<=a)', '(?<!b)', r'(?<=\w\W)', '(?(1)a|b)', r'(?(1)\1)']
    quants = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}?', '*+', '?+']
    out = []
    for i in range(rnd.randint(1, 4)):
        k = rnd.randrange(12)
        if k < 7 or depth == 0:
            a = rnd.choice(atoms)
            out.append(a)
            if not a.startswith('(?') and a not in ('^', '$', r'\A', r'\Z', r'\b', r'\B'):
                out.append(rnd.choice(quants))
        elif k < 10:
            opener = rnd.choice(['(', '(?:', '(?P<g%d>' % i, '(?i:', '(?s:', '(?m:', '(?=', '(?!', '(?>'])
            out.append(opener + random_pattern(rnd, depth - 1) + ')')
            if opener not in ('(?=', '(?!'):
                out.append(rnd.choice(quants))
        else:
            out.append(random_pattern(rnd, depth - 1) + '|' + random_pattern(rnd, depth - 1))
    return ''.join(out)


def random_subject(rnd):
    return ''.join(rnd.choice(['a', 'b', 'A', 'B', 'é', '\n', ' ', '1', '_', 'x', '.'])
                   for _ in range(rnd.randrange(9)))


RANDOM_OPS = [('finditer', None), ('sub', ['<\\g<0>>', 0]), ('search', [1, 100]), ('fullmatch', [0, 100])]


def random_records():
    import random
    rnd = random.Random(7)
    for _ in range(800):
        p = random_pattern(rnd, 2)
        f = rnd.choice([0, 0, re.I, re.M, re.S, re.A])
        ops = []
        for _ in range(3):
            s = random_subject(rnd)
            for kind, args in RANDOM_OPS:
                ops.append([kind, args, run(kind, f, p, s, args), s])
        yield {'pattern': p, 'flags': int(f), 'subject': None, 'ops': ops}


def records():
    for p in COMPILE_ERRORS:
        yield {'pattern': p, 'flags': 0, 'subject': '', 'ops': [['compile', None, run('compile', 0, p, '', None)]]}
    for p, f in PATTERNS:
        yield {'pattern': p, 'flags': int(f), 'subject': '', 'ops': [['compile', None, run('compile', f, p, '', None)]]}
        for s in SUBJECTS:
            ops = []
            for kind, args in OPS:
                if args is None and kind != 'finditer' and kind != 'findall':
                    args = [0, len(s) - 1]
                ops.append([kind, args, run(kind, f, p, s, args)])
            yield {'pattern': p, 'flags': int(f), 'subject': s, 'ops': ops}
    for t in TEMPLATES:
        p = r'(?P<first>a)(?P<rest>b)?'
        yield {'pattern': p, 'flags': 0, 'subject': 'xaybab', 'ops': [['sub', [t, 0], run('sub', 0, p, 'xaybab', [t, 0])]]}
    yield from random_records()
    yield from bytes_records()


def main():
    with open('golden.jsonl', 'w', encoding='utf-8') as out:
        for r in records():
            out.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
