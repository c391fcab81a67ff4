# modifying the loop variable doesn't affect iteration
for i in range(3):
    print(i)
    i = 100
# appending while iterating a list extends iteration
lst = [1, 2]
for x in lst:
    if len(lst) < 5:
        lst.append(x * 10)
print(lst)
# iterating a copy while removing
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
