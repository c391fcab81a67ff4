# bench: fannkuch: flip prefixes of every permutation of 1..N (lists, indexing)
# params 1000MHz 64MiB: N = 8
# params 48MHz 64KiB: N = 7
# params 16MHz 8KiB: N = 5


def fannkuch(n):
    # Permutations are generated in the counting order of the classic
    # fannkuch-redux definition, so the checksum is comparable.
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if nperm % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips, nperm = fannkuch(N)
print(checksum)
print("Pfannkuchen(%d) = %d" % (N, flips))
print("permutations", nperm)
