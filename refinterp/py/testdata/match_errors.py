# match statement: run-time TypeErrors and compile-time SyntaxErrors


def check(src):
    try:
        compile(src, "<match>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)


check("match x:\n    case a: pass\n    case 1: pass\n")
check("match x:\n    case _: pass\n    case 1: pass\n")
check("match x:\n    case a if a: pass\n    case 1: pass\n")
check("match x:\n    case 1: pass\n    case a: pass\n")
check("match x:\n    case a | 1: pass\n")
check("match x:\n    case _ | 1: pass\n")
check("match x:\n    case 1 | a: pass\n")
check("match x:\n    case x as y: pass\n    case 2: pass\n")
check("match x:\n    case (a as b) | (b as a): pass\n")
check("match x:\n    case [a] | (b): pass\n")
check("match x:\n    case [a, b] | [b, a]: pass\n")
check("match x:\n    case [a, a]: pass\n")
check("match x:\n    case [a, *a]: pass\n")
check("match x:\n    case C(a=x, b=x): pass\n")
check("match x:\n    case {'k': x, **x}: pass\n")
check("match x:\n    case [x] as x: pass\n")
check("match x:\n    case {'a': 1, 'a': 2}: pass\n")
check("match x:\n    case {1: _, 1.0: _}: pass\n")
check("match x:\n    case {True: _, 1: _}: pass\n")
check("match x:\n    case {'a': 1, b'a': 2}: pass\n")
check("match x:\n    case [*a, *b]: pass\n")
check("match x:\n    case C(a=1, a=2): pass\n")
check("match x:\n    case 1:\n        pass\n    case [_, *_]:\n        pass\n    case _:\n        pass\n")


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Q:
    pass


def run(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def too_many():
    match P(1, 2):
        case P(1, 2, 3):
            return 1


def none_allowed():
    match Q():
        case Q(1):
            return 1


def not_a_type():
    f = len
    match 1:
        case f():
            return 1


def int_two():
    match 5:
        case int(1, 2):
            return 1


def repeated():
    match P(1, 2):
        case P(1, x=1):
            return 1


def list_args():
    class R:
        __match_args__ = ["x"]
    match R():
        case R(1):
            return 1


def int_args():
    class R:
        __match_args__ = (1,)
    match R():
        case R(1):
            return 1


def not_instance_no_error():
    match 5:
        case P(1, 2, 3):
            return "no"
    return "no error when not an instance"


def no_such_attr():
    match P(1, 2):
        case P(z=1):
            return "no"
    return "missing attribute: no match"


def attr_raises():
    class R:
        @property
        def bad(self):
            raise ValueError("boom")
    match R():
        case R(bad=1):
            return "no"


def eq_raises():
    class E:
        def __eq__(self, other):
            raise RuntimeError("eq called")
    match E():
        case 1:
            return "no"


def subject_raises():
    match 1 / 0:
        case _:
            return "no"


for f in [too_many, none_allowed, not_a_type, int_two, repeated, list_args, int_args,
          not_instance_no_error, no_such_attr, attr_raises, eq_raises, subject_raises]:
    run(f)

match P(1, 2):
    case P(x, y, z):
        pass
