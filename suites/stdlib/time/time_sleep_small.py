# needs: float
import time
start = time.time()
time.sleep(0.01)
elapsed = time.time() - start
print(elapsed >= 0.0, elapsed < 5)
