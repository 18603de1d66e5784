using System;
using System.IO;
using System.Text;
using MicroPy.Core;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;

namespace MicroPy.Host
{
    /// <summary>
    /// micropy                 read a program from stdin (a plain line REPL when stdin is a terminal)
    /// micropy script.py args  run a file
    /// micropy -c CODE         run a string
    /// Exit status as MicroPython's unix port: 0, 1 for an uncaught exception, n for SystemExit(n).
    /// </summary>
    public static class Program
    {
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
            }
        }

        private static int Run(string[] args, DesktopConsole console)
        {
            string code = null;
            string file = null;
            int argStart = 0;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "-c" && i + 1 < args.Length)
                {
                    code = args[i + 1];
                    argStart = i + 2;
                    break;
                }
                if (args[i] == "-h" || args[i] == "--help")
                {
                    console.Write("usage: micropy [script.py [args...] | -c CODE]\n");
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
            string root = file != null && file != "-" ? Path.GetDirectoryName(Path.GetFullPath(file)) : Directory.GetCurrentDirectory();
            DesktopPlatform.Install(console, root);
            Interp interp = new Interp();
            string source;
            string filename;
            if (code != null)
            {
                source = code;
                filename = "<string>";
                interp.Argv.Append("");
            }
            else if (file != null && file != "-")
            {
                if (!File.Exists(file))
                {
                    console.Write("micropy: can't open file '" + file + "': [Errno 2] No such file or directory\n");
                    return 2;
                }
                source = Utf8.Decode(File.ReadAllBytes(file));
                filename = file;
                interp.Argv.Append(file);
            }
            else
            {
                source = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)).ReadToEnd();
                filename = "<stdin>";
                interp.Argv.Append("");
            }
            for (int i = argStart; i < args.Length; i++)
            {
                interp.Argv.Append(args[i]);
            }
            return Execute(interp, console, source, filename);
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
