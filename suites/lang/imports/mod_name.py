# helper module (not a test)
NAME = __name__
if __name__ == "__main__":
    print("never when imported")
