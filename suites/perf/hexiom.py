# bench: hexiom-like puzzle: place numbered tiles on a hex board by backtracking search
# params 1000MHz 64MiB: N = 3; PUZZLES = 2
# params 48MHz 64KiB: N = 3; PUZZLES = 1
# params 16MHz 16KiB: N = 2; PUZZLES = 2

# The puzzle: a hexagonal board of side N; some cells hold a tile whose number
# must equal how many of its six neighbours hold tiles too. Given only the
# multiset of tile numbers, find every way to place them.

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


def board(side):
    cells = []
    for q in range(-side + 1, side):
        for r in range(-side + 1, side):
            if -side < q + r < side:
                cells.append((q, r))
    index = {}
    for i in range(len(cells)):
        index[cells[i]] = i
    neighbours = []
    for q, r in cells:
        near = []
        for dq, dr in DIRS:
            j = index.get((q + dq, r + dr))
            if j is not None:
                near.append(j)
        neighbours.append(near)
    return cells, neighbours


def make_puzzle(neighbours, seed):
    # Occupy about half the cells (a deterministic choice) and read off the
    # numbers the tiles must carry.
    n = len(neighbours)
    state = seed
    occupied = [False] * n
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        occupied[i] = (state >> 16) % 2 == 0
    counts = [0] * 7
    for i in range(n):
        if occupied[i]:
            k = 0
            for j in neighbours[i]:
                if occupied[j]:
                    k += 1
            counts[k] += 1
    return counts


class Solver:
    def __init__(self, neighbours, counts):
        self.neighbours = neighbours
        self.counts = counts[:]
        self.empty = len(neighbours) - sum(counts)
        self.value = [-2] * len(neighbours)  # -2 undecided, -1 empty, else tile
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def consistent(self, cell):
        # Every decided tile at or next to cell must still be able to reach its number.
        for c in [cell] + self.neighbours[cell]:
            v = self.value[c]
            if v < 0:
                continue
            tiles = 0
            open_ = 0
            for j in self.neighbours[c]:
                w = self.value[j]
                if w >= 0:
                    tiles += 1
                elif w == -2:
                    open_ += 1
            if tiles > v or tiles + open_ < v:
                return False
        return True

    def search(self, cell):
        self.nodes += 1
        if cell == len(self.value):
            if self.first is None:
                self.first = self.value[:]
            self.solutions += 1
            return
        if self.empty > 0:
            self.empty -= 1
            self.value[cell] = -1
            if self.consistent(cell):
                self.search(cell + 1)
            self.empty += 1
        for v in range(7):
            if self.counts[v] == 0 or v > len(self.neighbours[cell]):
                continue
            self.counts[v] -= 1
            self.value[cell] = v
            if self.consistent(cell):
                self.search(cell + 1)
            self.counts[v] += 1
        self.value[cell] = -2


cells, neighbours = board(N)
for p in range(PUZZLES):
    counts = make_puzzle(neighbours, 7 + 2 * p)
    s = Solver(neighbours, counts)
    s.search(0)
    print("puzzle", p, "tiles", counts, "solutions", s.solutions, "nodes", s.nodes)
    if s.first:
        print(" ".join(["." if v < 0 else str(v) for v in s.first]))
