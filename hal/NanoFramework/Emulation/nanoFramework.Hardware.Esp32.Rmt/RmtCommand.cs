namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>One RMT item: two level/duration halves, durations in ticks (RmtCommand.cs).</summary>
    public class RmtCommand
    {
        public RmtCommand(ushort duration1, bool level1, ushort duration2, bool level2)
        {
            Duration0 = duration1;
            Level0 = level1;
            Duration1 = duration2;
            Level1 = level2;
        }

        public ushort Duration0 { get; set; }

        public ushort Duration1 { get; set; }

        public bool Level0 { get; set; }

        public bool Level1 { get; set; }
    }
}
