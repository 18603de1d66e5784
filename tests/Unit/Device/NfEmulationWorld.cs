using System.Collections.Generic;
using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.Tests.Device
{
    /// <summary>A MemoryWorld that records what the emulated firmware puts on the wires.</summary>
    public sealed class NfEmulationWorld : MemoryWorld
    {
        public readonly List<byte> SpiWire = new List<byte>();
        public readonly Dictionary<int, int> PwmFrequency = new Dictionary<int, int>();
        public int PowerDowns;
        public int LastWakeMs = -2;
        public int LastReason = -1;
        public int I2cAnswer = 1;

        public NfEmulationWorld(int mcu, string target)
            : base(mcu, target)
        {
        }

        public override void SpiTransfer(int bus, byte[] tx, byte[] rx, int count)
        {
            for (int i = 0; i < count; i++)
            {
                SpiWire.Add(tx[i]);
                rx[i] = tx[i];
            }
        }

        public override void PwmOutput(int pin, int frequency, int dutyPer10k, bool running)
        {
            PwmFrequency[pin] = frequency;
        }

        public override int I2cTransfer(int bus, int address, byte[] write, int writeCount, byte[] read, int readCount)
        {
            return I2cAnswer;
        }

        public override void PowerDown(int wakeAfterMs, int reason)
        {
            PowerDowns++;
            LastWakeMs = wakeAfterMs;
            LastReason = reason;
            BootCause = reason;
            throw new MicroPy.Hal.BoardResetException(0);
        }
    }
}
