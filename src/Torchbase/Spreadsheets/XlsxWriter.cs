using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Torchbase.Spreadsheets;

/// <summary>A group heading spanning <paramref name="Span"/> columns above the column headers; a span of 1 is merged down onto its column's header.</summary>
public sealed record HeaderGroup(string Text, int Span = 1);

/// <summary>What officials' ledgers put above the column headers: a title row across the sheet and a row of grouped headings.</summary>
public sealed record SheetBanner(string? Title, IReadOnlyList<HeaderGroup>? Groups = null);

/// <summary>A drop-down list on a column's data cells: the allowed values are the cells a formula names (e.g. 'Codes'!$A$2:$A$5).</summary>
public sealed record ListValidation(int Column, string Formula);

/// <summary>A drop-down list on a column (0-based) of a template to fill in, given as its values (written as an inline list).</summary>
public sealed record ColumnChoices(int Column, IReadOnlyList<string> Values);

/// <summary>One sheet to write: its name, header row, data rows, an optional banner above the headers and drop-down lists.</summary>
public sealed record SheetToWrite(
    string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, SheetBanner? Banner = null,
    IReadOnlyList<ListValidation>? Validations = null, IReadOnlyList<ColumnChoices>? Choices = null);

/// <summary>Writes workbooks row by row (SAX), so a large export never sits in memory as a DOM.</summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const uint HeaderStyle = 1;
    private const uint BannerStyle = 2;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(output, sheetName, headers, rows, null);

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, SheetBanner? banner) =>
        Write(output, [new SheetToWrite(sheetName, headers, rows, banner)]);

    /// <summary>A workbook of several sheets (e.g. the annual report, one sheet a section).</summary>
    public static void Write(Stream output, IReadOnlyList<SheetToWrite> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var index = new Sheets();
        var names = new HashSet<string>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(sheetPart, sheets[s]);
            var name = SheetName(sheets[s].Name);
            while (!names.Add(name)) name = SheetName($"{name[..Math.Min(name.Length, 28)]}({s + 1})");
            index.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)s + 1, Name = name });
        }
        workbookPart.Workbook.AppendChild(index);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart sheetPart, SheetToWrite sheet)
    {
        var headers = sheet.Headers;
        var (bannerRows, merges) = Banner(sheet.Banner, headers.Count);
        var frozen = bannerRows.Count + 1;
        using var writer = OpenXmlWriter.Create(sheetPart);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteElement(new SheetView(new Pane { VerticalSplit = frozen, TopLeftCell = $"A{frozen + 1}", ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < headers.Count; i++)
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(headers[i].Length * 2.4 + 4, 10, 40),
                CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        foreach (var bannerRow in bannerRows) WriteRow(writer, bannerRow, BannerStyle);
        WriteRow(writer, headers, HeaderStyle);
        foreach (var row in sheet.Rows) WriteRow(writer, row, null);
        writer.WriteEndElement();
        if (merges.Count > 0)
        {
            writer.WriteStartElement(new MergeCells());
            foreach (var merge in merges) writer.WriteElement(new MergeCell { Reference = merge });
            writer.WriteEndElement();
        }
        var validations = (sheet.Validations ?? [])
            .Concat((sheet.Choices ?? []).Select(c => new ListValidation(c.Column, $"\"{string.Join(",", c.Values)}\"")))
            .ToList();
        if (validations.Count > 0)
        {
            // The lists cover the rows an import reads (the header row is frozen above them); Excel and WPS refuse other values.
            writer.WriteStartElement(new DataValidations { Count = (uint)validations.Count });
            foreach (var v in validations)
                writer.WriteElement(new DataValidation(new Formula1(v.Formula))
                {
                    Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Column(v.Column)}{frozen + 1}:{Column(v.Column)}{frozen + 20_000}" },
                });
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    public static byte[] ToBytes(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, SheetBanner? banner = null)
    {
        using var stream = new MemoryStream();
        Write(stream, sheetName, headers, rows, banner);
        return stream.ToArray();
    }

    /// <summary>The rows above the headers and the merged ranges they need (title across; groups across; single groups down onto the header).</summary>
    private static (List<object?[]> Rows, List<string> Merges) Banner(SheetBanner? banner, int columns)
    {
        var rows = new List<object?[]>();
        var merges = new List<string>();
        if (banner is null) return (rows, merges);
        var last = Column(columns - 1);
        if (banner.Title is { } title)
        {
            var row = new object?[columns];
            row[0] = title;
            rows.Add(row);
            if (columns > 1) merges.Add($"A1:{last}1");
        }
        if (banner.Groups is { Count: > 0 } groups)
        {
            var row = new object?[columns];
            var r = rows.Count + 1;
            var c = 0;
            foreach (var group in groups)
            {
                if (c >= columns) break;
                row[c] = group.Text;
                var end = Math.Min(columns, c + Math.Max(1, group.Span)) - 1;
                merges.Add(end > c ? $"{Column(c)}{r}:{Column(end)}{r}" : $"{Column(c)}{r}:{Column(c)}{r + 1}");
                c = end + 1;
            }
            rows.Add(row);
        }
        return (rows, merges);
    }

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                // A decimal keeps the scale its database gave it (3000.00 from PostgreSQL, 3000 from SQLite): the cell holds the number.
                decimal m => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(m.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)),
                },
                int or long or double or float => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
                },
                DateOnly d => InlineText(d.ToString("yyyy-MM-dd")),
                DateTimeOffset t => InlineText(t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss")),
                bool b => InlineText(b ? "是" : "否"),
                _ => InlineText(value.ToString() ?? ""),
            };
            if (style is { } s) cell.StyleIndex = s;
            else if (cell.InlineString?.Text?.Text is { } text && LooksLikeFormula(text)) cell.StyleIndex = QuotePrefixStyle;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static Cell InlineText(string text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Sanitise(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\\ in them.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>XML cannot carry control characters.</summary>
    private static string Sanitise(string text) => new(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray());

    /// <summary>
    /// Text Excel would take for a formula once the cell is edited (formula injection). Such a cell keeps its text exactly and
    /// carries the quote-prefix style, so it shows and stays text — the value itself is never changed.
    /// </summary>
    private static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '@' || (text.Length > 1 && text[0] == '-' && !char.IsDigit(text[1]));

    private const uint QuotePrefixStyle = 3;

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 1,
                    ApplyFont = true, ApplyAlignment = true },
                new CellFormat { QuotePrefix = true }));
        styles.Stylesheet.Save();
    }
}
