# Python-level parts of the re module: the error class and the RegexFlag
# int subclass (its repr lists flag names like CPython's enum does).

class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)

_flag_names = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128))

class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return '-' + repr(RegexFlag(-v))
        names = []
        for name, bit in _flag_names:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return '|'.join(names)
    __str__ = __repr__
    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented
    __ror__ = __or__
    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented
    __rand__ = __and__
    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented
    __rxor__ = __xor__
    def __invert__(self):
        return RegexFlag(~int(self) & 511)

NOFLAG = RegexFlag(0)
for _name, _bit in _flag_names:
    globals()[_name] = RegexFlag(_bit)
A = ASCII
I = IGNORECASE
L = LOCALE
U = UNICODE
M = MULTILINE
S = DOTALL
X = VERBOSE
T = TEMPLATE
del _name, _bit

class Scanner:
    # The undocumented lexer helper: each phrase becomes a group of one
    # alternation, and the group that matched (lastindex) picks the action.
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase = {}
        gid = 1
        for i, (phrase, action) in enumerate(lexicon):
            self._phrase[gid] = i
            gid += 1 + compile(phrase, flags).groups
            parts.append('(' + phrase + ')')
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
