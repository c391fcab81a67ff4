# try/except* (PEP 654): splitting a group among clauses, re-raising the rest.
def run(f):
    try:
        f()
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))


def split_among_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  values:", repr(e))
    except* TypeError as e:
        print("  types:", repr(e))


def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("  handled the ValueError")


def naked_exception():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print("  wrapped:", repr(e), e.args)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")


def raise_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
    except* TypeError as e:
        print("  types:", repr(e))
    except* (KeyError, ValueError) as e:
        print("  others:", repr(e))


def catching_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass


for f in [split_among_clauses, unmatched_rest, naked_exception, naked_unmatched,
          raise_in_clause, bare_reraise, nested_groups, catching_group_type]:
    print(f.__name__)
    run(f)
