using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Benefits.Ledger;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

/// <summary>
/// Booking over HTTP: one partner's request can never be taken for another's, and every confirmation shows the
/// count its own booking left, however many bookings land at the same time.
/// </summary>
public sealed class IncidentBookingTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Booking_ConversationAndActivityIdsThatJoinAlike_BooksForEachPartner()
    {
        using var host = new BotHost(_data.Path);
        var fabrikam = host.CreateBotClient();
        fabrikam.ConversationId = "K/x";
        var tailspin = host.CreateBotClient();
        tailspin.ConversationId = "K";
        tailspin.UserId = "silver.hybrid@tailspin.example";

        var fabrikamBooked = await BookAsync(fabrikam, confirmationId: "y");
        var tailspinBooked = await BookAsync(tailspin, confirmationId: "x/y");

        Assert.Contains("16 of 20", fabrikamBooked.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't belong", tailspinBooked.AllText, StringComparison.Ordinal);
        Assert.StartsWith("Done: I logged the incident.", tailspinBooked.AllText, StringComparison.Ordinal);
        Assert.Contains("14 of 15", tailspinBooked.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_AnotherBookingLandsBeforeTheReply_ShowsTheCountThisBookingLeft()
    {
        using var host = new BotHost(_data.Path);
        using var interleaved = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(InterleavingLedger.Install));
        var client = new BotClient(interleaved.CreateClient());
        await IncidentSteps.ToSeverityPromptAsync(client);

        var booked = await client.SendTextAsync("B");
        var left = await client.SendTextAsync("how many incidents do I have left?");

        Assert.Contains("16 of 20", booked.AllText, StringComparison.Ordinal);
        Assert.Contains("16 of 20", booked.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("15 of 20", booked.Everything, StringComparison.Ordinal);
        Assert.StartsWith("You have 15 of 20 on-premises incidents left", left.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmations_SixBookingsOfOneUserAtOnce_EachShowsItsOwnCount()
    {
        using var host = new BotHost(_data.Path);
        var clients = Enumerable.Range(0, 6).Select(_ => host.CreateBotClient()).ToList();
        foreach (var client in clients)
        {
            await IncidentSteps.ToSeverityPromptAsync(client);
        }

        var replies = await Task.WhenAll(clients.Select(client => client.SendTextAsync("B")));

        var counts = replies.Select(reply => System.Text.RegularExpressions.Regex.Match(reply.AllText, "([0-9]+) of 20").Groups[1].Value).Order().ToList();
        Assert.Equal(["11", "12", "13", "14", "15", "16"], counts);
    }

    public void Dispose() => _data.Dispose();

    private static async Task<BotReply> BookAsync(BotClient client, string confirmationId)
    {
        await IncidentSteps.ToLogQuestionAsync(client);
        await client.PostAsync(IncidentSteps.Message(client, "yes", confirmationId));
        await client.SendTextAsync("Windows Server 2022");
        await client.SendTextAsync("Backup job fails every night");
        return await client.SendTextAsync("B");
    }

    /// <summary>
    /// The real ledger, with another booking on the same contract landing right after each of ours, as a second
    /// conversation of the same user would: what the contract says by the time the reply is written has moved on.
    /// </summary>
    private sealed class InterleavingLedger(IIncidentLedger inner) : IIncidentLedger
    {
        public static void Install(IServiceCollection services)
        {
            var real = services.Last(descriptor => descriptor.ServiceType == typeof(IIncidentLedger));
            services.Remove(real);
            services.AddSingleton<IIncidentLedger>(provider => new InterleavingLedger(
                (IIncidentLedger)(real.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, real.ImplementationType!))));
        }

        public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.BookAsync(request, cancellationToken);
            if (result is BookingResult.Booked)
            {
                await inner.BookAsync(request with { ActivityId = Guid.NewGuid().ToString("N"), Title = "Booked meanwhile" }, cancellationToken);
            }

            return result;
        }

        public Task<IReadOnlyList<Benefits.Model.Incident>> GetHistoryAsync(Benefits.Model.Account account, string contractKey, CancellationToken cancellationToken = default)
            => inner.GetHistoryAsync(account, contractKey, cancellationToken);
    }
}
