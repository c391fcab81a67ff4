# needs: fstring
d = {"k": "v"}
print(f"{d['k']}")
print(f'{d["k"]}')
print(f"""{d["k"]} and {d['k']}""")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{len(items)} items")
print(f"{'yes' if items else 'no'}")
print(f"{(lambda z: z * 2)(3)}")
