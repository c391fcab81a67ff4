# expect: exit 1
import sys
print("exiting with status 1 via sys.exit(1)")
sys.exit(1)
