using System;
using System.IO;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal.Desktop;
using Xunit;

namespace MicroPy.Tests.Execution
{
    /// <summary>
    /// Loops over small-int arithmetic, local and global variable access and calls to Python functions with
    /// positional arguments allocate nothing per iteration: a run of 20000 iterations allocates no more than a
    /// run of 10 (the difference is what the loop itself costs).
    /// </summary>
    [Collection("Platform")]
    public class AllocationTests
    {
        private static PyDict Setup(string src)
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            CodeRunner.Run(CodeRunner.Compile(src, "<test>", CodeRunner.ModeExec), g, g);
            return g;
        }

        private static long Measure(PyDict g, string fn, long n)
        {
            object f = g.GetStr(fn);
            object arg = PyInt.Create(n);
            Ops.Call1(f, arg);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Ops.Call1(f, arg);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static void AssertNoPerIterationAllocation(string src, string fn)
        {
            PyDict g = Setup(src);
            long small = Measure(g, fn, 10);
            long large = Measure(g, fn, 20000);
            Assert.True(large <= small, fn + ": 10 iterations allocated " + small + " bytes, 20000 allocated " + large);
        }

        [Fact]
        public void SmallIntArithmeticLoop()
        {
            AssertNoPerIterationAllocation(
                "def f(n):\n    i = 0\n    s = 0\n    while i < n:\n        i += 1\n        s = s + i * 2 - (i // 3) % 7\n    return 0\n", "f");
        }

        [Fact]
        public void ForRangeWithLocals()
        {
            AssertNoPerIterationAllocation(
                "def f(n):\n    t = 0\n    for i in range(n):\n        t ^= i & 255\n    return 0\n", "f");
        }

        [Fact]
        public void GlobalVariableReads()
        {
            AssertNoPerIterationAllocation(
                "K = 3\nL = [1, 2]\ndef f(n):\n    s = 0\n    for i in range(n):\n        s = (s + K) & 1023\n        x = L\n    return 0\n", "f");
        }

        [Fact]
        public void RangeLoopsInCalledClosuresWithEarlyExits()
        {
            // The range of a loop header is recycled however the loop ends (exhausted, break, return), and a
            // closure with only free variables uses its cells in place.
            AssertNoPerIterationAllocation(
                "def f(n):\n    cols = [0] * 8\n    def ok(row):\n        for r in range(row):\n            if cols[r] == 1:\n                return False\n            if r == 5:\n                return True\n        for r in range(1, row, 2):\n            if r > 3:\n                break\n        return True\n    for i in range(n):\n        ok(i % 8)\n        cols[i % 8] = i & 1\n    return 0\n", "f");
        }

        [Fact]
        public void ModuleLevelLoopOverGlobals()
        {
            // A main.py-style loop: module-level names are globals, and their ints stay unboxed in the dict.
            PyDict g = Setup("");
            long small = MeasureModule(g, 10);
            long large = MeasureModule(g, 20000);
            Assert.True(large <= small, "module loop: 10 iterations allocated " + small + " bytes, 20000 allocated " + large);
            Assert.Equal(20000L, Ops.ToLong(g.GetStr("i")));
        }

        private static long MeasureModule(PyDict g, int n)
        {
            string src = "i = 0\ns = 0\nwhile i < " + n + ":\n    i += 1\n    s = (s + i * 3) & 4095\n    t = s % 7\n";
            PyObject code = CodeRunner.Compile(src, "<test>", CodeRunner.ModeExec);
            CodeRunner.Run(code, g, g);
            long before = GC.GetAllocatedBytesForCurrentThread();
            CodeRunner.Run(code, g, g);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Fact]
        public void SumOverAGeneratorOfInts()
        {
            // The generator hands its ints to sum() unboxed (one generator object per call, not one int per item).
            AssertNoPerIterationAllocation(
                "def g(n):\n    for i in range(n):\n        yield i * 100000\ndef f(n):\n    return sum(g(n)) & 1\n", "f");
        }

        [Fact]
        public void CallsToPythonFunctionsWithPositionalArguments()
        {
            AssertNoPerIterationAllocation(
                "def add(a, b, c=1):\n    return (a + b + c) & 1023\ndef f(n):\n    s = 0\n    for i in range(n):\n        s = add(s, i)\n        s = add(s, 1, 2)\n    return 0\n", "f");
        }

        [Fact]
        public void DeepRecursionRaisesRuntimeErrorWithoutHostOverflow()
        {
            PyDict g = Setup("def r(n):\n    return r(n + 1)\ndef f():\n    try:\n        r(0)\n    except RuntimeError as e:\n        return str(e)\n");
            Assert.Equal("maximum recursion depth exceeded", Ops.Call0(g.GetStr("f")));
        }
    }
}
