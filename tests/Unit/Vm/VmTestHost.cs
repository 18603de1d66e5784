using System.IO;
using System.Text;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;

namespace MicroPy.Tests.VmTests
{
    /// <summary>A fresh interpreter whose print output is captured in a string.</summary>
    internal sealed class VmTestHost : IConsole
    {
        private readonly StringBuilder _out = new StringBuilder();
        public readonly Interp Interp;

        public VmTestHost()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Platform.Math = new DesktopMath();
            MicroPy.Runtime.Vm.Reset();
            Interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            Interp.Console = this;
        }

        public string Output
        {
            get { return _out.ToString(); }
        }

        public PyDict Globals;

        /// <summary>Runs source as __main__; returns printed output, or output plus the formatted exception.</summary>
        public string Run(string source)
        {
            Globals = Interp.NewGlobals("__main__");
            int faults = MicroPy.Runtime.Vm.HostFaults;
            try
            {
                Interp.ExecSource(source, "<stdin>", Globals);
            }
            catch (PyException e)
            {
                _out.Append(Interp.FormatException(e.Value));
            }
            if (MicroPy.Runtime.Vm.HostFaults != faults)
            {
                throw new Xunit.Sdk.XunitException("host exception reached the VM's catch-all: " + MicroPy.Runtime.Vm.LastHostFault);
            }
            return Output;
        }

        public void Write(string text)
        {
            _out.Append(text);
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            _out.Append(Encoding.UTF8.GetString(data, offset, count));
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
}
