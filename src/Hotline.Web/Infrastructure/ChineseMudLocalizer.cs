using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Hotline.Web.Infrastructure;

/// <summary>zh-CN is the only UI culture: MudBlazor's built-in texts are translated here.</summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["MudDataGrid_AddFilter"] = "添加筛选",
        ["MudDataGrid_Apply"] = "应用",
        ["MudDataGrid_Cancel"] = "取消",
        ["MudDataGrid_Clear"] = "清除",
        ["MudDataGrid_ClearFilter"] = "清除筛选",
        ["MudDataGrid_CollapseAllGroups"] = "全部折叠",
        ["MudDataGrid_Columns"] = "列",
        ["MudDataGrid_Contains"] = "包含",
        ["MudDataGrid_EndsWith"] = "结尾是",
        ["MudDataGrid_Equals"] = "等于",
        ["MudDataGrid_ExpandAllGroups"] = "全部展开",
        ["MudDataGrid_Filter"] = "筛选",
        ["MudDataGrid_FilterValue"] = "筛选值",
        ["MudDataGrid_Filters"] = "筛选",
        ["MudDataGrid_Group"] = "分组",
        ["MudDataGrid_Hide"] = "隐藏",
        ["MudDataGrid_HideAll"] = "全部隐藏",
        ["MudDataGrid_IsEmpty"] = "为空",
        ["MudDataGrid_IsNotEmpty"] = "不为空",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudDataGrid_NoRecords"] = "没有记录",
        ["MudDataGrid_NotContains"] = "不包含",
        ["MudDataGrid_NotEquals"] = "不等于",
        ["MudDataGrid_Operator"] = "运算符",
        ["MudDataGrid_RefreshData"] = "刷新",
        ["MudDataGrid_RemoveFilter"] = "移除筛选",
        ["MudDataGrid_Save"] = "保存",
        ["MudDataGrid_ShowAll"] = "全部显示",
        ["MudDataGrid_Sort"] = "排序",
        ["MudDataGrid_StartsWith"] = "开头是",
        ["MudDataGrid_True"] = "是",
        ["MudDataGrid_False"] = "否",
        ["MudDataGrid_Ungroup"] = "取消分组",
        ["MudDataGrid_Unsort"] = "取消排序",
        ["MudDataGrid_Value"] = "值",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_InfoFormat"] = "第 {0}-{1} 条，共 {2} 条",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_RowsPerPage"] = "每页行数：",
        ["MudTablePager_AllItems"] = "全部",
        ["MudTablePager_InfoFormat"] = "第 {0}-{1} 条，共 {2} 条",
        ["MudTablePager_RowsPerPage"] = "每页行数：",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudPagination_FirstPage"] = "首页",
        ["MudPagination_LastPage"] = "末页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_CurrentPage"] = "第 {0} 页",
        ["MudDatePicker_Clear"] = "清除",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "关闭",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudNavGroup_ToggleExpand"] = "展开/折叠 {0}",
        ["MudTreeViewItem_Expand"] = "展开",
        ["MudTreeViewItem_Collapse"] = "折叠",
        ["MudFileUpload_Upload"] = "上传",
        ["MudColorPicker_Close"] = "关闭",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextYear"] = "下一年 {0}",
        ["MudBaseDatePicker_PrevYear"] = "上一年 {0}",
        ["MudBaseDatePicker_Open"] = "打开",
        ["MudStepper_Next"] = "下一步",
        ["MudStepper_Previous"] = "上一步",
        ["MudStepper_Complete"] = "完成",
        ["MudStepper_Reset"] = "重置",
        ["MudStepper_Skip"] = "跳过",
        ["MudRating_ItemLabel"] = "{0} 分",
        ["MudCarousel_Index"] = "第 {0} 项",
        ["MudCarousel_Next"] = "下一项",
        ["MudCarousel_Previous"] = "上一项",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, arguments.Length == 0 ? text : string.Format(text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
