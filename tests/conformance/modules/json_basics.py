import json
data = {"name": "Sid", "n": [1, 2.5, True, None], "nested": {"é": "ü", "q": "a\"b\\c\n"}, "num": -3}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], separators=(",", ":")), json.dumps("x"), json.dumps(1e100), json.dumps({1: 2, True: 3}))
back = json.loads(s)
print(back == data, back["nested"], json.loads('[1, 2.0, -3e2, "\\u00e9", {"a": null}]'), json.loads("  true "))
for bad in ['{"a" 1}', "[1, 2", "nul", '{"a": 1,}', "[1] x", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
