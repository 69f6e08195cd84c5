# slot names must be identifiers
for bad in (["1x"], ["a b"], [""], ["a-b"], ["é"]):
    try:
        type("Bad", (), {"__slots__": bad})
        print("accepted", bad)
    except TypeError as e:
        print(type(e).__name__, e)
