# time.strftime week numbers (%U %W %V %G) and more directives, time.strptime,
# struct_time construction errors.
import time

for secs in [0, 1700000000, 1704067200, 1735603200]:
    st = time.gmtime(secs)
    print(time.strftime("%Y-%m-%d %a %j %U %W %V %G %g %C %u %w|%k|%l|%%", st))
print(time.strptime("2024-03-05 13:04", "%Y-%m-%d %H:%M"))
print(time.strptime("Tue Mar  5 13:04:00 2024"))
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print(e)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 0, 2, -1)).tm_mday)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
