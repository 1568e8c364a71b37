using System;

namespace DeviceFlow.Drivers.Https;

/// <summary>What the network and the server do during one request, phase by phase (times are virtual ms).</summary>
public sealed class Exchange
{
    /// <summary>Which firmware's TLS errors to reproduce: the pinned one throws SocketException, July 2026 on CryptographicException.</summary>
    public bool CryptographicFirmware { get; set; }

    public long DnsMs { get; set; }

    /// <summary>The SocketException code Dns.GetHostEntry throws (11001 unknown host; 10060 after its 30 s), or null.</summary>
    public int? DnsError { get; set; }

    public long ConnectMs { get; set; }

    /// <summary>The SocketException code connecting throws (10061 refused), or null.</summary>
    public int? ConnectError { get; set; }

    public long TlsMs { get; set; }

    /// <summary>The mbedTLS code the handshake fails with (-0x2700 certificate, -0x7200 not TLS), or null.</summary>
    public int? TlsError { get; set; }

    /// <summary>How long the server takes to send the status line and headers after the request.</summary>
    public long HeadersMs { get; set; }

    public int Status { get; set; } = 200;

    public string ContentType { get; set; } = "application/json";

    /// <summary>Content-Length as sent, or -1 for a chunked body.</summary>
    public long DeclaredLength { get; set; } = -2;

    public byte[] Body { get; set; } = Array.Empty<byte>();

    public int ChunkBytes { get; set; } = 512;

    /// <summary>Time between body chunks.</summary>
    public long ChunkMs { get; set; }

    /// <summary>After this many body bytes the server goes silent (the connection stays open), or -1.</summary>
    public int StallAfterBytes { get; set; } = -1;

    /// <summary>The SocketException code a body read throws (10054 reset), or null.</summary>
    public int? BodyError { get; set; }

    public long ContentLengthHeader => DeclaredLength == -2 ? Body.Length : DeclaredLength;
}
