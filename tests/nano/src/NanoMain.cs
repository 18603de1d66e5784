using System;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Repl;

namespace MicroPy.NanoTests
{
    /// <summary>
    /// Runs the embedded conformance scripts (gen/Scripts.g.cs) one after another, each in a fresh interpreter, between
    /// "@@@ BEGIN name" / "@@@ END name ms" lines; an uncaught Python exception's traceback follows "@@@ TRACEBACK"
    /// (CPython prints it to stderr, so tests/nano/run leaves it out of the comparison). Heap figures: "@@@ HEAP".
    /// The program's output and the traceback are framed lines (TestConsole.Emit); anything else is nanoCLR's own.
    /// </summary>
    public static class Program
    {
        private static TestConsole s_console;
        private static object s_keep;

        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception e)
            {
                Console.WriteLine("@@@ CRASH " + e.GetType().FullName + ": " + e.Message);
            }
            Console.WriteLine("@@@ DONE");
        }

        private static void Run()
        {
            long free0 = TestMemory.Collected();
            Console.WriteLine("@@@ HEAP before-interpreter " + free0.ToString());
            s_console = new TestConsole();
            Platform.Console = s_console;
            Platform.Math = new TestMath();
            Platform.Clock = new TestClock();
            Platform.Memory = new TestMemory(free0);

            HeapAtPrompt(free0);
#if NANO_FROZEN
            // After the heap figure at the prompt: the compiled bodies are the benchmark's, not the interpreter's.
            Console.WriteLine("@@@ FROZEN " + MicroPy.Frozen.FrozenCode.Register().ToString() + " compiled bodies");
#endif

            MemFs fs = new MemFs(Scripts.Paths, Scripts.Texts);
            Platform.FileSystem = fs;

            for (int i = 0; i < Scripts.Tests.Length; i++)
            {
                int f = Scripts.Tests[i];
                string path = Scripts.Paths[f];
                int slash = path.LastIndexOf('/');
                fs.CurrentDir = slash < 0 ? "" : path.Substring(0, slash);
                RunOne(path, Scripts.Texts[f], slash < 0 ? path : path.Substring(slash + 1));
            }
        }

        /// <summary>A fresh interpreter and REPL up to the first prompt, then the heap in use.</summary>
        private static void HeapAtPrompt(long free0)
        {
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            interp.Console = s_console;
            Stage("interp", free0);
            PyDict globals = interp.NewGlobals("__main__");
            Stage("globals", free0);
            ReplEngine repl = new ReplEngine(new PromptHost());
            Stage("repl-engine", free0);
            repl.Start(globals);
            long free1 = TestMemory.Collected();
#if NANOFRAMEWORK_1_0
            long used = free0 - free1;
#else
            long used = free1 - free0;
#endif
            Console.WriteLine("@@@ HEAP at-prompt " + free1.ToString() + " used-by-interpreter " + used.ToString());
            s_keep = repl;
        }

        /// <summary>Heap in use since free0 after one start-up stage ("@@@ HEAP stage name bytes").</summary>
        private static void Stage(string name, long free0)
        {
            long free = TestMemory.Collected();
#if NANOFRAMEWORK_1_0
            long used = free0 - free;
#else
            long used = free - free0;
#endif
            Console.WriteLine("@@@ HEAP stage " + name + " " + used.ToString());
        }

        private sealed class PromptHost : IReplHost
        {
            public void Write(byte[] data, int offset, int count)
            {
                s_console.WriteBytes(data, offset, count);
            }

            public void SoftReset()
            {
            }

            public string BoardName
            {
                get { return "nanoclr"; }
            }

            public string CpuName
            {
                get { return "posix"; }
            }
        }

        private static void RunOne(string path, string source, string filename)
        {
            Console.WriteLine("@@@ BEGIN " + path);
            long t0 = DateTime.UtcNow.Ticks;
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            interp.Console = s_console;
            interp.Argv.Append(filename);
            PyDict globals = interp.NewGlobals("__main__");
            string trace = null;
            try
            {
                interp.ExecSource(source, filename, globals);
            }
            catch (PyException e)
            {
                if (!e.Value.IsInstance(PyExc.SystemExit))
                {
                    trace = Interp.FormatException(e.Value);
                }
            }
            catch (Exception e)
            {
                trace = "host exception " + e.GetType().FullName + ": " + e.Message + "\n";
            }
            long ms = (DateTime.UtcNow.Ticks - t0) / 10000;
            if (trace != null)
            {
                Console.WriteLine("@@@ TRACEBACK");
                TestConsole.Emit(trace);
            }
            Console.WriteLine("@@@ END " + path + " " + ms.ToString());
        }
    }
}
