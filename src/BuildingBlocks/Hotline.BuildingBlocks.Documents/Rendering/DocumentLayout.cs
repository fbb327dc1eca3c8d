using Hotline.Platform.Documents.Layout;

namespace Hotline.Platform.Documents.Rendering;

/// <summary>
/// First pass: flows the blocks onto pages and records what to draw. Page count is known at the
/// end, so the footer's 共 M 页 is drawn afterwards by <see cref="PdfWriter"/>.
/// </summary>
internal sealed class DocumentLayout
{
    private const double CellPaddingX = 4, CellPaddingY = 3, LineSpacing = 1.45, BorderWidth = 0.6;

    private readonly Document document;
    private readonly FontSet fonts;
    private readonly PageGeometry page;
    private readonly List<LaidOutPage> pages = [];
    private LaidOutPage current = null!;
    private double y;

    private DocumentLayout(Document document, FontSet fonts)
    {
        this.document = document;
        this.fonts = fonts;
        page = PageGeometry.For(document);
        NewPage();
    }

    public static IReadOnlyList<LaidOutPage> Run(Document document, FontSet fonts)
    {
        var layout = new DocumentLayout(document, fonts);
        foreach (var block in document.Blocks)
            layout.Place(block);
        return layout.pages;
    }

    private FontSpec Font(double size, bool bold = false) => new(document.Face, size, bold);

    private static double LineHeight(FontSpec font) => font.Size * LineSpacing;

    private void NewPage()
    {
        current = new LaidOutPage();
        pages.Add(current);
        y = page.Top;
    }

    private bool AtPageTop => y <= page.Top + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> fits (or the page is still empty).</summary>
    private void EnsureSpace(double height)
    {
        if (y + height > page.Bottom + 0.01 && !AtPageTop)
            NewPage();
    }

    private void Place(Block block)
    {
        switch (block)
        {
            case Heading h when h.Level == HeadingLevel.Title:
                PlaceText(h.Text, Font(18, bold: true), TextAlign.Center, indent: false, spaceBefore: 0, spaceAfter: 10);
                break;
            case Heading h:
                PlaceText(h.Text, Font(13, bold: true), TextAlign.Left, indent: false, spaceBefore: 8, spaceAfter: 4);
                break;
            case Paragraph p:
                var size = p.Size switch { TextSize.Small => 9, TextSize.Large => 14, _ => 11 };
                PlaceText(p.Text, Font(size, p.Bold), p.Align, p.Indent, spaceBefore: 0, spaceAfter: 4);
                break;
            case KeyValueTable kv:
                PlaceKeyValues(kv);
                break;
            case Table t:
                PlaceTable(t);
                break;
            case SignatureArea s:
                PlaceSignature(s);
                break;
            case PageBreak:
                if (!AtPageTop)
                    NewPage();
                break;
            case RedHeader r:
                PlaceRedHeader(r);
                break;
            case Picture p:
                PlacePicture(p);
                break;
            case HorizontalRule:
                EnsureSpace(10);
                current.Ops.Add(new LineOp(page.Left, y + 5, page.Right, y + 5, 0.8));
                y += 10;
                break;
            case Spacer s:
                var height = s.HeightMm * PageGeometry.PointsPerMm;
                if (y + height > page.Bottom)
                    NewPage();
                else
                    y += height;
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    private void PlacePicture(Picture picture)
    {
        var width = Math.Min(picture.WidthMm * PageGeometry.PointsPerMm, page.ContentWidth);
        var height = picture.HeightMm * PageGeometry.PointsPerMm * width / (picture.WidthMm * PageGeometry.PointsPerMm);
        EnsureSpace(height + 6);
        current.Ops.Add(new ImageOp(page.Left + (page.ContentWidth - width) / 2, y, width, height, picture.Png));
        y += height + 6;
        if (!string.IsNullOrWhiteSpace(picture.Caption))
            PlaceText(picture.Caption, Font(9), TextAlign.Center, indent: false, spaceBefore: 0, spaceAfter: 6);
    }

    private void PlaceRedHeader(RedHeader header)
    {
        var font = Font(22, bold: true);
        var measure = fonts.Measurer(font);
        var lineHeight = LineHeight(font);
        foreach (var line in LineBreaker.Break(header.Text, page.ContentWidth, page.ContentWidth, measure))
        {
            EnsureSpace(lineHeight);
            current.Ops.Add(new TextOp(AlignedX(line, measure, page.Left, page.ContentWidth, TextAlign.Center), y, lineHeight, line, font, Red: true));
            y += lineHeight;
        }
        EnsureSpace(14);
        current.Ops.Add(new LineOp(page.Left, y + 6, page.Right, y + 6, 2, Red: true));
        y += 14;
    }

    private void PlaceText(string text, FontSpec font, TextAlign align, bool indent, double spaceBefore, double spaceAfter)
    {
        if (!AtPageTop)
            y += spaceBefore;
        var measure = fonts.Measurer(font);
        var indentWidth = indent ? 2 * measure("中") : 0;
        var lineHeight = LineHeight(font);
        var lines = LineBreaker.Break(text, page.ContentWidth - indentWidth, page.ContentWidth, measure);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var lineIndent = i == 0 ? indentWidth : 0;
            current.Ops.Add(new TextOp(AlignedX(lines[i], measure, page.Left + lineIndent, page.ContentWidth - lineIndent, align),
                y, lineHeight, lines[i], font));
            y += lineHeight;
        }
        y += spaceAfter;
    }

    private static double AlignedX(string line, Func<string, double> measure, double left, double width, TextAlign align) => align switch
    {
        TextAlign.Center => left + (width - measure(line)) / 2,
        TextAlign.Right => left + width - measure(line),
        _ => left,
    };

    private void PlaceKeyValues(KeyValueTable table)
    {
        var perRow = Math.Max(1, table.PairsPerRow);
        var widths = Enumerable.Range(0, perRow).SelectMany(_ => new[] { table.KeyWidth, 1 - table.KeyWidth }).ToArray();
        var keyFont = Font(10.5, bold: true);
        var valueFont = Font(10.5);
        var rows = table.Pairs.Chunk(perRow).Select(chunk =>
            Enumerable.Range(0, perRow).SelectMany(i => i < chunk.Length
                ? new[] { new GridCell(chunk[i].Key, keyFont, Shaded: true), new GridCell(chunk[i].Value, valueFont) }
                : new[] { new GridCell("", keyFont, Shaded: true), new GridCell("", valueFont) }).ToList());
        PlaceGrid(widths, header: null, rows);
        y += 6;
    }

    private void PlaceTable(Table table)
    {
        var headerFont = Font(10.5, bold: true);
        var cellFont = Font(10);
        var header = table.Columns.Select(c => new GridCell(c.Header, headerFont, TextAlign.Center, Shaded: true)).ToList();
        var rows = table.Rows.Select(r => table.Columns.Select((c, i) => new GridCell(i < r.Count ? r[i] : "", cellFont, c.Align)).ToList());
        PlaceGrid(table.Columns.Select(c => c.Width).ToArray(), header, rows);
        y += 6;
    }

    /// <summary>
    /// Rows go down the page; the header row starts the table and every page it continues on. A row
    /// that does not fit in the space left moves whole to the next page; only a row taller than a
    /// whole page is split between lines.
    /// </summary>
    private void PlaceGrid(double[] fractions, IReadOnlyList<GridCell>? header, IEnumerable<IReadOnlyList<GridCell>> cells)
    {
        var total = fractions.Sum();
        var widths = fractions.Select(f => page.ContentWidth * f / total).ToArray();
        var headerRow = header is null ? null : Wrap(header, widths);

        void StartOnThisPage(GridRow first)
        {
            var headerHeight = headerRow is null ? 0 : FragmentHeight(headerRow, headerRow.LineCount);
            EnsureSpace(headerHeight + FragmentHeight(first, 1));
            if (headerRow is not null)
                DrawFragment(headerRow, widths, 0, headerRow.LineCount);
        }

        var started = false;
        foreach (var rowCells in cells)
        {
            var row = Wrap(rowCells, widths);
            if (!started)
            {
                StartOnThisPage(row);
                started = true;
            }
            var line = 0;
            var freshPage = false;
            var headerHeight = headerRow is null ? 0 : FragmentHeight(headerRow, headerRow.LineCount);
            var rowHeight = FragmentHeight(row, row.LineCount);
            if (!AtPageTop && y + rowHeight > page.Bottom && page.Top + headerHeight + rowHeight <= page.Bottom)
            {
                NewPage();
                StartOnThisPage(row);
                freshPage = true;
            }
            while (line < row.LineCount)
            {
                var lineHeight = RowLineHeight(row);
                var fitting = (int)Math.Floor((page.Bottom - y - 2 * CellPaddingY + 0.01) / lineHeight);
                if (fitting < 1 && !freshPage)
                {
                    NewPage();
                    StartOnThisPage(row);
                    freshPage = true;
                    continue;
                }
                // Guard against a page too short for even one line: draw it anyway rather than loop.
                fitting = Math.Max(1, fitting);
                var count = Math.Min(fitting, row.LineCount - line);
                DrawFragment(row, widths, line, count);
                line += count;
                if (line < row.LineCount)
                {
                    NewPage();
                    StartOnThisPage(row);
                    freshPage = true;
                }
            }
        }
        if (!started && headerRow is not null)
        {
            EnsureSpace(FragmentHeight(headerRow, headerRow.LineCount));
            DrawFragment(headerRow, widths, 0, headerRow.LineCount);
        }
    }

    private GridRow Wrap(IReadOnlyList<GridCell> cells, double[] widths) =>
        new(cells, cells.Select((c, i) => LineBreaker.Break(c.Text, widths[i] - 2 * CellPaddingX, fonts.Measurer(c.Font))).ToList());

    private static double RowLineHeight(GridRow row) => row.Cells.Max(c => LineHeight(c.Font));

    private static double FragmentHeight(GridRow row, int lines) => lines * RowLineHeight(row) + 2 * CellPaddingY;

    private void DrawFragment(GridRow row, double[] widths, int firstLine, int lineCount)
    {
        var height = FragmentHeight(row, lineCount);
        var lineHeight = RowLineHeight(row);
        var x = page.Left;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            if (cell.Shaded)
                current.Ops.Add(new ShadeOp(x, y, widths[c], height));
            var measure = fonts.Measurer(cell.Font);
            var lines = row.Lines[c];
            for (var l = firstLine; l < Math.Min(lines.Count, firstLine + lineCount); l++)
                current.Ops.Add(new TextOp(AlignedX(lines[l], measure, x + CellPaddingX, widths[c] - 2 * CellPaddingX, cell.Align),
                    y + CellPaddingY + (l - firstLine) * lineHeight, lineHeight, lines[l], cell.Font));
            current.Ops.Add(new LineOp(x, y, x, y + height, BorderWidth));
            x += widths[c];
        }
        current.Ops.Add(new LineOp(page.Right, y, page.Right, y + height, BorderWidth));
        current.Ops.Add(new LineOp(page.Left, y, page.Right, y, BorderWidth));
        current.Ops.Add(new LineOp(page.Left, y + height, page.Right, y + height, BorderWidth));
        y += height;
    }

    private void PlaceSignature(SignatureArea signature)
    {
        var font = Font(11);
        var lineHeight = LineHeight(font);
        const double stampRoom = 42;
        EnsureSpace(12 + lineHeight * 2 + stampRoom);
        y += 12;
        var x = page.Left + page.ContentWidth * 0.55;
        current.Ops.Add(new TextOp(x, y, lineHeight, signature.SealLabel, font));
        y += lineHeight + stampRoom;
        var date = string.IsNullOrWhiteSpace(signature.Date) ? "        年    月    日" : signature.Date;
        current.Ops.Add(new TextOp(x, y, lineHeight, signature.DateLabel + date, font));
        y += lineHeight;
    }
}
