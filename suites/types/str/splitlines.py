s = "one\ntwo\r\nthree\rfour"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines())
print("no newline".splitlines(), "x\n".splitlines(keepends=True))
