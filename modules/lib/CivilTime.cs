namespace MicroPy.Modules
{
    /// <summary>Calendar arithmetic on days since 2000-01-01 (proleptic Gregorian), for machine.RTC and utime.</summary>
    public static class CivilTime
    {
        public const long UsPerDay = 86400L * 1000000L;

        public static long DaysFromCivil(long y, long m, long d)
        {
            y -= m <= 2 ? 1 : 0;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - era * 400;
            long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468 - 10957;
        }

        /// <summary>year, month, day for days since 2000-01-01.</summary>
        public static void CivilFromDays(long days, out long y, out long m, out long d)
        {
            long z = days + 10957 + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            y = yoe + era * 400;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            d = doy - (153 * mp + 2) / 5 + 1;
            m = mp < 10 ? mp + 3 : mp - 9;
            if (m <= 2)
            {
                y++;
            }
        }

        /// <summary>Monday = 0 (2000-01-01 was a Saturday).</summary>
        public static long Weekday(long days)
        {
            long w = (days + 5) % 7;
            return w < 0 ? w + 7 : w;
        }

        public static long FloorDiv(long a, long b)
        {
            long q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0)))
            {
                q--;
            }
            return q;
        }
    }
}
