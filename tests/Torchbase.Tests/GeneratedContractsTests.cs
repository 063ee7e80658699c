using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Torchbase.Domain.Common;
using Torchbase.Features.Contest;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Tests;

/// <summary>
/// The web's copy of the facts it shares with the server — enum values, permission names, text limits and the labels the server
/// also needs — is generated from the C# into <c>web/src/shared/generated/contracts.ts</c>, never written by hand.
/// The rule: a fact lives in C# once (enums in Torchbase.Domain or the API's contracts, permissions in Identity/Roles.cs, limits in
/// Domain/Common/Limits.cs, server-side labels in Localization/Text.cs) and the web imports it from the generated file; a label the
/// server never shows (no export, no message) lives in the web's i18n files only. Each label lives in one place per language.
/// This test fails when the checked-in file differs from what the C# gives; <c>UPDATE_GENERATED=1</c> rewrites it.
/// </summary>
public sealed partial class GeneratedContractsTests
{
    private const string RelativePath = "web/src/shared/generated/contracts.ts";

    /// <summary>Enums of the API outside Torchbase.Domain whose values the web sends or reads.</summary>
    private static readonly Type[] ApiEnums = [typeof(Role), typeof(SheetState)];

    /// <summary>Label sets whose home is Text.cs (the server needs them for exports and messages), and where they go in the web's messages.</summary>
    private static readonly (string Prefix, string[] WebPath)[] ServerLabels =
    [
        ("tier.", ["enums", "qualification"]),
        ("band.", ["enums", "band"]),
        ("cultivationStatus.", ["enums", "cultivationStatus"]),
        ("criterion.", ["cultivation", "criteria"]),
        ("renewal_state.", ["enums", "renewalState"]),
        ("renewal_kind.", ["enums", "renewalKind"]),
    ];

    [Fact]
    public void The_checked_in_web_contracts_match_the_server()
    {
        var path = Path.Combine(RepositoryRoot(), RelativePath);
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_GENERATED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(
            actual == expected,
            $"{RelativePath} is out of date with the C# enums, permissions, limits or labels. Regenerate it with: " +
            "UPDATE_GENERATED=1 dotnet test tests/Torchbase.Tests --filter \"FullyQualifiedName~GeneratedContracts\" — and commit the file.");
    }

    [Fact]
    public void The_generated_file_carries_every_shared_fact()
    {
        var text = Generate();
        // Enums from the domain and from the API, in declaration order.
        Assert.Contains("export const QualificationType = ['TechSme', 'HighTech', 'Gazelle', 'InnovationLeader',", text);
        Assert.Contains("export const Role = ['SystemAdmin', 'ZoneLeader',", text);
        Assert.Contains("export const SheetState = ['Open', 'Draft', 'Submitted', 'Conflict'] as const", text);
        // The size rules' sector classes, from the rule data.
        Assert.Contains("export const SIZE_CLASSES = ['industry', 'wholesale', 'retail', 'hospitality', 'services', 'construction', 'real-estate']", text);
        // Every permission, the limits, and the labels in both languages.
        Assert.NotEmpty(Permissions.All);
        foreach (var permission in Permissions.All) Assert.Contains($"'{permission}'", text);
        Assert.Contains($"LongText: {Limits.LongText},", text);
        Assert.Contains("registeredYears: '注册年限'", text);
        Assert.Contains("registeredYears: 'Years registered'", text);
        Assert.Contains("LittleGiant: '专精特新“小巨人”'", text);
    }

    [Fact]
    public void Every_domain_enum_name_is_unique_so_the_web_can_use_it_as_is()
    {
        var names = SharedEnums().Select(t => t.Name).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void The_english_server_labels_carry_no_chinese()
    {
        var labels = ServerLabelKeys().ToList();
        Assert.NotEmpty(labels);
        foreach (var (key, _) in labels) Assert.False(Cjk().IsMatch(Text.Both(key).En), $"{key}: {Text.Both(key).En}");
    }

    private static IEnumerable<Type> SharedEnums() =>
        typeof(Limits).Assembly.GetExportedTypes().Where(t => t.IsEnum).Concat(ApiEnums).OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<(string Key, string Name)> ServerLabelKeys() =>
        ServerLabels.SelectMany(set => Text.Keys.Where(k => k.StartsWith(set.Prefix, StringComparison.Ordinal)).Select(k => (k, k[set.Prefix.Length..])));

    internal static string Generate()
    {
        var s = new StringBuilder();
        s.Append("""
            // GENERATED from the server's C# by tests/Torchbase.Tests/GeneratedContractsTests.cs — do not edit by hand.
            // One source for the facts the server and the web share; each lives in C# once and the web imports it from here:
            // - enums: every public enum of Torchbase.Domain and the API's own (Role, SheetState), values as the JSON carries them;
            // - SIZE_CLASSES: the sector classes of the designated-size rules (Domain/Enterprises/SizeRules);
            // - PERMISSIONS: src/Torchbase/Identity/Roles.cs;
            // - LIMITS: text lengths, src/Torchbase.Domain/Common/Limits.cs (also used by the EF configuration and the endpoints);
            // - SERVER_LABELS: labels the server shows too (exports, messages) have their home in src/Torchbase/Localization/Text.cs
            //   and are merged into the web's messages from here; a label only the web shows lives in the web's i18n files only.
            // After changing the C#: UPDATE_GENERATED=1 dotnet test tests/Torchbase.Tests --filter "FullyQualifiedName~GeneratedContracts"

            """);

        foreach (var type in SharedEnums())
        {
            s.Append('\n');
            s.Append($"export const {type.Name} = [{string.Join(", ", Enum.GetNames(type).Select(Quote))}] as const\n");
            s.Append($"export type {type.Name} = (typeof {type.Name})[number]\n");
        }

        // The sector classes are data, not an enum: every class code of the rule versions, in the rules' order.
        s.Append("\n/** Sector classes of the designated-size rules (Enterprises/SizeRules/above-designated-size.json), every version's. */\n");
        var sizeClasses = Domain.Enterprises.AboveDesignatedSize.Versions.SelectMany(v => v.Classes).Select(c => c.Code).Distinct();
        s.Append($"export const SIZE_CLASSES = [{string.Join(", ", sizeClasses.Select(Quote))}] as const\n");
        s.Append("export type SizeClassCode = (typeof SIZE_CLASSES)[number]\n");

        s.Append("\n/** Permission names (Identity/Roles.cs), in the server's order. */\n");
        s.Append("export const PERMISSIONS = [\n");
        foreach (var permission in Permissions.All) s.Append($"  {Quote(permission)},\n");
        s.Append("] as const\n");
        s.Append("export type Permission = (typeof PERMISSIONS)[number]\n");

        s.Append("\n/** Most characters a text may have, by kind (Domain/Common/Limits.cs). */\n");
        s.Append("export const LIMITS = {\n");
        foreach (var field in typeof(Limits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            s.Append($"  {field.Name}: {field.GetRawConstantValue()},\n");
        s.Append("} as const\n");

        s.Append("\n/** Labels whose home is the server (Localization/Text.cs), in the shape of the web's messages. */\n");
        s.Append("export const SERVER_LABELS = {\n");
        foreach (var (locale, zh) in new[] { ("zhCN", true), ("en", false) })
        {
            s.Append($"  {locale}: {{\n");
            foreach (var group in ServerLabels.GroupBy(set => set.WebPath[0]))
            {
                s.Append($"    {group.Key}: {{\n");
                foreach (var (prefix, webPath) in group)
                {
                    s.Append($"      {webPath[1]}: {{\n");
                    foreach (var key in Text.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
                    {
                        var (zhText, enText) = Text.Both(key);
                        s.Append($"        {key[prefix.Length..]}: {Quote(zh ? zhText : enText)},\n");
                    }
                    s.Append("      },\n");
                }
                s.Append("    },\n");
            }
            s.Append("  },\n");
        }
        s.Append("} as const\n");
        return s.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Torchbase.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Torchbase.slnx) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
