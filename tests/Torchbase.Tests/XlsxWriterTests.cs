using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>Text that Excel would take for a formula is written exactly as it is, marked to stay text.</summary>
public class XlsxWriterTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", true)]
    [InlineData("@e2!THFYWFQ@", true)]
    [InlineData("+8613800000000", true)]
    [InlineData("-cmd", true)]
    [InlineData("-12.5", false)]
    [InlineData("园区甲", false)]
    [InlineData("a=b", false)]
    public void Formula_like_text_keeps_its_value_and_is_marked_as_text(string text, bool quoted)
    {
        var bytes = XlsxWriter.ToBytes("表", ["值"], [[text]]);

        Assert.Equal(text, XlsxReader.Read(new MemoryStream(bytes), 10).Rows.Single()[0]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var cell = workbook.WorksheetParts.Single().Worksheet.Descendants<Cell>().Last();
        var format = cell.StyleIndex is { } index
            ? workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)index.Value)
            : null;
        Assert.Equal(quoted, format?.QuotePrefix?.Value == true);
    }

    [Theory]
    [InlineData("3000.00", "3000")]
    [InlineData("12.50", "12.5")]
    [InlineData("-0.0100", "-0.01")]
    [InlineData("0.0000001", "0.0000001")]
    public void A_decimal_is_written_as_its_number_whatever_its_scale(string stored, string written)
    {
        var bytes = XlsxWriter.ToBytes("表", ["值"], [[decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)]]);
        Assert.Equal(written, XlsxReader.Read(new MemoryStream(bytes), 10).Rows.Single()[0]);
    }
}
