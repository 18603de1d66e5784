namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// The pure rules of the nanoFramework network adapters (no device API here, so the unit tests compile this file
    /// on the desktop): IPv4 packing as nanoFramework's IPAddress stores it, SocketException.ErrorCode to errno,
    /// usocket option numbers to System.Net.Sockets option values, dotted-quad text, and scan BSSID text.
    /// </summary>
    public static class NanoNetMapping
    {
        // System.Net.Sockets.SocketOptionLevel / SocketOptionName values (nanoframework/System.Net, Sockets/*.cs).
        public const int NfLevelSocket = 0xffff;
        public const int NfLevelTcp = 6;
        public const int NfReuseAddress = 0x0004;
        public const int NfKeepAlive = 0x0008;
        public const int NfBroadcast = 0x0020;
        public const int NfNoDelay = 1;
        public const int NfError = 0x1007;

        // SocketError codes (Winsock numbering) with a nanoFramework-specific meaning.
        private const int NfIsConnected = 10056;
        private const int NfMessageSize = 10040;

        /// <summary>The value nanoFramework's IPAddress(long) / IPEndPoint(long, int) take for a packed address
        /// (a.b.c.d = a&lt;&lt;24|...): the four bytes in network order in memory, i.e. a | b&lt;&lt;8 | c&lt;&lt;16 | d&lt;&lt;24,
        /// as a non-negative long.</summary>
        public static long ToNfAddress(int ip)
        {
            long a = (ip >> 24) & 0xff;
            long b = (ip >> 16) & 0xff;
            long c = (ip >> 8) & 0xff;
            long d = ip & 0xff;
            return a | (b << 8) | (c << 16) | (d << 24);
        }

        /// <summary>A packed address from IPAddress.GetAddressBytes() (a, b, c, d); 0 unless it has 4 bytes.</summary>
        public static int FromAddressBytes(byte[] b)
        {
            if (b == null || b.Length != 4)
            {
                return 0;
            }
            return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        }

        /// <summary>
        /// errno (positive, never 0) for a SocketException.ErrorCode. nanoFramework's lwIP layer turns lwIP errno
        /// values into Winsock codes (LWIP_SOCKETS_Driver::GetNativeError) and passes the ones it does not know through
        /// unchanged; it maps ENOTCONN to WSAEISCONN, so for data transfers (transfer true) 10056 means "not connected".
        /// </summary>
        public static int Errno(int errorCode, bool transfer)
        {
            if (errorCode == NfIsConnected && transfer)
            {
                return OsErrno.ENOTCONN;
            }
            if (errorCode >= 10000)
            {
                return OsErrno.FromWinsock(errorCode);
            }
            if (errorCode > 0 && errorCode < 100)
            {
                // A raw errno passed through (newlib/lwIP numbering matches Linux below 35).
                return errorCode < 35 ? errorCode : OsErrno.EIO;
            }
            return OsErrno.EIO;
        }

        /// <summary>
        /// errno for a failed TCP connect. nanoFramework's Connect waits with Poll, and Poll reports the socket's
        /// error state with the thread's last lwIP error, which after a non-blocking connect is usually the connect's
        /// own WouldBlock; the real cause is the socket's pending SO_ERROR (soError, 0 if unknown). That value may come
        /// untranslated from lwIP, so only codes that mean the same in lwIP's newlib (ESP32) and Linux numbering (or in
        /// a connect failure) are used: 104 reset, 111 refused, 110/116 timed out.
        /// </summary>
        public static int ConnectFailure(int thrownCode, int soError)
        {
            int e = Errno(thrownCode, false);
            if (e != OsErrno.EAGAIN && e != OsErrno.EINPROGRESS && e != OsErrno.EALREADY && e != OsErrno.EIO)
            {
                return e;
            }
            if (soError >= 10000)
            {
                return Errno(soError, false);
            }
            switch (soError)
            {
                case 104:
                    return OsErrno.ECONNRESET;
                case 111:
                    return OsErrno.ECONNREFUSED;
                case 110:
                case 116:
                    return OsErrno.ETIMEDOUT;
                default:
                    return OsErrno.EIO;
            }
        }

        /// <summary>True for the error nanoFramework raises when a datagram did not fit the buffer (the buffer is
        /// filled and the rest of the datagram dropped, as MicroPython truncates).</summary>
        public static bool IsTruncation(int errorCode)
        {
            return errorCode == NfMessageSize;
        }

        /// <summary>The System.Net.Sockets level and option for a usocket setsockopt (level, name); false when
        /// nanoFramework has no such option (the caller reports ENOPROTOOPT).</summary>
        public static bool Option(int level, int name, bool stream, out int nfLevel, out int nfName)
        {
            nfLevel = NfLevelSocket;
            nfName = 0;
            if (level == 1)
            {
                switch (name)
                {
                    case 2:
                        nfName = NfReuseAddress;
                        return true;
                    case 6:
                        nfName = NfBroadcast;
                        return true;
                    case 9:
                        nfName = NfKeepAlive;
                        return true;
                }
                return false;
            }
            if (level == 6 && name == 1 && stream)
            {
                nfLevel = NfLevelTcp;
                nfName = NfNoDelay;
                return true;
            }
            return false;
        }

        /// <summary>Parses "a.b.c.d" (each 0..255, decimal, no sign or spaces) into a packed address; false otherwise
        /// (then it is a host name for DNS).</summary>
        public static bool TryParseIPv4(string s, out int ip)
        {
            ip = 0;
            if (s == null)
            {
                return false;
            }
            int part = 0;
            int digits = 0;
            int parts = 0;
            int value = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                char c = i < s.Length ? s[i] : '.';
                if (c >= '0' && c <= '9')
                {
                    part = part * 10 + (c - '0');
                    digits++;
                    if (digits > 3 || part > 255)
                    {
                        return false;
                    }
                }
                else if (c == '.')
                {
                    if (digits == 0 || parts == 4)
                    {
                        return false;
                    }
                    value = (value << 8) | part;
                    parts++;
                    part = 0;
                    digits = 0;
                }
                else
                {
                    return false;
                }
            }
            if (parts != 4)
            {
                return false;
            }
            ip = value;
            return true;
        }

        /// <summary>A dotted-quad string as nanoFramework's NetworkInterface reports it, or 0 when absent/invalid
        /// (an interface without an address reports "0.0.0.0").</summary>
        public static int ParseOrZero(string s)
        {
            int ip;
            return TryParseIPv4(s, out ip) ? ip : 0;
        }

        /// <summary>"a.b.c.d" for a packed address (for NetworkInterface.EnableStaticIPv4 and friends).</summary>
        public static string FormatIPv4(int ip)
        {
            char[] buf = new char[15];
            int n = 0;
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                int v = (ip >> shift) & 0xff;
                if (v >= 100)
                {
                    buf[n++] = (char)('0' + v / 100);
                }
                if (v >= 10)
                {
                    buf[n++] = (char)('0' + (v / 10) % 10);
                }
                buf[n++] = (char)('0' + v % 10);
                if (shift > 0)
                {
                    buf[n++] = '.';
                }
            }
            return new string(buf, 0, n);
        }

        /// <summary>The 6 bytes of a BSSID as WifiAvailableNetwork.Bsid gives it (BitConverter.ToString form,
        /// "AA-BB-CC-DD-EE-FF"; ':' separators are accepted too). Unparsable text gives 6 zero bytes.</summary>
        public static byte[] ParseBssid(string s)
        {
            byte[] r = new byte[6];
            if (s == null || s.Length != 17)
            {
                return r;
            }
            for (int i = 0; i < 6; i++)
            {
                int hi = HexDigit(s[i * 3]);
                int lo = HexDigit(s[i * 3 + 1]);
                if (hi < 0 || lo < 0 || (i < 5 && s[i * 3 + 2] != '-' && s[i * 3 + 2] != ':'))
                {
                    return new byte[6];
                }
                r[i] = (byte)((hi << 4) | lo);
            }
            return r;
        }

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }
            return -1;
        }

        /// <summary>Whole dBm from WifiAvailableNetwork.NetworkRssiInDecibelMilliwatts (a signed byte widened to
        /// double), without System.Math.</summary>
        public static int Rssi(double dbm)
        {
            if (double.IsNaN(dbm) || dbm < -128 || dbm > 127)
            {
                return 0;
            }
            return (int)dbm;
        }
    }
}
