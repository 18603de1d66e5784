using MicroPy.Objects;
using MicroPy.Runtime;
using Xunit;

namespace MicroPy.Tests.VmTests
{
    [Collection("Platform")]
    public class VmReplModeTests
    {
        private static string Single(VmTestHost h, PyDict g, string line)
        {
            try
            {
                CodeRunner.Run(CodeRunner.Compile(line, "<stdin>", CodeRunner.ModeSingle), g, g);
            }
            catch (PyException e)
            {
                h.Write(Interp.FormatException(e.Value));
            }
            return h.Output;
        }

        [Fact]
        public void EchoesEveryExpressionStatementValue()
        {
            VmTestHost h = new VmTestHost();
            PyDict g = h.Interp.NewGlobals("__main__");
            Single(h, g, "for i in range(2): i\n");
            Single(h, g, "x = 5\n");
            Single(h, g, "x; x + 1\n");
            Assert.Equal("0\n1\n5\n6\n", h.Output);
        }

        [Fact]
        public void ErrorsGiveStdinTraceback()
        {
            VmTestHost h = new VmTestHost();
            PyDict g = h.Interp.NewGlobals("__main__");
            string o = Single(h, g, "1/0\n");
            Assert.Equal("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n", o);
        }

        [Fact]
        public void EvalModeReturnsValue()
        {
            VmTestHost h = new VmTestHost();
            PyDict g = h.Interp.NewGlobals("__main__");
            g.SetStr("a", PyInt.Create(20));
            object r = CodeRunner.Run(CodeRunner.Compile("a * 2 + 2", "<string>", CodeRunner.ModeEval), g, g);
            Assert.Equal("42", Ops.Repr(r));
        }
    }
}
