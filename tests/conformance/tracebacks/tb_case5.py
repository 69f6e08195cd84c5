print("before")
raise SystemExit("bye message")
