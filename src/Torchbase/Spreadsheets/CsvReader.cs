using System.Text;

namespace Torchbase.Spreadsheets;

/// <summary>
/// Reads a CSV upload (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes doubled and line breaks) into the
/// same sheet an .xlsx gives: the first line is the headers, the rows are numbered as a spreadsheet would show them (from 2).
/// UTF-8 with or without a byte-order mark; blank lines are skipped. Bounded like the .xlsx reader: too many rows or cells stop it.
/// </summary>
public static class CsvReader
{
    public static XlsxSheet Read(Stream input, int maxRows)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var records = new List<(int Line, List<string?> Cells)>();
        var cells = new List<string?>();
        var field = new StringBuilder();
        var (quoted, line, start, cellCount) = (false, 1, 1, 0L);
        try
        {
            int c;
            while ((c = reader.Read()) >= 0)
            {
                var ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                        else quoted = false;
                    }
                    else
                    {
                        if (ch == '\n') line++;
                        field.Append(ch);
                    }
                    continue;
                }
                switch (ch)
                {
                    case '"' when field.Length == 0: quoted = true; break;
                    case ',': cells.Add(field.ToString()); field.Clear(); break;
                    case '\r': break;
                    case '\n':
                        End();
                        line++;
                        start = line;
                        break;
                    default: field.Append(ch); break;
                }
            }
            End();
        }
        catch (DecoderFallbackException e) { throw new XlsxFormatException("Not UTF-8 text.", e); }
        if (quoted) throw new XlsxFormatException("A quoted field is not closed.");
        if (records.Count == 0) return new XlsxSheet([], []);
        var headers = records[0].Cells.Select(h => h?.Trim() ?? "").ToList();
        return new XlsxSheet(headers, [.. records.Skip(1).Select((r, i) => new XlsxRow(i + 2, r.Cells))]);

        void End()
        {
            cells.Add(field.ToString());
            field.Clear();
            if (cells.Any(x => !string.IsNullOrWhiteSpace(x)))
            {
                if (records.Count > maxRows) throw new XlsxTooManyRowsException(maxRows);
                cellCount += cells.Count;
                if (cellCount > XlsxReader.MaxCells) throw new XlsxTooManyCellsException(XlsxReader.MaxCells);
                records.Add((start, [.. cells.Select(x => string.IsNullOrEmpty(x) ? null : x)]));
            }
            cells = [];
        }
    }

    /// <summary>Whether an upload is CSV: by its name (.csv) or its declared type.</summary>
    public static bool IsCsv(string? fileName, string? contentType) =>
        (fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ?? false)
        || string.Equals(contentType, "text/csv", StringComparison.OrdinalIgnoreCase);
}
