using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Simulated;
using MicroPy.Repl;

namespace MicroPy.Host
{
    /// <summary>
    /// Serves the board REPL on a byte stream: the process's stdin/stdout (a terminal in raw mode, or a pipe) or a
    /// serial line (<see cref="TtyStream"/>). A reader thread turns Ctrl-C into KeyboardInterrupt while Python code
    /// runs (boot.py/main.py included) and queues every other byte, in order, for the engine; Ctrl-D on an empty
    /// line soft-resets the interpreter (fresh globals, boot.py and main.py again); end of input ends the session.
    /// </summary>
    public sealed class TerminalRepl : IReplHost
    {
        private readonly Stream _out;
        private readonly Stream _in;
        private readonly SimBoard _board;
        // Input travels in chunks (one per read), not bytes: a 1 MB paste must not cost a thread hand-off per byte.
        private readonly BlockingCollection<byte[]> _queue = new BlockingCollection<byte[]>();
        private static readonly byte[] s_eof = new byte[0];
        private static readonly byte[] s_interrupted = new byte[0];
        private byte[] _chunk;
        private int _chunkPos;
        private bool _eof;
        private bool _softReset;

        // NextByte's answer when Ctrl-C interrupted running code, so code blocked reading input wakes up and raises.
        private const int Interrupted = -2;

        public TerminalRepl(Stream input, Stream output, SimBoard board)
        {
            _in = input;
            _out = output;
            _board = board;
        }

        public string BoardName
        {
            get { return _board != null ? "simulated board" : "desktop"; }
        }

        public string CpuName
        {
            get { return _board != null ? "simulated ESP32" : ".NET"; }
        }

        public void Write(byte[] data, int offset, int count)
        {
            lock (_out)
            {
                _out.Write(data, offset, count);
                _out.Flush();
            }
        }

        public void SoftReset()
        {
            _softReset = true;
        }

        private void ReadLoop()
        {
            byte[] buf = new byte[4096];
            while (true)
            {
                int n;
                try
                {
                    n = _in.Read(buf, 0, buf.Length);
                }
                catch (IOException)
                {
                    n = 0;
                }
                if (n <= 0)
                {
                    _queue.Add(s_eof);
                    return;
                }
                int start = 0;
                for (int i = 0; i < n; i++)
                {
                    // As on a board, Ctrl-C (micropython.kbd_intr) is the interrupt character only while Python code
                    // executes (frames on the VM stack); at a prompt or inside a raw/paste upload it is ordinary input.
                    if (buf[i] == Vm.InterruptChar && Vm.Depth > 0)
                    {
                        Vm.RequestInterrupt();
                        Enqueue(buf, start, i - start);
                        _queue.Add(s_interrupted);
                        start = i + 1;
                    }
                }
                Enqueue(buf, start, n - start);
            }
        }

        private void Enqueue(byte[] buf, int offset, int count)
        {
            if (count > 0)
            {
                byte[] chunk = new byte[count];
                Array.Copy(buf, offset, chunk, 0, count);
                _queue.Add(chunk);
            }
        }

        /// <summary>The next input byte (blocking), -1 at end of input, or Interrupted.</summary>
        private int NextByte()
        {
            while (true)
            {
                if (_chunk != null && _chunkPos < _chunk.Length)
                {
                    return _chunk[_chunkPos++];
                }
                if (_eof)
                {
                    return -1;
                }
                byte[] next = _queue.Take();
                if (next == s_eof)
                {
                    _eof = true;
                    return -1;
                }
                if (next == s_interrupted)
                {
                    return Interrupted;
                }
                _chunk = next;
                _chunkPos = 0;
            }
        }

        private sealed class QueueInput : IConsole
        {
            private readonly TerminalRepl _owner;

            public QueueInput(TerminalRepl owner)
            {
                _owner = owner;
            }

            public void Write(string text)
            {
            }

            public void WriteBytes(byte[] data, int offset, int count)
            {
            }

            public int ReadByte()
            {
                int b = _owner.NextByte();
                if (b == Interrupted)
                {
                    Vm.ClearInterrupt();
                    throw new PyException(PyBaseException.Create(PyExc.KeyboardInterrupt, null));
                }
                return b;
            }

            public int Available()
            {
                TerminalRepl o = _owner;
                return (o._chunk != null ? o._chunk.Length - o._chunkPos : 0) + o._queue.Count;
            }

            public void Flush()
            {
            }
        }

        /// <summary>Runs the session until end of input; returns the exit status.</summary>
        public int Run()
        {
            Thread reader = new Thread(ReadLoop);
            reader.IsBackground = true;
            reader.Start();
            ReplConsole console = new ReplConsole(this, new QueueInput(this));
            Platform.Console = console;
            ReplEngine engine = new ReplEngine(this);
            int faults = Vm.HostFaults;
            while (true)
            {
                // A soft reset gives the program the whole heap again, as on a board.
                MicroPy.Hal.Desktop.DesktopMemory memory = Platform.Memory as MicroPy.Hal.Desktop.DesktopMemory;
                if (memory != null)
                {
                    memory.Rebase();
                }
                Interp interp = Program.NewInterp(_board);
                interp.Console = console;
                PyDict globals = interp.NewGlobals("__main__");
                Vm.ClearInterrupt();
                Program.LoadFlashImages(console);
                bool interrupted = RunBootFiles(globals, !engine.ResumesRaw);
                engine.Start(globals, interrupted);
                _softReset = false;
                while (!_softReset)
                {
                    int b = NextByte();
                    if (b == Interrupted)
                    {
                        continue;
                    }
                    if (b < 0)
                    {
                        Write(new byte[] { (byte)'\r', (byte)'\n' }, 0, 2);
                        return 0;
                    }
                    try
                    {
                        engine.Feed(b);
                        if (Vm.HostFaults != faults)
                        {
                            // Said at once, not only at exit: a harness serving many programs learns which one hit it.
                            faults = Vm.HostFaults;
                            Console.Error.WriteLine("micropy: internal error: a host exception reached the last-defence handler: " + Vm.LastHostFault);
                        }
                    }
                    catch (BoardResetException)
                    {
                        _softReset = true;
                    }
                    catch (Exception e)
                    {
                        // A host-side bug must not take the board down with it: report it and keep serving.
                        Console.Error.WriteLine("micropy: internal error in the REPL: " + e);
                        Vm.Reset();
                    }
                }
                Vm.Reset();
                MicroPy.Modules.UosModule.ResetState();
                MicroPy.Modules.Machine.MachineModule.ResetState();
                Scheduler.Clear();
            }
        }

        /// <summary>
        /// Runs boot.py, then main.py unless runMain is false (a soft reset from the raw REPL); returns whether a
        /// Ctrl-C stopped one of them.
        /// </summary>
        private bool RunBootFiles(PyDict globals, bool runMain)
        {
            IFileSystem fs = Platform.FileSystem;
            bool interrupted = false;
            if (fs == null)
            {
                return false;
            }
            string[] files = { "boot.py", "main.py" };
            for (int i = 0; i < (runMain ? 2 : 1); i++)
            {
                if (fs.Kind(files[i]) != 1)
                {
                    continue;
                }
                try
                {
                    string src = Utf8.Decode(fs.ReadAll(files[i]));
                    CodeRunner.Run(CodeRunner.Compile(src, files[i], CodeRunner.ModeExec), globals, globals);
                }
                catch (PyException e)
                {
                    interrupted |= e.Value.IsInstance(PyExc.KeyboardInterrupt);
                    Interp.Current.Console.Write(Interp.FormatException(e.Value));
                }
            }
            return interrupted;
        }
    }
}
