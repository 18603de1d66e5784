using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// One activation of a code object: a window [Base, Base+NFast) of locals followed by its value stack, on the
    /// VM's shared stack (or on private arrays for generators). Frames are pooled; the block stack records active
    /// try/with/except regions.
    /// </summary>
    public sealed class Frame
    {
        public const int BlockExcept = 0;
        public const int BlockFinally = 1;
        public const int BlockWith = 2;
        public const int BlockHandler = 3;
        /// <summary>Sp of a frame Vm.CCallD entered (its value stack is the compiled body's C# locals): while it is
        /// current, an exception that leaves it has not exited it yet.</summary>
        public const int DirectSp = -2;

        public CodeObject Code;
        public string[] Names;
        /// <summary>Code.ACache's arrays (null until the cache exists): the loop's attribute lookups reach them
        /// one load sooner.</summary>
        public object[] ARefs;
        public int[] AInts;
        public PyDict Globals;
        /// <summary>Locals dict of module and class bodies (and exec with separate locals); null in functions.</summary>
        public PyDict Locals;
        /// <summary>Locals then value stack: each slot's object, or Unboxed.Int/Unboxed.Float when the value
        /// lives unboxed in Bits.</summary>
        public object[] Refs;
        /// <summary>The unboxed int or float (as its bits) of each slot that Refs marks.</summary>
        public long[] Bits;
        public int Base;
        public int Sp;
        public int Pc;
        public PyCell[] Cells;
        public PyFunction Func;
        public Frame Back;
        /// <summary>The frame of this frame's simple in-loop calls, reused by each (its Back is always this frame).</summary>
        public Frame Child;
        /// <summary>Set on a Child frame: it never goes to the pool.</summary>
        public bool IsChild;
        /// <summary>The exception being handled (bare raise, __context__).</summary>
        public PyBaseException Handled;
        public int[] BType = new int[6];
        public int[] BHandler = new int[6];
        public int[] BLevel = new int[6];
        public PyBaseException[] BSaved = new PyBaseException[6];
        public int BCount;
        public long Id;
        public PyGenerator Gen;
        /// <summary>Caller's stack slot that receives the return value (frames entered inside the loop).</summary>
        public int RetSlot;
        /// <summary>Instance being built when this frame runs __init__ for an in-loop C(...) call; it is the result.</summary>
        public PyInstance Constructing;
        /// <summary>Shared-stack top to restore when this frame exits.</summary>
        public int SavedTop;
        /// <summary>Set when the frame left the loop by yielding (not returning).</summary>
        public bool Yielded;
        /// <summary>Set by a native caller that takes a yielded int or float unboxed (Vm.YieldedBits holds it).</summary>
        public bool RawYield;

        /// <summary>Leaves an except block (or a with block whose __exit__ suppressed the exception): the exception
        /// handled before it is current again and the stack is cleared down to the block's level less drop.</summary>
        public int PopExceptBlock(int sp, int drop)
        {
            int b = --BCount;
            Handled = BSaved[b];
            BSaved[b] = null;
            int level = BLevel[b] - drop;
            object[] r = Refs;
            while (sp > level)
            {
                r[--sp] = null;
            }
            return sp;
        }

        public void PushBlock(int type, int handler, int level, PyBaseException saved)
        {
            if (BCount == BType.Length)
            {
                int n = BCount * 2;
                int[] t = new int[n];
                int[] h = new int[n];
                int[] l = new int[n];
                PyBaseException[] s = new PyBaseException[n];
                System.Array.Copy(BType, t, BCount);
                System.Array.Copy(BHandler, h, BCount);
                System.Array.Copy(BLevel, l, BCount);
                System.Array.Copy(BSaved, s, BCount);
                BType = t;
                BHandler = h;
                BLevel = l;
                BSaved = s;
            }
            BType[BCount] = type;
            BHandler[BCount] = handler;
            BLevel[BCount] = level;
            BSaved[BCount] = saved;
            BCount++;
        }

        public int Line
        {
            get { return Code.LineOf(Pc); }
        }

        /// <summary>Makes this the frame of code: its names and its attribute cache's arrays.</summary>
        public void TakeCode(CodeObject code)
        {
            Code = code;
            Names = code.Names;
            AttrCache ac = code.ACache;
            ARefs = ac != null ? ac.Refs : null;
            AInts = ac != null ? ac.Ints : null;
        }
    }
}
