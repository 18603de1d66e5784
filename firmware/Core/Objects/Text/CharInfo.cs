namespace MicroPy.Objects
{
    /// <summary>Character classes and case mapping for ASCII, Latin-1, Greek and Cyrillic (what str methods need).</summary>
    public static class CharInfo
    {
        /// <summary>Python identifier characters (the lexer, str.isidentifier, namedtuple fields).</summary>
        public static bool IsIdStart(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && IsIdLetter(c));
        }

        public static bool IsIdChar(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || (c >= 0x80 && IsIdLetter(c));
        }

        private static bool IsIdLetter(char c)
        {
            // Non-ASCII identifiers: letters of the Latin-1 supplement and above, excluding common symbols/spaces.
            if (c == 0xA0 || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || c == 0xFEFF)
            {
                return false;
            }
            return c >= 0xC0 || c == 0xAA || c == 0xB5 || c == 0xBA;
        }

        public static bool IsDigit(char c)
        {
            return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\uff10' && c <= '\uff19');
        }

        public static bool IsUpper(char c)
        {
            if (c < 0x80)
            {
                return c >= 'A' && c <= 'Z';
            }
            return ToLower(c) != c;
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80)
            {
                return c >= 'a' && c <= 'z';
            }
            return ToUpper(c) != c || c == '\u00df' || c == '\u00aa' || c == '\u00ba';
        }

        public static bool IsAlpha(char c)
        {
            if (c < 0x80)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            }
            if (c == '\u00aa' || c == '\u00b5' || c == '\u00ba')
            {
                return true;
            }
            if (c >= '\u00c0' && c <= '\u024f')
            {
                return c != '\u00d7' && c != '\u00f7';
            }
            if ((c >= '\u0370' && c <= '\u03ff') || (c >= '\u0400' && c <= '\u04ff') || (c >= '\u05d0' && c <= '\u05ea') || (c >= '\u0620' && c <= '\u064a'))
            {
                return c != '\u0375' && c != '\u037e' && c != '\u0384' && c != '\u0385' && c != '\u0387';
            }
            if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7a3'))
            {
                return true;
            }
            return false;
        }

        public static char ToUpper(char c)
        {
            if (c < 0x80)
            {
                return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            }
            if ((c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7'))
            {
                return (char)(c - 32);
            }
            if (c == '\u00ff')
            {
                return '\u0178';
            }
            if (c >= '\u0100' && c <= '\u017f' && c != '\u0131' && c != '\u0138' && c != '\u0149')
            {
                bool oddIsLower = (c >= '\u0139' && c <= '\u0148') || (c >= '\u0179' && c <= '\u017e');
                if (oddIsLower ? (c & 1) == 0 : (c & 1) == 1)
                {
                    return (char)(c - 1);
                }
                return c;
            }
            if (c >= '\u03b1' && c <= '\u03c9' && c != '\u03c2')
            {
                return (char)(c - 32);
            }
            if (c == '\u03c2')
            {
                return '\u03a3';
            }
            if (c >= '\u0430' && c <= '\u044f')
            {
                return (char)(c - 32);
            }
            if (c >= '\u0450' && c <= '\u045f')
            {
                return (char)(c - 80);
            }
            return c;
        }

        public static char ToLower(char c)
        {
            if (c < 0x80)
            {
                return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            }
            if (c >= '\u00c0' && c <= '\u00de' && c != '\u00d7')
            {
                return (char)(c + 32);
            }
            if (c == '\u0178')
            {
                return '\u00ff';
            }
            if (c >= '\u0100' && c <= '\u017f' && c != '\u0130' && c != '\u0138' && c != '\u0149')
            {
                bool oddIsLower = (c >= '\u0139' && c <= '\u0148') || (c >= '\u0179' && c <= '\u017e');
                if (oddIsLower ? (c & 1) == 1 : (c & 1) == 0)
                {
                    return (char)(c + 1);
                }
                return c;
            }
            if (c >= '\u0391' && c <= '\u03a9' && c != '\u03a2')
            {
                return (char)(c + 32);
            }
            if (c >= '\u0410' && c <= '\u042f')
            {
                return (char)(c + 32);
            }
            if (c >= '\u0400' && c <= '\u040f')
            {
                return (char)(c + 80);
            }
            return c;
        }
    }
}
