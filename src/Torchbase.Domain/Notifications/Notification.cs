namespace Torchbase.Domain.Notifications;

/// <summary>An in-app message to one user (any feature may send one): what happened, and a link to act on it.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    /// <summary>An SPA path such as /service/requests/{id}.</summary>
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
