from circ_from_a import thing
