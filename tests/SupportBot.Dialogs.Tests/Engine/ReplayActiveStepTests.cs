using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public class ReplayActiveStepTests
{
    private static bool IsTurkish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "tr";

    private static string Say(string english, string turkish) => IsTurkish ? turkish : english;

    /// <summary>CancelAndHelpDialog ("türkçe"/"english") → waterfall → "incidents" component → waterfall of localized prompts.</summary>
    private static DialogTestHost LocalizedFlow()
    {
        var incidents = new ComponentDialog("incidents")
            .AddDialog(new WaterfallDialog("incident-steps", [
                (step, ct) =>
                {
                    step.Values["runs"] = step.Values.TryGetValue("runs", out var runs) ? (int)runs + 1 : 1;
                    return step.PromptAsync("choice", new PromptOptions
                    {
                        Prompt = MessageFactory.Text(Say("Which support?", "Hangi destek?")),
                        Choices = [new Choice("cloud") { Action = new Microsoft.Bot.Schema.CardAction("imBack", Say("Cloud", "Bulut"), value: Say("Cloud", "Bulut")) }, new Choice("on-premises")],
                    }, ct);
                },
                (step, ct) =>
                {
                    var support = ((FoundChoice)step.Result!).Value;
                    step.Values["support"] = support;
                    return step.PromptAsync("number", Steps.Ask(Say($"How many {support} incidents?", $"Kaç {support} olayı?")), ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.Values["support"]} {(int)step.Result!} runs={(int)step.Values["runs"]}", ct),
            ]))
            .AddDialog(new ChoicePrompt("choice"))
            .AddDialog(new NumberPrompt<int>("number"));

        DialogTestHost? host = null;
        var root = new CancelAndHelpDialog("root", culture => host!.Culture = culture);
        root.AddDialog(new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("incidents", null, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .AddDialog(incidents);
        host = new DialogTestHost(root);
        return host;
    }

    [Fact]
    public async Task ReplayActiveStep_LanguageSwitchedAtSecondStep_RebuildsPromptWithSameResultAndValues()
    {
        var host = LocalizedFlow();

        await host.Flow()
            .Send("hi").AssertReply("Which support?")
            .Send("cloud").AssertReply("How many cloud incidents?")
            .Send("Türkçe").AssertReply("Kaç cloud olayı?")
            .Send("on beş").AssertReply("[Complete] cloud 15 runs=1")
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplayActiveStep_LanguageSwitchedAtFirstStep_ButtonsAndRecognitionInNewLanguage()
    {
        var host = LocalizedFlow();

        await host.Flow()
            .Send("hi").AssertReply("Which support?")
            .Send("turkce")
            .AssertReply(activity =>
            {
                Assert.Equal("Hangi destek?", activity.AsMessageActivity().Text);
                Assert.Equal(["Bulut", "on-premises"], activity.AsMessageActivity().SuggestedActions.Actions.Select(action => action.Title));
            })
            .Send("ilk").AssertReply("Kaç cloud olayı?")
            .Send("english").AssertReply("How many cloud incidents?")
            .Send("fifteen").AssertReply("[Complete] cloud 15 runs=2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplayActiveStep_AfterFailedAnswers_StartsTheAttemptCountAgain()
    {
        var host = LocalizedFlow();

        await host.Flow()
            .Send("hi").AssertReply("Which support?")
            .Send("cloud").AssertReply("How many cloud incidents?")
            .Send("lots").AssertReply("How many cloud incidents?")
            .Send("many").AssertReply("How many cloud incidents?")
            .Send("türkçe").AssertReply("Kaç cloud olayı?")
            .Send("çok").AssertReply("Kaç cloud olayı?")
            .Send("iki").AssertReply("[Complete] cloud 2 runs=1")
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplayActiveStep_StepWaitingWithoutPrompt_RunsTheStepAgain()
    {
        DialogTestHost? host = null;
        var root = new CancelAndHelpDialog("root", culture => host!.Culture = culture);
        root.AddDialog(new WaterfallDialog("free-text", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Say("Describe the problem.", "Sorunu anlatın."), cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        host = new DialogTestHost(root);

        await host.Flow()
            .Send("hi").AssertReply("Describe the problem.")
            .Send("türkçe").AssertReply("Sorunu anlatın.")
            .Send("erişim hatası").AssertReply("[Complete] erişim hatası")
            .StartTestAsync();
    }
}
