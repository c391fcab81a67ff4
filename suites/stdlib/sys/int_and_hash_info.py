# sys.int_info, sys.hash_info and the int/str digit limit.
import sys
print(sys.int_info, sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf == hash(float("inf")), sys.get_int_max_str_digits())
