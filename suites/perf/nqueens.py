# bench: n-queens: every solution by recursive generators over sets of free squares
# params 1000MHz 64MiB: N = 10
# params 48MHz 64KiB: N = 8
# params 16MHz 8KiB: N = 5


def place(n, row, cols, diag1, diag2):
    # Yields each solution as a tuple of column numbers, one per row.
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (col,) + rest
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def distinct(solutions, n):
    # Counts solutions that are not mirror images of an earlier one.
    seen = set()
    unique = 0
    for s in solutions:
        mirror = tuple(n - 1 - c for c in s)
        if mirror not in seen:
            unique += 1
        seen.add(s)
    return unique


solutions = list(place(N, 0, set(), set(), set()))
print(N, "queens:", len(solutions), "solutions")
print("first", solutions[0])
print("last", solutions[-1])
print("without mirrors", distinct(solutions, N))
