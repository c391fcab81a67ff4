l = [1, 2]
l.extend(l)
print(l)
l += l
print(l)
l2 = [1, 2, 3]
l2[1:2] = l2
print(l2)
l3 = [0]
l3.append(l3[:])
print(l3)
m = [1, 2, 3]
m *= 0
print(m)
