using System.Collections;
using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Pwm
{
    /// <summary>
    /// PwmChannel with the firmware's timer sharing. CreateFromPin asks GetChannel(pin, timer) for timers 0-7 and
    /// takes the first that answers, else returns null (managed PwmChannel.cs, nanoframework/System.Device.Pwm).
    /// ESP32: timer t serves the pins routed to PWM(2t+1) and PWM(2t+2) with Configuration.SetPinFunction, so
    /// channels n and n+1 share one LEDC timer and one frequency (nf-interpreter
    /// targets/ESP32/_nanoCLR/System.Device.Pwm/sys_dev_pwm_native_System_Device_Pwm_PwmChannel.cpp: GetChannel scans
    /// PwmMapping[timerId * 2 .. timerId * 2 + 1]; ledc_timer_config on timerId). STM32F7: each pin belongs to one
    /// timer channel (targets/ChibiOS/_nanoCLR/System.Device.Pwm/sys_dev_pwm_native_System_Device_Pwm_PwmChannel.cpp,
    /// GetChannelPwm for STM32F769xx), and the F769I-DISCO enables TIM1, 3, 4, 5, 8, 9 but not TIM2
    /// (targets/ChibiOS/ST_STM32F769I_DISCOVERY/nanoCLR/mcuconf.h): a pin that resolves to TIM2 fails to
    /// initialise (ArgumentException). The channels of one timer share its frequency on both MCUs.
    /// </summary>
    public sealed class PwmChannel : IDisposable
    {
        private static ArrayList s_channels { get { return Chip.Current.PwmChannels; } }
        private readonly int _timer;
        private readonly int _channel;
        private readonly int _pin;
        private int _frequency;
        private double _dutyCycle;
        private bool _running;
        private bool _disposed;

        public PwmChannel(int chip, int channel, int pin, int frequency = 400, double dutyCyclePercentage = 0.5)
        {
            // ESP32: ledc_channel_config refuses a pin that cannot output (GPIO34-39), IDF_ERROR turns that into
            // CLR_E_INVALID_PARAMETER (targets/ESP32/_nanoCLR/System.Device.Pwm/..._PwmChannel.cpp, NativeInit).
            Chip c = Chip.Current;
            if ((!c.Esp32 && chip == 2) || !c.IsOutputCapable(pin))
            {
                throw new ArgumentException();
            }
            _timer = chip;
            _channel = channel;
            _pin = pin;
            _dutyCycle = dutyCyclePercentage;
            s_channels.Add(this);
            Frequency = frequency;
        }

        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5)
        {
            for (int chip = 0; chip < 8; chip++)
            {
                int channel = GetChannel(pin, chip);
                if (channel != -1)
                {
                    return new PwmChannel(chip, channel, pin, frequency, dutyCyclePercentage);
                }
            }
            return null;
        }

        private static int GetChannel(int pin, int timerId)
        {
            Chip c = Chip.Current;
            if (c.Esp32)
            {
                for (int pwm = timerId * 2; pwm < timerId * 2 + 2; pwm++)
                {
                    // DeviceFunction PWM1 = 0x40000 + 0x100: PwmMapping[pwm] is PWM(pwm + 1).
                    if (c.PinOfFunction(0x40000 + (pwm + 1) * 0x100) == pin)
                    {
                        return pin;
                    }
                }
                return -1;
            }
            return Stm32F769Channel(pin, timerId);
        }

        // (timer, pin, channel) triples of GetChannelPwm for STM32F769xx; pins are port * 16 + n.
        private static readonly int[] s_f769 = new int[]
        {
            1, 8, 0, 1, 73, 0, 1, 9, 1, 1, 75, 1, 1, 10, 2, 1, 77, 2, 1, 11, 3, 1, 78, 3,
            2, 0, 0, 2, 5, 0, 2, 15, 0, 2, 1, 1, 2, 19, 1, 2, 2, 2, 2, 26, 2, 2, 3, 3, 2, 27, 3,
            3, 6, 0, 3, 20, 0, 3, 38, 0, 3, 7, 1, 3, 21, 1, 3, 39, 1, 3, 16, 2, 3, 40, 2, 3, 17, 3, 3, 41, 3,
            4, 22, 0, 4, 60, 0, 4, 23, 1, 4, 61, 1, 4, 24, 2, 4, 62, 2, 4, 25, 3, 4, 63, 3,
            5, 0, 0, 5, 122, 0, 5, 1, 1, 5, 123, 1, 5, 2, 2, 5, 124, 2, 5, 3, 3, 5, 128, 3,
        };

        private static int Stm32F769Channel(int pin, int timerId)
        {
            for (int i = 0; i < s_f769.Length; i += 3)
            {
                if (s_f769[i] == timerId && s_f769[i + 1] == pin)
                {
                    return s_f769[i + 2];
                }
            }
            return -1;
        }

        public int Frequency
        {
            get { return _frequency; }
            set
            {
                _frequency = value;
                // One timer, one frequency: every channel on it follows.
                for (int i = 0; i < s_channels.Count; i++)
                {
                    PwmChannel p = (PwmChannel)s_channels[i];
                    if (p._timer == _timer)
                    {
                        p.Report(value);
                    }
                }
            }
        }

        private int _timerFrequency;

        private void Report(int timerFrequency)
        {
            _timerFrequency = timerFrequency;
            Chip.World.PwmOutput(_pin, timerFrequency, (int)(_dutyCycle * 10000 + 0.5), _running);
        }

        public double DutyCycle
        {
            get { return _dutyCycle; }
            set
            {
                _dutyCycle = value < 0 ? 0 : value > 1 ? 1 : value;
                Report(_timerFrequency);
            }
        }

        public void Start()
        {
            _running = true;
            Report(_timerFrequency);
        }

        public void Stop()
        {
            _running = false;
            Report(_timerFrequency);
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Stop();
                s_channels.Remove(this);
            }
        }
    }
}
