import difflib
from types import GenericAlias

print(difflib.SequenceMatcher[str])
print(GenericAlias(list, (int,)), GenericAlias(dict, (str, int)).__args__)
