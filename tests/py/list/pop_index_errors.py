# list.pop checks its index's type before the list's length, as CPython does.
for lst, args in [([], ()), ([], (0,)), ([], ('a',)), ([1], ('a',)), ([1], (1.0,)), ([1, 2], (True,)), ([1, 2], (2 ** 70,)),
                  ([1, 2], (-3,)), ([1, 2], (None,)), ([5], ())]:
    try:
        print(lst.pop(*args), lst)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
    except OverflowError:
        print("OverflowError")
