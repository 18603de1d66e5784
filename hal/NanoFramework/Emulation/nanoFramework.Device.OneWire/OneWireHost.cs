using System;
using System.Collections;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Device.OneWire
{
    /// <summary>
    /// The 1-Wire host (nanoframework/nanoFramework.Device.OneWire, OneWireHost.cs: one instance at a time,
    /// InvalidOperationException for a second). The ESP32 firmware times the bus with UART2 (COM3), whose TX (open
    /// drain) and RX share the line; both must have been routed with Configuration.SetPinFunction
    /// (nf-interpreter targets/ESP32/_nanoCLR/nanoFramework.Device.OneWire/
    /// nf_dev_onewire_nanoFramework_Device_OneWire_OneWireHost.cpp: uart_set_pin with the mapped COM3 pins).
    /// TouchReset sends 0xF0 at 9600 baud and sees a presence when the byte read back differs; TouchBit sends 0xFF
    /// (a 1 or read slot: only the start bit is low) or 0x00 (a 0 slot) at 115200 baud and reads a 1 when 0xFF comes
    /// back; TouchByte sends eight such frames back to back; WriteByte answers whether the byte came back unchanged;
    /// FindFirstDevice/FindNextDevice run the firmware's ROM search (Maxim application note 187) over them. The
    /// emulation drives those UART frames on the line (8N1, least significant bit first; the receiver samples the
    /// middle of each bit). On STM32 the firmware's UART and pins are the target's; the emulated STM32 has no bus
    /// (a reset finds no device, read slots read 1).
    /// </summary>
    public class OneWireHost : IDisposable
    {
        private static bool s_opened;
        private readonly object _syncLock = new object();
        private byte[] _serialNumber = new byte[8];
        private readonly int _pin = -1;
        private bool _disposed;

        // The search state of the firmware (oneWireFindNext).
        private int _lastDiscrepancy;
        private bool _lastDevice;

        private const int SearchRom = 0xF0;
        private const int CondSearchRom = 0xEC;

        public OneWireHost()
        {
            if (s_opened)
            {
                throw new InvalidOperationException();
            }
            Chip c = Chip.Current;
            if (c.Esp32)
            {
                // COM3_TX = 0x30000 + 3 * 0x100, COM3_RX the line after it. The firmware needs both routed
                // (CLR_E_PIN_UNAVAILABLE); the emulated chip keeps one function per pin, so one routed line on a shared
                // pin stands for both.
                int tx = c.PinOfFunction(0x30300);
                int rx = c.PinOfFunction(0x30301);
                if (tx < 0 && rx < 0)
                {
                    throw new InvalidOperationException();
                }
                _pin = tx >= 0 ? tx : rx;
                // The UART's TX idles high (released, open drain) from the moment the driver is installed.
                Chip.World.SetPinOutput(_pin, 1);
                Chip.World.SetPinMode(_pin, 5);
            }
            s_opened = true;
        }

        public byte[] SerialNumber
        {
            get { return _serialNumber; }
            set { _serialNumber = value; }
        }

        /// <summary>Sends UART frames on the line and returns the bytes read back (the line sampled mid-bit).</summary>
        private int[] Frames(int[] bytes, int count, int baud)
        {
            Check();
            int[] back = new int[count];
            if (_pin < 0)
            {
                for (int i = 0; i < count; i++)
                {
                    back[i] = bytes[i];
                }
                return back;
            }
            int bitNs = 1000000000 / baud;
            int[] levels = new int[count * 10];
            int[] durations = new int[count * 10];
            int[] sampleNs = new int[count * 8];
            int[] samples = new int[count * 8];
            for (int i = 0; i < count; i++)
            {
                for (int b = 0; b < 10; b++)
                {
                    // start bit 0, data bits least significant first, stop bit 1
                    levels[i * 10 + b] = b == 0 ? 0 : b == 9 ? 1 : (bytes[i] >> (b - 1)) & 1;
                    durations[i * 10 + b] = bitNs;
                }
                for (int b = 0; b < 8; b++)
                {
                    sampleNs[i * 8 + b] = (i * 10 + b + 1) * bitNs + bitNs / 2;
                }
            }
            Chip.World.DriveTimed(_pin, true, levels, durations, count * 10, sampleNs, samples, count * 8);
            for (int i = 0; i < count; i++)
            {
                int v = 0;
                for (int b = 0; b < 8; b++)
                {
                    v |= samples[i * 8 + b] << b;
                }
                back[i] = v;
            }
            return back;
        }

        public bool TouchReset()
        {
            int[] back = Frames(new int[] { 0xF0 }, 1, 9600);
            return _pin >= 0 && back[0] != 0xF0;
        }

        public bool TouchBit(bool value)
        {
            return Frames(new int[] { value ? 0xFF : 0x00 }, 1, 115200)[0] == 0xFF;
        }

        public byte TouchByte(byte value)
        {
            int[] frames = new int[8];
            for (int i = 0; i < 8; i++)
            {
                frames[i] = (value >> i & 1) != 0 ? 0xFF : 0x00;
            }
            int[] back = Frames(frames, 8, 115200);
            int result = 0;
            for (int i = 0; i < 8; i++)
            {
                if (back[i] == 0xFF)
                {
                    result |= 1 << i;
                }
            }
            return (byte)result;
        }

        /// <summary>1 when the byte came back unchanged (the native WriteByte returns TRUE/FALSE as a byte).</summary>
        public byte WriteByte(byte value)
        {
            return (byte)(TouchByte(value) == value ? 1 : 0);
        }

        public byte ReadByte()
        {
            return TouchByte(0xFF);
        }

        public bool FindFirstDevice(bool performResetBeforeSearch, bool searchWithAlarmCommand)
        {
            _lastDiscrepancy = 0;
            _lastDevice = false;
            for (int i = 0; i < 8; i++)
            {
                _serialNumber[i] = 0;
            }
            return FindNextDevice(performResetBeforeSearch, searchWithAlarmCommand);
        }

        /// <summary>The firmware's oneWireFindNext, step by step.</summary>
        public bool FindNextDevice(bool performResetBeforeSearch, bool searchWithAlarmCommand)
        {
            int romBitIndex = 1;
            int romByteIndex = 0;
            int bitMask = 1;
            int discrepMarker = 0;
            int lastCrc8 = 0;
            if (_lastDevice)
            {
                _lastDiscrepancy = 0;
                _lastDevice = false;
                return false;
            }
            if (performResetBeforeSearch && !TouchReset())
            {
                _lastDiscrepancy = 0;
                return false;
            }
            TouchByte((byte)(searchWithAlarmCommand ? CondSearchRom : SearchRom));
            do
            {
                int attempt = 0;
                if (TouchBit(true))
                {
                    attempt = 2;
                }
                if (TouchBit(true))
                {
                    attempt |= 1;
                }
                if (attempt == 3)
                {
                    break;
                }
                bool outBit;
                if (attempt > 0)
                {
                    outBit = (attempt >> 1) != 0;
                }
                else
                {
                    outBit = romBitIndex < _lastDiscrepancy ? (_serialNumber[romByteIndex] & bitMask) > 0 : romBitIndex == _lastDiscrepancy;
                    if (!outBit)
                    {
                        discrepMarker = romBitIndex;
                    }
                }
                if (outBit)
                {
                    _serialNumber[romByteIndex] |= (byte)bitMask;
                }
                else
                {
                    _serialNumber[romByteIndex] &= (byte)~bitMask;
                }
                TouchBit(outBit);
                romBitIndex++;
                bitMask = (bitMask << 1) & 0xFF;
                if (bitMask == 0)
                {
                    lastCrc8 = Crc8(lastCrc8, _serialNumber[romByteIndex]);
                    romByteIndex++;
                    bitMask++;
                }
            }
            while (romByteIndex < 8);
            if (romBitIndex < 65 || lastCrc8 != 0)
            {
                _lastDiscrepancy = 0;
                return false;
            }
            _lastDiscrepancy = discrepMarker;
            _lastDevice = _lastDiscrepancy == 0;
            return true;
        }

        private static int Crc8(int crc, int x)
        {
            for (int i = 8; i > 0; i--)
            {
                int mix = (crc ^ x) & 1;
                crc >>= 1;
                if (mix != 0)
                {
                    crc ^= 0x8C;
                }
                x >>= 1;
            }
            return crc;
        }

        public ArrayList FindAllDevices()
        {
            lock (_syncLock)
            {
                ArrayList serialNumbers = new ArrayList();
                bool result = FindFirstDevice(true, false);
                while (result)
                {
                    byte[] tmp = new byte[8];
                    _serialNumber.CopyTo(tmp, 0);
                    serialNumbers.Add(tmp);
                    result = FindNextDevice(true, false);
                }
                return serialNumbers;
            }
        }

        private void Check()
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                s_opened = false;
            }
        }
    }
}
