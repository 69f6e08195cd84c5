from circ_a import VALUE_A
