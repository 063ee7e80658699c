using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Torchbase.Features.Notifications;

/// <summary>Sends an e-mail copy of a notification. Off unless Torchbase:Email:Enabled is true.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

public sealed class EmailOptions
{
    public bool Enabled { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool UseSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "torchbase@localhost";
}

/// <summary>Plain SMTP through System.Net.Mail, configured by Torchbase:Email (host, port, TLS, credentials, sender).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> log) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrWhiteSpace(to)) return;
        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.UseSsl };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        using var message = new MailMessage(o.From, to, subject, body);
        try { await client.SendMailAsync(message, ct); }
        catch (SmtpException e) { log.LogWarning(e, "E-mail to {To} not sent", to); } // the in-app notification stands anyway
    }
}
