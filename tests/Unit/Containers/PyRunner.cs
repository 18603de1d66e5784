using System.IO;
using System.Text;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Tests.Containers
{
    /// <summary>Runs Python source in a fresh interpreter and returns what it printed (exceptions as "Type: msg").</summary>
    public static class PyRunner
    {
        private static readonly object s_lock = new object();

        private sealed class CaptureConsole : IConsole
        {
            public readonly StringBuilder Text = new StringBuilder();

            public void Write(string text)
            {
                Text.Append(text);
            }

            public void WriteBytes(byte[] data, int offset, int count)
            {
                Text.Append(Encoding.UTF8.GetString(data, offset, count));
            }

            public int ReadByte()
            {
                return -1;
            }

            public int Available()
            {
                return 0;
            }

            public void Flush()
            {
            }
        }

        public static string Run(string source)
        {
            lock (s_lock)
            {
                Platform.Math = new MicroPy.Hal.Desktop.DesktopMath();
                Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
                CaptureConsole con = new CaptureConsole();
                interp.Console = con;
                int faults = Vm.HostFaults;
                try
                {
                    interp.ExecSource(source, "<test>", interp.NewGlobals("__main__"));
                }
                catch (PyException e)
                {
                    con.Text.Append(Ops.TypeName(e.Value) + ": " + Ops.Str(e.Value) + "\n");
                }
                if (Vm.HostFaults != faults)
                {
                    throw new Xunit.Sdk.XunitException("host exception reached the VM's catch-all: " + Vm.LastHostFault);
                }
                return con.Text.ToString();
            }
        }
    }
}
