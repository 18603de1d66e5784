using System;

namespace MicroPy.Hal
{
    /// <summary>
    /// Thrown by a HAL when the board resets (machine.reset, watchdog expiry, wake from deep sleep). It is not a
    /// Python exception: no except clause catches it; the entry point restarts the interpreter with Cause.
    /// </summary>
    public sealed class BoardResetException : Exception
    {
        public readonly int Cause;

        public BoardResetException(int cause)
        {
            Cause = cause;
        }
    }
}
