# a comment line
x = 1 + \
    2  # trailing comment
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [1,
     2,  # comment inside brackets
     3,
]
print(z)
s = {
    'a': 1,
}
print(s)
if x == 3 and \
   y == 6:
    print("joined")
