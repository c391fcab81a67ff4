g = 0
def outer():
    g = "outer local"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g
print(outer(), g)
def creates():
    global brand_new
    brand_new = 1
try:
    brand_new
except NameError as e:
    print("NameError:", e)
creates()
print(brand_new)
