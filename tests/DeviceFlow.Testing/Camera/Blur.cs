using System;

namespace DeviceFlow.Testing.Camera;

/// <summary>A separable Gaussian blur over a row-major image, edges clamped.</summary>
internal static class Blur
{
    public static void Gaussian(double[] image, int width, int height, double sigma)
    {
        if (sigma < 0.05)
        {
            return;
        }

        int radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = Math.Exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }

        for (int i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= total;
        }

        var line = new double[Math.Max(width, height)];
        for (int y = 0; y < height; y++)
        {
            Pass(image, y * width, 1, width, kernel, radius, line);
        }

        for (int x = 0; x < width; x++)
        {
            Pass(image, x, width, height, kernel, radius, line);
        }
    }

    private static void Pass(double[] image, int start, int stride, int count, double[] kernel, int radius, double[] line)
    {
        for (int i = 0; i < count; i++)
        {
            double sum = 0;
            for (int k = -radius; k <= radius; k++)
            {
                int j = Math.Clamp(i + k, 0, count - 1);
                sum += kernel[k + radius] * image[start + j * stride];
            }

            line[i] = sum;
        }

        for (int i = 0; i < count; i++)
        {
            image[start + i * stride] = line[i];
        }
    }
}
