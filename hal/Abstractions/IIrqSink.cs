namespace MicroPy.Hal
{
    /// <summary>
    /// Receives hardware events (pin edge, timer tick, RTC alarm, UART RX). Called on whatever thread raised the
    /// event: an implementation only queues work for the interpreter thread (see Scheduler), it never runs Python.
    /// </summary>
    public interface IIrqSink
    {
        void OnIrq(object source, int flags);
    }
}
