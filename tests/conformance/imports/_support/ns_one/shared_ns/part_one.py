WHO = "part_one"
