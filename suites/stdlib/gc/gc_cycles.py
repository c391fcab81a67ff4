import gc
class Node:
    def __init__(self):
        self.other = None
for _ in range(100):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
gc.collect()
print("collected cycles ok")
big = [[i] for i in range(100)]
del big
gc.collect()
print("freed list ok")
