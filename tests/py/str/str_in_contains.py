s = "the quick brown fox"
for w in ["quick", "Quick", "", "fox", "the q", "xyz", " "]:
    print(repr(w), w in s, w not in s)
print("日" in "日本", "é" in "cafe")
