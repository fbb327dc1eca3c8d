using Hotline.Integration.Gateway;

namespace Hotline.Integration.RestApi;

/// <summary>POST /api/cti/incoming-call: the phone system rings an extension.</summary>
internal sealed record IncomingCallBody(string? CallId, string? Caller, string? AgentExtension);

/// <summary>POST /api/cti/call-ended: the call's length in seconds.</summary>
internal sealed record CallEndedBody(string? CallId, int? DurationSeconds);

internal sealed record IncomingCallResult(bool Delivered, string Outcome);

internal sealed record CallEndedResult(bool Recorded);

/// <summary>
/// The phone system's side of 来电弹屏: the agent at the extension gets the registration form with the caller's number;
/// the call's end stores its length on the case. A call nobody is signed in for is recorded and answered 200 — the phone
/// system has nothing to retry.
/// </summary>
internal static class CtiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var cti = endpoints.MapGroup("/api/cti").WithApiGate(ApiStyle.Rest).RequireScope(ApiScopes.Cti).WithTags("来电弹屏");
        cti.MapPost("/incoming-call", IncomingAsync).WithSummary("来电：为该分机上的坐席弹出登记表")
            .Accepts<IncomingCallBody>("application/json").Produces<IncomingCallResult>().ProducesValidationProblem();
        cti.MapPost("/call-ended", EndedAsync).WithSummary("挂机：记录通话时长")
            .Accepts<CallEndedBody>("application/json").Produces<CallEndedResult>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> IncomingAsync(HttpContext http, IPhoneCalls calls, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<IncomingCallBody>(http.Request, ct);
        var outcome = await calls.IncomingAsync(body.CallId ?? "", body.Caller ?? "", body.AgentExtension ?? "", ct);
        return Results.Json(new IncomingCallResult(outcome == ScreenPopOutcome.Delivered, outcome.ToString()), ApiJson.Options);
    }

    private static async Task<IResult> EndedAsync(HttpContext http, IPhoneCalls calls, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<CallEndedBody>(http.Request, ct);
        if (body.DurationSeconds is not { } seconds)
            throw ApiRefusal.BadRequest("缺少通话时长（durationSeconds）。");
        if (!await calls.EndedAsync(body.CallId ?? "", seconds, ct))
            throw ApiRefusal.NotFound("没有该通话记录（callId）。");
        return Results.Json(new CallEndedResult(true), ApiJson.Options);
    }
}
