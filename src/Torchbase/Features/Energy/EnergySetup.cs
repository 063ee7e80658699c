namespace Torchbase.Features.Energy;

/// <summary>The energy feature's services: the reading store every source writes through, and the meter alerts with their job.</summary>
public static class EnergySetup
{
    public static IServiceCollection AddEnergy(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MeterReadingStore>();
        services.AddScoped<MeterAlertCheck>();
        services.Configure<Jobs.EnergyOptions>(configuration.GetSection("Torchbase:Energy"));
        services.AddHostedService<Jobs.MeterAlertService>();
        return services;
    }
}
