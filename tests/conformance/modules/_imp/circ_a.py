import circ_b
VALUE_A = "a"
