using System;
using System.Collections.Generic;
using System.Reflection;
using System.Security.Cryptography;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// Loads a .NET assembly (.dll, as `micropy-freeze --project` builds it) from its bytes with Assembly.Load(byte[]),
    /// the desktop twin of the board's NanoCodeLoader. Bytes already loaded (by content) are not loaded again.
    /// </summary>
    public sealed class DesktopCodeLoader : ICodeLoader
    {
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>();

        public string Suffix
        {
            get { return ".dll"; }
        }

        public Assembly Load(byte[] image, out bool before)
        {
            string id = Convert.ToHexString(SHA256.HashData(image));
            Assembly known;
            before = _loaded.TryGetValue(id, out known);
            if (before)
            {
                return known;
            }
            Assembly asm;
            try
            {
                asm = Assembly.Load(image);
            }
            catch (BadImageFormatException)
            {
                throw new Exception("not a .NET assembly");
            }
            catch (Exception)
            {
                throw new Exception("the host refused it (a corrupt file, or one built against another version)");
            }
            _loaded.Add(id, asm);
            return asm;
        }
    }
}
