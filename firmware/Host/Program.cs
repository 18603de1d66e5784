using System;
using System.IO;
using System.Text;
using MicroPy.Boards;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Hal.Simulated;
using MicroPy.Modules.Machine;

namespace MicroPy.Host
{
    /// <summary>
    /// micropy                 read a program from stdin (a plain line REPL when stdin is a terminal)
    /// micropy script.py args  run a file
    /// micropy -c CODE         run a string
    /// Options (before the script): --board sim|wipy|none (default sim: the simulated board behind machine;
    /// wipy: the same simulation as a WiPy), --setup FILE (a script run once before the program, e.g. bench wiring),
    /// --realtime (board clock follows the host; default for the REPL, scripts use instant virtual time),
    /// --virtual-time (the REPL's board clock is virtual too, as for scripts: test harnesses serving many scripts),
    /// --max-resets N (board resets, e.g. by the watchdog, restart the program at most N times; default 3),
    /// --repl (serve the board REPL on stdin/stdout even when they aren't a terminal), --pty (serve it on a new
    /// pseudo-terminal whose path is printed, as a board does over USB serial), --port DEV (serve it on an
    /// existing serial device), --flash DIR (the folder behind /flash), --native-flash (load the compiled code images,
    /// *.dll made by micropy-freeze, in /flash at each start, as a board loads its *.pe), --open-network (the board's sockets reach the
    /// host's network instead of loopback only).
    /// Exit status as MicroPython's unix port: 0, 1 for an uncaught exception, n for SystemExit(n).
    /// </summary>
    public static class Program
    {
        /// <summary>A size such as 65536, 256K, 8M or 1G; -1 when it is not one.</summary>
        private static long ParseSize(string s)
        {
            long unit = 1;
            char last = s.Length > 0 ? char.ToUpperInvariant(s[s.Length - 1]) : ' ';
            if (last == 'K' || last == 'M' || last == 'G')
            {
                unit = last == 'K' ? 1024 : last == 'M' ? 1024 * 1024 : 1024L * 1024 * 1024;
                s = s.Substring(0, s.Length - 1);
            }
            long n;
            if (!long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) || n > long.MaxValue / unit)
            {
                return -1;
            }
            return n * unit;
        }

        public static int Main(string[] args)
        {
            Stream stdout = Console.OpenStandardOutput();
            BufferedStream outBuf = new BufferedStream(stdout, 8192);
            DesktopConsole console = new DesktopConsole(Console.OpenStandardInput(), outBuf);
            try
            {
                return Run(args, console);
            }
            finally
            {
                outBuf.Flush();
                if (Vm.HostFaults > 0)
                {
                    // A bug report for developers and test harnesses (tests/Unit/Conformance fails on it).
                    Console.Error.WriteLine("micropy: internal error: " + Vm.HostFaults
                        + " host exception(s) reached the last-defence handler; last: " + Vm.LastHostFault);
                }
            }
        }

        /// <summary>Loads an assembly made by tools/Freeze and registers its compiled bodies (CompiledRegistry
        /// attaches each to the code object it was translated from, on an exact match). MICROPY_NATIVE_STATS=1
        /// prints how many code objects got a body at exit.</summary>
        private static string LoadNative(string path)
        {
            try
            {
                System.Reflection.Assembly asm = System.Reflection.Assembly.LoadFrom(System.IO.Path.GetFullPath(path));
                Type t = asm.GetType("MicroPy.Frozen.FrozenCode");
                if (t == null)
                {
                    return "no MicroPy.Frozen.FrozenCode in " + path;
                }
                t.GetMethod("Register").Invoke(null, null);
            }
            catch (Exception e)
            {
                return e.GetType().Name + ": " + e.Message;
            }
            ReportNativeStats();
            return null;
        }

        private static bool s_statsHooked;

        /// <summary>MICROPY_NATIVE_STATS=1: at exit, on stderr, how many code objects got a compiled body, how many
        /// stayed interpreted and how many times compiled bodies ran.</summary>
        private static void ReportNativeStats()
        {
            if (s_statsHooked || Environment.GetEnvironmentVariable("MICROPY_NATIVE_STATS") != "1")
            {
                return;
            }
            s_statsHooked = true;
            CompiledRegistry.CountRuns = true;
            AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.Error.WriteLine("native: " + CompiledRegistry.Attached
                + " code objects compiled, " + CompiledRegistry.Unmatched + " interpreted, " + CompiledRegistry.Runs
                + " compiled runs");
        }

        /// <summary>--native-flash: the compiled code images (.dll) in /flash, loaded as a board loads its .pe files
        /// at each start (NativeImages); a report line for each one that does not load.</summary>
        internal static void LoadFlashImages(IConsole console)
        {
            if (MicroPy.Hal.Platform.CodeLoader == null)
            {
                return;
            }
            string report = NativeImages.LoadAll("/flash");
            if (report.Length > 0)
            {
                console.Write(report);
            }
        }

        private static int Run(string[] args, DesktopConsole console)
        {
            string code = null;
            string file = null;
            int argStart = 0;
            string boardName = "sim";
            bool realTime = false;
            bool openNetwork = false;
            bool realTimeSet = false;
            int maxResets = 3;
            bool repl = false;
            bool pty = false;
            string port = null;
            string flashDir = null;
            string setup = null;
            long heap = MicroPy.Hal.Simulated.SimBoard.HeapBytes;
            bool nfEmulation = false;
            bool nativeFlash = false;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--nf-emulation")
                {
                    nfEmulation = true;
                    continue;
                }
                if (args[i] == "--repl")
                {
                    repl = true;
                    continue;
                }
                if (args[i] == "--pty")
                {
                    pty = true;
                    continue;
                }
                if (args[i] == "--port" && i + 1 < args.Length)
                {
                    port = args[++i];
                    continue;
                }
                if (args[i] == "--native" && i + 1 < args.Length)
                {
                    string err = LoadNative(args[++i]);
                    if (err != null)
                    {
                        console.Write("micropy: --native: " + err + "\n");
                        return 2;
                    }
                    continue;
                }
                if (args[i] == "--native-flash")
                {
                    nativeFlash = true;
                    continue;
                }
                if (args[i] == "--flash" && i + 1 < args.Length)
                {
                    flashDir = args[++i];
                    continue;
                }
                if (args[i] == "--board" && i + 1 < args.Length)
                {
                    boardName = args[++i];
                    if (boardName != "sim" && boardName != "wipy" && boardName != "none" && boardName != "esp32_devkitc" && boardName != "esp32s3_devkitc" && boardName != "stm32f769i_discovery")
                    {
                        console.Write("micropy: unknown board '" + boardName + "' (sim, wipy, none, or with --nf-emulation esp32_devkitc, esp32s3_devkitc, stm32f769i_discovery)\n");
                        return 2;
                    }
                    continue;
                }
                if (args[i] == "--open-network")
                {
                    openNetwork = true;
                    continue;
                }
                if (args[i] == "--setup" && i + 1 < args.Length)
                {
                    setup = args[++i];
                    continue;
                }
                if (args[i] == "--heap" && i + 1 < args.Length)
                {
                    heap = ParseSize(args[++i]);
                    if (heap < 64 * 1024)
                    {
                        console.Write("micropy: --heap needs a size of at least 64K (e.g. 256K, 8M, 1G)\n");
                        return 2;
                    }
                    continue;
                }
                if (args[i] == "--realtime")
                {
                    realTime = true;
                    realTimeSet = true;
                    continue;
                }
                if (args[i] == "--virtual-time")
                {
                    realTime = false;
                    realTimeSet = true;
                    continue;
                }
                if (args[i] == "--max-resets" && i + 1 < args.Length)
                {
                    if (!int.TryParse(args[++i], out maxResets) || maxResets < 0)
                    {
                        console.Write("micropy: --max-resets needs a number\n");
                        return 2;
                    }
                    continue;
                }
                if (args[i] == "-c" && i + 1 < args.Length)
                {
                    code = args[i + 1];
                    argStart = i + 2;
                    break;
                }
                if (args[i] == "-h" || args[i] == "--help")
                {
                    console.Write("usage: micropy [--native FROZEN.dll] [--native-flash] [--board sim|wipy|none | --nf-emulation --board esp32_devkitc|esp32s3_devkitc|stm32f769i_discovery] [--setup FILE] [--realtime | --virtual-time] [--max-resets N] [--heap SIZE] [--flash DIR] [--open-network] [--repl | --pty | --port DEV] [script.py [args...] | -c CODE]\n");
                    return 0;
                }
                if (args[i].StartsWith("-", StringComparison.Ordinal) && args[i] != "-")
                {
                    console.Write("micropy: unknown option " + args[i] + "\n");
                    return 2;
                }
                file = args[i];
                argStart = i + 1;
                break;
            }
            bool boardTable = boardName == "esp32_devkitc" || boardName == "esp32s3_devkitc" || boardName == "stm32f769i_discovery";
            if (nfEmulation != boardTable)
            {
                console.Write("micropy: --nf-emulation runs the nanoFramework adapters for --board esp32_devkitc, esp32s3_devkitc or stm32f769i_discovery (and only then)\n");
                return 2;
            }
            bool serial = pty || port != null;
            if (serial && (code != null || file != null))
            {
                console.Write("micropy: --pty/--port serve the REPL; they take no script or -c (put it in main.py)\n");
                return 2;
            }
            bool replMode = serial || repl || (code == null && file == null && !Console.IsInputRedirected);
            // /flash is the script's folder for a script, else --flash DIR or ./flash (created), as a board's flash.
            string root = flashDir ?? (file != null && file != "-" && !replMode ? Path.GetDirectoryName(Path.GetFullPath(file)) : null);
            if (root == null)
            {
                root = replMode ? Path.Combine(Directory.GetCurrentDirectory(), "flash") : Directory.GetCurrentDirectory();
                Directory.CreateDirectory(root);
            }
            DesktopPlatform.Install(console, root, openNetwork);
            if (nativeFlash)
            {
                MicroPy.Hal.Platform.CodeLoader = new DesktopCodeLoader();
                ReportNativeStats();
            }
            DesktopMemory memory = (DesktopMemory)MicroPy.Hal.Platform.Memory;
            memory.Budget = heap;
            memory.Enforced = true;
            if (replMode)
            {
                TtyStream line = null;
                if (serial)
                {
                    try
                    {
                        line = pty ? TtyStream.OpenPty() : TtyStream.OpenDevice(port);
                    }
                    catch (PlatformNotSupportedException e)
                    {
                        console.Write("micropy: " + e.Message + "\n");
                        return 2;
                    }
                    catch (IOException e)
                    {
                        console.Write("micropy: " + e.Message + "\n");
                        return 1;
                    }
                    line.Log = Console.Error;
                    // The path alone on stdout (for scripts), the how-to on stderr.
                    console.Write(line.Path + "\n");
                    console.Flush();
                    Console.Error.WriteLine("micropy: REPL on " + line.Path + " (e.g. picocom " + line.Path + ", mpremote connect " + line.Path + "); Ctrl-C here stops");
                }
                SimBoard rb = null;
                if (boardName != "none")
                {
                    rb = new SimBoard(!realTimeSet || realTime, boardName);
                    rb.Install();
                    SimModule.Board = rb;
                    if (nfEmulation)
                    {
                        NfEmulationHost.Boot(rb, new SimNfWorld(rb), -1);
                    }
                }
                if (line != null)
                {
                    using (line)
                    {
                        return new TerminalRepl(line, line, rb).Run();
                    }
                }
                using (RawTerminal raw = RawTerminal.Enter())
                {
                    if (raw != null)
                    {
                        // Straight to the descriptors: .NET's console input stream has a line editor of its own.
                        return new TerminalRepl(new FdStream(0), new FdStream(1), rb).Run();
                    }
                    return new TerminalRepl(Console.OpenStandardInput(), Console.OpenStandardOutput(), rb).Run();
                }
            }
            string source;
            string filename;
            string argv0;
            if (code != null)
            {
                source = code;
                filename = "<string>";
                argv0 = "";
            }
            else if (file != null && file != "-")
            {
                if (!File.Exists(file))
                {
                    console.Write("micropy: can't open file '" + file + "': [Errno 2] No such file or directory\n");
                    return 2;
                }
                long size = new FileInfo(file).Length;
                if (size > heap)
                {
                    console.Write("micropy: can't run '" + file + "': MemoryError: " + size + " bytes of source do not fit the heap (--heap)\n");
                    return 1;
                }
                source = Utf8.Decode(File.ReadAllBytes(file));
                filename = file;
                argv0 = file;
            }
            else
            {
                source = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)).ReadToEnd();
                filename = "<stdin>";
                argv0 = "";
            }
            SimBoard board = null;
            SimNfWorld world = null;
            if (boardName != "none")
            {
                board = new SimBoard(realTimeSet && realTime, boardName);
                board.Install();
                SimModule.Board = board;
                if (nfEmulation)
                {
                    world = new SimNfWorld(board);
                    NfEmulationHost.Boot(board, world, -1);
                }
            }
            if (setup != null && board != null)
            {
                // The bench around the board (wiring, devices): run once, before the first boot.
                if (!File.Exists(setup))
                {
                    console.Write("micropy: can't open setup file '" + setup + "'\n");
                    return 2;
                }
                int rc = Execute(NewInterp(board), console, Utf8.Decode(File.ReadAllBytes(setup)), setup);
                if (rc != 0)
                {
                    return rc;
                }
            }
            int resets = 0;
            try
            {
                while (true)
                {
                    LoadFlashImages(console);
                    Interp interp = NewInterp(board);
                    memory.Rebase();
                    interp.Argv.Append(argv0);
                    string scriptDir = ScriptDirOnFlash(file, root);
                    if (scriptDir != null)
                    {
                        interp.Path.Items[0] = scriptDir;
                    }
                    for (int i = argStart; i < args.Length; i++)
                    {
                        interp.Argv.Append(args[i]);
                    }
                    try
                    {
                        return Execute(interp, console, source, filename);
                    }
                    catch (BoardResetException r)
                    {
                        console.Flush();
                        if (r.Cause == ResetCause.Halted)
                        {
                            Console.Error.Write("micropy: the board sleeps with nothing configured to wake it (until reset)\n");
                            return 0;
                        }
                        Console.Error.Write("micropy: board reset (" + ResetName(r.Cause) + ") at " + (board != null ? board.NowUs : 0) + " us\n");
                        if (board == null || ++resets > maxResets)
                        {
                            Console.Error.Write("micropy: stopping after " + (resets - 1) + " board resets\n");
                            return 1;
                        }
                        board.SystemControl.Cause = r.Cause;
                        MachineModule.ResetState();
                        Scheduler.Clear();
                        if (world != null)
                        {
                            NfEmulationHost.Boot(board, world, r.Cause);
                        }
                    }
                }
            }
            finally
            {
                if (board != null)
                {
                    board.Dispose();
                }
            }
        }

        /// <summary>sys.path[0] as MicroPython's unix port sets it, the script's folder: "/flash/sub" for a script
        /// in a subfolder of the flash root, null when it is the root itself (sys.path[0] stays "") or outside it.</summary>
        private static string ScriptDirOnFlash(string file, string root)
        {
            if (file == null || file == "-")
            {
                return null;
            }
            string dir = Path.GetDirectoryName(Path.GetFullPath(file));
            string rel = Path.GetRelativePath(Path.GetFullPath(root), dir);
            if (rel == "." || rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel))
            {
                return null;
            }
            return "/flash/" + rel.Replace(Path.DirectorySeparatorChar, '/');
        }

        /// <summary>A fresh interpreter with the desktop-only modules of the selected board.</summary>
        public static Interp NewInterp(SimBoard board)
        {
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            if (board != null)
            {
                interp.RegisterModule("sim", SimModule.Instance);
            }
            return interp;
        }

        private static string ResetName(int cause)
        {
            switch (cause)
            {
                case ResetCause.WdtReset: return "WDT_RESET";
                case ResetCause.DeepSleepReset: return "DEEPSLEEP_RESET";
                case ResetCause.SoftReset: return "SOFT_RESET";
                case ResetCause.HardReset: return "HARD_RESET";
                default: return "POWER_ON";
            }
        }

        public static int Execute(Interp interp, IConsole console, string source, string filename)
        {
            PyDict globals = interp.NewGlobals("__main__");
            try
            {
                interp.ExecSource(source, filename, globals);
                return 0;
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.SystemExit))
                {
                    object[] a = e.Value.Args;
                    if (a.Length == 0 || a[0] == (object)PyNone.None)
                    {
                        return 0;
                    }
                    if (a[0] is PyInt)
                    {
                        return (int)((PyInt)a[0]).Value;
                    }
                    console.Write(Ops.Str(a[0]) + "\n");
                    return 1;
                }
                console.Flush();
                Console.Error.Write(Interp.FormatException(e.Value));
                return 1;
            }
        }
    }
}
