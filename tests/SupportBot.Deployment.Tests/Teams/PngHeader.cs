using System.Buffers.Binary;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>The size and pixel format in a PNG's IHDR chunk, which always comes first after the signature.</summary>
internal sealed record PngHeader(int Width, int Height, byte BitDepth, byte ColorType)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PNG colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel.</summary>
    public bool HasAlpha => ColorType is 4 or 6;

    public static PngHeader Read(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new FormatException("Not a PNG file: no signature followed by an IHDR chunk.");
        }

        return new PngHeader(
            checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4))),
            checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4))),
            png[24],
            png[25]);
    }
}
