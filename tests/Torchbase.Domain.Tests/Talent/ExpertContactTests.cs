using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class ExpertContactTests
{
    [Theory]
    [InlineData(false, ContactViewer.Other, false)]
    [InlineData(false, ContactViewer.Self, true)]
    [InlineData(false, ContactViewer.Curator, true)]
    [InlineData(true, ContactViewer.Other, true)]
    [InlineData(true, ContactViewer.Self, true)]
    [InlineData(true, ContactViewer.Curator, true)]
    public void Contact_details_are_shown_with_consent_to_the_expert_or_to_the_curator(bool consent, ContactViewer viewer, bool shown) =>
        Assert.Equal(shown, ExpertContact.MayShow(consent, viewer));

    [Theory]
    // A reader who cannot see them: empty fields keep what is stored; anything sent is refused.
    [InlineData(false, ContactViewer.Other, false, null, null, "")]
    [InlineData(false, ContactViewer.Other, false, " ", "", "")]
    [InlineData(false, ContactViewer.Other, false, "13800000000", null, "phone:contact_hidden")]
    [InlineData(false, ContactViewer.Other, false, null, "a@b.cn", "email:contact_hidden")]
    [InlineData(false, ContactViewer.Other, true, null, null, "consentToContact:consent_own")]
    [InlineData(false, ContactViewer.Other, true, "13800000000", "a@b.cn", "phone:contact_hidden email:contact_hidden consentToContact:consent_own")]
    // Whoever sees them edits them, and the expert gives or withdraws consent.
    [InlineData(false, ContactViewer.Self, true, "13800000000", "a@b.cn", "")]
    [InlineData(false, ContactViewer.Curator, true, "13800000000", null, "")]
    [InlineData(true, ContactViewer.Other, false, "13800000000", "a@b.cn", "")]
    public void An_edit_cannot_write_or_unlock_contact_details_the_caller_cannot_see(
        bool stored, ContactViewer viewer, bool? consent, string? phone, string? email, string expected)
    {
        var problems = ExpertContact.CheckEdit(stored, viewer, consent, phone, email).Select(p => $"{p.Field}:{p.Code}");
        Assert.Equal(expected, string.Join(' ', problems));
        Assert.Equal(!ExpertContact.MayShow(stored, viewer), ExpertContact.Keeps(stored, viewer));
    }
}
