import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print(repr(exit)[:0])
try: exit(2)
except SystemExit as e: print("code", e.code)
try: quit()
except SystemExit as e: print("code", e.code)
