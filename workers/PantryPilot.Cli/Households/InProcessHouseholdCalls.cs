using Microsoft.Extensions.Configuration;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Households;
using PantryPilot.Client;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using PantryPilot.Inference.Serving;
using PantryPilot.Workflows.Households;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Households;

/// <summary>The embedded default: the household's own handlers (validators, handlers, timers) and activities, run in
/// this process on the store (PostgreSQL with DATABASE_URL, else the embedded SQLite file in the data folder). The
/// entity's state is kept in the store between commands; reminders and digests that fell due since the last command
/// are sent when the next one runs.</summary>
public sealed class InProcessHouseholdCalls : IHouseholdCalls
{
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    private readonly HouseholdStore store;
    private readonly InProcessHouseholdEffects effects;
    private readonly InProcessHouseholdNotices notices;
    private readonly string dataDir;
    private readonly CancellationToken cancellationToken;
    private RecipeModelHost? model;

    private InProcessHouseholdCalls(
        HouseholdStore store,
        string dataDir,
        IConfiguration configuration,
        string description,
        CancellationToken cancellationToken)
    {
        this.store = store;
        this.dataDir = dataDir;
        this.cancellationToken = cancellationToken;
        Description = description;
        notices = new InProcessHouseholdNotices(configuration, dataDir);
        effects = new InProcessHouseholdEffects(
            new HouseholdActivities(store),
            () => LoadModel(configuration),
            new FileHouseholdNotifier(dataDir),
            notices: notices);
    }

    public string Description { get; }

    /// <summary>Opens the store (migrating it; seeding a new embedded one) and says which one.</summary>
    public static async Task<InProcessHouseholdCalls> OpenAsync(
        IConfiguration configuration,
        string dataDir,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = DatabaseOptions.From(configuration);
        IHouseholdDatabase database;
        string? seeded = null;
        if (options.IsConfigured)
        {
            database = new PostgresHouseholdDatabase(new PantryDatabase(options, ConnectRetryOptions.Default));
            await database.MigrateAsync(cancellationToken);
        }
        else
        {
            (database, seeded) = await EmbeddedHouseholdStore.OpenAsync(dataDir, cancellationToken);
        }

        var description = "No Temporal server configured (TEMPORAL_ADDRESS unset): running the household's handlers "
            + $"and activities in-process on {database.Description}"
            + (seeded is null ? string.Empty : $" (new store, {seeded})");
        return new InProcessHouseholdCalls(
            new HouseholdStore(database),
            dataDir,
            configuration,
            description,
            cancellationToken);
    }

    public Task<ProfileResult> SetProfileAsync(string householdId, SetProfileRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateSetProfile(request), () => h.SetProfileAsync(request)));

    public Task<StockChangeResult> RecordPurchaseAsync(string householdId, RecordPurchaseRequest request) =>
        RunAsync(
            householdId,
            h => Update(() => h.ValidateRecordPurchase(request), () => h.RecordPurchaseAsync(request)));

    public Task<StockChangeResult> ConsumeAsync(string householdId, ConsumeRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateConsume(request), () => h.ConsumeAsync(request)));

    public Task<StockChangeResult> DiscardAsync(string householdId, DiscardRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateDiscard(request), () => h.DiscardAsync(request)));

    public Task<RecipeAnswer> RequestRecipeAsync(string householdId, RequestRecipeRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateRequestRecipe(request), () => h.RequestRecipeAsync(request)));

    public Task<StockChangeResult> CookAsync(string householdId, CookRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateCook(request), () => h.CookAsync(request)));

    public Task<FeedbackResult> FeedbackAsync(string householdId, FeedbackRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateFeedback(request), () => h.FeedbackAsync(request)));

    public Task<ShoppingListView> ShoppingListAsync(string householdId, ShoppingListRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateShoppingList(request), () => h.ShoppingListAsync(request)));

    /// <summary>Nothing keeps a list here: between commands no workflow runs to refresh one, so the kept list is a
    /// Temporal feature. Says so, as a typed error, without opening the household.</summary>
    public Task<CachedShoppingList> ShoppingListQueryAsync(string householdId) =>
        Task.FromException<CachedShoppingList>(new HouseholdException(
            HouseholdErrors.InvalidRequest,
            "--cached reads the list a running household workflow keeps (query shopping-list), and none runs here "
                + "(TEMPORAL_ADDRESS unset: in-process). Run `pantrypilot household shopping-list` without --cached "
                + "to compute the list now",
            null));

    public Task<PlannedRecipe> PlanRecipeAsync(string householdId, PlanRecipeRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidatePlanRecipe(request), () => h.PlanRecipeAsync(request)));

    public Task<CancelPlanResult> CancelPlanAsync(string householdId, CancelPlanRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateCancelPlan(request), () => h.CancelPlanAsync(request)));

    public Task<MinStockResult> MinStockAsync(string householdId, SetMinStockRequest request) =>
        RunAsync(householdId, h => Update(() => h.ValidateMinStock(request), () => h.MinStockAsync(request)));

    public Task<PlansView> PlansAsync(string householdId) =>
        RunAsync(householdId, h => Task.FromResult(h.State.Known ? h.Plans() : throw Unknown(householdId)));

    /// <summary>The digest the household would get now, composed by the workflow's own code; not sent.</summary>
    public Task<WeeklyDigestEvent> DigestAsync(string householdId) =>
        RunAsync(householdId, h => h.State.Known ? h.ComposeDigestAsync() : throw Unknown(householdId));

    public Task<PantryView> PantryAsync(string householdId) =>
        RunAsync(householdId, h => Task.FromResult(h.State.Known ? h.Pantry() : throw Unknown(householdId)));

    public Task<ProfileView> ProfileAsync(string householdId) =>
        RunAsync(householdId, h => Task.FromResult(h.State.Known ? h.Profile() : throw Unknown(householdId)));

    public Task<HistoryView> HistoryAsync(string householdId, HistoryRequest request) =>
        RunAsync(householdId, h => Task.FromResult(h.History(request)));

    public async ValueTask DisposeAsync()
    {
        effects.Dispose();
        await notices.DisposeAsync();
        model?.Dispose();
        await store.Database.DisposeAsync();
    }

    /// <summary>Validator, then handler: as the workflow runs them (a rejected update changes nothing).</summary>
    private static async Task<T> Update<T>(Action validate, Func<Task<T>> handle)
    {
        validate();
        return await handle();
    }

    private async Task<T> RunAsync<T>(string householdId, Func<HouseholdHandlers, Task<T>> call)
    {
        if (HouseholdChecks.HouseholdId(householdId) is { } bad)
        {
            throw new HouseholdException(bad.ErrorType, bad.Message, null);
        }

        using var held = await HouseholdCommandLock.AcquireAsync(dataDir, householdId, LockWait, cancellationToken);
        try
        {
            var carry = await store.ReadStateAsync(householdId, cancellationToken);
            if (carry is not null)
            {
                // The store is the source of truth for stock: other writers (db load, another host) count too.
                var snapshot = await store.LoadAsync(householdId, cancellationToken);
                carry = carry with
                {
                    Lots = snapshot.Lots,
                    LotsNotLoaded = snapshot.LotsNotLoaded,
                    Known = carry.Known || snapshot.Known,
                };
            }

            var handlers = new HouseholdHandlers(householdId, carry, HouseholdRules.Default, effects);
            await handlers.LoadAsync();
            await handlers.FireDueAsync();
            var result = await call(handlers);
            await handlers.FireDueAsync();
            if (handlers.State.Known)
            {
                await store.SaveStateAsync(householdId, handlers.State.ToCarry(), cancellationToken);
            }

            return result;
        }
        catch (ApplicationFailureException e) when (e.ErrorType is { } type && HouseholdErrors.All.Contains(type))
        {
            throw new HouseholdException(type, e.Message, e);
        }
    }

    private RecipeServingActivities LoadModel(IConfiguration configuration)
    {
        var options = InferenceServiceCollectionExtensions.ReadOptions(configuration);
        model = RecipeModelHost.Load(options);
        return new RecipeServingActivities(new RecipeGenerator(model, options), PromotedModel.Read(model, options));
    }

    private static HouseholdException Unknown(string householdId) =>
        new(
            HouseholdErrors.UnknownHousehold,
            $"household '{householdId}' is unknown: set-profile or record-purchase creates it",
            null);
}
