# needs: local_import
print(__name__)
import mod_name
print(mod_name.NAME, mod_name.__name__)
if __name__ == "__main__":
    print("running as main")
