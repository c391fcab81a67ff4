class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])
for i in range(3):
    with CM():
        if i == 1:
            print("break")
            break
        print("iter", i)
def g():
    with CM():
        return "value"
print(g())
for i in range(2):
    with CM():
        continue
print("done")
