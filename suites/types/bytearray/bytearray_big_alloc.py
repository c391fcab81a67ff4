# deliberately large: a 256 KB buffer is allocated before any output, so a
# board with a small heap fails with MemoryError and reports the test as too large
buf = bytearray(256 * 1024)
buf[-1] = 7
print(len(buf), buf[-1], buf[0])
