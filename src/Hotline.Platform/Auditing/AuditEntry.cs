namespace Hotline.Platform.Auditing;

/// <summary>One append-only audit record: who did what to which object, when and from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string ObjectType { get; set; } = "";
    public string? ObjectId { get; set; }
    public string? Detail { get; set; }
    public string? IpAddress { get; set; }

    /// <summary>Position in the hash chain, assigned once by the single sealer (<see cref="AuditChain"/>); null until sealed.</summary>
    public long? ChainSeq { get; set; }

    /// <summary>SHA-256 over this entry's canonical fields, its position and the previous entry's hash.</summary>
    public string? ChainHash { get; set; }
}
