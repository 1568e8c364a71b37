namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Reed–Solomon error correction over GF(256) with the QR polynomial x^8+x^4+x^3+x^2+1 (ISO/IEC 18004 §7.5.2):
    /// the EC codewords are the remainder of data·x^n divided by the generator Π(x − α^i), i = 0..n−1.
    /// </summary>
    internal static class QrReedSolomon
    {
        private static readonly byte[] Exp = new byte[255];
        private static readonly byte[] Log = new byte[256];

        static QrReedSolomon()
        {
            int value = 1;
            for (int i = 0; i < 255; i++)
            {
                Exp[i] = (byte)value;
                Log[value] = (byte)i;
                value <<= 1;
                if (value >= 256)
                {
                    value ^= 0x11D;
                }
            }
        }

        /// <summary>Generator coefficients, lowest degree first, without the leading 1 of x^degree.</summary>
        public static byte[] Generator(int degree)
        {
            byte[] coefficients = new byte[degree + 1];
            coefficients[0] = 1;
            for (int i = 0; i < degree; i++)
            {
                byte root = Exp[i];
                for (int k = i + 1; k > 0; k--)
                {
                    coefficients[k] = (byte)(coefficients[k - 1] ^ Multiply(coefficients[k], root));
                }

                coefficients[0] = Multiply(coefficients[0], root);
            }

            byte[] withoutLeading = new byte[degree];
            for (int k = 0; k < degree; k++)
            {
                withoutLeading[k] = coefficients[k];
            }

            return withoutLeading;
        }

        /// <summary>Writes the generator.Length EC codewords of data[offset..offset+length) to ec[ecOffset..].</summary>
        public static void Remainder(byte[] data, int offset, int length, byte[] generator, byte[] ec, int ecOffset)
        {
            int degree = generator.Length;
            for (int j = 0; j < degree; j++)
            {
                ec[ecOffset + j] = 0;
            }

            for (int i = offset; i < offset + length; i++)
            {
                byte factor = (byte)(data[i] ^ ec[ecOffset]);
                for (int j = 0; j < degree - 1; j++)
                {
                    ec[ecOffset + j] = (byte)(ec[ecOffset + j + 1] ^ Multiply(generator[degree - 1 - j], factor));
                }

                ec[ecOffset + degree - 1] = Multiply(generator[0], factor);
            }
        }

        private static byte Multiply(byte a, byte b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            return Exp[(Log[a] + Log[b]) % 255];
        }
    }
}
