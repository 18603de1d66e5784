using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Freeze;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.VmTests
{
    /// <summary>
    /// Code compiled ahead of time (CompiledCode, tools/Freeze): a body attaches only to a code object whose content
    /// equals the one it was registered for, runs in the interpreter's call protocol, and whatever the translator
    /// refuses stays interpreted. The translated bodies themselves run the conformance suite in tests/aot/run.
    /// </summary>
    public class CompiledCodeTests
    {
        private sealed class Returns42 : CompiledCode
        {
            public override object Run(Frame f, out long n)
            {
                n = 42;
                return Unboxed.Int;
            }
        }

        private sealed class Raises : CompiledCode
        {
            public override object Run(Frame f, out long n)
            {
                throw Err.Value("raised by a compiled body");
            }
        }

        private const string Probe = "def aot_probe_q7(x):\n    return x + 1\nprint(aot_probe_q7(1))\n";

        private static CodeObject Function(string source, string name)
        {
            return Find((CodeObject)CodeRunner.Compile(source, "<test>", CodeRunner.ModeExec), name);
        }

        private static CodeObject Find(CodeObject code, string name)
        {
            if (code.Name == name)
            {
                return code;
            }
            foreach (object o in code.Consts)
            {
                CodeObject inner = o as CodeObject;
                CodeObject found = inner != null ? Find(inner, name) : null;
                if (found != null)
                {
                    return found;
                }
            }
            return null;
        }

        private static string RunWith(string registeredFrom, string name, CompiledCode body, string source)
        {
            CompiledRegistry.Clear();
            try
            {
                CompiledRegistry.Register(CompiledRegistry.Key(Function(registeredFrom, name)), body);
                return PyRunner.Run(source);
            }
            finally
            {
                CompiledRegistry.Clear();
            }
        }

        [Fact]
        public void ExactMatchAttachesTheBody()
        {
            Assert.Equal("2\n", PyRunner.Run(Probe));
            Assert.Equal("42\n", RunWith(Probe, "aot_probe_q7", new Returns42(), Probe));
        }

        [Fact]
        public void AChangedConstantDoesNotAttach()
        {
            Assert.Equal("3\n", RunWith(Probe, "aot_probe_q7", new Returns42(), Probe.Replace("x + 1", "x + 2")));
            Assert.Equal("1.5\n", RunWith(Probe, "aot_probe_q7", new Returns42(), Probe.Replace("x + 1", "x + 0.5")));
        }

        [Fact]
        public void AChangedNameDoesNotAttach()
        {
            string other = "def aot_probe_q7(y):\n    return y + 1\nprint(aot_probe_q7(1))\n";
            Assert.Equal("2\n", RunWith(Probe, "aot_probe_q7", new Returns42(), other));
            string g1 = "def aot_probe_q7(x):\n    return abs(x)\nprint(aot_probe_q7(-1))\n";
            string g2 = "def aot_probe_q7(x):\n    return int(x)\nprint(aot_probe_q7(-1))\n";
            Assert.Equal("-1\n", RunWith(g1, "aot_probe_q7", new Returns42(), g2));
            Assert.Equal("42\n", RunWith(g1, "aot_probe_q7", new Returns42(), g1));
        }

        [Fact]
        public void TheFunctionNameAndLinesAreNotPartOfTheMatch()
        {
            // The body reads names and lines from the code object at run time; the same code elsewhere attaches.
            string moved = "\n\ndef aot_probe_q8(x):\n    return x + 1\nprint(aot_probe_q8(1))\n";
            Assert.Equal("42\n", RunWith(Probe, "aot_probe_q7", new Returns42(), moved));
        }

        [Fact]
        public void AnExceptionFromABodyReachesPythonHandlers()
        {
            string src = "def aot_probe_q7(x):\n    return x + 1\ntry:\n    aot_probe_q7(1)\nexcept ValueError as e:\n    print('caught', e)\nprint(list(map(aot_probe_q7, [1])) if False else 'after')\n";
            Assert.Equal("caught raised by a compiled body\nafter\n", RunWith(Probe, "aot_probe_q7", new Raises(), src));
            string native = "def aot_probe_q7(x):\n    return x + 1\ntry:\n    list(map(aot_probe_q7, [1]))\nexcept ValueError as e:\n    print('caught', e)\n";
            Assert.Equal("caught raised by a compiled body\n", RunWith(Probe, "aot_probe_q7", new Raises(), native));
        }

        /// <summary>The generator protocol by hand: f.Pc 0 at the start, the resume point kept in f.Pc, -1 on return.</summary>
        private sealed class Yields42Once : CompiledCode
        {
            public override object Run(Frame f, out long n)
            {
                if (f.Pc == 0)
                {
                    f.Pc = 5;
                    n = 42;
                    return Unboxed.Int;
                }
                f.Pc = -1;
                n = 0;
                return PyNone.None;
            }
        }

        [Fact]
        public void GeneratorBodiesResumeThroughEveryConsumer()
        {
            string gen = "def aot_probe_q7(x):\n    yield x + 1\n";
            string use = gen + "print(list(aot_probe_q7(1)))\nprint(sum(aot_probe_q7(1)))\nfor v in aot_probe_q7(1):\n    print(v)\n"
                + "g = aot_probe_q7(1)\nprint(next(g), next(g, 'end'))\ng = aot_probe_q7(1)\nprint(g.send(None))\ng.close()\nprint(list(g))\n"
                + "def f():\n    for v in aot_probe_q7(1):\n        yield v + 1\nprint(list(f()))\n";
            Assert.Equal("[42]\n42\n42\n42 end\n42\n[]\n[43]\n", RunWith(gen, "aot_probe_q7", new Yields42Once(), use));
            string raises = gen + "g = aot_probe_q7(1)\ntry:\n    next(g)\nexcept ValueError as e:\n    print('caught', e)\nprint(list(g))\n";
            Assert.Equal("caught raised by a compiled body\n[]\n", RunWith(gen, "aot_probe_q7", new Raises(), raises));
        }

        [Fact]
        public void CoroutinesAreNeverAttached()
        {
            string co = "async def aot_probe_q7(x):\n    return x + 1\n";
            CompiledRegistry.Clear();
            try
            {
                CompiledRegistry.Register(CompiledRegistry.Key(Function(co, "aot_probe_q7")), new Returns42());
                Assert.Null(Function(co, "aot_probe_q7").Compiled);
            }
            finally
            {
                CompiledRegistry.Clear();
            }
        }

        [Fact]
        public void TheTranslatorRefusesWhatItDoesNotHandle()
        {
            Assert.NotNull(new Translator(Function(Probe, "aot_probe_q7")).Translate());
            Assert.NotNull(new Translator(Function("def g(n):\n    for i in range(n):\n        x = yield i\n    return x\n", "g")).Translate());
            Translator from = new Translator(Function("def g():\n    yield from range(3)\n", "g"));
            Assert.Null(from.Translate());
            Assert.Equal("yield from", from.Refusal);
            Translator co = new Translator(Function("async def g():\n    return 1\n", "g"));
            Assert.Null(co.Translate());
            Assert.Equal("coroutine", co.Refusal);
            Translator handler = new Translator(Function("def g():\n    try:\n        return 1\n    except ValueError:\n        return 2\n", "g"));
            Assert.Null(handler.Translate());
            Translator frame = new Translator(Function("def g():\n    return locals()\n", "g"));
            Assert.Null(frame.Translate());
            Assert.Contains("locals", frame.Refusal);
        }
    }
}
