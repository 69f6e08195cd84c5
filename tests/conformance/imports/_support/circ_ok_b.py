print("circ_ok_b start")
import circ_ok_a
B = "b"
print("circ_ok_b sees partially initialised a, has A:", hasattr(circ_ok_a, "A"))
