using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Features.Audit;

/// <summary>One changed field of a logged change as a reader reads it: its name and its values as the pages show them.</summary>
public sealed record AuditFieldChange(string Field, string Name, string? Before, string? After);

/// <summary>
/// What the log calls each record type, field and enum value, in both languages (AuditNames.txt beside this file, the one place
/// they live), and how a logged value reads: enum labels, 是/否, money with separators, instants in China time.
/// </summary>
public static class AuditNames
{
    private sealed record Names(
        Dictionary<string, (string Zh, string En)> Entities,
        Dictionary<string, (string Zh, string En)> Fields,
        Dictionary<string, (string Zh, string En)> Enums);

    private static readonly Lazy<Names> Data = new(Load);

    /// <summary>Enum labels whose home is Text.cs (the server shows them elsewhere too), by enum type.</summary>
    private static readonly Dictionary<string, string> TextEnums = new()
    {
        ["QualificationType"] = "tier.",
        ["CultivationStatus"] = "cultivationStatus.",
    };

    private static Names Load()
    {
        using var stream = typeof(AuditNames).Assembly.GetManifestResourceStream("Torchbase.AuditNames.txt")
            ?? throw new InvalidOperationException("AuditNames.txt is not embedded");
        using var reader = new StreamReader(stream);
        var names = new Names([], [], []);
        Dictionary<string, (string, string)>? section = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                section = line[2..] switch { "entities" => names.Entities, "fields" => names.Fields, "enums" => names.Enums, _ => section };
                continue;
            }
            var parts = line.Split('|');
            if (parts.Length == 3 && section is not null) section[parts[0]] = (parts[1], parts[2]);
        }
        return names;
    }

    private static string Pick((string Zh, string En) pair) => Text.IsChinese ? pair.Zh : pair.En;

    /// <summary>The record type's name in both languages, or null where it has none.</summary>
    public static (string Zh, string En)? EntityNames(string entity) =>
        Data.Value.Entities.TryGetValue(entity, out var name) ? name : null;

    /// <summary>The field's name in both languages, its record type's own first.</summary>
    public static (string Zh, string En)? FieldNames(string entity, string field) =>
        Data.Value.Fields.TryGetValue($"{entity}.{field}", out var own) ? own
        : Data.Value.Fields.TryGetValue(field, out var shared) ? shared : null;

    /// <summary>The enum value's label in both languages.</summary>
    public static (string Zh, string En)? EnumNames(Type type, string value) =>
        Data.Value.Enums.TryGetValue($"{type.Name}.{value}", out var label) ? label
        : TextEnums.TryGetValue(type.Name, out var prefix) && Text.Has(prefix + value) ? Text.Both(prefix + value) : null;

    /// <summary>The record type's name in the caller's language (the type's own name where it has none).</summary>
    public static string Entity(string entity) => EntityNames(entity) is { } name ? Pick(name) : entity;

    /// <summary>The action's name in the caller's language.</summary>
    public static string Action(string action) => Text.Has($"audit.action.{action}") ? Text.Get($"audit.action.{action}") : action;

    /// <summary>The changed fields of an entry (its changes as this reader may read them) by name, values as the pages show them.</summary>
    public static IReadOnlyList<AuditFieldChange> Fields(IModel model, string entity, string? changes, AuditReferences? references = null)
    {
        if (changes is null || JsonNode.Parse(changes) is not JsonObject fields) return [];
        var types = TypesOf(model).GetValueOrDefault(entity);
        return fields.Select(f =>
        {
            var type = types?.GetValueOrDefault(f.Key);
            var before = f.Value?["before"];
            var after = f.Value?["after"];
            var name = FieldNames(entity, f.Key) is { } n ? Pick(n) : f.Key;
            var kind = type == typeof(Guid) && references is not null ? AuditReferences.KindOf(f.Key) : null;
            return new AuditFieldChange(f.Key, name, Referred(before, kind, references) ?? Show(before, type),
                Referred(after, kind, references) ?? Show(after, type));
        }).ToList();
    }

    /// <summary>The changes as one line of text: 状态：已批准→已放款；金额：…</summary>
    public static string? Line(IReadOnlyList<AuditFieldChange> fields) => fields.Count == 0 ? null
        : string.Join(Text.IsChinese ? "；" : "; ", fields.Select(f => f.Name + (Text.IsChinese ? "：" : ": ") + f switch
        {
            { Before: null } => f.After ?? "—",
            { After: null } => $"{f.Before}→—",
            _ => $"{f.Before}→{f.After}",
        }));

    private static Dictionary<string, Dictionary<string, Type>>? _types;

    /// <summary>The logged properties' types by record type and field, from the EF model.</summary>
    public static Dictionary<string, Dictionary<string, Type>> TypesOf(IModel model) => _types ??= model.GetEntityTypes()
        .Where(t => t.ClrType != typeof(AuditEntry))
        .GroupBy(t => t.ClrType.Name)
        .ToDictionary(g => g.Key, g => g.SelectMany(AuditTrail.Logged).GroupBy(p => p.Name)
            .ToDictionary(p => p.Key, p => Nullable.GetUnderlyingType(p.First().ClrType) ?? p.First().ClrType));

    /// <summary>An id as the name of the record it points at (or the placeholder the reader gets instead), when the field refers to one.</summary>
    private static string? Referred(JsonNode? value, AuditReferenceKind? kind, AuditReferences? references) =>
        kind is { } k && value is JsonValue v && v.TryGetValue<string>(out var id) ? references!.Name(k, id) : null;

    private static string? Show(JsonNode? value, Type? type)
    {
        if (value is null) return null;
        if (value is JsonValue hidden && hidden.TryGetValue<string>(out var h) && h == AuditRedaction.Hidden) return Text.Get("audit.hidden");
        if (value is JsonArray array) return string.Join("、", array.Select(v => Show(v, null)));
        if (value is JsonObject) return value.ToJsonString();
        var v = (JsonValue)value;
        if (type is { IsEnum: true } && v.TryGetValue<string>(out var name))
            return EnumNames(type, name) is { } label ? Pick(label) : name;
        if (v.TryGetValue<bool>(out var flag)) return Text.Get(flag ? "audit.yes" : "audit.no");
        if ((type == typeof(DateTimeOffset) || type == typeof(DateTime)) && v.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return at.ToOffset(ClockExtensions.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if ((type == typeof(decimal) || type == typeof(double)) && v.TryGetValue<decimal>(out var number))
            return number.ToString("#,##0.####", CultureInfo.InvariantCulture);
        return v.ToString();
    }
}
