# ExceptionGroup / BaseExceptionGroup: construction, message, split, subgroup, derive.
eg = ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)])])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args[0])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(OSError), eg.split(Exception)[1])
print(repr(eg.derive([KeyError("k")])))
print(str(ExceptionGroup("one", [ValueError()])))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
for args in [("x",), ("x", []), (1, [ValueError()]), ("x", [1]), ("x", 5), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


g = MyGroup("mine", [ValueError(1), OSError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), str(r))
try:
    raise g
except* OSError as e:
    print(type(e).__name__, e.message, e.exceptions)
except* ValueError as e:
    print(type(e).__name__, e.message, e.exceptions)
