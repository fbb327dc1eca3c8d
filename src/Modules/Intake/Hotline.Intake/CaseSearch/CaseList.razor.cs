using Hotline.Intake.CaseSearch.Export;
using Hotline.Platform.Exports;
using Hotline.Platform.Forms;
using Hotline.Platform.Organization;
using Hotline.Platform.Time;
using MudBlazor;

namespace Hotline.Intake.CaseSearch;

public partial class CaseList
{
    private MudTable<CaseListRow>? _table;
    private string? _number, _phone, _keyword;
    private CaseStatus? _status;
    private RequestTypeCode? _type;
    private Channel? _channel;
    private CategoryInfo? _category;
    private AreaInfo? _area;
    private UnitInfo? _unit;
    private DateTime? _from, _to;
    private bool _repeatOnly, _exporting;
    private ExportJobTable? _exportJobs;
    private IReadOnlyList<RequestTypeInfo> _types = [];
    private IReadOnlyList<CategoryInfo> _allCategories = [];
    private IReadOnlyList<AreaInfo> _allAreas = [];
    private IReadOnlyList<UnitInfo> _allUnits = [];
    private Dictionary<Guid, string> _categoryNames = [];
    private Dictionary<Guid, string> _areaNames = [];
    private readonly Dictionary<Guid, string> _revealed = [];
    private bool _canReveal;
    private string? _filterError;
    private IReadOnlyList<string> _columns = CaseListColumns.Normalize(null);
    private IReadOnlyList<SavedCaseFilter> _saved = [];
    private string? _savedName;
    private readonly FormErrors _savedErrors = new();

    protected override async Task OnInitializedAsync()
    {
        _canReveal = await Access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers);
        _types = await Categories.RequestTypesAsync();
        _allCategories = await Categories.ActiveCategoriesAsync();
        _allAreas = await Areas.ActiveAreasAsync();
        _allUnits = await Units.ActiveUnitsAsync();
        _columns = CaseListColumns.Normalize(await Preferences.GetAsync<string[]>(CaseListColumns.PreferenceName, []));
        _saved = await Preferences.GetAsync<SavedCaseFilter[]>(SavedCaseFilters.PreferenceName, []);
    }

    private bool Shows(string column) => _columns.Contains(column);

    private async Task ColumnsChangedAsync(IEnumerable<string> chosen)
    {
        _columns = CaseListColumns.Normalize(chosen);
        await Preferences.SetAsync(CaseListColumns.PreferenceName, _columns);
    }

    private async Task SaveFilterAsync()
    {
        _savedErrors.Clear();
        try
        {
            var f = Filter;
            _saved = SavedCaseFilters.With(_saved, new SavedCaseFilter(_savedName ?? "", f.Number, f.Keyword, f.Status, f.RequestType, f.Channel,
                f.CategoryId, f.AreaId, f.From, f.To, f.RepeatOnly, f.LeadUnitId));
            await Preferences.SetAsync(SavedCaseFilters.PreferenceName, _saved);
            Snackbar.Add($"已保存查询条件“{_savedName!.Trim()}”", Severity.Success);
            _savedName = null;
        }
        catch (Hotline.Platform.BusinessRuleException ex)
        {
            _savedErrors.Show(ex);
        }
    }

    private async Task ApplyFilterAsync(SavedCaseFilter f)
    {
        (_number, _phone, _keyword, _status, _type, _channel, _repeatOnly) = (f.Number, null, f.Keyword, f.Status, f.RequestType, f.Channel, f.RepeatOnly);
        _category = _allCategories.FirstOrDefault(c => c.Id == f.CategoryId);
        _area = _allAreas.FirstOrDefault(a => a.Id == f.AreaId);
        _unit = _allUnits.FirstOrDefault(u => u.Id == f.LeadUnitId);
        _from = f.From?.ToDateTime(TimeOnly.MinValue);
        _to = f.To?.ToDateTime(TimeOnly.MinValue);
        await SearchAsync();
    }

    private async Task DeleteFilterAsync(SavedCaseFilter f)
    {
        _saved = _saved.Where(s => s.Name != f.Name).ToList();
        await Preferences.SetAsync(SavedCaseFilters.PreferenceName, _saved);
    }

    private CaseListFilter Filter => new()
    {
        Number = _number, Phone = _phone, Keyword = _keyword, Status = _status, RequestType = _type, Channel = _channel,
        CategoryId = _category?.Id, AreaId = _area?.Id, LeadUnitId = _unit?.Id, RepeatOnly = _repeatOnly,
        From = _from is { } f ? DateOnly.FromDateTime(f) : null,
        To = _to is { } t ? DateOnly.FromDateTime(t) : null,
    };

    private CaseSort _sort = CaseSort.RegisteredDesc;

    private const string DefaultPagerInfo = "{first_item}-{last_item} / 共 {all_items} 条";
    private string _pagerInfo = DefaultPagerInfo;

    private async Task<TableData<CaseListRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _sort = (state.SortLabel, state.SortDirection) switch
        {
            ("number", SortDirection.Ascending) => CaseSort.NumberAsc,
            ("number", SortDirection.Descending) => CaseSort.NumberDesc,
            ("registered", SortDirection.Ascending) => CaseSort.RegisteredAsc,
            ("status", _) => CaseSort.StatusAsc,
            _ => CaseSort.RegisteredDesc,
        };
        CasePage page;
        try
        {
            page = await Queries.ListAsync(Filter, _sort, state.Page, state.PageSize, cancellationToken);
            _filterError = null;
        }
        catch (Hotline.Platform.BusinessRuleException ex)
        {
            _filterError = ex.Message;
            return new TableData<CaseListRow> { Items = [], TotalItems = 0 };
        }
        await ResolveNamesAsync(page.Rows, cancellationToken);
        _pagerInfo = page.TotalIsCapped ? $"{{first_item}}-{{last_item}} / 超过 {CaseQueries.CountCap:N0} 条" : DefaultPagerInfo;
        return new TableData<CaseListRow> { Items = page.Rows, TotalItems = page.Total };
    }

    /// <summary>Names of categories and areas that are no longer active are looked up too, so old cases still read well.</summary>
    private async Task ResolveNamesAsync(IReadOnlyList<CaseListRow> rows, CancellationToken cancellationToken)
    {
        var missingCategories = rows.Select(r => r.CategoryId).Where(id => !_categoryNames.ContainsKey(id)).Distinct().ToList();
        foreach (var c in await Categories.GetCategoriesAsync(missingCategories, cancellationToken))
            _categoryNames[c.Id] = c.PathName;
        var missingAreas = rows.Select(r => r.AreaId).Where(id => !_areaNames.ContainsKey(id)).Distinct().ToList();
        foreach (var a in await Areas.GetAreasAsync(missingAreas, cancellationToken))
            _areaNames[a.Id] = a.PathName;
    }

    private string TypeName(RequestTypeCode code) => _types.FirstOrDefault(t => t.Code == code)?.Name ?? code.ToString();

    private Task<IEnumerable<CategoryInfo>> SearchCategories(string? text, CancellationToken _) =>
        Task.FromResult(_allCategories.Where(c => string.IsNullOrWhiteSpace(text) || c.PathName.Contains(text.Trim())));

    private Task<IEnumerable<AreaInfo>> SearchAreas(string? text, CancellationToken _) =>
        Task.FromResult(_allAreas.Where(a => string.IsNullOrWhiteSpace(text) || a.PathName.Contains(text.Trim())));

    private Task<IEnumerable<UnitInfo>> SearchUnits(string? text, CancellationToken _) =>
        Task.FromResult(_allUnits.Where(u => string.IsNullOrWhiteSpace(text) || u.PathName.Contains(text.Trim())));

    /// <summary>One row's full number, audited; confidential rows have no button and are refused by the service too.</summary>
    private async Task RevealAsync(Guid caseId)
    {
        try
        {
            _revealed[caseId] = await PhoneReveal.RevealAsync(caseId);
        }
        catch (Hotline.Platform.BusinessRuleException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
    }

    private Task SearchAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task ClearAsync()
    {
        _number = _phone = _keyword = null;
        _status = null;
        _type = null;
        _channel = null;
        _category = null;
        _area = null;
        _unit = null;
        _from = _to = null;
        _repeatOnly = false;
        await SearchAsync();
    }

    /// <summary>
    /// A small export downloads at once; a large one becomes a background job that goes on when the page is left, with
    /// its progress and, when done, its file under 我的导出. The check and the rows are read off the circuit's thread.
    /// </summary>
    private async Task ExportAsync()
    {
        _exporting = true;
        try
        {
            var (filter, sort) = (Filter, _sort);
            var request = await Task.Run(() => Queries.CheckExportAsync(filter));
            if (request.Total > ExportJobs.DirectLimit)
            {
                await ExportJobs.StartAsync(request, sort);
                Snackbar.Add($"共 {request.Total:N0} 件，已转为后台导出：进度见“我的导出”，离开本页不影响，完成后 24 小时内可下载。", Severity.Info);
                if (_exportJobs is not null)
                    await _exportJobs.RefreshAsync();
                return;
            }
            var stream = await Task.Run(() => Export.ExportAsync(request, sort));
            await Downloads.SaveAsync(CaseExport.FileName(Clock.GetUtcNow().UtcDateTime), CaseExport.ContentType, stream);
            Snackbar.Add("已导出", Severity.Success);
        }
        catch (Hotline.Platform.BusinessRuleException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
        finally
        {
            _exporting = false;
        }
    }

    private void ExportFinished(ExportJobRow job) => Snackbar.Add(job.State == ExportState.Completed
        ? $"工单导出已完成（{job.Total:N0} 件），请在“我的导出”下载。"
        : $"工单导出{job.State.DisplayName()}{(job.Error is { } e ? $"：{e}" : "。")}", job.State == ExportState.Completed ? Severity.Success : Severity.Warning);

    private void ExportRefused(string message) => Snackbar.Add(message, Severity.Warning);
}
