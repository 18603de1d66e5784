using MicroPy.Compiler;
using MicroPy.Objects;
using MicroPy.Runtime;
using Xunit;
using Assert = Xunit.Assert;

namespace MicroPy.Tests.CompilerTests
{
    /// <summary>local += c and local -= c with a small int literal compile to one IncFast instruction; anything else
    /// keeps the load/operate/store sequence.</summary>
    public class AugAssignCompileTests
    {
        private static byte[] FunctionCode(string body)
        {
            CodeObject module = (CodeObject)CodeRunner.Compile("def f(x):\n    g = 0\n" + body, "<test>", CodeRunner.ModeExec);
            foreach (object c in module.Consts)
            {
                CodeObject fn = c as CodeObject;
                if (fn != null)
                {
                    return fn.Code;
                }
            }
            throw new System.InvalidOperationException("no function code");
        }

        private static int Count(byte[] code, byte op, out int lastArg)
        {
            int n = 0;
            lastArg = -1;
            for (int pc = 0; pc < code.Length;)
            {
                byte o = code[pc];
                if (o == op)
                {
                    n++;
                    lastArg = o >= Opcodes.WithArg ? code[pc + 1] | (code[pc + 2] << 8) : 0;
                }
                pc += o >= Opcodes.WithArg ? 3 : 1;
            }
            return n;
        }

        [Theory]
        [InlineData("    x += 1\n", 0x0100)]
        [InlineData("    x -= 3\n", 0x8300)]
        [InlineData("    x += -64\n", 0x4000)]
        [InlineData("    x -= 63\n", 0xBF00)]
        [InlineData("    x -= -64\n", 0xC000)]
        [InlineData("    g += 2\n", 0x0201)]
        public void SmallLiteralBecomesIncFast(string body, int arg)
        {
            int last;
            byte[] code = FunctionCode(body);
            Assert.Equal(1, Count(code, Opcodes.IncFast, out last));
            Assert.Equal(arg, last);
            Assert.Equal(0, Count(code, Opcodes.InplaceOp, out last));
        }

        [Theory]
        [InlineData("    x += 64\n")]
        [InlineData("    x -= 64\n")]
        [InlineData("    x *= 2\n")]
        [InlineData("    x += 1.0\n")]
        [InlineData("    x += True\n")]
        [InlineData("    x += g\n")]
        [InlineData("    global q\n    q += 1\n")]
        [InlineData("    x += 1\n    def h():\n        return x\n")]
        public void OtherAugmentedAssignmentsKeepInplaceOp(string body)
        {
            int last;
            byte[] code = FunctionCode(body);
            Assert.Equal(0, Count(code, Opcodes.IncFast, out last));
        }
    }
}
