using System;
using System.Reflection;
using MicroPy.Objects;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// Loads a nanoFramework assembly (.pe, as the metadata processor writes it) from its bytes with
    /// Assembly.Load(byte[]). nanoCLR's native Load reads the header and checks its CRCs before it looks at the array's
    /// length (corlib_native_System_Reflection_Assembly.cpp, CLR_RECORD_ASSEMBLY::GoodAssembly), so the marker and
    /// the size the header claims are checked here first: a short or foreign file is refused without nanoCLR reading
    /// past the array. nanoCLR keeps the array as the assembly's storage and cannot unload it, so an image is loaded
    /// once per power-on: the same bytes again (at each soft reset) are skipped.
    /// </summary>
    public sealed class NanoCodeLoader : ICodeLoader
    {
        /// <summary>sizeof(CLR_RECORD_ASSEMBLY) (nanoCLR_Types.h): marker, CRCs, flags, version, name, 16 table
        /// offsets, patched methods, 16 paddings.</summary>
        private const int HeaderSize = 124;
        private const int FlagsAt = 16;
        /// <summary>startOfTables[TBL_EndOfAssembly]: the image's total size.</summary>
        private const int TotalSizeAt = 100;

        /// <summary>The images loaded, as nanoCLR keeps them (so holding them costs nothing), and their assemblies.</summary>
        private byte[][] _loaded = new byte[4][];
        private Assembly[] _assemblies = new Assembly[4];
        private int _count;

        public string Suffix
        {
            get { return ".pe"; }
        }

        public Assembly Load(byte[] image, out bool before)
        {
            before = false;
            if (image.Length < HeaderSize || !Marker(image))
            {
                throw new Exception("not a nanoFramework assembly (no NFMRK1 header)");
            }
            int size = Int(image, TotalSizeAt);
            if (size < HeaderSize || size > image.Length)
            {
                throw new Exception("truncated (its header says it is longer than its " + Ops.IntToString(image.Length) + " bytes)");
            }
            if ((Int(image, FlagsAt) & 1) != 0)
            {
                // c_Flags_NeedReboot: nanoCLR refuses it at run time.
                throw new Exception("the assembly is flagged to load only at boot");
            }
            for (int i = 0; i < _count; i++)
            {
                if (Same(_loaded[i], image))
                {
                    before = true;
                    return _assemblies[i];
                }
            }
            Assembly asm;
            try
            {
                asm = Assembly.Load(image);
            }
            catch (Exception e)
            {
                // A bad CRC (ArgumentException) or references nanoCLR cannot resolve: built for other firmware.
                throw new Exception("nanoCLR refused it (a corrupt file, or one built against other firmware)");
            }
            if (asm == null)
            {
                throw new Exception("nanoCLR refused it");
            }
            if (_count == _loaded.Length)
            {
                byte[][] a = new byte[_count * 2][];
                Assembly[] b = new Assembly[_count * 2];
                Array.Copy(_loaded, a, _count);
                Array.Copy(_assemblies, b, _count);
                _loaded = a;
                _assemblies = b;
            }
            _loaded[_count] = image;
            _assemblies[_count] = asm;
            _count++;
            return asm;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }
            return true;
        }

        private static bool Marker(byte[] b)
        {
            // "NFMRK1" and its NUL (ValidateMarker compares sizeof the literal).
            return b[0] == 'N' && b[1] == 'F' && b[2] == 'M' && b[3] == 'R' && b[4] == 'K' && b[5] == '1' && b[6] == 0;
        }

        private static int Int(byte[] b, int at)
        {
            return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
        }
    }
}
