import sys
print(callable(input))
print(input.__name__ if hasattr(input, "__name__") else "input")
