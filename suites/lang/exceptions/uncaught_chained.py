# expect: exit 1
# the program dies with a chained exception; only stdout and the exit status are compared
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("config value is not a number") from e
print(parse("12"))
print("about to fail")
parse("twelve")
