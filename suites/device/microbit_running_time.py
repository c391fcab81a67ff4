try:
    from microbit import running_time, sleep
except ImportError:
    print("SKIP")
    raise SystemExit
t = running_time()
sleep(10)
print(isinstance(t, int), running_time() - t >= 10)
