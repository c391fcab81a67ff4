# needs: dunder_name
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (GeneratorExit, Exception),
    (AssertionError, Exception), (UnicodeError, ValueError),
    (TypeError, ValueError), (IndentationError, SyntaxError),
    (StopAsyncIteration, Exception), (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(OSError is EnvironmentError, IOError is OSError)
