namespace DeviceFlow.Core.Display
{
    /// <summary>Seconds as "m:ss" for the code's time left; never negative.</summary>
    public static class Countdown
    {
        public static string Format(int seconds)
        {
            if (seconds < 0)
            {
                seconds = 0;
            }

            int rest = seconds % 60;
            return (seconds / 60).ToString() + (rest < 10 ? ":0" : ":") + rest.ToString();
        }
    }
}
