using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// The body of one code object translated ahead of time to C# (tools/Freeze): it runs an activation whose frame
    /// the VM has set up exactly as for the interpreter (arguments bound in R/I at f.Base, f.Back linked, s_depth
    /// counted) and returns the value (Unboxed.Int or Unboxed.Float with its bits in n, as a VM stack slot holds it).
    /// It keeps f.Pc at the instruction that may raise, so tracebacks name the interpreter's line. A generator's body
    /// is resumable: it starts at f.Pc 0, returns each yielded value with f.Pc at the instruction after the yield
    /// (where the next run resumes, its live state spilled to the frame's R/I) and sets f.Pc to -1 when it returns
    /// (Vm.NextCompiled). CompiledRegistry attaches it only to a code object whose content equals the one it was
    /// translated from.
    ///
    /// A body whose parameters are exactly Arity positional ones (0-3; no cells of its own, not a generator) also
    /// has the entry RunArity (Run0..Run3), which takes the arguments as C# parameters instead of from R/I: compiled
    /// callers call it through Vm.CCallD. Spills: how many value-stack slots (from f.Base + NFast) the body may leave
    /// set in R when it returns, which the caller clears. NFast and Window: the code object's NFast, and NFast +
    /// StackSize + 2 (the extent of its frame's window past f.Base), for the direct entry.
    /// </summary>
    public abstract class CompiledCode
    {
        public int Arity = -1;
        public int Spills;
        public int NFast;
        public int Window;

        public abstract object Run(Frame f, out long n);

        public virtual object Run0(Frame f, out long n)
        {
            throw new System.InvalidOperationException();
        }

        public virtual object Run1(Frame f, object x0, long y0, out long n)
        {
            throw new System.InvalidOperationException();
        }

        public virtual object Run2(Frame f, object x0, long y0, object x1, long y1, out long n)
        {
            throw new System.InvalidOperationException();
        }

        public virtual object Run3(Frame f, object x0, long y0, object x1, long y1, object x2, long y2, out long n)
        {
            throw new System.InvalidOperationException();
        }
    }
}
