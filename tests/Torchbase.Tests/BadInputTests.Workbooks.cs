using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>
/// Broken workbooks to every upload that reads them (the enterprise, economic-figures, yearly-report, titles, calendar, user,
/// project-ledger and technology-contract imports; the service desk's
/// attachments store files without opening them): each must be refused with a 4xx problem, write nothing, and keep the
/// host's memory bounded.
/// </summary>
public partial class BadInputTests
{
    /// <summary>
    /// The most the managed heap may grow while one upload is read. The upload itself is at most 20 MB and is held twice
    /// (form buffer and the reader's copy); 20,000 rows of a dozen short cells are ~50 MB as strings; the rest is the
    /// XML reader's buffers. A reader that inflates a bomb or pads rows to 16,384 columns goes far past this.
    /// </summary>
    private const long MemoryBound = 300L * 1024 * 1024;

    /// <summary>The endpoints that open an uploaded workbook.</summary>
    private static readonly string[] ImportEndpoints =
    [
        "/api/enterprises/import", "/api/economy/import", "/api/annual-reports/import", "/api/qualifications/import", "/api/energy/readings/import",
        "/api/platforms/import", "/api/incubators/import", "/api/incubators/tenants/import",
        "/api/setup/calendar/import", "/api/admin/users/import",
        "/api/projects/import", "/api/talent/contracts/import", "/api/talent/experts/import", "/api/talent/demands/import",
        "/api/space/buildings/import", "/api/space/space-units/import", "/api/space/leases/import",
    ];

    private static readonly string[] BrokenKinds =
        ["truncated", "random bytes", "zip bomb: sheet rows", "zip bomb: one huge cell", "zip bomb: shared strings", "rows padded to column XFD",
            "1,000,000 rows"];

    public static TheoryData<string, string> Workbooks()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in ImportEndpoints)
            foreach (var kind in BrokenKinds) data.Add(endpoint, kind);
        return data;
    }

    [Fact]
    public void Every_import_endpoint_gets_the_broken_workbooks()
    {
        var imports = AccessMatrixTests.ApiEndpoints(host.Services).Where(e => e.Method == "POST"
            && e.Route.EndsWith("/import", StringComparison.Ordinal)).Select(e => e.Route);
        Assert.Equal(ImportEndpoints.Order(), imports.Order());
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task A_broken_workbook_is_refused_with_bounded_memory(string endpoint, string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"torchbase-bad-{Guid.NewGuid():N}.xlsx");
        try
        {
            await WriteWorkbookAsync(kind, path);
            var size = new FileInfo(path).Length;
            // The official calendar and users are the system administrator's; the other imports the bureau's.
            var bureau = await host.SignInAsync(
                endpoint.StartsWith("/api/setup/", StringComparison.Ordinal) || endpoint.StartsWith("/api/admin/", StringComparison.Ordinal)
                    ? "admin" : "bureau");
            var before = await FingerprintAsync();

            GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            var peak = baseline;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(2);
                }
            });
            HttpResponseMessage response;
            await using (var file = File.OpenRead(path))
            {
                var content = new StreamContent(file);
                content.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);
                response = await bureau.Http.PostAsync(endpoint, new MultipartFormDataContent { { content, "file", "upload.xlsx" } });
            }
            await sampling.CancelAsync();
            await sampler;
            peak = Math.Max(peak, GC.GetTotalMemory(false));

            var growth = peak - baseline;
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{endpoint}, {kind}: {size / 1024.0:N0} KB on the wire → {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}; " +
                $"managed heap +{growth / 1024.0 / 1024:N0} MB at peak");
            Assert.Null(await CheckAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent(body, Encoding.UTF8,
                response.Content.Headers.ContentType?.MediaType ?? "text/plain") }));
            Assert.Null(Difference(before, await FingerprintAsync()));
            Assert.True(growth < MemoryBound, $"{kind}: the heap grew by {growth / 1024 / 1024} MB reading it");
            if (kind == "1,000,000 rows")
                Assert.True(size > Uploads.MaxBytes
                    ? response.StatusCode == HttpStatusCode.RequestEntityTooLarge
                    : response.StatusCode == HttpStatusCode.BadRequest);
        }
        finally { File.Delete(path); }
    }

    private static async Task WriteWorkbookAsync(string kind, string path)
    {
        switch (kind)
        {
            case "truncated":
                var whole = XlsxWriter.ToBytes("企业", ["统一社会信用代码", "企业名称"],
                    Enumerable.Range(0, 200).Select(i => (IReadOnlyList<object?>)[EnterpriseApiTests.NewCreditCode(), $"截断测试{i}号有限公司"]).ToList());
                await File.WriteAllBytesAsync(path, whole[..(whole.Length * 2 / 3)]);
                break;
            case "random bytes":
                var bytes = new byte[256 * 1024];
                new System.Random(7).NextBytes(bytes);
                await File.WriteAllBytesAsync(path, bytes);
                break;
            case "zip bomb: sheet rows":
                Bomb(path, sheet: w => Repeat(w, "<row><c t=\"inlineStr\"><is><t>炸弹</t></is></c></row>", 1L << 30));
                break;
            case "zip bomb: one huge cell":
                Bomb(path, sheet: w => { w.Write("<row><c t=\"inlineStr\"><is><t>"); Repeat(w, "A", 1L << 30); w.Write("</t></is></c></row>"); });
                break;
            case "zip bomb: shared strings":
                Bomb(path, sheet: w => w.Write("<row><c t=\"s\"><v>0</v></c></row>"), sharedStrings: w => Repeat(w, "<si><t>a</t></si>", 1L << 30));
                break;
            case "rows padded to column XFD":
                // Small even unzipped: 20,000 rows, each one cell in the last column Excel has.
                Bomb(path, sheet: w => { for (var r = 2; r < 20_000; r++) w.Write($"<row r=\"{r}\"><c r=\"XFD{r}\"><v>1</v></c></row>"); });
                break;
            case "1,000,000 rows":
                MillionRows(path);
                break;
        }
    }

    /// <summary>An .xlsx by hand, so its parts can be as large as wanted: deflate turns a gigabyte of repeated XML into about a megabyte.</summary>
    private static void Bomb(string path, Action<StreamWriter> sheet, Action<StreamWriter>? sharedStrings = null)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        void Part(string name, string text) { using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open()); w.Write(text); }
        void Streamed(string name, string head, Action<StreamWriter> body, string tail)
        {
            using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
            w.Write(head); body(w); w.Write(tail);
        }
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" " +
                "ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/sharedStrings.xml\" " +
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        Part("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships " +
            $"xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{relations}/officeDocument\" " +
            $"Target=\"xl/workbook.xml\"/></Relationships>");
        Part("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{relations}\"><sheets><sheet name=\"企业\" " +
            $"sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"{relations}/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" " +
                $"Type=\"{relations}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        Streamed("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{main}\"><si><t>统一社会信用代码</t></si>",
            sharedStrings ?? (_ => { }), "</sst>");
        Streamed("xl/worksheets/sheet1.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c></row>", sheet,
            "</sheetData></worksheet>");
    }

    private static void Repeat(StreamWriter writer, string unit, long characters)
    {
        var chunk = string.Concat(Enumerable.Repeat(unit, Math.Max(1, 65_536 / unit.Length)));
        for (long written = 0; written < characters; written += chunk.Length) writer.Write(chunk);
    }

    /// <summary>A real workbook of a million data rows, written with the SDK's streaming writer (never a DOM).</summary>
    private static void MillionRows(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 1u; r <= 1_000_001; r++)
            {
                writer.WriteStartElement(new Row { RowIndex = r });
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue((int)r) });
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "企业" }));
    }
}
