def f(x):
    if x:
        return "tab-free"
    else:
            return "deeper indent is fine"
print(f(1), f(0))
if True:
  print("two spaces")
  if True:
        print("eight more")
print("done")
