WHO = "part_two"
