using System.Security.Cryptography;
using Hotline.Integration.Gateway;

namespace Hotline.Integration.Shared;

/// <summary>A request created through the API (REST or Open311): registered by Intake as 待受理, remembered with the client's token.</summary>
internal sealed class RequestSubmission(IExternalRequests requests, ICategoryCatalog categories, IDbContextFactory<IntegrationDbContext> contexts,
    TimeProvider clock)
{
    public async Task<ExternalRequestReceipt> SubmitAsync(ApiCaller caller, ExternalRequest request, CancellationToken cancellationToken)
    {
        var receipt = await requests.SubmitAsync(request with { Source = caller.Name }, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Submissions.AnyAsync(s => s.Token == request.SubmissionKey, cancellationToken))
        {
            db.Submissions.Add(ExternalSubmission.Of(request.SubmissionKey, caller.ClientId, receipt.CaseId, receipt.CaseNumber, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same key twice at once: Intake gave both the one case; the other writer kept the token.
            }
        }
        return receipt;
    }

    /// <summary>A leaf matter category by its code (the Open311 service code).</summary>
    public async Task<CategoryInfo?> CategoryAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        return (await categories.ActiveCategoriesAsync(cancellationToken))
            .FirstOrDefault(c => c.IsLeaf && string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The submission key of a client's retry: the same <c>Idempotency-Key</c> from the same client gives the same case.</summary>
    public static Guid KeyFor(ApiCaller caller, string? idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
            return Guid.NewGuid();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.ClientId:N}:{idempotencyKey.Trim()}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
