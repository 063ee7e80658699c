using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Torchbase.Spreadsheets;

/// <summary>Writes one-sheet workbooks row by row (SAX), so a large export never sits in memory as a DOM.</summary>
/// <summary>One sheet to write: its name, header row and data rows.</summary>
public sealed record SheetToWrite(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);

public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const uint HeaderStyle = 1;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(output, [new SheetToWrite(sheetName, headers, rows)]);

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
            WriteSheet(sheetPart, sheets[s].Headers, sheets[s].Rows);
            var name = SheetName(sheets[s].Name);
            while (!names.Add(name)) name = SheetName($"{name[..Math.Min(name.Length, 28)]}({s + 1})");
            index.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)s + 1, Name = name });
        }
        workbookPart.Workbook.AppendChild(index);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart sheetPart, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = OpenXmlWriter.Create(sheetPart);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteElement(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < headers.Count; i++)
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(headers[i].Length * 2.4 + 4, 10, 40), CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, headers, HeaderStyle);
        foreach (var row in rows) WriteRow(writer, row, null);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public static byte[] ToBytes(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        Write(stream, sheetName, headers, rows);
        return stream.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = value switch
            {
                null => new Cell(),
                int or long or decimal or double or float => new Cell
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
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static Cell InlineText(string text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Sanitise(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>XML cannot carry control characters, and a leading = + - @ would make Excel run a formula (CSV/formula injection).</summary>
    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\ in them.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static string Sanitise(string text)
    {
        var clean = new string(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray());
        return clean.Length > 0 && clean[0] is '=' or '+' or '@' || (clean.Length > 1 && clean[0] == '-' && !char.IsDigit(clean[1]))
            ? "'" + clean
            : clean;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
        styles.Stylesheet.Save();
    }
}
