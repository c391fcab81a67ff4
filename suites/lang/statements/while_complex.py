# nested while loops with multiple exits
i = 0
found = None
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    if found:
        break
    i += 1
print(found)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print(depth, stack)
