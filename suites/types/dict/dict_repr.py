# needs: dictorder
print({"s": "str", "q": "it's", 1: [1, {2: ()}], None: None, (1, 2): {}})
print(repr({}), str({"k": "v"}), {"nested": {"deep": {"deeper": 1}}})
