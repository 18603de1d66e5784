using System;
using MicroPy.Objects;
using Xunit;

namespace MicroPy.Tests.VmTests
{
    /// <summary>Hot loops over small ints, variable access and Python calls must not allocate per iteration.</summary>
    [Collection("Platform")]
    public class VmAllocationTests
    {
        private const string Source =
            "K = 3\n" +
            "j = 0\n" +
            "def arith(n):\n" +
            "    i = 0\n" +
            "    s = 0\n" +
            "    while i < n:\n" +
            "        i += 1\n" +
            "        s = s + i * 2\n" +
            "    return s\n" +
            "def globs(n):\n" +
            "    i = 0\n" +
            "    s = 0\n" +
            "    while i < n:\n" +
            "        s = s + K - (K // 3) * 2 % 5\n" +
            "        i += 1\n" +
            "    return s\n" +
            "def globstore(n):\n" +
            "    global j\n" +
            "    j = 0\n" +
            "    while j < n:\n" +
            "        j = j + 1\n" +
            "    return j\n" +
            "def add(a, b, c=1):\n" +
            "    return a + b - c\n" +
            "def calls(n):\n" +
            "    i = 0\n" +
            "    s = 0\n" +
            "    while i < n:\n" +
            "        s = add(s, i)\n" +
            "        s = add(s, i, 2)\n" +
            "        i += 1\n" +
            "    return s\n" +
            "class C:\n" +
            "    def m(self, x):\n" +
            "        return x + 1\n" +
            "o = C()\n" +
            "class P:\n" +
            "    def __init__(self, x):\n" +
            "        self.x = x\n" +
            "def construct(n):\n" +
            "    i = 0\n" +
            "    while i < n:\n" +
            "        i = P(i).x + 1\n" +
            "    return i\n" +
            "def methods(n):\n" +
            "    i = 0\n" +
            "    while i < n:\n" +
            "        i = o.m(i)\n" +
            "    return i\n" +
            "class Q:\n" +
            "    def __init__(self):\n" +
            "        self.a = 1\n" +
            "        self.b = 2\n" +
            "    def get(self):\n" +
            "        return self.a\n" +
            "    def bump(self, by):\n" +
            "        self.b = (self.b + by) % 100\n" +
            "        return self\n" +
            "q = Q()\n" +
            "def attrs(n):\n" +
            "    i = 0\n" +
            "    s = 0\n" +
            "    while i < n:\n" +
            "        s = s + q.a + q.b + q.get()\n" +
            "        q.a = i % 100\n" +
            "        q.bump(1).bump(2)\n" +
            "        i += 1\n" +
            "    return s\n" +
            "L = [1, 2, 3, 4, 5]\n" +
            "T = (1, 2, 3)\n" +
            "def seqloops(n):\n" +
            "    s = 0\n" +
            "    for k in range(n):\n" +
            "        for x in L:\n" +
            "            s = s + x\n" +
            "        for x in T:\n" +
            "            s = s - x\n" +
            "    return s\n" +
            "def floats(n):\n" +
            "    i = 0\n" +
            "    x = 0.5\n" +
            "    c = 0\n" +
            "    while i < n:\n" +
            "        if x < 1.5 and x != 3 and 0 <= x and x == 0.5:\n" +
            "            c += 1\n" +
            "        i += 1\n" +
            "    return c\n";

        private static long Measure(object fn, object arg)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Ops.Call1(fn, arg);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static void AssertNoPerIterationAllocation(string name, long small, long large)
        {
            VmTestHost h = new VmTestHost();
            h.Run(Source);
            Assert.Equal("", h.Output);
            object fn = h.Globals.GetStr(name);
            object a = PyInt.Create(small);
            object b = PyInt.Create(large);
            // The result is boxed once when it leaves the VM, so compare two runs whose results are both boxed.
            // Warm up (JIT, lazily created tables, frame pool).
            Ops.Call1(fn, a);
            Ops.Call1(fn, b);
            long ma = Measure(fn, a);
            long mb = Measure(fn, b);
            Assert.True(mb == ma, name + ": " + ma + " bytes for " + small + " iterations, " + mb + " bytes for " + large);
            Assert.True(mb <= 64, name + ": " + mb + " bytes per call");
        }

        [Fact]
        public void SmallIntArithmeticLoopDoesNotAllocate()
        {
            AssertNoPerIterationAllocation("arith", 5000, 20000);
        }

        [Fact]
        public void GlobalReadLoopDoesNotAllocate()
        {
            AssertNoPerIterationAllocation("globs", 5000, 20000);
        }

        [Fact]
        public void GlobalStoreLoopDoesNotAllocate()
        {
            // Values stay in the small-int cache range, so storing them in the globals dict needs no box.
            AssertNoPerIterationAllocation("globstore", 10, 250);
        }

        [Fact]
        public void PythonCallLoopDoesNotAllocate()
        {
            AssertNoPerIterationAllocation("calls", 5000, 20000);
        }

        [Fact]
        public void MethodCallLoopDoesNotAllocate()
        {
            AssertNoPerIterationAllocation("methods", 5000, 20000);
        }

        [Fact]
        public void InstanceAttributeReadsWritesAndMethodCallsDoNotAllocate()
        {
            // Attribute values stay in the small-int cache range, so storing them needs no box.
            AssertNoPerIterationAllocation("attrs", 5000, 20000);
        }

        [Fact]
        public void ForLoopsOverListsAndTuplesDoNotAllocate()
        {
            // No iterator object: the sequence stays on the stack with the position beside it.
            AssertNoPerIterationAllocation("seqloops", 5000, 20000);
        }

        [Fact]
        public void FloatComparisonsDoNotAllocate()
        {
            AssertNoPerIterationAllocation("floats", 5000, 20000);
        }
    }
}
