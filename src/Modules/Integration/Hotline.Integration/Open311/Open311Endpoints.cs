using System.Globalization;
using Hotline.Integration.Gateway;

namespace Hotline.Integration.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311/v2</c>: matter categories as services, requests created into the online
/// pending queue, requests read back with open/closed and the 12345 status in <c>status_notes</c>. JSON and XML.
/// </summary>
internal static class Open311Endpoints
{
    public const string Root = "/open311/v2";
    public const int MaxRequests = 1000;
    public const int DefaultDays = 90;

    /// <summary>The spec's limit of a description, which is Intake's limit of a request's words too.</summary>
    public const int DescriptionMaxLength = 4000;
    private const string RequestTypeAttribute = "request_type";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open311 = endpoints.MapGroup(Root).WithApiGate(ApiStyle.Open311).ExcludeFromDescription();
        open311.MapGet("/discovery.{format}", Discovery).KeyOptional();
        open311.MapGet("/services.{format}", ServicesAsync).KeyOptional();
        open311.MapGet("/services/{code}.{format}", DefinitionAsync).KeyOptional();
        open311.MapPost("/requests.{format}", CreateAsync).RequireScope(ApiScopes.CreateRequests);
        open311.MapGet("/requests.{format}", ListAsync).KeyOptional();
        open311.MapGet("/requests/{id}.{format}", OneAsync).KeyOptional();
        open311.MapGet("/tokens/{token}.{format}", TokenAsync).KeyOptional();
    }

    private static IResult Discovery(HttpContext http, string format)
    {
        var f = FormatOf(format);
        var root = $"{http.Request.Scheme}://{http.Request.Host}{Root}/";
        return Open311Writer.Single(f, "discovery", new Open311Item()
            .Set("changeset", "2026-12-01T00:00:00+08:00")
            .Set("contact", "县12345政务服务便民热线管理中心")
            .Set("key_service", "向热线中心申请接入密钥（api_key）")
            .Set("endpoints", new Open311List("endpoint", [new Open311Item()
                .Set("specification", "http://wiki.open311.org/GeoReport_v2")
                .Set("url", root)
                .Set("changeset", "2026-12-01T00:00:00+08:00")
                .Set("type", "production")
                .Set("formats", new Open311Values("format", ["text/xml", "application/json"]))])));
    }

    private static async Task<IResult> ServicesAsync(string format, ICategoryCatalog catalog, CancellationToken ct)
    {
        var f = FormatOf(format);
        var categories = await catalog.ActiveCategoriesAsync(ct);
        var roots = categories.Where(c => c.ParentId is null).ToDictionary(c => c.Id, c => c.Name);
        return Open311Writer.List(f, "services", "service", categories.Where(c => c.IsLeaf).Select(c => new Open311Item()
            .Set("service_code", c.Code)
            .Set("service_name", c.Name)
            .Set("description", c.PathName)
            .Set("metadata", true)
            .Set("type", "realtime")
            .Set("keywords", string.Join(", ", c.PathName.Split(" / ")))
            .Set("group", GroupOf(c, categories, roots))));
    }

    private static async Task<IResult> DefinitionAsync(string code, string format, RequestSubmission submission, ICategoryCatalog catalog, CancellationToken ct)
    {
        var f = FormatOf(format);
        var category = await submission.CategoryAsync(code, ct) ?? throw ApiRefusal.NotFound($"service_code {code} not found：没有该事项分类。");
        var types = await catalog.RequestTypesAsync(ct);
        return Open311Writer.Single(f, "service_definition", new Open311Item()
            .Set("service_code", category.Code)
            .Set("attributes", new Open311List("attribute", [new Open311Item()
                .Set("variable", true)
                .Set("code", RequestTypeAttribute)
                .Set("datatype", "singlevaluelist")
                .Set("required", false)
                .Set("datatype_description", "诉求类型，不填按咨询处理")
                .Set("order", 1)
                .Set("description", "诉求类型")
                .Set("values", new Open311List("value", types.Select(t => new Open311Item().Set("key", t.Code.ToString()).Set("name", t.Name)).ToList()))])));
    }

    private static async Task<IResult> CreateAsync(string format, HttpContext http, RequestSubmission submission, AreaLocator areas, CancellationToken ct)
    {
        var f = FormatOf(format);
        var caller = http.Caller();
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        string? Field(string name) => (form?[name].FirstOrDefault() ?? http.Request.Query[name].FirstOrDefault())?.Trim() is { Length: > 0 } v ? v : null;

        var serviceCode = Field("service_code") ?? throw ApiRefusal.BadRequest("service_code 未提供。");
        var category = await submission.CategoryAsync(serviceCode, ct) ?? throw ApiRefusal.NotFound($"service_code {serviceCode} not found：没有该事项分类。");
        var lat = Coordinate(Field("lat"), "lat", 90);
        var lng = Coordinate(Field("long"), "long", 180);
        var addressString = Field("address_string");
        var addressId = Field("address_id");
        if (addressString is null && addressId is null && (lat is null || lng is null))
            throw ApiRefusal.BadRequest("须提供位置：lat 与 long，或 address_string，或 address_id。");
        var area = addressId is not null ? await areas.FromCodeAsync(addressId, ct) : await areas.FromAddressAsync(addressString, ct);
        if (area is null && addressId is null && lat is not null && lng is not null)
            area = await areas.FromPointAsync(lat.Value, lng.Value, ct);
        if (area is null)
            throw ApiRefusal.BadRequest(addressId is not null
                ? $"address_id {addressId} 不是本县的属地代码。"
                : "无法从位置确定所属乡镇/街道：坐标不在本县范围内或地址未写明乡镇/街道；请在 address_string 中写明乡镇/街道名称，或用 address_id 给出属地代码。");
        var type = RequestTypeCode.Consultation;
        if (Field($"attribute[{RequestTypeAttribute}]") is { } typeText && !Enum.TryParse(typeText, ignoreCase: true, out type))
            throw ApiRefusal.BadRequest($"attribute[{RequestTypeAttribute}] 的取值无效。");

        var content = WithNotes(Field("description"),
            lat is not null && lng is not null ? $"位置：{lat.Value.ToString(CultureInfo.InvariantCulture)},{lng.Value.ToString(CultureInfo.InvariantCulture)}" : null,
            Field("media_url") is { } media ? $"图片：{media}" : null);
        var name = $"{Field("last_name")}{Field("first_name")}";
        var key = RequestSubmission.KeyFor(caller, Field("device_id") is { } device ? $"{device}:{Field("description")}:{serviceCode}" : null);
        var receipt = await submission.SubmitAsync(caller, new ExternalRequest(key, caller.Name, Channel.App, type, content,
            name.Length == 0 ? null : name, Field("phone"), addressString ?? area.PathName, category.Id, area.Id), ct);
        // The case number exists at once, so the spec's answer is the id alone: a token is for servers that cannot give one
        // yet. The submission key stays stored, so tokens/{token} still answers the tokens issued by earlier versions.
        return Open311Writer.List(f, "service_requests", "request", [new Open311Item()
            .Set("service_request_id", receipt.CaseNumber)
            .Set("service_notice", "诉求已收到，热线中心受理后转有关单位办理，可凭工单号查询进度。")
            .Set("account_id", null)]);
    }

    private static async Task<IResult> ListAsync(string format, HttpContext http, CaseReads reads, string? service_request_id, string? service_code,
        string? start_date, string? end_date, string? status, TimeProvider clock, CancellationToken ct)
    {
        var f = FormatOf(format);
        var caller = ReaderOf(http);
        var query = new CaseListingQuery { Take = MaxRequests };
        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            // The spec: a list of ids overrides every other filter.
            query = query with { Numbers = service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => n.ToUpperInvariant()).Take(MaxRequests).ToList() };
        }
        else
        {
            var (start, end) = DateRange(W3cDate(start_date, "start_date"), W3cDate(end_date, "end_date"), clock.GetUtcNow().UtcDateTime);
            query = query with { RegisteredFromUtc = start, RegisteredToUtc = end };
            if (!string.IsNullOrWhiteSpace(service_code))
            {
                var codes = service_code.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var ids = new List<Guid>();
                foreach (var code in codes)
                    ids.Add((await http.RequestServices.GetRequiredService<RequestSubmission>().CategoryAsync(code, ct))?.Id ?? Guid.Empty);
                query = query with { CategoryIds = ids };
            }
            if (!string.IsNullOrWhiteSpace(status))
                query = query with { Statuses = Statuses(status) };
        }
        if (caller?.VisibleUnits is { } visible && query.Numbers is null)
            query = query with { LeadUnitIds = visible.ToList() };
        var found = await reads.ListAsync(query, ct);
        var visibleReads = new List<CaseRead>();
        foreach (var read in found)
        {
            if (caller is null ? !read.Case.IsConfidential : await reads.SeesAsync(caller, read, ct))
                visibleReads.Add(read);
        }
        return Open311Writer.List(f, "service_requests", "request", visibleReads.Select(r => RequestItem(r, full: caller is not null)));
    }

    private static async Task<IResult> OneAsync(string id, string format, HttpContext http, CaseReads reads, CancellationToken ct)
    {
        var f = FormatOf(format);
        var caller = ReaderOf(http);
        var number = id.Trim().ToUpperInvariant();
        var read = (await reads.ListAsync(new CaseListingQuery { Numbers = [number], Take = 1 }, ct)).FirstOrDefault();
        if (read is null || (caller is null ? read.Case.IsConfidential : !await reads.SeesAsync(caller, read, ct)))
            throw ApiRefusal.NotFound($"service_request_id {id} not found：工单不存在或无权查看。");
        return Open311Writer.List(f, "service_requests", "request", [RequestItem(read, full: caller is not null)]);
    }

    private static async Task<IResult> TokenAsync(string token, string format, IDbContextFactory<IntegrationDbContext> contexts, CancellationToken ct)
    {
        var f = FormatOf(format);
        if (!Guid.TryParse(token, out var key))
            throw ApiRefusal.NotFound($"token {token} not found");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Token == key, ct)
            ?? throw ApiRefusal.NotFound($"token {token} not found");
        return Open311Writer.List(f, "service_requests", "request",
            [new Open311Item().Set("service_request_id", submission.CaseNumber).Set("token", submission.Token.ToString())]);
    }

    /// <summary>
    /// The caller's words as sent, then the location and photo lines each only while the whole stays within the spec's
    /// 4,000 characters: a valid description is never refused, nor cut, for the lines added to it.
    /// </summary>
    private static string? WithNotes(string? description, params string?[] notes)
    {
        var content = description ?? "";
        foreach (var note in notes)
        {
            if (note is null)
                continue;
            var added = content.Length == 0 ? note : $"{content}\n{note}";
            if (added.Length <= DescriptionMaxLength)
                content = added;
        }
        return content.Length == 0 ? null : content;
    }

    /// <summary>
    /// A request as GeoReport v2 gives it. Without a key (a public board) the words and the address are left out, as the
    /// caller's own words may name them; with a reading key they are given, a confidential case's words never.
    /// </summary>
    private static Open311Item RequestItem(CaseRead read, bool full)
    {
        var c = read.Case;
        return new Open311Item()
            .Set("service_request_id", c.CaseNumber)
            .Set("status", c.Status.IsOpen() ? "open" : "closed")
            .Set("status_notes", c.Status.DisplayName())
            .Set("service_name", read.Category?.Name)
            .Set("service_code", read.Category?.Code)
            .Set("description", full && !c.IsConfidential ? c.Content : null)
            .Set("agency_responsible", read.LeadUnit?.Name)
            .Set("service_notice", null)
            .Set("requested_datetime", c.RegisteredAtUtc)
            .Set("updated_datetime", c.UpdatedAtUtc)
            .Set("expected_datetime", read.CompletionDueUtc)
            .Set("address", full ? c.Address : read.Area?.PathName)
            .Set("address_id", read.Area?.Code)
            .Set("zipcode", null)
            .Set("lat", null)
            .Set("long", null)
            .Set("media_url", null);
    }

    /// <summary>The key's client when it may read cases; null for a public reader (no key, or a key without the scope).</summary>
    private static ApiCaller? ReaderOf(HttpContext http) => ApiGate.CallerOf(http) is { } caller && caller.Allows(ApiScopes.ReadCases) ? caller : null;

    private static Open311Format FormatOf(string format) =>
        Open311Formats.IsKnown(format) ? (Open311Formats.IsXml(format) ? Open311Format.Xml : Open311Format.Json)
            : throw ApiRefusal.NotFound($"format {format} not supported：仅支持 json 与 xml。");

    private static string? GroupOf(CategoryInfo category, IReadOnlyList<CategoryInfo> all, IReadOnlyDictionary<Guid, string> roots)
    {
        var current = category;
        while (current.ParentId is { } parent && all.FirstOrDefault(c => c.Id == parent) is { } up)
            current = up;
        return roots.GetValueOrDefault(current.Id);
    }

    private static IReadOnlyCollection<CaseStatus> Statuses(string text)
    {
        var statuses = new HashSet<CaseStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var open = part.Equals("open", StringComparison.OrdinalIgnoreCase);
            if (!open && !part.Equals("closed", StringComparison.OrdinalIgnoreCase))
                throw ApiRefusal.BadRequest($"status 只能是 open 或 closed，收到“{part}”。");
            statuses.UnionWith(Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Merged
                && s.IsOpen() == open));
        }
        return statuses;
    }

    /// <summary>
    /// The spec's window of at most 90 days: both dates as given (refused when wider or reversed); start alone, the 90 days
    /// from it; end alone, the 90 days up to it; neither, the last 90 days.
    /// </summary>
    private static (DateTime Start, DateTime? End) DateRange(DateTime? start, DateTime? end, DateTime nowUtc)
    {
        var window = TimeSpan.FromDays(DefaultDays);
        if (start is null && end is null)
            return (nowUtc - window, null);
        if (start is null)
            return (end!.Value - window, end);
        if (end is null)
            return (start.Value, start.Value + window);
        if (end < start)
            throw ApiRefusal.BadRequest("end_date 不能早于 start_date。");
        if (end - start > window)
            throw ApiRefusal.BadRequest($"start_date 与 end_date 的间隔不能超过 {DefaultDays} 天。");
        return (start.Value, end);
    }

    private static DateTime? W3cDate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime
            : throw ApiRefusal.BadRequest($"{name} 须为 W3C 日期时间，例如 2026-12-01T08:00:00+08:00。");
    }

    private static double? Coordinate(string? text, string name, double limit)
    {
        if (text is null)
            return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit
            ? value
            : throw ApiRefusal.BadRequest($"{name} 不是有效的坐标。");
    }
}
