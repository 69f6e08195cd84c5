print("circ_ok_a start")
import circ_ok_b
A = "a"


def use_b():
    return circ_ok_b.B
print("circ_ok_a end")
