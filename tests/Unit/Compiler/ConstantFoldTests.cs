using MicroPy.Compiler;
using MicroPy.Objects;
using MicroPy.Runtime;
using Xunit;
using Assert = Xunit.Assert;

namespace MicroPy.Tests.CompilerTests
{
    /// <summary>Constant int expressions fold to one constant while the result fits 128 bits (as CPython's folder);
    /// larger results and errors are computed at run time.</summary>
    public class ConstantFoldTests
    {
        private static CodeObject Module(string src)
        {
            return (CodeObject)CodeRunner.Compile(src, "<test>", CodeRunner.ModeExec);
        }

        private static bool HasOp(byte[] code, byte op)
        {
            for (int pc = 0; pc < code.Length;)
            {
                byte o = code[pc];
                if (o == op || (op == Opcodes.BinaryOp && (o == Opcodes.LoadSmallIntBinaryOp || o == Opcodes.LoadFastBinaryOp)))
                {
                    return true;
                }
                pc += o >= Opcodes.WithArg ? 3 : 1;
            }
            return false;
        }

        [Theory]
        [InlineData("x = 10 ** 30\n", "1000000000000000000000000000000")]
        [InlineData("x = -(2 ** 70)\n", "-1180591620717411303424")]
        [InlineData("x = (1 << 100) - 1\n", "1267650600228229401496703205375")]
        [InlineData("x = 2 ** 127 - 1 + 2 ** 127\n", "340282366920938463463374607431768211455")]
        public void BigIntResultsUpTo128BitsFold(string src, string expected)
        {
            CodeObject m = Module(src);
            Assert.False(HasOp(m.Code, Opcodes.BinaryOp));
            Assert.False(HasOp(m.Code, Opcodes.UnaryOp));
            bool found = false;
            foreach (object c in m.Consts)
            {
                if (c is PyBigInt && Ops.Repr(c) == expected)
                {
                    found = true;
                }
            }
            Assert.True(found, "no folded constant " + expected);
        }

        [Theory]
        [InlineData("x = 2 ** 128\n")]
        [InlineData("x = 10 ** 40\n")]
        [InlineData("x = 2 ** 100 // 0\n")]
        public void LargerResultsAndErrorsAreLeftToRunTime(string src)
        {
            Assert.True(HasOp(Module(src).Code, Opcodes.BinaryOp));
        }
    }
}
