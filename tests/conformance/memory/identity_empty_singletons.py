# Empty strings, tuples and bytes and one-byte bytes are shared objects.
EMPTY_STR, EMPTY_TUPLE, EMPTY_BYTES, A_BYTES, B_BYTES = "", (), b"", b"a", b"b"
e1 = "".join([])
e2 = str()
print(e1 is EMPTY_STR, e2 is EMPTY_STR, e1 is e2, "abc"[3:] is EMPTY_STR)
print(tuple() is EMPTY_TUPLE, tuple([]) is EMPTY_TUPLE, (1, 2)[0:0] is EMPTY_TUPLE)
print(bytes() is EMPTY_BYTES, b"".join([]) is EMPTY_BYTES, bytes([97]) is A_BYTES, b"abc"[1:2] is B_BYTES)
print(frozenset() is frozenset(), bool(0) is False)
print([] is [], {} is {}, bytearray() is bytearray())
