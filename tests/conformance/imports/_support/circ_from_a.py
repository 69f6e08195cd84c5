import circ_from_b
thing = 1
