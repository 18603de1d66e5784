line = "-" * 20
print(line)
print("ab" * 5)
table = ""
for r in range(1, 4):
    table += " ".join(str(r * c).rjust(3) for c in range(1, 6)) + "\n"
print(table, end="")
print(("x" * 3).join(["[", "]"]))
