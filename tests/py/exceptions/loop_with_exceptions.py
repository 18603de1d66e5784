res = []
for v in ["1", "x", "3", "", "5"]:
    try:
        res.append(int(v))
    except ValueError:
        res.append(None)
        continue
    finally:
        res.append("|")
print(res)
count = 0
while True:
    try:
        count += 1
        if count == 4:
            raise StopIteration
    except StopIteration:
        break
print(count)
