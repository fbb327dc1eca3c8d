using Hotline.Intake.Contracts;
using Microsoft.AspNetCore.Components;

namespace Hotline.Web.Infrastructure.Logging;

/// <summary>
/// The same scope for the work of an open page: every event, navigation and interop call of the circuit runs inside
/// it, so a page's error names its user and case. The case number is looked up once per case the page shows.
/// </summary>
internal sealed class CircuitLogScope(AuthenticationStateProvider authentication, NavigationManager navigation, ICaseDirectory cases,
    ILogger<CircuitLogScope> logger) : CircuitHandler
{
    private (Guid Id, string Number)? _lastCase;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User.Identity?.Name;
            var scope = LogScopes.For(user, new Uri(navigation.Uri).AbsolutePath);
            if (scope.TryGetValue("CaseId", out var id) && id is Guid caseId)
            {
                if (_lastCase?.Id != caseId)
                {
                    await LogScopes.AddCaseNumberAsync(scope, cases, CancellationToken.None);
                    _lastCase = scope.TryGetValue("CaseNumber", out var number) ? (caseId, (string)number!) : null;
                }
                else
                {
                    scope["CaseNumber"] = _lastCase.Value.Number;
                }
            }
            using (logger.BeginScope(scope))
                await next(context);
        };
}
