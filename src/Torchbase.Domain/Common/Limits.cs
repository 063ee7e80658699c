namespace Torchbase.Domain.Common;

/// <summary>
/// How long a text a user may type, by kind of text. One source: the EF configuration, the endpoints' checks and the web forms
/// (through the generated <c>web/src/shared/generated/contracts.ts</c>, <c>LIMITS</c>) all read these numbers.
/// </summary>
public static class Limits
{
    /// <summary>The unified social credit code (统一社会信用代码).</summary>
    public const int CreditCode = 18;
    /// <summary>Short codes a user types (a contest aspect's code).</summary>
    public const int ShortCode = 20;
    /// <summary>Phone numbers.</summary>
    public const int Phone = 30;
    /// <summary>Codes and registration numbers (contract registration, rating criteria).</summary>
    public const int Code = 40;
    /// <summary>Certificate numbers.</summary>
    public const int CertificateNo = 60;
    /// <summary>A person's name, a job title, a short label.</summary>
    public const int ShortName = 50;
    /// <summary>Names of organisations, products, contests; e-mail addresses.</summary>
    public const int Name = 100;
    /// <summary>Names of enterprises and projects, titles of requests and demands.</summary>
    public const int Title = 200;
    /// <summary>Notes and purposes: a few sentences.</summary>
    public const int Note = 500;
    /// <summary>Comments and descriptions.</summary>
    public const int Comment = 1000;
    /// <summary>Reasons, problems, summaries: a paragraph.</summary>
    public const int Paragraph = 2000;
    /// <summary>Long texts: a request's description, replies, findings, meeting records, resolutions.</summary>
    public const int LongText = 4000;
}
