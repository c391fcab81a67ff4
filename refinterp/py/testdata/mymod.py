print("mymod loaded", __name__)
X = 1
if __name__ == "__main__":
    print("main")
