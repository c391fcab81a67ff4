import time
t = time.gmtime(0)
print(t[0], t[1], t[2], t[3], t[4], t[5], t[6])
t = time.gmtime(86400 * 365 + 3600 + 61)
print(tuple(t)[:7])
print(time.mktime(time.localtime(1000000)) == 1000000 if hasattr(time, "mktime") else True)
