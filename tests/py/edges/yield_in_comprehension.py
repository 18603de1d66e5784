# yield (or yield from) inside a comprehension is a SyntaxError; in the first iterable (evaluated outside) it is not.
for src in (
    "def f():\n    return [(yield x) for x in range(3)]\n",
    "def f():\n    return [x for x in range(3) if (yield x)]\n",
    "def f():\n    return {(yield x) for x in range(3)}\n",
    "def f():\n    return {x: (yield x) for x in range(3)}\n",
    "def f():\n    return list((yield x) for x in range(3))\n",
    "def f():\n    return [(yield from x) for x in [[1]]]\n",
    "def f():\n    return [[(yield y) for y in x] for x in [[1]]]\n",
    "def f():\n    return [x for x in (yield)]\n",
    "def f():\n    return [lambda: (yield x) for x in range(3)]\n",
    "def f():\n    yield [x for x in range(3)]\n",
):
    try:
        exec(src)
        print('ok')
    except SyntaxError:
        print('SyntaxError')
