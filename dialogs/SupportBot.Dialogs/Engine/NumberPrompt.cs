using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Asks for a number and recognizes digits or words in the current UI language ("15", "fifteen", "on beş",
/// "on bes"). <typeparamref name="T"/> is int, long, float, double or decimal; an answer that does not fit
/// (1.5 for an int) is not recognized.
/// </summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    private static readonly Type[] SupportedTypes = [typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
        if (!SupportedTypes.Contains(typeof(T)))
        {
            throw new NotSupportedException($"NumberPrompt does not support {typeof(T).Name}; use int, long, float, double or decimal.");
        }
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var prompt = SelectPrompt(options, isRetry);
        if (prompt is not null)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = PromptCulture.PrepareForRecognizers(UserInput.GetText(turnContext.Activity));
        var result = new PromptRecognizerResult<T>();
        var found = NumberRecognizer.RecognizeNumber(text, PromptCulture.Recognizers).FirstOrDefault();
        if (found?.Resolution is { } resolution
            && resolution.TryGetValue("value", out var value)
            && TryConvert(Convert.ToString(value, CultureInfo.InvariantCulture), PromptCulture.NumberFormat, out var number))
        {
            result.Succeeded = true;
            result.Value = number;
        }

        return Task.FromResult(result);
    }

    private static bool TryConvert(string? value, CultureInfo format, out T number)
    {
        number = default;
        if (typeof(T) == typeof(double) || typeof(T) == typeof(float))
        {
            if (!double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, format, out var real))
            {
                return false;
            }

            number = typeof(T) == typeof(float) ? (T)(object)(float)real : (T)(object)real;
            return true;
        }

        if (!decimal.TryParse(value, NumberStyles.Number, format, out var exact))
        {
            return false;
        }

        if (typeof(T) == typeof(decimal))
        {
            number = (T)(object)exact;
            return true;
        }

        if (decimal.Truncate(exact) != exact)
        {
            return false;
        }

        if (typeof(T) == typeof(int) && exact is >= int.MinValue and <= int.MaxValue)
        {
            number = (T)(object)(int)exact;
            return true;
        }

        if (typeof(T) == typeof(long) && exact is >= long.MinValue and <= long.MaxValue)
        {
            number = (T)(object)(long)exact;
            return true;
        }

        return false;
    }
}
