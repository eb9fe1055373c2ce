using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The household entity's validators, handlers and queries, written once: the workflow calls them with
/// Temporal's effects, `pantrypilot household ...` without a server with in-process ones. A validator throws the typed
/// error before anything is written; a handler checks again once the household is loaded and it holds the lock (state
/// may have changed since), then writes through the activities under the request id and records the answer.
/// Split by concern: stock (<c>.Stock.cs</c>), recipes (<c>.Recipes.cs</c>), timers (<c>.Timers.cs</c>).</summary>
public sealed partial class HouseholdHandlers(
    string householdId,
    HouseholdCarry? carry,
    IHouseholdRules rules,
    IHouseholdEffects effects)
{
    /// <summary>The lots the pantry query lists as expiring soon: within this many days.</summary>
    public const int ExpiringWithinDays = 3;

    public HouseholdState State { get; } = new(householdId, carry);

    /// <summary>False until the household was read from the database (a run that continued as new starts
    /// loaded).</summary>
    public bool Loaded { get; private set; } = carry is not null;

    private string Id => State.HouseholdId;

    private DateOnly Today => HouseholdClock.Today(effects.UtcNow, State.Profile.TimeZone);

    /// <summary>Reads the household from the database (first run only): profile, open lots, whether it
    /// exists.</summary>
    public async Task LoadAsync()
    {
        if (Loaded)
        {
            return;
        }

        var snapshot = await HouseholdFailures.TypedAsync(
            "reading the household",
            () => effects.Activities.LoadAsync(new(Id)));
        State.Known = snapshot.Known;
        State.Profile = snapshot.Profile ?? HouseholdProfile.Empty;
        State.EffectiveDiets = snapshot.EffectiveDiets;
        State.Lots.Clear();
        State.Lots.AddRange(snapshot.Lots);
        State.LotsNotLoaded = snapshot.LotsNotLoaded;
        if (State.Known)
        {
            Retime();
        }

        Loaded = true;
    }

    public void ValidateSetProfile(SetProfileRequest request) => Throw(CheckSetProfile(request));

    public Task<ProfileResult> SetProfileAsync(SetProfileRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.SetProfile, request);
        return RunAsync(
            HouseholdNames.SetProfile,
            request.RequestId,
            hash,
            exclusive: true,
            () => CheckSetProfile(request),
            async () =>
            {
                var reading = rules.ReadProfile(request.Profile);
                var result = new ProfileResult(
                    request.RequestId,
                    reading.Profile!,
                    reading.EffectiveDiets,
                    reading.Notes);
                var saved = await HouseholdFailures.TypedAsync(
                    "saving the profile",
                    () => effects.Activities.SaveProfileAsync(new(Id, request.RequestId, hash, result)));
                State.Known = true;
                State.Profile = saved.Profile;
                State.EffectiveDiets = saved.EffectiveDiets;
                Retime();
                return saved;
            },
            r => $"profile: {Describe(r.EffectiveDiets, "no diet")}; {r.Profile.Allergies.Count} allergies; "
                + $"{r.Profile.TimeZone}");
    }

    public PantryView Pantry()
    {
        var today = Today;
        var soon = State.Lots.Where(l => l.Expires is { } e && e <= today.AddDays(ExpiringWithinDays))
            .OrderBy(l => l.Expires).ThenBy(l => l.LotId).ToList();
        return new PantryView(
            Id,
            State.Known,
            Loaded,
            rules.Summarize(State.Lots),
            soon,
            ExpiringWithinDays,
            State.Lots.Count,
            State.LotsNotLoaded,
            today);
    }

    public ProfileView Profile() => new(Id, State.Known, State.Profile, State.EffectiveDiets);

    public HistoryView History(HistoryRequest? request)
    {
        var limit = Math.Clamp(request?.Limit ?? 20, 1, HouseholdLimits.MaxHistoryEntries);
        return new HistoryView(Id, State.History.AsEnumerable().Reverse().Take(limit).ToList());
    }

    /// <summary>The one path of every update: wait for the load, take the lock when it changes stock, answer a
    /// repeated request from memory, check, run, remember the answer and record it in the history.</summary>
    private async Task<T> RunAsync<T>(
        string update,
        string requestId,
        string hash,
        bool exclusive,
        Func<HouseholdProblem?> check,
        Func<Task<T>> body,
        Func<T, string> summary)
    {
        await effects.WaitAsync(() => Loaded);
        async Task<T> Once()
        {
            if (State.FindRecent(requestId) is { } seen && seen.Update == update && seen.PayloadHash == hash)
            {
                return RequestHash.Read<T>(seen.ResultJson);
            }

            Throw(check());
            var result = await body();
            if (ListInputs.Contains(update))
            {
                ShoppingListChanged();
            }

            State.Remember(new RecentRequest(requestId, update, hash, RequestHash.Json(result)));
            State.Record(new HistoryEntry(effects.UtcNow, update, requestId, summary(result)));
            return result;
        }

        return exclusive ? await effects.ExclusiveAsync(Once) : await Once();
    }

    private HouseholdProblem? CheckSetProfile(SetProfileRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        return HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.SetProfile, request.RequestId, request)
            ?? (request.Profile is null
                ? HouseholdChecks.Invalid("profile: missing")
                : rules.ReadProfile(request.Profile).Problem);
    }

    /// <summary>A request id seen lately with another update or payload: refused. (The same request again is fine: it
    /// gets the first answer.)</summary>
    private HouseholdProblem? Repeated<T>(string update, string requestId, T request)
    {
        if (State.FindRecent(requestId) is not { } seen)
        {
            return null;
        }

        if (seen.Update == update && seen.PayloadHash == RequestHash.Of(update, request))
        {
            return null;
        }

        var what = seen.Update == update ? $"another {update}" : seen.Update;
        return new(
            HouseholdErrors.DuplicateRequest,
            $"requestId: '{HouseholdChecks.Short(requestId)}' was used for {what} request; the same id answers only "
            + "the same request (use a new id)");
    }

    /// <summary>Every update but set-profile and record-purchase needs a household that exists (known once
    /// loaded).</summary>
    private HouseholdProblem? Unknown(string update) =>
        Loaded && !State.Known && !HouseholdNames.Creating.Contains(update)
            ? new(
                HouseholdErrors.UnknownHousehold,
                $"household '{Id}' is unknown: set-profile or record-purchase creates it")
            : null;

    private static void Throw(HouseholdProblem? problem)
    {
        if (problem is not null)
        {
            throw HouseholdFailures.Of(problem);
        }
    }

    private static string Describe(IReadOnlyList<string> values, string none)
        => values.Count == 0 ? none : string.Join(", ", values);
}
