namespace System.Device.Gpio
{
    /// <summary>Values as in nanoframework/System.Device.Gpio PinMode.cs (the natives compare them: &gt;= Output is an output).</summary>
    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }
}
