namespace Torchbase.Domain.Talent;

/// <summary>Who looks at an expert's profile, as far as the contact details are concerned.</summary>
public enum ContactViewer
{
    /// <summary>Any other reader of the library, the bureau included.</summary>
    Other,
    /// <summary>The expert whose profile it is.</summary>
    Self,
    /// <summary>The library's contact curator (the server names the role).</summary>
    Curator,
}

/// <summary>
/// The one rule for an expert's phone and e-mail, behind the page, the list, the detail, the export and every matching payload:
/// shown only with the expert's consent, to the expert, or to the contact curator. Whoever may not see them may not change them
/// either, nor give the consent in the expert's place.
/// </summary>
public static class ExpertContact
{
    public static bool MayShow(bool consentToContact, ContactViewer viewer) => consentToContact || viewer != ContactViewer.Other;

    /// <summary>
    /// The problems with an edit of a profile whose contact details the caller cannot see: a phone or e-mail sent
    /// (<c>contact_hidden</c>) or consent given (<c>consent_own</c>). Empty when the caller may see them.
    /// Contact fields the caller leaves empty keep their stored values (see <see cref="Keeps"/>).
    /// </summary>
    public static IEnumerable<(string Field, string Code)> CheckEdit(bool storedConsent, ContactViewer viewer, bool? consent, string? phone, string? email)
    {
        if (MayShow(storedConsent, viewer)) yield break;
        if (!string.IsNullOrWhiteSpace(phone)) yield return ("phone", "contact_hidden");
        if (!string.IsNullOrWhiteSpace(email)) yield return ("email", "contact_hidden");
        if (consent == true) yield return ("consentToContact", "consent_own");
    }

    /// <summary>True when an edit leaves the stored phone and e-mail as they are: the caller could not see them.</summary>
    public static bool Keeps(bool storedConsent, ContactViewer viewer) => !MayShow(storedConsent, viewer);
}
