import circ_attr_b
value = 1
