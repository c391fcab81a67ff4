# a deliberately large test: ~200k ints don't fit on 16 KB boards (reported as too large there)
big = list(range(200000))
print(len(big), big[-1], sum(big))
big2 = [i * 2 for i in big]
print(big2[199999], len(big2))
