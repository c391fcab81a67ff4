import sys
r = sys.stdout.write("hello ")
sys.stdout.write("world\n")
print(r)
print("line", file=sys.stdout)
sys.stderr.write("stderr is not compared\n")
sys.stdout.flush()
print("end")
