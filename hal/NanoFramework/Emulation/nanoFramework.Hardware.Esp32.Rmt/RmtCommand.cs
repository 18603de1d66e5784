using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>One RMT item (RmtCommand.cs): two level/duration halves, durations in ticks, at most 32767 each.</summary>
    public class RmtCommand
    {
        private const ushort MaxDuration = 32767;
        private ushort _duration0;
        private ushort _duration1;

        public RmtCommand(ushort duration1, bool level1, ushort duration2, bool level2)
        {
            Duration0 = duration1;
            Duration1 = duration2;
            Level0 = level1;
            Level1 = level2;
        }

        public ushort Duration0
        {
            get { return _duration0; }
            set
            {
                CheckDuration(value);
                _duration0 = value;
            }
        }

        public ushort Duration1
        {
            get { return _duration1; }
            set
            {
                CheckDuration(value);
                _duration1 = value;
            }
        }

        public bool Level0 { get; set; }

        public bool Level1 { get; set; }

        private static void CheckDuration(ushort duration)
        {
            if (duration > MaxDuration)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
