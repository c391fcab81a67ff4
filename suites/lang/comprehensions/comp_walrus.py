# needs: walrus
data = [3, 8, 1, 9]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + v for v in data], total)
print(any((hit := v) > 5 for v in data), hit)
try:
    compile("[i := 0 for i in range(3)]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
