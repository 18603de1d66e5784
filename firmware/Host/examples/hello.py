# Run with: dotnet run --project firmware/Host -- firmware/Host/examples/hello.py
import sys
print("Hello from MicroPy.Nano on", sys.platform)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(i) for i in range(10)], fib(100))
