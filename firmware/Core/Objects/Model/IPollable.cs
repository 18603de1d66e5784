namespace MicroPy.Objects
{
    /// <summary>A stream select.poll can watch: reports which of the requested events (POLLIN 1, POLLOUT 4) are ready.</summary>
    public interface IPollable
    {
        int Poll(int events);
    }
}
