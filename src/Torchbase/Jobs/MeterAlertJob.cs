using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Features.Energy;

namespace Torchbase.Jobs;

public sealed class EnergyOptions
{
    /// <summary>Minutes between passes of the meter alerts; 0 turns the job off.</summary>
    public double AlertIntervalMinutes { get; set; } = 30;
}

/// <summary>
/// Runs the meter alerts over every zone every few minutes (Torchbase:Energy:AlertIntervalMinutes; 0 = off), on the TimeProvider's
/// clock, one host at a time (<see cref="JobLock"/>). Each alert is raised and notified once (<see cref="MeterAlertCheck"/>).
/// </summary>
public sealed class MeterAlertService(JobLock jobLock, IOptions<EnergyOptions> options, TimeProvider clock, ILogger<MeterAlertService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.AlertIntervalMinutes;
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await jobLock.RunAloneAsync("meter-alerts", async (services, token) =>
                {
                    var db = services.GetRequiredService<AppDbContext>();
                    using var system = db.RunAsSystem();
                    await services.GetRequiredService<MeterAlertCheck>().RunAsync(token);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Meter alert job failed"); // try again next time
            }
        }
    }
}
