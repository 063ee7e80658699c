using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Torchbase.Spreadsheets;

/// <summary>A sheet read as text: the header row and the data rows with their row numbers as Excel shows them.</summary>
public sealed record XlsxSheet(IReadOnlyList<string> Headers, IReadOnlyList<XlsxRow> Rows);

public sealed record XlsxRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int column] => column < Cells.Count ? Cells[column] : null;
}

public sealed class XlsxFormatException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class XlsxTooManyRowsException(int limit) : Exception($"More than {limit} rows.")
{
    public int Limit { get; } = limit;
}

public sealed class XlsxTooManyCellsException(int limit) : Exception($"More than {limit} cells.")
{
    public int Limit { get; } = limit;
}

/// <summary>
/// Reads the first sheet of an .xlsx with a streaming reader. Bounded: at most <c>maxRows</c> data rows,
/// <c>MaxCharactersInPart</c> characters per part and <c>MaxCells</c> cells — counting the empty ones a row is padded with up
/// to its last cell, and the shared strings — so a zip bomb, a million-row file or rows with a cell in column XFD fail fast
/// instead of filling memory.
/// </summary>
public static class XlsxReader
{
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>Room for 20,000 rows of 100 columns: far more than any import needs, and 16 MB of cell slots at most.</summary>
    public const int MaxCells = 2_000_000;

    public static XlsxSheet Read(Stream input, int maxRows)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(input, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbookPart = document.WorkbookPart ?? throw new XlsxFormatException("No workbook.");
            var firstSheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new XlsxFormatException("No sheet.");
            var sheetPart = (WorksheetPart)workbookPart.GetPartById(firstSheet.Id!.Value!);
            var shared = workbookPart.SharedStringTablePart is { } sharedPart ? SharedStrings(sharedPart) : [];
            return ReadRows(sheetPart, shared, maxRows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException
            or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new XlsxFormatException("Not a readable .xlsx file.", e);
        }
    }

    /// <summary>The shared strings streamed one item at a time (the part's DOM would be many times the size of its text).</summary>
    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            if (strings.Count == MaxCells) throw new XlsxTooManyCellsException(MaxCells);
            strings.Add(reader.LoadCurrentElement()!.InnerText);
        }
        return [.. strings];
    }

    private static XlsxSheet ReadRows(WorksheetPart sheetPart, string[] shared, int maxRows)
    {
        List<string> headers = [];
        List<XlsxRow> rows = [];
        var first = true;
        var cellCount = 0L;
        using var reader = OpenXmlReader.Create(sheetPart);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = CellsOf(row, shared);
            if ((cellCount += cells.Count) > MaxCells) throw new XlsxTooManyCellsException(MaxCells);
            if (first)
            {
                headers = cells.Select(c => c?.Trim() ?? "").ToList();
                first = false;
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == maxRows) throw new XlsxTooManyRowsException(maxRows);
            rows.Add(new XlsxRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 2), cells));
        }
        if (first) throw new XlsxFormatException("The sheet is empty.");
        return new XlsxSheet(headers, rows);
    }

    private static List<string?> CellsOf(Row row, string[] shared)
    {
        var cells = new List<string?>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            if (column > 16_384) throw new XlsxFormatException("Column out of range.");
            while (cells.Count < column) cells.Add(null);
            cells.Add(ValueOf(cell, shared));
        }
        return cells;
    }

    private static string? ValueOf(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : null;
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "是" : "否";
        return raw;
    }

    /// <summary>"C7" → 2 (zero-based).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    /// <summary>"A", "B", … "AA" for a zero-based column, as the error report names columns.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
