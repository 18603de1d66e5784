using MicroPy.Objects;

namespace MicroPy.Compiler
{
    /// <summary>
    /// The interned-string pool (MicroPython's qstrs): identifiers and attribute names are interned once so dict
    /// lookups on them hit the reference-equality path. Counts feed micropython.qstr_info().
    /// </summary>
    public static class Qstr
    {
        private static string[] s_table = new string[256];
        private static int s_count;
        private static int s_chars;

        public static int Count
        {
            get { return s_count; }
        }

        /// <summary>Total characters held (RAM estimate: 2 bytes per char on .NET, UTF-8 on nanoCLR).</summary>
        public static int Chars
        {
            get { return s_chars; }
        }

        public static string Intern(string s)
        {
            int mask = s_table.Length - 1;
            int i = PyStr.Hash(s) & mask;
            while (true)
            {
                string t = s_table[i];
                if (t == null)
                {
                    break;
                }
                if ((object)t == (object)s || (t.Length == s.Length && string.Equals(t, s)))
                {
                    return t;
                }
                i = (i + 1) & mask;
            }
            s_table[i] = s;
            s_count++;
            s_chars += s.Length;
            if (s_count * 2 > s_table.Length)
            {
                Grow();
            }
            return s;
        }

        /// <summary>Interns a slice of a larger text without allocating when the name is already known.</summary>
        public static string Intern(char[] text, int start, int length)
        {
            int h = 5381;
            for (int k = 0; k < length; k++)
            {
                h = (h * 33) ^ text[start + k];
            }
            int mask = s_table.Length - 1;
            int i = h & mask;
            while (true)
            {
                string t = s_table[i];
                if (t == null)
                {
                    break;
                }
                if (t.Length == length && SameChars(t, text, start))
                {
                    return t;
                }
                i = (i + 1) & mask;
            }
            return Intern(new string(text, start, length));
        }

        private static bool SameChars(string t, char[] text, int start)
        {
            for (int k = 0; k < t.Length; k++)
            {
                if (t[k] != text[start + k])
                {
                    return false;
                }
            }
            return true;
        }

        private static void Grow()
        {
            string[] old = s_table;
            s_table = new string[old.Length * 2];
            int mask = s_table.Length - 1;
            for (int j = 0; j < old.Length; j++)
            {
                string s = old[j];
                if (s != null)
                {
                    int i = PyStr.Hash(s) & mask;
                    while (s_table[i] != null)
                    {
                        i = (i + 1) & mask;
                    }
                    s_table[i] = s;
                }
            }
        }
    }
}
