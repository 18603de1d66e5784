# urandom (MicroPython) / random (CPython): range checks of every function, repeatability after seed()
try:
    import urandom as random
except ImportError:
    import random

for bits in (1, 5, 8, 16, 31, 32):
    print(bits, all(0 <= random.getrandbits(bits) < (1 << bits) for _ in range(200)))

random.seed(42)
a = [random.getrandbits(16) for _ in range(5)]
random.seed(42)
b = [random.getrandbits(16) for _ in range(5)]
print("repeatable", a == b)
random.seed(7)
c = [random.randint(0, 1000) for _ in range(5)]
random.seed(7)
print("repeatable randint", c == [random.randint(0, 1000) for _ in range(5)])

print(all(0 <= random.randrange(5) < 5 for _ in range(100)))
print(all(-3 <= random.randrange(-3, 3) < 3 for _ in range(100)))
print(all(random.randrange(10, 0, -3) in (10, 7, 4, 1) for _ in range(100)))
print(all(random.randrange(2, 20, 4) in (2, 6, 10, 14, 18) for _ in range(100)))
print(sorted(set(random.randint(1, 3) for _ in range(300))))
print(all(random.choice("abc") in "abc" for _ in range(50)))
print(sorted(set(random.choice([4, 5]) for _ in range(100))))
r = [random.random() for _ in range(200)]
print(all(0.0 <= x < 1.0 for x in r), len(set(r)) > 150)
print(all(-2.5 <= random.uniform(-2.5, 1.5) <= 1.5 for _ in range(100)))
print(type(random.random()).__name__, type(random.randrange(3)).__name__)

for f, args in ((random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (1, 9, 0)),
                (random.randint, (3, 1)), (random.choice, ([],))):
    try:
        f(*args)
        print("no error")
    except ValueError:
        print("ValueError")
    except IndexError:
        print("IndexError")
