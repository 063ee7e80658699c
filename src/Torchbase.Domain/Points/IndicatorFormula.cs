using System.Globalization;

namespace Torchbase.Domain.Points;

/// <summary>
/// An indicator's formula: numbers, the four operations, parentheses and named facts, e.g. <c>RdExpense / Revenue * 100</c> or
/// <c>(Revenue - prev.Revenue) / prev.Revenue * 100</c>. A missing fact makes the whole value missing (not reported), and so does a
/// division by zero: a value is never made up.
/// </summary>
public sealed class IndicatorFormula
{
    private readonly Func<Func<string, double?>, double?> _evaluate;

    private IndicatorFormula(string text, Func<Func<string, double?>, double?> evaluate, IReadOnlyList<string> facts)
    {
        Text = text;
        _evaluate = evaluate;
        Facts = facts;
    }

    public string Text { get; }

    /// <summary>The fact names the formula reads.</summary>
    public IReadOnlyList<string> Facts { get; }

    public double? Evaluate(Func<string, double?> fact) => _evaluate(fact) is { } v && double.IsFinite(v) ? v : null;

    public static IndicatorFormula Parse(string text) =>
        TryParse(text, out var formula) ? formula : throw new FormatException($"Bad indicator formula: {text}");

    public static bool TryParse(string? text, out IndicatorFormula formula)
    {
        formula = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parser = new Parser(text);
        try
        {
            var root = parser.Expression();
            if (!parser.AtEnd) return false;
            formula = new IndicatorFormula(text, root, parser.Facts.ToList());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed class Parser(string text)
    {
        private int _at;
        public readonly HashSet<string> Facts = [];

        public bool AtEnd { get { Skip(); return _at >= text.Length; } }

        public Func<Func<string, double?>, double?> Expression()
        {
            var left = Term();
            while (Accept('+') is var plus && (plus || Accept('-') is var minus && minus))
            {
                var l = left;
                var r = Term();
                left = plus ? f => l(f) + r(f) : f => l(f) - r(f);
            }
            return left;
        }

        private Func<Func<string, double?>, double?> Term()
        {
            var left = Factor();
            while (Accept('*') is var times && (times || Accept('/') is var divide && divide))
            {
                var l = left;
                var r = Factor();
                left = times ? f => l(f) * r(f) : f => r(f) is { } d && d != 0 ? l(f) / d : null;
            }
            return left;
        }

        private Func<Func<string, double?>, double?> Factor()
        {
            Skip();
            if (Accept('-')) { var inner = Factor(); return f => -inner(f); }
            if (Accept('('))
            {
                var inner = Expression();
                if (!Accept(')')) throw new FormatException();
                return inner;
            }
            var start = _at;
            if (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.'))
            {
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.')) _at++;
                var number = double.Parse(text.AsSpan(start, _at - start), CultureInfo.InvariantCulture);
                return _ => number;
            }
            if (_at < text.Length && (char.IsLetter(text[_at]) || text[_at] == '_'))
            {
                while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '.')) _at++;
                var name = text[start.._at];
                Facts.Add(name);
                return f => f(name);
            }
            throw new FormatException();
        }

        private bool Accept(char c)
        {
            Skip();
            if (_at < text.Length && text[_at] == c) { _at++; return true; }
            return false;
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }
    }
}
