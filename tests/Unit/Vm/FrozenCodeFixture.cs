using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Frozen
{
    /// <summary>
    /// What NativeImages looks for in an image (the entry type micropy-freeze writes), here so that NativeImagesTests
    /// can load this test assembly's own bytes as a compiled code image: Register gives the probe function of
    /// NativeImagesTests a body that returns 42, which the interpreted function never does.
    /// </summary>
    public static class FrozenCode
    {
        public const string Probe = "def native_probe_k3(x):\n    return x + 1\nprint(native_probe_k3(1))\n";

        private sealed class Returns42 : CompiledCode
        {
            public override object Run(Frame f, out long n)
            {
                n = 42;
                return Unboxed.Int;
            }
        }

        public static int Register()
        {
            CodeObject module = (CodeObject)CodeRunner.Compile(Probe, "<probe>", CodeRunner.ModeExec);
            foreach (object o in module.Consts)
            {
                CodeObject f = o as CodeObject;
                if (f != null && f.Name == "native_probe_k3")
                {
                    CompiledRegistry.Register(CompiledRegistry.Key(f), new Returns42());
                }
            }
            return 1;
        }
    }
}
