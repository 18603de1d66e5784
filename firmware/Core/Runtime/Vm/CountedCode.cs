using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>A compiled body that counts its runs (CompiledRegistry.CountRuns: diagnostics and tests that must see
    /// compiled code run, not only attach); it runs the body it wraps unchanged.</summary>
    internal sealed class CountedCode : CompiledCode
    {
        private readonly CompiledCode _body;

        public CountedCode(CompiledCode body)
        {
            _body = body;
        }

        public override object Run(Frame f, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run(f, out n);
        }
    }
}
