using MicroPy.Compiler;
using Xunit;
using Assert = Xunit.Assert;

namespace MicroPy.Tests.CompilerTests
{
    /// <summary>The emitter fuses LOAD_FAST/STORE_FAST/LOAD_SMALL_INT pairs into superinstructions only where no jump target or
    /// new line falls between the two and both operands fit a byte.</summary>
    public class EmitterFusionTests
    {
        private static byte[] Bytes(Emitter e)
        {
            return e.Bytes();
        }

        [Fact]
        public void LoadLoadFuses()
        {
            Emitter e = new Emitter();
            e.EmitArg(Opcodes.LoadFast, 1, 1);
            e.EmitArg(Opcodes.LoadFast, 2, 1);
            Assert.Equal(new byte[] { Opcodes.LoadFast2, 1, 2 }, Bytes(e));
            Assert.Equal(2, e.MaxDepth);
        }

        [Fact]
        public void StoreLoadAttrAndMethodFuse()
        {
            Emitter e = new Emitter();
            e.EmitArg(Opcodes.StoreFast, 3, -1);
            e.EmitArg(Opcodes.LoadFast, 4, 1);
            e.EmitArg(Opcodes.LoadFast, 5, 1);
            e.EmitArg(Opcodes.LoadAttr, 6, 0);
            e.EmitArg(Opcodes.LoadFast, 7, 1);
            e.EmitArg(Opcodes.LoadMethod, 8, 1);
            e.EmitArg(Opcodes.LoadFast, 9, 1);
            e.EmitArg(Opcodes.StoreAttr, 10, -2);
            Assert.Equal(new byte[]
            {
                Opcodes.StoreFastLoadFast, 3, 4,
                Opcodes.LoadFastAttr, 5, 6,
                Opcodes.LoadFastMethod, 7, 8,
                Opcodes.LoadFastStoreAttr, 9, 10,
            }, Bytes(e));
        }

        [Fact]
        public void LoadThenArithmeticFusesButCompareStaysApart()
        {
            Emitter e = new Emitter();
            e.EmitArg(Opcodes.LoadFast, 1, 1);
            e.EmitArg(Opcodes.BinaryOp, 3, -1);
            e.EmitArg(Opcodes.LoadFast, 2, 1);
            e.EmitArg(Opcodes.CompareOp, 4, -1);
            e.EmitArg(Opcodes.LoadFast, 5, 1);
            e.EmitArg(Opcodes.InplaceOp, 3, -1);
            Assert.Equal(new byte[]
            {
                Opcodes.LoadFastBinaryOp, 1, 3,
                Opcodes.LoadFast, 2, 0,
                Opcodes.CompareOp, 4, 0,
                Opcodes.LoadFastInplaceOp, 5, 3,
            }, Bytes(e));
        }

        [Fact]
        public void ByteSizedIntConstantFusesWithArithmeticAndCompare()
        {
            Emitter e = new Emitter();
            e.EmitArg(Opcodes.LoadSmallInt, 5, 1);
            e.EmitArg(Opcodes.BinaryOp, 3, -1);
            e.EmitArg(Opcodes.LoadSmallInt, -128 & 0xFFFF, 1);
            e.EmitArg(Opcodes.CompareOp, 2, -1);
            e.EmitArg(Opcodes.LoadSmallInt, 128, 1);
            e.EmitArg(Opcodes.BinaryOp, 3, -1);
            e.EmitArg(Opcodes.LoadSmallInt, -129 & 0xFFFF, 1);
            e.EmitArg(Opcodes.CompareOp, 2, -1);
            e.EmitArg(Opcodes.LoadSmallInt, 1, 1);
            e.EmitArg(Opcodes.InplaceOp, 3, -1);
            Assert.Equal(new byte[]
            {
                Opcodes.LoadSmallIntBinaryOp, 5, 3,
                Opcodes.LoadSmallIntCompareOp, 0x80, 2,
                Opcodes.LoadSmallInt, 128, 0,
                Opcodes.BinaryOp, 3, 0,
                Opcodes.LoadSmallInt, 0x7F, 0xFF,
                Opcodes.CompareOp, 2, 0,
                Opcodes.LoadSmallIntInplaceOp, 1, 3,
            }, Bytes(e));
        }

        [Fact]
        public void NoFusionAcrossLabelLineOrWideOperand()
        {
            Emitter e = new Emitter();
            e.EmitArg(Opcodes.LoadFast, 1, 1);
            e.Mark(e.NewLabel());
            e.EmitArg(Opcodes.LoadFast, 2, 1);
            e.SetLine(5);
            e.EmitArg(Opcodes.LoadFast, 3, 1);
            e.EmitArg(Opcodes.LoadFast, 300, 1);
            e.EmitArg(Opcodes.LoadFast, 4, 1);
            e.EmitArg(Opcodes.LoadFast, 5, 1);
            e.EmitArg(Opcodes.LoadFast, 6, 1);
            e.EmitArg(Opcodes.StoreFast, 7, -1);
            e.EmitArg(Opcodes.LoadAttr, 8, 0);
            Assert.Equal(new byte[]
            {
                Opcodes.LoadFast, 1, 0,
                Opcodes.LoadFast, 2, 0,
                Opcodes.LoadFast, 3, 0,
                Opcodes.LoadFast, 44, 1,
                Opcodes.LoadFast2, 4, 5,
                Opcodes.LoadFast, 6, 0,
                Opcodes.StoreFast, 7, 0,
                Opcodes.LoadAttr, 8, 0,
            }, Bytes(e));
        }
    }
}
