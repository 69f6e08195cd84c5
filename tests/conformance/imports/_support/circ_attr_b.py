import circ_attr_a
print(circ_attr_a.value)
