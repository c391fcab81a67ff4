try:
    from microbit import Image
except ImportError:
    print("SKIP")
    raise SystemExit
img = Image.HEART
print(img.width(), img.height())
print(img.get_pixel(0, 0), img.get_pixel(1, 0), img.get_pixel(2, 2), img.get_pixel(2, 4))
blank = Image(5, 5)
print(blank.get_pixel(2, 2))
blank.set_pixel(2, 2, 7)
print(blank.get_pixel(2, 2))
