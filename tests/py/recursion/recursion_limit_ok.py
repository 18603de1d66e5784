def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50))
print(depth(150))
def tree(n):
    if n == 0:
        return 1
    return tree(n - 1) + tree(n - 1)
print(tree(12))
