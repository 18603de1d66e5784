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
            Arity = body.Arity;
            Spills = body.Spills;
            NFast = body.NFast;
            Window = body.Window;
        }

        public override object Run(Frame f, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run(f, out n);
        }

        public override object Run0(Frame f, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run0(f, out n);
        }

        public override object Run1(Frame f, object x0, long y0, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run1(f, x0, y0, out n);
        }

        public override object Run2(Frame f, object x0, long y0, object x1, long y1, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run2(f, x0, y0, x1, y1, out n);
        }

        public override object Run3(Frame f, object x0, long y0, object x1, long y1, object x2, long y2, out long n)
        {
            CompiledRegistry.Runs++;
            return _body.Run3(f, x0, y0, x1, y1, x2, y2, out n);
        }
    }
}
