def helper(items):
    total = 0
    for it in items:
        total += it.value
    return totl
class Item:
    def __init__(self, v):
        self.value = v
print(helper([Item(1), Item(2)]))
