using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>network.WLAN(interface_id): one object per interface (STA_IF 0, AP_IF 1) over INetworkInterface.</summary>
    public sealed class WlanObject : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a static
        /// initializer must not read another type's statics (here the nested table, which sorts later).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("WLAN", WlanTable.Instance, null)); }
        }

        private static readonly WlanObject[] s_objects = new WlanObject[2];

        private readonly int _kind;
        private readonly INetworkInterface _nic;

        private WlanObject(int kind, INetworkInterface nic)
        {
            _kind = kind;
            _nic = nic;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "<WLAN " + (_kind == 0 ? "STA_IF" : "AP_IF") + ">";
        }

        /// <summary>Forgets the interface objects (a new Platform.Network was installed).</summary>
        public static void Reset()
        {
            s_objects[0] = null;
            s_objects[1] = null;
        }

        private static WlanObject Get(int kind)
        {
            if (kind < 0 || kind > 1)
            {
                throw Err.Value("invalid WLAN interface identifier");
            }
            WlanObject o = s_objects[kind];
            INetwork net = Platform.Network;
            INetworkInterface nic = net != null ? net.Interface(kind) : null;
            if (nic == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no WLAN interface on this port");
            }
            if (o == null || o._nic != nic)
            {
                o = new WlanObject(kind, nic);
                s_objects[kind] = o;
            }
            return o;
        }

        private static void Check(int r)
        {
            if (r < 0)
            {
                throw Err.OS(-r);
            }
        }

        private object Ifconfig(object[] args, int argc)
        {
            int[] cfg = new int[4];
            if (argc == 1)
            {
                _nic.GetIfconfig(cfg);
                return new PyTuple(new object[]
                {
                    NetAddr.IpToString(cfg[0]), NetAddr.IpToString(cfg[1]), NetAddr.IpToString(cfg[2]), NetAddr.IpToString(cfg[3]),
                });
            }
            object[] items = Ops.ToArray(args[1]);
            if (items.Length != 4)
            {
                throw Err.Value("ifconfig() needs a 4-tuple (ip, netmask, gateway, dns)");
            }
            for (int i = 0; i < 4; i++)
            {
                cfg[i] = NetAddr.IpArg(items[i]);
            }
            Check(_nic.SetIfconfig(cfg));
            return PyNone.None;
        }

        private object Scan()
        {
            int n = _nic.Scan();
            Check(n);
            PyList r = new PyList();
            for (int i = 0; i < n; i++)
            {
                string ssid;
                byte[] bssid;
                int channel;
                int rssi;
                int auth;
                bool hidden;
                _nic.ScanResult(i, out ssid, out bssid, out channel, out rssi, out auth, out hidden);
                r.Append(new PyTuple(new object[]
                {
                    new PyBytes(Utf8.Encode(ssid)), new PyBytes(bssid), PyInt.Create(channel), PyInt.Create(rssi),
                    PyInt.Create(auth), hidden ? PyBool.True : PyBool.False,
                }));
            }
            return r;
        }

        private object Config(object[] args, int argc, int kwc)
        {
            if (argc == 2 && kwc == 0)
            {
                string key = args[1] as string;
                if (key == "mac")
                {
                    return new PyBytes(_nic.Mac);
                }
                if (key == "essid")
                {
                    return _nic.Ssid;
                }
                throw Err.Value("unknown config param");
            }
            if (argc != 1)
            {
                throw Err.Type("config() takes one parameter name or keyword arguments");
            }
            for (int i = 0; i < kwc; i++)
            {
                string k = (string)args[argc + 2 * i];
                object v = args[argc + 2 * i + 1];
                if (k == "essid")
                {
                    string pw = "";
                    object p = Ops.KwArg(args, argc, kwc, "password");
                    if (p != null)
                    {
                        pw = Ops.Str(p);
                    }
                    if (_kind == 1)
                    {
                        Check(_nic.Connect(Ops.Str(v), pw));
                    }
                }
                else if (k != "password" && k != "channel" && k != "authmode" && k != "hidden")
                {
                    throw Err.Value("unknown config param");
                }
            }
            return PyNone.None;
        }

        private sealed class WlanTable : NativeTable
        {
            public static readonly WlanTable Instance = new WlanTable();

            private WlanTable() : base(new string[]
            {
                "active", "connect", "disconnect", "isconnected", "ifconfig", "scan", "status", "config",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Active = 0;
                public const int Connect = 1;
                public const int Disconnect = 2;
                public const int IsConnected = 3;
                public const int IfConfig = 4;
                public const int Scan = 5;
                public const int Status = 6;
                public const int Config = 7;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("WLAN", argc, kwc, 0, 1);
                return Get(argc > 0 ? (int)Ops.ToLong(args[0]) : 0);
            }

            private static readonly string[] s_connectKw = { "ssid", "password", "bssid" };

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                WlanObject self = Ops.NativeSelf(args[0]) as WlanObject;
                if (self == null)
                {
                    throw Err.Type("descriptor requires a 'WLAN' object");
                }
                INetworkInterface nic = self._nic;
                string name = Names[id];
                switch (id)
                {
                    case Id.Active:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        if (argc > 1)
                        {
                            Check(nic.SetActive(Ops.IsTrue(args[1])));
                            return PyNone.None;
                        }
                        return nic.Active ? PyBool.True : PyBool.False;
                    case Id.Connect:
                        {
                            for (int i = 0; i < kwc; i++)
                            {
                                string k = (string)args[argc + 2 * i];
                                if (k != "ssid" && k != "password" && k != "bssid")
                                {
                                    throw Err.Type("connect() got an unexpected keyword argument '" + k + "'");
                                }
                            }
                            if (argc > 3)
                            {
                                throw Err.Type("connect() takes at most 2 positional arguments");
                            }
                            object ssid = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "ssid");
                            object pw = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "password");
                            if (ssid == null)
                            {
                                throw Err.Type("connect() missing required argument 'ssid'");
                            }
                            if (!(ssid is string) || (pw != null && !(pw is string)))
                            {
                                throw Err.Type("ssid and password must be str");
                            }
                            if (!nic.Active)
                            {
                                throw Err.OS(OsErrno.EPERM, "STA must be active");
                            }
                            Check(nic.Connect((string)ssid, pw == null ? "" : (string)pw));
                            return PyNone.None;
                        }
                    case Id.Disconnect:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        nic.Disconnect();
                        return PyNone.None;
                    case Id.IsConnected:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return nic.IsConnected ? PyBool.True : PyBool.False;
                    case Id.IfConfig:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        return self.Ifconfig(args, argc);
                    case Id.Scan:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        if (!nic.Active)
                        {
                            throw Err.OS(OsErrno.EPERM, "STA must be active");
                        }
                        return self.Scan();
                    case Id.Status:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return PyInt.Create(nic.Status);
                    default:
                        return self.Config(args, argc, kwc);
                }
            }
        }
    }
}
