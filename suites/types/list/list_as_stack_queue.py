stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
