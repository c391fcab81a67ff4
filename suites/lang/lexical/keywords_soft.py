# match, case, _ and type are soft keywords: usable as names
match = 1
case = 2
type_ = 3
print(match, case, type_)
def match_fn(match):
    return match + 1
print(match_fn(5))
