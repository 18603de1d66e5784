namespace MicroPy.Objects
{
    /// <summary>A parsed format specification: [[fill]align][sign][#][0][width][,][.precision][type].</summary>
    public sealed class FormatSpec
    {
        public char Fill = ' ';
        public char Align = '\0';
        public char Sign = '\0';
        public bool Alt;
        public bool Zero;
        public int Width = -1;
        public bool Comma;
        public int Precision = -1;
        public char Type = '\0';

        public static FormatSpec Parse(string spec)
        {
            FormatSpec f = new FormatSpec();
            int i = 0;
            int n = spec.Length;
            bool explicitFill = false;
            if (n >= 2 && IsAlign(spec[1]))
            {
                f.Fill = spec[0];
                f.Align = spec[1];
                explicitFill = true;
                i = 2;
            }
            else if (n >= 1 && IsAlign(spec[0]))
            {
                f.Align = spec[0];
                i = 1;
            }
            if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
            {
                f.Sign = spec[i++];
            }
            if (i < n && spec[i] == '#')
            {
                f.Alt = true;
                i++;
            }
            if (i < n && spec[i] == '0')
            {
                f.Zero = true;
                i++;
            }
            int w = -1;
            while (i < n && spec[i] >= '0' && spec[i] <= '9')
            {
                w = (w < 0 ? 0 : w * 10) + (spec[i] - '0');
                i++;
            }
            f.Width = w;
            if (i < n && spec[i] == ',')
            {
                f.Comma = true;
                i++;
            }
            if (i < n && spec[i] == '.')
            {
                i++;
                int p = 0;
                bool any = false;
                while (i < n && spec[i] >= '0' && spec[i] <= '9')
                {
                    p = p * 10 + (spec[i] - '0');
                    i++;
                    any = true;
                }
                if (!any)
                {
                    throw Err.Value("Format specifier missing precision");
                }
                f.Precision = p;
            }
            if (i < n)
            {
                f.Type = spec[i++];
            }
            if (i < n)
            {
                throw Err.Value("Invalid format specifier");
            }
            // '0' before the width: zero fill unless a fill is given; numbers then pad after the sign ('=') when
            // no alignment is given (NumberAlign), strings keep their own default alignment.
            if (f.Zero && !explicitFill)
            {
                f.Fill = '0';
            }
            return f;
        }

        /// <summary>The sign a number shows: '-' when negative, else per the sign option.</summary>
        public string SignText(bool negative)
        {
            return negative ? "-" : Sign == '+' ? "+" : Sign == ' ' ? " " : "";
        }

        /// <summary>The alignment of a number: as given, else '=' with the '0' flag, else right.</summary>
        public char NumberAlign
        {
            get { return Align != '\0' ? Align : Zero ? '=' : '>'; }
        }

        private static bool IsAlign(char c)
        {
            return c == '<' || c == '>' || c == '^' || c == '=';
        }

        /// <summary>Pads body to Width; signLen chars at the start stay in front for '=' alignment.</summary>
        public string Pad(string body, char defaultAlign, int signLen)
        {
            if (Width <= body.Length)
            {
                return body;
            }
            int pad = Width - body.Length;
            char align = Align == '\0' ? defaultAlign : Align;
            switch (align)
            {
                case '<':
                    return body + new string(Fill, pad);
                case '^':
                    return new string(Fill, pad / 2) + body + new string(Fill, pad - pad / 2);
                case '=':
                    return body.Substring(0, signLen) + new string(Fill, pad) + body.Substring(signLen);
                default:
                    return new string(Fill, pad) + body;
            }
        }
    }
}
