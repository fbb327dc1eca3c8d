namespace Hotline.Platform.Security;

/// <summary>
/// One data-protection key (the key ring that signs sign-in cookies and antiforgery tokens) as its XML, kept in the
/// database when several app nodes must read one key ring (<c>Hotline:KeysInDatabase</c>).
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
