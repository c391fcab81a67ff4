out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
res = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        res.append((i, j))
print(res)
i = 0
while True:
    i += 1
    if i < 5:
        continue
    break
print(i)
