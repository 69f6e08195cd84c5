WHO = "leaf"
