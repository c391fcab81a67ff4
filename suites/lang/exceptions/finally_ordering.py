log = []
def f():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(f(), log)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body{}".format(i))
        finally:
            log.append("fin{}".format(i))
    return log
log = []
print(g())
