# Leaving a for loop over a fresh generator early finalises it (its finally
# runs) at once, as CPython's reference counting does.
def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


for v in numbers("break"):
    print(v)
    break
print("after break")


def first():
    for v in numbers("return"):
        return v


print(first())
for i in range(2):
    for v in numbers("continue"):
        if v == 1:
            continue
for v in numbers("exhausted"):
    pass


def nested():
    for v in numbers("nested"):
        try:
            return v
        finally:
            print("inner finally")


print(nested())
g = numbers("kept")
for v in g:
    break
print("still open:", next(g))
g.close()
