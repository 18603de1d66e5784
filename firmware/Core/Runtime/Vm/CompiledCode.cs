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
    /// </summary>
    public abstract class CompiledCode
    {
        public abstract object Run(Frame f, out long n);
    }
}
