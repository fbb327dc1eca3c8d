using Hotline.Intake.Public;
using Hotline.Intake.Registration;

namespace Hotline.Intake.Connected;

/// <summary>
/// A connected system's request, registered as 待受理 like a web submission: the same validation and blocked words; the
/// public form's challenge and per-address limits do not apply, the system's own key and rate limit stand in for them.
/// </summary>
internal sealed class ExternalRequests(CaseRegistration registration, SubmissionScreening screening) : IExternalRequests
{
    public async Task<ExternalRequestReceipt> SubmitAsync(ExternalRequest request, CancellationToken cancellationToken = default)
    {
        if (request.SubmissionKey == Guid.Empty)
            throw new BusinessRuleException("缺少提交标识。");
        var input = new RegistrationInput
        {
            SubmissionKey = request.SubmissionKey,
            Channel = request.Channel,
            RequestType = request.RequestType,
            Content = request.Content,
            CallerName = request.CallerName,
            IsAnonymous = string.IsNullOrWhiteSpace(request.CallerName),
            CallerPhone = request.CallerPhone,
            Address = request.Address,
            CategoryId = request.CategoryId,
            AreaId = request.AreaId,
            Urgency = Urgency.Normal,
        };
        await screening.RefuseBlockedWordsAsync(input, ipAddress: null, cancellationToken);
        var actor = new Actor(null, Clip($"接口：{request.Source}"), null);
        var result = await registration.RegisterAsync(input, decision: null, actor, queueSms: true, cancellationToken);
        return new ExternalRequestReceipt(result.CaseId, result.CaseNumber, result.Status);
    }

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100];
}
