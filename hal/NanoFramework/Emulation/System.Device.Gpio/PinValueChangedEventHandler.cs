namespace System.Device.Gpio
{
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);
}
