namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// The station's connection state as network.WLAN reports it (status(), isconnected()). nanoFramework's
    /// WifiAdapter.Connect blocks its caller until the join succeeds or fails (up to 20 s in the ESP32 native code),
    /// so the adapter runs it on a worker thread: Begin() when it starts, Finish() with its WifiConnectionStatus.
    /// A Disconnect() or a newer Begin() makes an older worker's Finish() count for nothing (generation numbers).
    /// Pure logic: the unit tests drive it on the desktop. Thread use: the worker only calls Finish, and nanoCLR
    /// switches threads between IL instructions, so int fields need no locking.
    /// </summary>
    public sealed class NanoWlanState
    {
        public const int StatIdle = 0;
        public const int StatConnecting = 1;
        public const int StatWrongPassword = 2;
        public const int StatNoApFound = 3;
        public const int StatConnectFail = 4;
        public const int StatGotIp = 5;

        // System.Device.Wifi.WifiConnectionStatus values (declaration order in nanoframework/System.Device.Wifi).
        public const int WifiAccessRevoked = 0;
        public const int WifiInvalidCredential = 1;
        public const int WifiNetworkNotAvailable = 2;
        public const int WifiSuccess = 3;
        public const int WifiTimeout = 4;
        public const int WifiUnspecifiedFailure = 5;
        public const int WifiUnsupportedAuthenticationProtocol = 6;

        // Boot: nothing asked yet; the firmware may have joined a stored network by itself (trust the address).
        private const int PhaseBoot = 0;
        private const int PhaseConnecting = 1;
        private const int PhaseJoined = 2;
        private const int PhaseFailed = 3;
        private const int PhaseDisconnected = 4;

        private int _phase;
        private int _failStat;
        private int _generation;

        /// <summary>A connect starts; returns the generation to hand to Finish.</summary>
        public int Begin()
        {
            _generation++;
            _phase = PhaseConnecting;
            return _generation;
        }

        /// <summary>The worker's outcome (a WifiConnectionStatus value); ignored when superseded.</summary>
        public void Finish(int generation, int wifiStatus)
        {
            if (generation != _generation || _phase != PhaseConnecting)
            {
                return;
            }
            if (wifiStatus == WifiSuccess)
            {
                _phase = PhaseJoined;
                return;
            }
            // The status first: the interpreter thread may read between the two stores (a thread switch between IL
            // instructions on nanoCLR), and must never see PhaseFailed with a stale status.
            _failStat = FailureStatus(wifiStatus);
            _phase = PhaseFailed;
        }

        public void Disconnect()
        {
            _generation++;
            _phase = PhaseDisconnected;
        }

        public bool Connecting
        {
            get { return _phase == PhaseConnecting; }
        }

        /// <summary>STAT_* for the current phase; hasIp: the interface has a non-zero IPv4 address now.</summary>
        public int Status(bool hasIp)
        {
            switch (_phase)
            {
                case PhaseConnecting:
                    return StatConnecting;
                case PhaseJoined:
                    // Associated: connecting until DHCP gives an address (and again while the firmware re-joins).
                    return hasIp ? StatGotIp : StatConnecting;
                case PhaseFailed:
                    return _failStat;
                case PhaseDisconnected:
                    return StatIdle;
                default:
                    return hasIp ? StatGotIp : StatIdle;
            }
        }

        public bool IsConnected(bool hasIp)
        {
            return hasIp && (_phase == PhaseJoined || _phase == PhaseBoot);
        }

        /// <summary>STAT_* for a failed WifiConnectionStatus (the ESP32 firmware reports authentication and
        /// handshake failures as InvalidCredential, an absent SSID as NetworkNotAvailable).</summary>
        public static int FailureStatus(int wifiStatus)
        {
            switch (wifiStatus)
            {
                case WifiInvalidCredential:
                    return StatWrongPassword;
                case WifiNetworkNotAvailable:
                    return StatNoApFound;
                case WifiSuccess:
                    return StatGotIp;
                default:
                    return StatConnectFail;
            }
        }
    }
}
