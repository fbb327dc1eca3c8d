namespace Hotline.Integration.Domain;

/// <summary>One API call as audited: who, which route, what answer. Calls without a valid key are kept too (client null).</summary>
internal sealed class ApiCall
{
    public long Id { get; private set; }
    public Guid? ClientId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Method { get; private set; } = "";
    public string Route { get; private set; } = "";
    public int Status { get; private set; }
    public int DurationMs { get; private set; }
    public string? IpAddress { get; private set; }

    public static ApiCall Of(Guid? clientId, DateTime atUtc, string method, string route, int status, int durationMs, string? ipAddress) => new()
    {
        ClientId = clientId,
        AtUtc = atUtc,
        Method = Clip(method, 10),
        Route = Clip(route, 200),
        Status = status,
        DurationMs = durationMs,
        IpAddress = ipAddress is null ? null : Clip(ipAddress, 64),
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
