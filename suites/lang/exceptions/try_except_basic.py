# needs: dunder_name
try:
    1 // 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught tuple", type(e).__name__)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    {}["k"]
except LookupError as e:
    print("base class catches", type(e).__name__)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
