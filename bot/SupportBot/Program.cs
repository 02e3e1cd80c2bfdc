using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, Adapter>();
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddSingleton<ConversationState>();
builder.Services.AddTransient<IBot, Echo>();
var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter a, IBot bot) => a.ProcessAsync(req, res, bot));
app.Run();

internal sealed class Adapter(BotFrameworkAuthentication auth, ILogger<Adapter> logger) : CloudAdapter(auth, logger);

internal sealed class Echo(ConversationState state) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var n = state.CreateProperty<int>("n");
        var c = await n.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await n.SetAsync(turnContext, c, cancellationToken);
        await turnContext.SendActivityAsync($"echo {c}: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
        await state.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
