lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
print(lst)
d = {"a": 1}
d["a"] -= 5
print(d)
class O:
    n = 0
o = O()
o.n += 1
print(o.n, O.n)
l2 = [1]
alias = l2
l2 += [2]
print(alias, l2 is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
