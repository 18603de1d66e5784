import gc
gc.collect()
print(gc.collect() is None or isinstance(gc.collect(), int))
gc.disable()
gc.enable()
print(gc.isenabled() if hasattr(gc, "isenabled") else True)
l = [[i] for i in range(1000)]
del l
gc.collect()
print("ok")
