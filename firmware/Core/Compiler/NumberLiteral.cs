using MicroPy.Objects;

namespace MicroPy.Compiler
{
    /// <summary>Numeric literals of the source (the compiler's only; int() and float() parse in Numbers).</summary>
    public static class NumberLiteral
    {
        /// <summary>Value of a numeric literal token text ("0x1F", "1e5", "3j", "123456789012345678901234").</summary>
        public static object Parse(string text)
        {
            try
            {
                return ParseChecked(text);
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.ValueError))
                {
                    // The digit limit keeps its message (CPython's, with its hint); other bad literals are syntax.
                    string m = e.Value.Str();
                    throw Err.Syntax(m.StartsWith("Exceeds") ? m + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits." : "invalid syntax", null, 0);
                }
                throw;
            }
        }

        private static object ParseChecked(string text)
        {
            int n = text.Length;
            char last = text[n - 1];
            if (last == 'j' || last == 'J')
            {
                double im = Numbers.ParseFloatText(text, 0, n - 1);
                return new PyComplex(0.0, im);
            }
            if (n > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
            {
                return Numbers.ParseIntDigits(text, 2, n, 16);
            }
            if (n > 1 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O'))
            {
                return Numbers.ParseIntDigits(text, 2, n, 8);
            }
            if (n > 1 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B'))
            {
                return Numbers.ParseIntDigits(text, 2, n, 2);
            }
            for (int i = 0; i < n; i++)
            {
                char c = text[i];
                if (c == '.' || c == 'e' || c == 'E')
                {
                    return new PyFloat(Numbers.ParseFloatText(text, 0, n));
                }
            }
            if (n > 1 && text[0] == '0')
            {
                for (int i = 1; i < n; i++)
                {
                    if (text[i] != '0')
                    {
                        throw Err.Syntax("invalid token", null, 0);
                    }
                }
            }
            return Numbers.ParseIntDigits(text, 0, n, 10);
        }
    }
}
