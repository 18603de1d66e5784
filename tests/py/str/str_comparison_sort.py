words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(max(words), min(words))
print("abc" < "abcd" < "abd" < "b")
print(sorted(["é", "e", "z", "日"]))
