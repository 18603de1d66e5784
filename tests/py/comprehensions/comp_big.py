print(sum([i for i in range(10000)]))
print(len({i % 97 for i in range(5000)}))
print(len({i: i for i in range(3000)}))
print([i for i in range(1000) if i * i % 1000 == 1][:10])
