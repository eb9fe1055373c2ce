using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The shopping list the workflow keeps for its query: the last 7-day list computed, the changes it
/// reflects, and when it is to be computed again. Refreshes are debounced: a change asks for one once updates have
/// been quiet for <see cref="Quiet"/>, and a steady stream of changes waits at most <see cref="MaxWait"/>, so a burst
/// of updates costs one activity, not one each. Not carried over continue-as-new (the next run computes it
/// again).</summary>
public sealed class ShoppingListCache
{
    /// <summary>How long updates must have been quiet before the list is computed again.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    /// <summary>The longest a change waits for its refresh while updates keep coming.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    /// <summary>How long after a refresh that failed (the store unavailable) it is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(15);

    private int reflected;
    private DateTime? staleSince;

    public ShoppingListView? List { get; private set; }

    public DateTime? ComputedAt { get; private set; }

    /// <summary>Changes to what the list depends on, counted in this run.</summary>
    public int Changes { get; private set; }

    /// <summary>When the main loop computes the list again; null when nothing asks for it (or the run predates
    /// release 3, which computes it only on the update and the digest).</summary>
    public DateTime? RefreshAt { get; private set; }

    /// <summary>Whether this run computes the list on its own (release 3); null until it was first asked.</summary>
    public bool? Refreshes { get; set; }

    /// <summary>Why the last refresh failed; null after one that worked.</summary>
    public string? Problem { get; private set; }

    public bool Stale => Changes != reflected;

    /// <summary>Something the list depends on changed at <paramref name="now"/>.</summary>
    public void Changed(DateTime now)
    {
        Changes++;
        staleSince ??= now;
        if (Refreshes == true)
        {
            var quiet = now + Quiet;
            var latest = staleSince.Value + MaxWait;
            RefreshAt = quiet < latest ? quiet : latest;
        }
    }

    /// <summary>Asks for a refresh at <paramref name="at"/> (a run's start: there is no list yet).</summary>
    public void RefreshFrom(DateTime at)
    {
        if (Refreshes == true)
        {
            RefreshAt = at;
        }
    }

    /// <summary>Keeps <paramref name="list"/>, computed at <paramref name="at"/> from the state after
    /// <paramref name="changesSeen"/> changes, unless a list of a later state is kept already. Lists of another horizon
    /// answer their caller only.</summary>
    public void Keep(ShoppingListView list, DateTime at, int changesSeen)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Days != ShoppingListRequest.DefaultDays || (List is not null && changesSeen < reflected))
        {
            return;
        }

        List = list;
        ComputedAt = at;
        reflected = changesSeen;
        Problem = null;
        if (!Stale)
        {
            staleSince = null;
            RefreshAt = null;
        }
    }

    /// <summary>A refresh failed at <paramref name="at"/>: the list kept stays, and it is tried again later.</summary>
    public void Failed(DateTime at, string problem)
    {
        Problem = problem;
        RefreshAt = at + RetryAfter;
    }
}
