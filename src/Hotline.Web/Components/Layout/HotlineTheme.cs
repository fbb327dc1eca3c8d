using MudBlazor;

namespace Hotline.Web.Components.Layout;

internal static class HotlineTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            // Neutral: secondary text carries hints; red stays for errors (Color.Error).
            Secondary = "#5f6b7a",
            AppbarBackground = "#1f5fa8",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
