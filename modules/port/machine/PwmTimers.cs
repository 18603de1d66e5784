using MicroPy.Objects;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// The board's PWM timers as nanoFramework's ESP32 firmware runs the LEDC: 8 timers of one frequency each, each
    /// serving two channels (PWM functions 2t+1 and 2t+2). machine.PWM and Timer PWM channels share them: a channel
    /// joins a timer at its frequency that has a free channel, else takes a free timer, else ValueError.
    /// </summary>
    internal static class PwmTimers
    {
        public const int Count = 8;
        public const int ChannelsPerTimer = 2;

        private static int[] s_freq;
        private static int[] s_users;

        /// <summary>The timer for freq for a channel now on timer old (-1: none); raises ValueError when none is free.</summary>
        public static int Take(int freq, int old)
        {
            if (s_freq == null)
            {
                s_freq = new int[Count];
                s_users = new int[Count];
            }
            if (old >= 0 && s_freq[old] == freq)
            {
                return old;
            }
            int free = -1;
            for (int i = 0; i < Count; i++)
            {
                if (s_users[i] > 0 && s_users[i] < ChannelsPerTimer && s_freq[i] == freq)
                {
                    Release(old);
                    s_users[i]++;
                    return i;
                }
                if (s_users[i] == 0 && free < 0)
                {
                    free = i;
                }
            }
            if (old >= 0 && s_users[old] == 1)
            {
                s_freq[old] = freq;
                return old;
            }
            if (free < 0)
            {
                throw Err.Value("out of PWM timers");
            }
            Release(old);
            s_freq[free] = freq;
            s_users[free] = 1;
            return free;
        }

        public static void Release(int timer)
        {
            if (timer >= 0 && s_users != null && s_users[timer] > 0)
            {
                s_users[timer]--;
            }
        }

        public static void Reset()
        {
            s_freq = null;
            s_users = null;
        }
    }
}
