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

        /// <summary>The last timed drive (DriveTimed): its levels and durations in ns.</summary>
        public readonly List<int> TimedLevels = new List<int>();
        public readonly List<int> TimedDurations = new List<int>();

        /// <summary>What CaptureLevels answers next: levels and durations in ns (null: nothing arrives).</summary>
        public int[] CaptureLevelsAnswer;
        public int[] CaptureDurationsAnswer;

        public override void DriveTimed(int pin, bool openDrain, int[] levels, int[] durationsNs, int count, int[] sampleNs, int[] samples, int sampleCount)
        {
            TimedLevels.Clear();
            TimedDurations.Clear();
            for (int i = 0; i < count; i++)
            {
                TimedLevels.Add(levels[i]);
                TimedDurations.Add(durationsNs[i]);
            }
            base.DriveTimed(pin, openDrain, levels, durationsNs, count, sampleNs, samples, sampleCount);
        }

        public override int CaptureLevels(int pin, int[] levels, int[] durationsNs, int idleNs, int timeoutMs)
        {
            if (CaptureLevelsAnswer == null)
            {
                return 0;
            }
            System.Array.Copy(CaptureLevelsAnswer, levels, CaptureLevelsAnswer.Length);
            System.Array.Copy(CaptureDurationsAnswer, durationsNs, CaptureDurationsAnswer.Length);
            return CaptureLevelsAnswer.Length;
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
