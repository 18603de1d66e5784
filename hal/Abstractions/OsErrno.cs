namespace MicroPy.Hal
{
    /// <summary>The one errno table: the Linux values OSError carries (as MicroPython's ports use them), for the HAL,
    /// the modules and the errno module alike, and the map from Winsock/SocketError codes (which both .NET's
    /// SocketError and nanoFramework's SocketException.ErrorCode use).</summary>
    public static class OsErrno
    {
        public const int EPERM = 1;
        public const int ENOENT = 2;
        public const int EIO = 5;
        public const int EBADF = 9;
        public const int EAGAIN = 11;
        public const int ENOMEM = 12;
        public const int EACCES = 13;
        public const int EBUSY = 16;
        public const int EEXIST = 17;
        public const int EXDEV = 18;
        public const int ENODEV = 19;
        public const int ENOTDIR = 20;
        public const int EISDIR = 21;
        public const int EINVAL = 22;
        public const int ENOSPC = 28;
        public const int EROFS = 30;
        public const int EPIPE = 32;
        public const int ERANGE = 34;
        public const int ENAMETOOLONG = 36;
        public const int ENOTEMPTY = 39;
        public const int ELOOP = 40;
        public const int EMSGSIZE = 90;
        public const int ENOPROTOOPT = 92;
        public const int EPROTONOSUPPORT = 93;
        public const int EOPNOTSUPP = 95;
        public const int EAFNOSUPPORT = 97;
        public const int EADDRINUSE = 98;
        public const int EADDRNOTAVAIL = 99;
        public const int ENETDOWN = 100;
        public const int ENETUNREACH = 101;
        public const int ECONNABORTED = 103;
        public const int ECONNRESET = 104;
        public const int ENOBUFS = 105;
        public const int EISCONN = 106;
        public const int ENOTCONN = 107;
        public const int ETIMEDOUT = 110;
        public const int ECONNREFUSED = 111;
        public const int EHOSTUNREACH = 113;
        public const int EALREADY = 114;
        public const int EINPROGRESS = 115;

        /// <summary>errno for a Winsock error code (WSAE*, 100xx) or SocketError value; EIO when unknown.</summary>
        public static int FromWinsock(int code)
        {
            switch (code)
            {
                case 0: return 0;
                case 995: return ECONNABORTED;
                case 997: return EINPROGRESS;
                case 10004: return EINVAL;
                case 10009: return EBADF;
                case 10013: return EACCES;
                case 10014: return EINVAL;
                case 10022: return EINVAL;
                case 10024: return ENOMEM;
                case 10035: return EAGAIN;
                case 10036: return EINPROGRESS;
                case 10037: return EALREADY;
                case 10038: return EBADF;
                case 10039: return EINVAL;
                case 10040: return EMSGSIZE;
                case 10042: return ENOPROTOOPT;
                case 10043: return EPROTONOSUPPORT;
                case 10044: return EPROTONOSUPPORT;
                case 10045: return EOPNOTSUPP;
                case 10046: return EAFNOSUPPORT;
                case 10047: return EAFNOSUPPORT;
                case 10048: return EADDRINUSE;
                case 10049: return EADDRNOTAVAIL;
                case 10050: return ENETDOWN;
                case 10051: return ENETUNREACH;
                case 10052: return ECONNRESET;
                case 10053: return ECONNABORTED;
                case 10054: return ECONNRESET;
                case 10055: return ENOBUFS;
                case 10056: return EISCONN;
                case 10057: return ENOTCONN;
                case 10058: return EPIPE;
                case 10060: return ETIMEDOUT;
                case 10061: return ECONNREFUSED;
                case 10064: return EHOSTUNREACH;
                case 10065: return EHOSTUNREACH;
                case 11001: return ENOENT;
                case 11002: return EAGAIN;
                case 11004: return ENOENT;
                default: return EIO;
            }
        }
    }
}
