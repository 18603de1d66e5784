namespace MicroPy.Hal
{
    /// <summary>Reset, power and identity of the chip. Reset and DeepSleep do not return.</summary>
    public interface ISystemControl
    {
        void Reset();

        /// <summary>One of ResetCause.*.</summary>
        int ResetCause { get; }

        /// <summary>One of ResetCause.*Wake (wake reason after sleep).</summary>
        int WakeReason { get; }

        long Frequency { get; }

        bool SetFrequency(long hz);

        byte[] UniqueId();

        void Idle();

        void LightSleep(int ms);

        void DeepSleep(int ms);
    }
}
