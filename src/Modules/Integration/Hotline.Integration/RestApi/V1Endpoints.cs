using System.Security.Cryptography;
using Hotline.Evaluation.Contracts;
using Hotline.Integration.Feed;
using Hotline.Integration.Gateway;
using Hotline.Integration.Open311;
using Hotline.Platform.Time;

namespace Hotline.Integration.RestApi;

/// <summary>The department API under <c>/api/v1</c>: requests in, case status and timeline, lists, revisit results, reference data.</summary>
internal static class V1Endpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1").WithApiGate(ApiStyle.Rest).WithTags("12345 工单接口");
        v1.MapPost("/requests", CreateRequestAsync).RequireScope(ApiScopes.CreateRequests)
            .WithSummary("提交诉求（进入网上待受理队列）").Accepts<CreateRequestBody>("application/json")
            .Produces<CreatedRequest>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapGet("/cases", ListCasesAsync).RequireScope(ApiScopes.ReadCases)
            .WithSummary("按单位、状态、登记日期列出工单（游标分页）").Produces<CasePage>().ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapGet("/cases/{number}", GetCaseAsync).RequireScope(ApiScopes.ReadCases)
            .WithSummary("工单状态与公开进度（支持 ETag / If-None-Match）").Produces<CaseDetail>().Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/cases/{number}/revisits", GetRevisitsAsync).RequireScope(ApiScopes.ReadCases)
            .WithSummary("回访与评价结果").Produces<RevisitResults>().ProducesProblem(StatusCodes.Status404NotFound);
        // Reference data: any valid key reads it whatever its scopes, as a client that only submits requests needs the codes.
        v1.MapGet("/categories", CategoriesAsync).WithSummary("事项分类")
            .WithDescription("提交诉求时 categoryCode 须为末级分类（isLeaf 为 true）的代码。任何有效接入密钥均可调用。")
            .Produces<IReadOnlyList<CategoryItem>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapGet("/units", UnitsAsync).WithSummary("成员单位").WithDescription("任何有效接入密钥均可调用。")
            .Produces<IReadOnlyList<UnitItem>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapGet("/areas", AreasAsync).WithSummary("属地（县、乡镇/街道、村/社区）")
            .WithDescription("提交诉求时 areaCode 须为乡镇/街道（Township）或村/社区（Village）的代码；level 为 County 的县级属地不能作为涉事地点。"
                + "parentId 为上级属地的 id。任何有效接入密钥均可调用。")
            .Produces<IReadOnlyList<AreaItem>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapGet("/feed", FeedPull.PullAsync).RequireScope(ApiScopes.Feed)
            .WithSummary("拉取事件（无法接收推送的系统用；after 为上次返回的 nextCursor）").Produces<FeedBatch>();
    }

    private static async Task<IResult> CreateRequestAsync(HttpContext http, RequestSubmission submission, AreaLocator areas, CancellationToken ct)
    {
        var caller = http.Caller();
        var body = await ApiJson.ReadAsync<CreateRequestBody>(http.Request, ct);
        var problems = new List<FieldProblem>();
        var category = await submission.CategoryAsync(body.CategoryCode, ct);
        if (category is null)
            problems.Add(new("categoryCode", string.IsNullOrWhiteSpace(body.CategoryCode) ? "请填写事项分类代码（categoryCode）。" : "事项分类代码不存在或不是末级分类。"));
        var area = !string.IsNullOrWhiteSpace(body.AreaCode) ? await areas.FromCodeAsync(body.AreaCode, ct) : await areas.FromAddressAsync(body.Address, ct);
        if (area is null && string.IsNullOrWhiteSpace(body.AreaCode) && body is { Latitude: { } lat, Longitude: { } lng })
            area = await areas.FromPointAsync(lat, lng, ct);
        if (area is null)
            problems.Add(new("areaCode", string.IsNullOrWhiteSpace(body.AreaCode) ? "请填写属地代码（areaCode，见 GET /api/v1/areas），或在地址中写明乡镇/街道。" : "属地代码不存在（可用代码见 GET /api/v1/areas）。"));
        var type = RequestTypeCode.Consultation;
        if (!string.IsNullOrWhiteSpace(body.RequestType) && !Enum.TryParse(body.RequestType.Trim(), ignoreCase: true, out type))
            problems.Add(new("requestType", $"诉求类型须是 {string.Join("/", Enum.GetNames<RequestTypeCode>())} 之一。"));
        if (problems.Count > 0)
            throw new BusinessRuleException(problems);
        var key = RequestSubmission.KeyFor(caller, http.Request.Headers["Idempotency-Key"].FirstOrDefault());
        var receipt = await submission.SubmitAsync(caller, new ExternalRequest(key, caller.Name, Channel.App, type, body.Content, body.CallerName,
            body.CallerPhone, body.Address, category!.Id, area!.Id), ct);
        return Results.Created($"/api/v1/cases/{receipt.CaseNumber}",
            new CreatedRequest(receipt.CaseNumber, receipt.Status.ToString(), receipt.Status.DisplayName(), key));
    }

    private static async Task<IResult> ListCasesAsync(HttpContext http, CaseReads reads, IUnitDirectory units, string? unit, string? status, string? from,
        string? to, string? cursor, string? limit, CancellationToken ct)
    {
        var caller = http.Caller();
        // Parameters are strings parsed here, so a malformed one gets a Chinese problem instead of the framework's bare 400.
        var query = new CaseListingQuery { Take = Math.Clamp(ApiQuery.Int(limit, "limit") ?? DefaultPageSize, 1, MaxPageSize) };
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = Guid.TryParse(unit, out var id) ? await units.GetUnitAsync(id, ct) : await units.FindByCodeAsync(unit.Trim(), ct);
            if (found is null)
                throw ApiRefusal.BadRequest("单位不存在。");
            if (!caller.Sees(found.Id))
                throw ApiRefusal.Forbidden("该单位不在本接入系统可查看的范围内。");
            query = query with { LeadUnitIds = await units.DescendantIdsAsync(found.Id, includeSelf: true, ct) };
        }
        else if (caller.VisibleUnits is { } visible)
            query = query with { LeadUnitIds = visible.ToList() };
        if (!string.IsNullOrWhiteSpace(status))
            query = query with { Statuses = ParseStatuses(status) };
        if (ApiQuery.Date(from, "from") is { } f)
            query = query with { RegisteredFromUtc = ChinaTime.StartOfDayUtc(f) };
        if (ApiQuery.Date(to, "to") is { } t)
            query = query with { RegisteredToUtc = ChinaTime.EndOfDayUtc(t) };
        if (!string.IsNullOrWhiteSpace(cursor))
        {
            var (at, number) = CaseCursor.Parse(cursor);
            query = query with { AfterRegisteredAtUtc = at, AfterNumber = number };
        }
        var page = await reads.ListAsync(query, ct);
        var next = page.Count == query.Take ? CaseCursor.Of(page[^1].Case.RegisteredAtUtc, page[^1].Case.CaseNumber) : null;
        return Results.Ok(new CasePage(page.Select(ToItem).ToList(), next));
    }

    private static async Task<IResult> GetCaseAsync(string number, HttpContext http, CaseReads reads, ICaseListing listing, IUnitDirectory units,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var read = await reads.FindAsync(number, caller, ct);
        var steps = await listing.PublicStepsAsync(read.Case.CaseId, ct);
        var unitNames = (await units.GetUnitsAsync(read.Assignments.Select(a => a.UnitId).Distinct(), ct)).ToDictionary(u => u.Id);
        var caseUnits = read.Assignments.Where(a => unitNames.ContainsKey(a.UnitId))
            .Select(a => new CaseUnit(Ref(unitNames[a.UnitId]), a.Role == AssignmentRole.Lead ? "主办" : "协办", a.IsActive,
                ApiJson.China(a.DispatchedAtUtc), ApiJson.China(a.CompletionDueUtc)))
            .ToList();
        var phone = caller.Allows(ApiScopes.CallerPhone)
            ? await listing.RevealPhoneAsync(read.Case.CaseId, $"接口：{caller.Name}", caller.OwnUnits, ct)
            : null;
        var detail = new CaseDetail(ToItem(read), caseUnits, steps.Select(s => new CaseStep(ApiJson.China(s.AtUtc), s.Text)).ToList(), phone);
        var etag = ETagOf(detail);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Json(detail, ApiJson.Options);
    }

    private static async Task<IResult> GetRevisitsAsync(string number, HttpContext http, CaseReads reads, IEvaluationRecordFacts evaluation,
        ICallerShielding shielding, CancellationToken ct)
    {
        var caller = http.Caller();
        var read = await reads.FindAsync(number, caller, ct);
        var shielded = false;
        foreach (var unit in caller.OwnUnits ?? [])
            shielded |= await shielding.IsShieldedAsync(read.Case.CaseId, unit, ct);
        var (revisits, _) = await evaluation.ForCaseAsync(read.Case.CaseId, ct);
        var closed = await evaluation.ClosedCaseAsync(read.Case.CaseId, ct);
        return Results.Json(new RevisitResults(read.Case.CaseNumber,
            revisits.Select(r => new RevisitItem(r.Round, r.Channel, r.Reach, r.Resolved, r.IntakeRating?.DisplayName(), r.HandlingRating?.DisplayName(),
                shielded ? null : r.CallerWords, ApiJson.China(r.AtUtc))).ToList(),
            closed is null ? null : new ClosingItem(closed.Outcome.ToString(), closed.IntakeRating?.DisplayName(), closed.HandlingRating?.DisplayName(),
                closed.Resolved, ApiJson.China(closed.ClosedAtUtc), closed.RedoRounds)), ApiJson.Options);
    }

    private static async Task<IResult> CategoriesAsync(ICategoryCatalog catalog, CancellationToken ct) =>
        Results.Json((await catalog.ActiveCategoriesAsync(ct)).Select(c => new CategoryItem(c.Id, c.Code, c.Name, c.PathName, c.ParentId, c.IsLeaf)).ToList(),
            ApiJson.Options);

    private static async Task<IResult> UnitsAsync(IUnitDirectory units, CancellationToken ct) =>
        Results.Json((await units.ActiveUnitsAsync(ct)).Select(u => new UnitItem(u.Id, u.Code, u.Name, u.PathName, u.Type.ToString(), u.ParentId)).ToList(),
            ApiJson.Options);

    private static async Task<IResult> AreasAsync(IAreaDirectory areas, CancellationToken ct) =>
        Results.Json((await areas.ActiveAreasAsync(ct)).Select(a => new AreaItem(a.Id, a.Code, a.Name, a.PathName, a.Level.ToString(), a.ParentId)).ToList(),
            ApiJson.Options);

    private static CaseListItem ToItem(CaseRead read)
    {
        var c = read.Case;
        return new CaseListItem(c.CaseNumber, c.Status.ToString(), c.Status.DisplayName(), c.RequestType.ToString(), c.Channel.ToString(),
            read.Category is { } cat ? new CodeName(cat.Code, cat.PathName) : null,
            read.Area is { } area ? new CodeName(area.Code, area.PathName) : null,
            read.LeadUnit is { } lead ? Ref(lead) : null,
            c.IsConfidential ? null : c.Content,
            ApiJson.China(c.RegisteredAtUtc), ApiJson.China(c.UpdatedAtUtc), ApiJson.China(read.CompletionDueUtc), ApiJson.China(c.ClosedAtUtc));
    }

    private static UnitRef Ref(UnitInfo unit) => new(unit.Id, unit.Code, unit.Name);

    private static IReadOnlyCollection<CaseStatus> ParseStatuses(string text)
    {
        var statuses = new List<CaseStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<CaseStatus>(part, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(part, out _))
                throw ApiRefusal.BadRequest($"未知的工单状态“{part}”；可用：{string.Join("、", Enum.GetNames<CaseStatus>())}。");
            statuses.Add(status);
        }
        return statuses;
    }

    private static string ETagOf(CaseDetail detail) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(detail, ApiJson.Options))))[..32]}\"";
}

/// <summary>The opaque cursor of a case list: the last case's registration time and number.</summary>
internal static class CaseCursor
{
    public static string Of(DateTime registeredAtUtc, string number) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{registeredAtUtc.Ticks}:{number}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (DateTime AtUtc, string Number) Parse(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            var colon = text.IndexOf(':');
            var ticks = long.Parse(text[..colon], System.Globalization.CultureInfo.InvariantCulture);
            var number = text[(colon + 1)..];
            if (number.Length is 0 or > 40 || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
                throw new FormatException();
            return (new DateTime(ticks, DateTimeKind.Utc), number);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw ApiRefusal.BadRequest("游标（cursor）无效。");
        }
    }
}
