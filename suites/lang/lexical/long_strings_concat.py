parts = ("alpha "
         "beta "
         "2 "
         "gamma")
print(parts)
msg = "x" * 3 + "y" * 2
print(msg)
print("-" * 0 == "", "ab" * -1 == "")
s = """first
  second\
 joined"""
print(s)
print(repr(s))
