# needs: dunder_name
class Timer:
    log = []
    def __enter__(self):
        Timer.log.append("start")
        return self
    def __exit__(self, et, ev, tb):
        Timer.log.append("stop:" + (et.__name__ if et else "ok"))
with Timer() as t:
    print(type(t).__name__)
try:
    with Timer():
        1 / 0
except ZeroDivisionError:
    pass
print(Timer.log)
