print("territory-bench: not built yet")
