using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Integration.Feed;

/// <summary>Webhook secrets are kept protected with the app's Data Protection keys: readable to sign, useless in a copied database.</summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Hotline.Integration.WebhookSecret");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
