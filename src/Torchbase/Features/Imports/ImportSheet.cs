using System.Globalization;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Imports;

/// <summary>What a cell holds, which decides how it is read and what the template's instructions say about it.</summary>
public enum CellType { Text, Integer, Decimal, Date, Code }

/// <summary>
/// One column of an import sheet: the header as it stands in the workbook (Chinese, as officials' ledgers name it), the
/// field it fills (the camelCase name the API's field errors use), whether it is required, its type, the coded values a
/// drop-down offers (for <see cref="CellType.Code"/>), an example value for the template and a note for the instructions.
/// </summary>
public sealed record SheetColumn(
    string Header, string Field, CellType Type, bool Required = false, IReadOnlyList<string>? Codes = null, object? Example = null, string? Note = null);

/// <summary>
/// A workbook layout described once. The template (data sheet with required columns marked, one example row and drop-down
/// lists; an instructions sheet; a sheet of the coded values), the export's columns and the checks of every cell's type and
/// presence all come from <see cref="Columns"/>; the feature adds its own rules in <see cref="Parse"/> and its writer.
/// </summary>
public abstract class ImportSheet<T> where T : class
{
    /// <summary>Marks a required column's header in the template; an exported file has the bare headers, and both import.</summary>
    public const string RequiredMark = "*";

    /// <summary>The sheet's name, e.g. 年度报表: the template is "{Name}导入模板", the error report "{Name}导入-错误报告".</summary>
    public abstract string Name { get; }

    public abstract IReadOnlyList<SheetColumn> Columns { get; }

    /// <summary>Lines of the instructions sheet particular to this import (matching, what an empty cell means…).</summary>
    public virtual IReadOnlyList<string> Notes => [];

    /// <summary>
    /// The uploaded sheet as a rejected import's error report repeats it to the uploader. A sheet with confidential columns
    /// masks them here for a caller who may not read them.
    /// </summary>
    public virtual XlsxSheet ForReport(XlsxSheet upload) => upload;

    /// <summary>Reads one row whose cells have passed their type and presence checks; reports rule errors through <paramref name="row"/>.</summary>
    /// <returns>The parsed row, or null when it has errors.</returns>
    public abstract T? Parse(SheetRow row);

    /// <summary>The headers as an export writes them (and as an import reads them).</summary>
    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];

    public SheetColumn Column(string field) => Columns.First(c => c.Field == field);

    /// <summary>The template: the data sheet first (the one an import reads), then the instructions, then the coded values.</summary>
    public byte[] Template()
    {
        var coded = Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.Codes is { Count: > 0 }).ToList();
        var codesSheet = Text.Get("import_template_codes");
        var validations = coded.Select((c, k) =>
            new ListValidation(c.Index, $"'{codesSheet}'!${XlsxReader.ColumnName(k)}$2:${XlsxReader.ColumnName(k)}${c.Column.Codes!.Count + 1}")).ToList();
        var data = new SheetToWrite(Name, [.. Columns.Select(c => c.Required ? c.Header + RequiredMark : c.Header)],
            [[.. Columns.Select(c => c.Example)]], Validations: validations);

        var general = new List<IReadOnlyList<object?>>
        {
            new object?[] { Text.Get("import_template_note_first_sheet") },
            new object?[] { Text.Get("import_template_note_required", RequiredMark) },
            new object?[] { Text.Get("import_template_note_example") },
            new object?[] { Text.Get("import_template_note_all_or_nothing") },
        };
        general.AddRange(Notes.Select(n => (IReadOnlyList<object?>)[n]));
        var instructions = new SheetToWrite(Text.Get("import_template_instructions"),
            [Text.Get("import_template_column"), Text.Get("import_template_header"), Text.Get("import_template_required"),
             Text.Get("import_template_type"), Text.Get("import_template_values"), Text.Get("import_template_example")],
            [
                .. Columns.Select((c, i) => (IReadOnlyList<object?>)
                [
                    XlsxReader.ColumnName(i), c.Header, c.Required ? Text.Get("yes") : Text.Get("no"), Text.Get($"cell_type.{c.Type}"),
                    c.Codes is { Count: > 0 } codes ? string.Join("、", codes) : c.Note, c.Example,
                ]),
                Array.Empty<object?>(),
                .. general,
            ]);
        var sheets = new List<SheetToWrite> { data, instructions };
        if (coded.Count > 0)
        {
            var depth = coded.Max(c => c.Column.Codes!.Count);
            sheets.Add(new SheetToWrite(codesSheet, [.. coded.Select(c => c.Column.Header)],
                Enumerable.Range(0, depth).Select(r => (IReadOnlyList<object?>)[.. coded.Select(c => r < c.Column.Codes!.Count ? c.Column.Codes[r] : null)])));
        }
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        return stream.ToArray();
    }

    /// <summary>A header as written, without the required mark.</summary>
    private static string Bare(string? header) => (header ?? "").Trim().TrimEnd('*', '＊').TrimEnd();

    /// <summary>
    /// The sheet read from its header row. An official ledger has a title row and grouped headers above its column headers:
    /// of the first rows, the one that names the most of this sheet's columns is the header row (when it names every required
    /// one), and the rows above it are left out. A sheet whose first row is the header row is returned as it is.
    /// </summary>
    public XlsxSheet FromHeaderRow(XlsxSheet sheet)
    {
        var known = Headers.ToHashSet();
        var required = Columns.Where(c => c.Required).Select(c => c.Header).ToList();
        int Named(IEnumerable<string?> cells) => cells.Select(Bare).Distinct().Count(known.Contains);
        bool Complete(IEnumerable<string?> cells) => required.All(cells.Select(Bare).ToHashSet().Contains);
        var (best, count) = (-1, Named(sheet.Headers));
        for (var i = 0; i < Math.Min(3, sheet.Rows.Count); i++)
            if (Named(sheet.Rows[i].Cells) is var n && n > count) (best, count) = (i, n);
        if (best < 0 || !Complete(sheet.Rows[best].Cells)) return sheet;
        return new XlsxSheet([.. sheet.Rows[best].Cells.Select(c => c?.Trim() ?? "")], [.. sheet.Rows.Skip(best + 1)]);
    }

    /// <summary>
    /// Reads every row: first the cells' presence and types from <see cref="Columns"/>, then the feature's rules. A missing
    /// required column is one error on the header row and stops there.
    /// </summary>
    public (List<ParsedRow<T>> Rows, List<ImportError> Errors) Plan(XlsxSheet sheet)
    {
        var rows = new List<ParsedRow<T>>(sheet.Rows.Count);
        var errors = new List<ImportError>();
        var headers = sheet.Headers.Select(Bare).ToList();
        var index = Columns.ToDictionary(c => c.Field, c => headers.IndexOf(c.Header));
        foreach (var column in Columns.Where(c => c.Required && index[c.Field] < 0))
            errors.Add(new ImportError(1, "", column.Header, Text.Get("import_missing_column", column.Header)));
        if (errors.Count > 0) return (rows, errors);

        foreach (var xlsxRow in sheet.Rows)
        {
            var row = new SheetRow(Columns, xlsxRow, index, errors);
            if (!row.CheckCells()) continue;
            if (Parse(row) is { } parsed && !row.Failed) rows.Add(new ParsedRow<T>(xlsxRow.Number, parsed));
        }
        return (rows, errors);
    }
}

/// <summary>A row that passed every check, with its number as Excel shows it (for errors found when it is written).</summary>
public sealed record ParsedRow<T>(int Number, T Value);

/// <summary>One data row as a parser sees it: typed cells (null when empty) and a way to report a cell's error.</summary>
public sealed class SheetRow
{
    private readonly Func<string, SheetColumn?> _column;
    private readonly XlsxRow _row;
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly List<ImportError> _errors;
    private readonly int _errorsBefore;
    private readonly IReadOnlyList<SheetColumn> _columns;

    internal SheetRow(IReadOnlyList<SheetColumn> columns, XlsxRow row, IReadOnlyDictionary<string, int> index, List<ImportError> errors)
    {
        _column = field => columns.FirstOrDefault(c => c.Field == field);
        _columns = columns;
        _row = row;
        _index = index;
        _errors = errors;
        _errorsBefore = errors.Count;
    }

    public int Number => _row.Number;

    /// <summary>Whether any cell of this row has been reported.</summary>
    public bool Failed => _errors.Count > _errorsBefore;

    /// <summary>The trimmed text of a cell, null when the cell is empty or the column absent.</summary>
    public string? Text(string field) =>
        _index.TryGetValue(field, out var i) && i >= 0 && _row[i]?.Trim() is { Length: > 0 } v ? v : null;

    public int? Integer(string field) => SheetCells.Integer(Text(field));

    public decimal? Decimal(string field) => SheetCells.Decimal(Text(field));

    public DateOnly? Date(string field) => SheetCells.Date(Text(field));

    /// <summary>Reports an error in a cell (message by localisation key), once per cell.</summary>
    public void Fail(string field, string key, params object[] args) => FailWith(field, Localization.Text.Get(key, args));

    public void FailWith(string field, string message)
    {
        var column = _column(field) ?? _columns[0];
        var i = _index.TryGetValue(column.Field, out var at) ? at : -1;
        var name = i >= 0 ? XlsxReader.ColumnName(i) : "";
        if (_errors.Skip(_errorsBefore).Any(e => e.Column == name && e.Header == column.Header)) return;
        _errors.Add(new ImportError(_row.Number, name, column.Header, message));
    }

    /// <summary>Reports a validator's field errors (the API's camelCase fields) on the columns that carry them.</summary>
    public void Fail(Http.Errors errors)
    {
        foreach (var (field, message) in errors.All) FailWith(field, message);
    }

    /// <summary>Presence and type of every cell, as the columns say; returns whether all are right.</summary>
    internal bool CheckCells()
    {
        foreach (var c in _columns)
        {
            var text = Text(c.Field);
            if (text is null)
            {
                if (c.Required) Fail(c.Field, "required");
                continue;
            }
            var ok = c.Type switch
            {
                CellType.Integer => SheetCells.Integer(text) is not null,
                CellType.Decimal => SheetCells.Decimal(text) is not null,
                CellType.Date => SheetCells.Date(text) is not null,
                CellType.Code => c.Codes is null || c.Codes.Contains(text),
                _ => true,
            };
            if (!ok) Fail(c.Field, c.Type switch { CellType.Date => "invalid_date", CellType.Code => "invalid_value", _ => "invalid_number" });
        }
        return !Failed;
    }
}

/// <summary>Cell text as people type it or as Excel stores it.</summary>
public static class SheetCells
{
    public static int? Integer(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    /// <summary>A number as Excel writes it: 1234.5, 1,234.5, or 1.2345E3 for a number stored in scientific form.</summary>
    public static decimal? Decimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scientific) ? scientific : null;

    /// <summary>Dates as people type them (2020-05-01, 2020/5/1, 2020年5月1日) or as Excel stores them (a serial number).</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }
}
