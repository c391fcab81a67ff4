for stmt in ["zip(1)", "zip([1], 2)", "enumerate()"]:
    try: eval(stmt)
    except TypeError as e: print(e)
