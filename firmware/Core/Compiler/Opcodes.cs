namespace MicroPy.Compiler
{
    /// <summary>
    /// The bytecode: one opcode byte, then operands. Ops below 'WithArg' have none; from 'WithArg' on they take a
    /// 16-bit little-endian operand (CALL_FUNCTION: two bytes argc, kwc; BINARY/INPLACE/UNARY/COMPARE: one byte).
    /// </summary>
    public static class Opcodes
    {
        public const byte Nop = 0;
        public const byte PopTop = 1;
        public const byte RotTwo = 2;
        public const byte RotThree = 3;
        public const byte DupTop = 4;
        public const byte DupTopTwo = 5;
        public const byte LoadNone = 6;
        public const byte LoadTrue = 7;
        public const byte LoadFalse = 8;
        public const byte BinarySubscr = 9;
        public const byte StoreSubscr = 10;
        public const byte DeleteSubscr = 11;
        public const byte GetIter = 12;
        public const byte ReturnValue = 13;
        public const byte YieldValue = 14;
        public const byte YieldFrom = 15;
        public const byte PopBlock = 16;
        public const byte PopExcept = 17;
        public const byte EndFinally = 18;
        public const byte WithExitNormal = 19;
        public const byte WithExitExc = 20;
        public const byte ExcMatch = 21;
        public const byte Reraise = 22;
        public const byte ImportStar = 23;
        public const byte PrintExpr = 24;
        public const byte LoadBuildClass = 25;
        public const byte GetYieldFromIter = 26;
        public const byte LoadEllipsis = 27;
        public const byte StoreLocals = 28;
        public const byte Not = 29;
        public const byte BeforeAsyncWith = 30;
        public const byte AsyncExitNormal = 31;
        public const byte AsyncExitExc = 32;
        public const byte AsyncExitCheck = 33;
        public const byte GetAIter = 34;
        public const byte GetANext = 35;

        public const byte WithArg = 40;
        public const byte LoadConst = 40;
        public const byte LoadSmallInt = 41;
        public const byte LoadFast = 42;
        public const byte StoreFast = 43;
        public const byte DeleteFast = 44;
        public const byte LoadDeref = 45;
        public const byte StoreDeref = 46;
        public const byte DeleteDeref = 47;
        public const byte LoadClosure = 48;
        public const byte LoadGlobal = 49;
        public const byte StoreGlobal = 50;
        public const byte DeleteGlobal = 51;
        public const byte LoadName = 52;
        public const byte StoreName = 53;
        public const byte DeleteName = 54;
        public const byte LoadAttr = 55;
        public const byte StoreAttr = 56;
        public const byte DeleteAttr = 57;
        public const byte LoadMethod = 58;
        public const byte CallMethod = 59;
        public const byte BinaryOp = 60;
        public const byte InplaceOp = 61;
        public const byte UnaryOp = 62;
        public const byte CompareOp = 63;
        public const byte BuildTuple = 64;
        public const byte BuildList = 65;
        public const byte BuildSet = 66;
        public const byte BuildMap = 67;
        public const byte BuildSlice = 68;

        /// <summary>BUILD_SLICE flag (arg | SliceTemp): the slice taken by the following BINARY_SUBSCR is the value of a
        /// slice assignment (a[i:j] = b[k:l]) and is not seen by anything else, so the VM may lend it a reused list.</summary>
        public const int SliceTemp = 0x100;
        public const byte ListAppend = 69;
        public const byte SetAdd = 70;
        public const byte MapAdd = 71;
        public const byte UnpackSequence = 72;
        public const byte UnpackEx = 73;
        public const byte Jump = 74;
        public const byte PopJumpIfFalse = 75;
        public const byte PopJumpIfTrue = 76;
        public const byte JumpIfFalseOrPop = 77;
        public const byte JumpIfTrueOrPop = 78;
        public const byte ForIter = 79;
        public const byte CallFunction = 80;
        public const byte CallFunctionEx = 81;
        public const byte MakeFunction = 82;
        public const byte SetupExcept = 83;
        public const byte SetupFinally = 84;
        public const byte SetupWith = 85;
        public const byte RaiseVarargs = 86;
        public const byte ImportName = 87;
        public const byte ImportFrom = 88;
        public const byte LoadClassDeref = 89;
        public const byte BuildString = 90;
        public const byte DictMerge = 91;
        public const byte ListExtend = 92;
        public const byte SetUpdate = 93;
        public const byte CallKw = 94;
        public const byte LoadAssertionError = 95;
        public const byte JumpIfNotExcMatch = 96;
        public const byte MapMergeKw = 97;
        public const byte SetupAsyncWith = 98;

        // Superinstructions: the emitter fuses common pairs on one line with no jump target between them
        // (arg = first operand | second operand << 8, each below 256).
        /// <summary>LOAD_FAST a; LOAD_FAST b.</summary>
        public const byte LoadFast2 = 99;
        /// <summary>STORE_FAST a; LOAD_FAST b.</summary>
        public const byte StoreFastLoadFast = 100;
        /// <summary>LOAD_FAST a; LOAD_ATTR name.</summary>
        public const byte LoadFastAttr = 101;
        /// <summary>LOAD_FAST a; LOAD_METHOD name.</summary>
        public const byte LoadFastMethod = 102;
        /// <summary>LOAD_FAST a; STORE_ATTR name.</summary>
        public const byte LoadFastStoreAttr = 103;
        /// <summary>local += c / local -= c for an int literal c in -64..63, emitted by the compiler (not fused):
        /// arg = local | (c &amp; 0x7F) &lt;&lt; 8, bit 15 set for -=.</summary>
        public const byte IncFast = 104;
        /// <summary>LOAD_CONST of a float constant, pushed unboxed.</summary>
        public const byte LoadFloat = 105;
        /// <summary>LOAD_FAST a; BINARY_OP op (arg = a | op &lt;&lt; 8).</summary>
        public const byte LoadFastBinaryOp = 106;
        /// <summary>LOAD_FAST a; INPLACE_OP op.</summary>
        public const byte LoadFastInplaceOp = 107;
        /// <summary>LOAD_SMALL_INT c; BINARY_OP op, for c in -128..127 (arg = (c &amp; 0xFF) | op &lt;&lt; 8).</summary>
        public const byte LoadSmallIntBinaryOp = 108;
        /// <summary>LOAD_SMALL_INT c; COMPARE_OP op, for c in -128..127.</summary>
        public const byte LoadSmallIntCompareOp = 109;
        /// <summary>LOAD_SMALL_INT c; INPLACE_OP op, for c in -128..127.</summary>
        public const byte LoadSmallIntInplaceOp = 110;
    }
}
