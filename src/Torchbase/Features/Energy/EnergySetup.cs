namespace Torchbase.Features.Energy;

/// <summary>The energy feature's services.</summary>
public static class EnergySetup
{
    public static IServiceCollection AddEnergy(IServiceCollection services)
    {
        services.AddScoped<MeterReadingStore>();
        return services;
    }
}
