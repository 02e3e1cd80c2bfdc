using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Finds the choice an answer names, trying in order: the whole text of a choice (value, button title or
/// synonym); the only choice containing every word of the answer; an ordinal ("second", "ikinci"); the only
/// choice sharing any word with the answer ("the cloud one please"); and finally a number ("2"), last because
/// "one" in a sentence is rarely a position. Text is compared through
/// <see cref="TextNormalizer"/>; a word of three letters or more also matches the start of a longer one.
/// </summary>
internal static class ChoiceRecognizer
{
    private const int MinimumPrefixLength = 3;

    public static FoundChoice? Recognize(string text, IList<Choice> choices)
    {
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return FindExact(answer, choices)
            ?? FindPartial(answer.Split(' '), choices)
            ?? FindByPosition((query, culture) => NumberRecognizer.RecognizeOrdinal(query, culture), text, choices)
            ?? FindUniqueOverlap(answer.Split(' '), choices)
            ?? FindByPosition((query, culture) => NumberRecognizer.RecognizeNumber(query, culture), text, choices);
    }

    private static FoundChoice? FindExact(string answer, IList<Choice> choices)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var candidate in Candidates(choices[index]))
            {
                if (TextNormalizer.Normalize(candidate) == answer)
                {
                    return Found(choices, index, 1f, candidate);
                }
            }
        }

        return null;
    }

    private static FoundChoice? FindPartial(string[] words, IList<Choice> choices)
    {
        var complete = Overlaps(words, choices).Where(overlap => overlap.Matched == words.Length).ToList();
        return complete.Count == 1
            ? Found(choices, complete[0].Index, complete[0].Coverage, complete[0].Candidate)
            : null;
    }

    private static FoundChoice? FindUniqueOverlap(string[] words, IList<Choice> choices)
    {
        var overlapping = Overlaps(words, choices).Where(overlap => overlap.Matched > 0).ToList();
        return overlapping.Count == 1
            ? Found(choices, overlapping[0].Index, overlapping[0].Coverage, overlapping[0].Candidate)
            : null;
    }

    private static FoundChoice? FindByPosition(Func<string, string, List<ModelResult>> recognize, string text, IList<Choice> choices)
    {
        foreach (var result in recognize(PromptCulture.PrepareForRecognizers(text), PromptCulture.Recognizers))
        {
            if (result.Resolution is { } resolution
                && resolution.TryGetValue("value", out var value)
                && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
                && position >= 1
                && position <= choices.Count)
            {
                return Found(choices, position - 1, 1f, null);
            }
        }

        return null;
    }

    /// <summary>For each choice, its best candidate text: how many answer words it contains and how much of it they cover.</summary>
    private static IEnumerable<Overlap> Overlaps(string[] words, IList<Choice> choices)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            Overlap? best = null;
            foreach (var candidate in Candidates(choices[index]))
            {
                var candidateWords = TextNormalizer.Tokenize(candidate);
                if (candidateWords.Length == 0)
                {
                    continue;
                }

                var matched = words.Count(word => candidateWords.Any(candidateWord => WordMatches(word, candidateWord)));
                var coverage = Math.Min(1f, (float)matched / candidateWords.Length);
                if (best is null || matched > best.Matched || (matched == best.Matched && coverage > best.Coverage))
                {
                    best = new Overlap(index, candidate, matched, coverage);
                }
            }

            if (best is not null)
            {
                yield return best;
            }
        }
    }

    private static bool WordMatches(string word, string candidateWord)
        => candidateWord == word
            || (word.Length >= MinimumPrefixLength && candidateWord.StartsWith(word, StringComparison.Ordinal));

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { Length: > 0 } title)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static FoundChoice Found(IList<Choice> choices, int index, float score, string? synonym)
        => new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };

    private sealed record Overlap(int Index, string Candidate, int Matched, float Coverage);
}
