# bench: pystone-like records: classes as records, small procedures, branches, arrays
# params 1000MHz 64MiB: N = 150000
# params 48MHz 64KiB: N = 3000
# params 16MHz 8KiB: N = 300

# A synthetic "business" workload in the spirit of the old Dhrystone family:
# records linked to each other, copied and updated by small procedures, with
# integer arithmetic, comparisons, a global array and short strings.

KIND_A, KIND_B, KIND_C, KIND_D = 0, 1, 2, 3


class Record:
    def __init__(self, next=None, kind=KIND_A, count=0, label=""):
        self.next = next
        self.kind = kind
        self.count = count
        self.label = label

    def copy(self):
        return Record(self.next, self.kind, self.count, self.label)


TABLE = [0] * 32
GRID = [[0] * 16 for _ in range(16)]
glob_count = 0
glob_flag = False


def classify(n):
    if n % 7 == 0:
        return KIND_D
    if n % 3 == 0:
        return KIND_C
    if n & 1:
        return KIND_B
    return KIND_A


def step_record(rec, i):
    global glob_count
    nxt = rec.next.copy()
    nxt.count = rec.count + i % 11
    nxt.kind = classify(nxt.count)
    if nxt.kind == KIND_D:
        glob_count += 1
        nxt.label = "D-%d" % (nxt.count % 100)
    elif nxt.kind == KIND_C:
        nxt.label = rec.label[:3]
    rec.next = nxt
    return nxt


def update_arrays(a, b):
    TABLE[a % 32] += b
    row = GRID[a % 16]
    row[b % 16] = row[(b + 1) % 16] + a
    return row[b % 16] & 0xFFFF


def compare_labels(x, y):
    global glob_flag
    if x == y:
        glob_flag = not glob_flag
        return 1
    if x < y:
        return 2
    return 3


def run(n):
    head = Record(Record(None, KIND_B, 1, "start"), KIND_A, 0, "head")
    checksum = 0
    hist = [0, 0, 0, 0]
    for i in range(n):
        rec = step_record(head, i)
        hist[rec.kind] += 1
        checksum = (checksum + update_arrays(i, rec.count)) % 65521
        checksum += compare_labels(rec.label, head.label)
        head.label = rec.label or head.label
        if i % 1000 == 999:
            head.count = 0  # keep counts small
    return checksum, hist


checksum, hist = run(N)
print("checksum", checksum)
print("kinds", hist)
print("globals", glob_count, glob_flag, sum(TABLE))
