try:
    from microbit import display, Image
except ImportError:
    print("SKIP")
    raise SystemExit
display.clear()
print(display.get_pixel(0, 0))
display.set_pixel(1, 1, 9)
print(display.get_pixel(1, 1))
display.show(Image.HEART)
print(display.get_pixel(2, 2), display.get_pixel(0, 0))
display.clear()
print(display.get_pixel(2, 2))
