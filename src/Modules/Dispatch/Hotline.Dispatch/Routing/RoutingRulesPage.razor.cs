using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hotline.Dispatch.Routing;

public partial class RoutingRulesPage
{
    [Inject] private RoutingRuleAdmin Rules { get; set; } = default!;
    [Inject] private ICategoryCatalog Categories { get; set; } = default!;
    [Inject] private IAreaDirectory Areas { get; set; } = default!;
    [Inject] private IUnitDirectory UnitDirectory { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private MudTable<RoutingRuleRow>? _table;
    private IReadOnlyList<CategoryInfo> _categories = [];
    private IReadOnlyList<AreaInfo> _areas = [];
    private IReadOnlyList<UnitInfo> _units = [];

    private CategoryInfo? _filterCategory;
    private Guid? _filterUnit;
    private bool _includeInactive;
    private string? _error;

    private RoutingRuleInput? _editing;
    private CategoryInfo? _category;
    private AreaInfo? _area;
    private Guid? _leadId, _coPick;
    private List<Guid> _coIds = [];
    private string? _note, _editError;

    protected override async Task OnInitializedAsync()
    {
        _categories = await Categories.ActiveCategoriesAsync();
        _areas = await Areas.ActiveAreasAsync();
        _units = (await UnitDirectory.ActiveUnitsAsync()).Where(u => u.Type != UnitType.Center).ToList();
    }

    private async Task<TableData<RoutingRuleRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        try
        {
            var page = await Rules.ListAsync(new RoutingRuleFilter
            {
                CategoryId = _filterCategory?.Id, UnitId = _filterUnit, IncludeInactive = _includeInactive,
            }, state.Page, state.PageSize, cancellationToken);
            _error = null;
            return new TableData<RoutingRuleRow> { Items = page.Rows, TotalItems = page.Total };
        }
        catch (UnauthorizedAccessException ex)
        {
            _error = ex.Message;
            return new TableData<RoutingRuleRow> { Items = [], TotalItems = 0 };
        }
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private void New()
    {
        _editing = new RoutingRuleInput();
        (_category, _area, _leadId, _coIds, _note, _editError) = (null, null, null, [], null, null);
    }

    private void Edit(RoutingRuleRow row)
    {
        _editing = new RoutingRuleInput { Id = row.Id, Version = row.Version };
        // A rule may point at something deactivated since; the pickers then start empty and the admin picks anew.
        _category = _categories.FirstOrDefault(c => c.Id == row.CategoryId);
        _area = row.AreaId is Guid a ? _areas.FirstOrDefault(x => x.Id == a) : null;
        _leadId = _units.Any(u => u.Id == row.LeadUnitId) ? row.LeadUnitId : null;
        _coIds = row.CoUnitIds.Where(id => _units.Any(u => u.Id == id)).ToList();
        _note = row.Note;
        _editError = null;
    }

    private void AddCo(Guid? unitId)
    {
        _coPick = null;
        if (unitId is Guid id && !_coIds.Contains(id))
            _coIds.Add(id);
    }

    private string UnitName(Guid id) => _units.FirstOrDefault(u => u.Id == id)?.PathName ?? "（已停用单位）";

    private async Task SaveAsync()
    {
        if (_editing is null)
            return;
        _editError = null;
        try
        {
            await Rules.SaveAsync(_editing with
            {
                CategoryId = _category?.Id, AreaId = _area?.Id, LeadUnitId = _leadId, CoUnitIds = _coIds.ToList(), Note = _note,
            });
            Snackbar.Add("规则已保存", Severity.Success);
            _editing = null;
            await ReloadAsync();
        }
        catch (BusinessRuleException ex)
        {
            _editError = ex.Message;
        }
    }

    private async Task ToggleAsync(RoutingRuleRow row)
    {
        _error = null;
        try
        {
            await Rules.SetActiveAsync(row.Id, !row.IsActive, row.Version);
            Snackbar.Add(row.IsActive ? "规则已停用" : "规则已启用", Severity.Success);
        }
        catch (BusinessRuleException ex)
        {
            _error = ex.Message;
        }
        await ReloadAsync();
    }

    private Task<IEnumerable<CategoryInfo>> SearchCategories(string? text, CancellationToken _) =>
        Task.FromResult(_categories.Where(c => string.IsNullOrWhiteSpace(text) || c.PathName.Contains(text.Trim())));

    private Task<IEnumerable<AreaInfo>> SearchAreas(string? text, CancellationToken _) =>
        Task.FromResult(_areas.Where(a => string.IsNullOrWhiteSpace(text) || a.PathName.Contains(text.Trim())));
}
