using System;
using System.Reflection;
using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Runtime
{
    /// <summary>
    /// Code compiled ahead of time on the board's file system: at each (soft) start, before boot.py, every file in
    /// the home folder whose name ends with the platform's image suffix (Platform.CodeLoader: ".pe" on a board) is
    /// loaded, once per power-on, and its bodies registered (MicroPy.Frozen.FrozenCode.Register(), as micropy-freeze
    /// writes it). CompiledRegistry then attaches each body to the code object it was compiled from whenever that
    /// source is compiled (boot.py, main.py, an import, the REPL); a body made from other source never attaches.
    /// A file that does not load costs one line of report and nothing else.
    /// </summary>
    public static class NativeImages
    {
        /// <summary>The type whose static Register() an image's bodies are registered by.</summary>
        public const string EntryType = "MicroPy.Frozen.FrozenCode";

        /// <summary>Images loaded since power-on.</summary>
        public static int Loaded;

        /// <summary>Loads the images in folder dir (an absolute Python path); returns one line ("native: NAME not
        /// loaded: why\n") per image that failed, "" when none did or the platform loads none.</summary>
        public static string LoadAll(string dir)
        {
            ICodeLoader loader = Platform.CodeLoader;
            IFileSystem fs = Platform.FileSystem;
            if (loader == null || fs == null || dir == null)
            {
                return "";
            }
            string[] names;
            try
            {
                names = fs.ListDir(dir);
            }
            catch (Exception)
            {
                return "";
            }
            string suffix = loader.Suffix;
            string report = "";
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                if (name.Length <= suffix.Length || name.ToLower().Substring(name.Length - suffix.Length) != suffix)
                {
                    continue;
                }
                string path = dir == "/" ? "/" + name : dir + "/" + name;
                string err;
                try
                {
                    err = fs.Kind(path) != 1 ? null : Load(loader, fs.ReadAll(path));
                }
                catch (PyException)
                {
                    err = "can't read it";
                }
                if (err != null)
                {
                    report += "native: " + name + " not loaded: " + err + "\n";
                }
            }
            return report;
        }

        /// <summary>Loads one image and registers its bodies (an image loaded before: nothing more); null when they
        /// are registered, else why not.</summary>
        public static string Load(ICodeLoader loader, byte[] image)
        {
            Assembly asm;
            bool before;
            try
            {
                asm = loader.Load(image, out before);
            }
            catch (Exception e)
            {
                return e.Message;
            }
            Type entry = asm.GetType(EntryType);
            MethodInfo register = entry == null ? null : entry.GetMethod("Register");
            if (register == null)
            {
                return "not made by micropy-freeze (it registers no compiled code)";
            }
            if (before)
            {
                return null;
            }
            Loaded++;
            try
            {
                register.Invoke(null, null);
            }
            catch (Exception e)
            {
                return "registering its compiled code failed";
            }
            return null;
        }
    }
}
