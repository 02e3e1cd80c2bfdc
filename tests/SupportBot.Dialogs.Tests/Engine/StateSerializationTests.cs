using Newtonsoft.Json;
using SupportBot.Storage;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// The host stores ConversationState as JSON with type names and an allow-list binder; here every
/// turn goes through that text (see <see cref="JsonRoundTripStorage"/>), so a wrong type fails the test.
/// </summary>
public class StateSerializationTests
{
    private static ComponentDialog ContractFlow()
    {
        var contract = new ComponentDialog("contract")
            .AddDialog(new WaterfallDialog("contract-steps", [
                (step, ct) =>
                {
                    step.Values["incidents"] = 17;
                    step.Values["price"] = 12.50m;
                    step.Values["contract"] = new ContractPick("C-1", 3);
                    return step.PromptAsync("choice", Steps.Choose("Which plan?", "Silver", "Gold"), ct);
                },
                (step, ct) => step.PromptAsync("number", Steps.Ask($"How many for {((FoundChoice)step.Result!).Value}?", retry: "A number, please."), ct),
                (step, ct) =>
                {
                    var incidents = (int)step.Values["incidents"];
                    var price = (decimal)step.Values["price"];
                    var contract = (ContractPick)step.Values["contract"];
                    var options = (ContractPick)step.Options!;
                    return step.EndDialogAsync($"{options.Id}/{contract.Id}: {incidents - (int)step.Result!} left at {price * contract.Count}", ct);
                },
            ]))
            .AddDialog(new ChoicePrompt("choice"))
            .AddDialog(new NumberPrompt<int>("number"));

        return new CancelAndHelpDialog("root")
            .AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("contract", new ContractPick("opt", 1), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .AddDialog(contract);
    }

    [Fact]
    public async Task ConversationState_RoundTrippedAsJsonEveryTurn_ContinuesMidWaterfallMidPrompt()
    {
        var storage = new JsonRoundTripStorage();
        var host = new DialogTestHost(ContractFlow(), storage);

        await host.Flow()
            .Send("hi").AssertReply("Which plan?")
            .Send("gold").AssertReply("How many for Gold?")
            .Send("none").AssertReply("A number, please.")
            .Send("help").AssertReply("No help here.").AssertReply("How many for Gold?")
            .Send("2").AssertReply("[Complete] opt/C-1: 15 left at 37.50")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationState_MidPrompt_IsStoredWithAllowedTypeNames()
    {
        var storage = new JsonRoundTripStorage();
        var host = new DialogTestHost(ContractFlow(), storage);

        await host.Flow()
            .Send("hi").AssertReply("Which plan?")
            .Send("gold").AssertReply("How many for Gold?")
            .Send("none").AssertReply("A number, please.")
            .StartTestAsync();

        var json = Assert.Single(storage.Items).Value;
        Assert.Contains("SupportBot.Dialogs.Engine.DialogState, SupportBot.Dialogs", json, StringComparison.Ordinal);
        Assert.Contains("SupportBot.Dialogs.Engine.PromptOptions, SupportBot.Dialogs", json, StringComparison.Ordinal);
        Assert.Contains("\"attemptCount\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationState_CopiedToANewStorageMidPrompt_ContinuesThere()
    {
        var first = new JsonRoundTripStorage();
        await new DialogTestHost(ContractFlow(), first).Flow()
            .Send("hi").AssertReply("Which plan?")
            .Send("second").AssertReply("How many for Gold?")
            .StartTestAsync();

        var (key, json) = Assert.Single(first.Items);
        var copy = new JsonRoundTripStorage();
        await copy.WriteAsync(new Dictionary<string, object> { [key] = StateJsonSerializer.Deserialize(json)! });

        await new DialogTestHost(ContractFlow(), copy).Flow()
            .Send("3").AssertReply("[Complete] opt/C-1: 14 left at 37.50")
            .StartTestAsync();
    }

    [Fact]
    public void AllowListBinder_TypeFromOtherAssembly_IsRefused()
    {
        var state = new Dictionary<string, object> { ["uri"] = new UriBuilder("https://example.com") };

        Assert.Throws<JsonSerializationException>(() => StateJsonSerializer.Serialize(state));
    }

    private sealed record ContractPick(string Id, int Count);
}
