using System;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.NanoFramework;
using MicroPy.Modules.Machine;
using MicroPy.Repl;

namespace MicroPy.Device
{
    /// <summary>
    /// One board session, as MicroPython's main.c: install the nanoFramework HAL for the board, serve the REPL
    /// on the board's REPL UART; on each (soft) start make a fresh interpreter, run boot.py then main.py from the
    /// home mount (/flash, or /sd on boards without a flash drive), then hand the UART to the REPL engine; before
    /// boot.py the compiled code images there (*.pe, NativeImages) are loaded, once per power-on. Ctrl-D
    /// on an empty line soft-resets: fresh globals, machine state cleared, boot.py/main.py again; the chip keeps
    /// running. Every exception is printed: Python ones as tracebacks, runtime ones (out of memory, a nanoCLR
    /// fault) as one line; the session then goes on.
    /// </summary>
    public sealed class DeviceSession : IReplHost
    {
        private readonly BoardDefinition _board;
        private readonly NanoSerialConsole _serial;
        private readonly NanoHardware _hardware;
        private readonly ReplConsole _console;
        private bool _softReset;

        public DeviceSession(string boardId, int baudrate)
        {
            _board = NanoPlatform.DetectBoard(boardId);
            _serial = OpenRepl(baudrate);
            _hardware = NanoPlatform.Install(_board, _serial);
            _console = new ReplConsole(this, _serial);
            Platform.Console = _console;
        }

        /// <summary>
        /// Opens the board's REPL UART, or its fallback when the firmware refuses it: on ESP32-S3/C3 boards the REPL
        /// is UART0, free while the debugger runs over the native USB, which the firmware gives it only when that is
        /// connected at boot (the board definition is this session's own, so the fallback becomes its REPL UART).
        /// </summary>
        private NanoSerialConsole OpenRepl(int baudrate)
        {
            while (true)
            {
                NanoSerialConsole serial = new NanoSerialConsole(MicroPy.Boards.DeviceBuses.UartPort(_board, _board.ReplUart), baudrate);
                RouteReplUart();
                try
                {
                    serial.Open();
                    return serial;
                }
                catch (Exception)
                {
                    if (_board.ReplUartFallback < 0 || _board.ReplUartFallback == _board.ReplUart)
                    {
                        throw;
                    }
                    _board.ReplUart = _board.ReplUartFallback;
                }
            }
        }

        private void RouteReplUart()
        {
#if !NF_STM32
            int id = _board.ReplUart;
            if (id >= 0 && id < _board.UartCount)
            {
                int com = _board.ReplUart + 1;
                int tx = _board.Uart[2 * id];
                int rx = _board.Uart[2 * id + 1];
                if (tx >= 0)
                {
                    nanoFramework.Hardware.Esp32.Configuration.SetPinFunction(tx, (nanoFramework.Hardware.Esp32.DeviceFunction)MicroPy.Boards.DeviceBuses.Esp32SerialFunction(com, 0));
                }
                if (rx >= 0)
                {
                    nanoFramework.Hardware.Esp32.Configuration.SetPinFunction(rx, (nanoFramework.Hardware.Esp32.DeviceFunction)MicroPy.Boards.DeviceBuses.Esp32SerialFunction(com, 1));
                }
            }
#endif
        }

        public string BoardName
        {
            get { return _board.Name; }
        }

        public string CpuName
        {
            get { return _board.Mcu; }
        }

        public void Write(byte[] data, int offset, int count)
        {
            _serial.WriteBytes(data, offset, count);
        }

        public void SoftReset()
        {
            _softReset = true;
        }

        /// <summary>Writes a line to the REPL UART (used by Main for fatal errors); never throws.</summary>
        public void Report(string line)
        {
            try
            {
                _serial.Write("\r\n" + line + "\r\n");
            }
            catch (Exception)
            {
            }
        }

        /// <summary>A runtime (not Python) exception: one line with the type, message and memory figures.</summary>
        private void InternalError(string where, Exception e)
        {
            string mem;
            try
            {
                mem = NanoMemory.Summary();
            }
            catch (Exception)
            {
                mem = "memory figures unavailable";
            }
            Report("internal error" + where + ": " + e.GetType().FullName + ": " + e.Message + " [" + mem + "]");
        }

        /// <summary>Runs soft-reset cycles forever.</summary>
        public void Run()
        {
            ReplEngine engine = new ReplEngine(this);
            while (true)
            {
                Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
                interp.Console = _console;
                string home = ((NanoFileSystem)Platform.FileSystem).Home;
                // Compiled code (.pe made by micropy-freeze) first, so that boot.py, main.py and imports get it.
                string native = NativeImages.LoadAll(home);
                if (native.Length > 0)
                {
                    _console.Write(native);
                }
                if (home != null && home != "/flash")
                {
                    RunSource(interp, null, "import uos\nuos.chdir('" + home + "')\n", "<boot>");
                }
                PyDict globals = interp.NewGlobals("__main__");
                bool interrupted = RunFile(interp, globals, "boot.py");
                if (!engine.ResumesRaw)
                {
                    // As MicroPython: main.py runs after a reset from the friendly REPL only.
                    interrupted |= RunFile(interp, globals, "main.py");
                }
                engine.Start(globals, interrupted);
                _softReset = false;
                while (!_softReset)
                {
                    int b = _serial.ReadByte();
                    _serial.Running = true;
                    try
                    {
                        engine.Feed(b);
                    }
                    catch (BoardResetException)
                    {
                        // The engine announces its own Ctrl-D resets; this one came from running code.
                        _console.Write("MPY: soft reboot\n");
                        _softReset = true;
                    }
                    catch (PyException e)
                    {
                        _console.Write(Interp.FormatException(e.Value));
                    }
                    catch (Exception e)
                    {
                        InternalError("", e);
                    }
                    finally
                    {
                        _serial.Running = false;
                    }
                }
                Vm.Reset();
                MicroPy.Modules.UosModule.ResetState();
                MachineModule.ResetState();
                Scheduler.Clear();
            }
        }

        /// <summary>Runs a file from the home mount if it is there; returns whether a Ctrl-C stopped it.</summary>
        private bool RunFile(Interp interp, PyDict globals, string name)
        {
            IFileSystem fs = Platform.FileSystem;
            if (fs == null || fs.Kind(name) != 1)
            {
                return false;
            }
            string src;
            try
            {
                src = Utf8.Decode(fs.ReadAll(name));
            }
            catch (Exception e)
            {
                Report("can't read " + name + ": " + e.Message);
                return false;
            }
            return RunSource(interp, globals, src, name);
        }

        private bool RunSource(Interp interp, PyDict globals, string src, string name)
        {
            bool interrupted = false;
            _serial.Running = true;
            try
            {
                if (globals == null)
                {
                    globals = interp.NewGlobals("__main__");
                }
                CodeRunner.Run(CodeRunner.Compile(src, name, CodeRunner.ModeExec), globals, globals);
            }
            catch (PyException e)
            {
                interrupted = e.Value.IsInstance(PyExc.KeyboardInterrupt);
                _console.Write(Interp.FormatException(e.Value));
            }
            catch (BoardResetException)
            {
            }
            catch (Exception e)
            {
                InternalError(" in " + name, e);
            }
            finally
            {
                _serial.Running = false;
                if (Scheduler.Pending != 0)
                {
                    try
                    {
                        Scheduler.RunPending();
                    }
                    catch (Exception)
                    {
                    }
                }
            }
            return interrupted;
        }
    }
}
