namespace Torchbase.Http;

/// <summary>Personal data shown only to those who need it: 138****5678.</summary>
public static class Masking
{
    public static string? Phone(string? phone) => phone is null || phone.Length < 7
        ? phone
        : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
}
