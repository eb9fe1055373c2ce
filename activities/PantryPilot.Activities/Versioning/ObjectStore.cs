namespace PantryPilot.Activities.Versioning;

/// <summary>The local content-addressed cache: <c>.pantry/objects/&lt;aa&gt;/&lt;sha256&gt;</c>. Objects are immutable;
/// one that is already present is never rewritten, and every write lands through a temp file and an atomic
/// rename.</summary>
public sealed class ObjectStore(string objectsDir)
{
    public string Root { get; } = objectsDir;

    public static string RelativeKey(string hash) => $"{hash[..2]}/{hash}";

    public string PathOf(string hash) => Path.Combine(Root, hash[..2], hash);

    public bool Contains(string hash) => File.Exists(PathOf(hash));

    /// <summary>Stores a working file already hashed as <paramref name="hash"/>; false when the object was there.
    /// The copy is hashed again so a file changed between hashing and copying is not stored under a wrong
    /// address.</summary>
    public async Task<bool> AddFileAsync(string sourcePath, string hash, CancellationToken ct)
    {
        if (Contains(hash))
        {
            return false;
        }

        await using var source = ContentHash.OpenSequential(sourcePath);
        return await ImportAsync(hash, source, sourcePath, ct);
    }

    /// <summary>Writes <paramref name="source"/> as object <paramref name="hash"/> after checking that its bytes hash
    /// to it.</summary>
    public async Task<bool> ImportAsync(string hash, Stream source, string origin, CancellationToken ct)
    {
        var target = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            string actual;
            await using (var output = ContentHash.CreateTemp(temp))
            {
                (actual, _) = await ContentHash.CopyHashingAsync(source, output, ct);
            }

            if (actual != hash)
            {
                throw new CorruptObjectException(
                    $"{origin}: content hashes to {actual}, expected {hash}; the object is corrupt or changed while "
                    + "being read");
            }

            return MoveIntoPlace(temp, target);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Moves a downloaded file (on the same volume) into the store once its bytes hash to
    /// <paramref name="hash"/>.</summary>
    public async Task<bool> AdoptAsync(string file, string hash, string origin, CancellationToken ct)
    {
        var actual = await ContentHash.OfFileAsync(file, ct);
        if (actual != hash)
        {
            throw new CorruptObjectException(
                $"{origin}: content hashes to {actual}, expected {hash}; the object is corrupt");
        }

        var target = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return MoveIntoPlace(file, target);
    }

    /// <summary>Copies object <paramref name="hash"/> to <paramref name="destination"/>, verifying its bytes on the
    /// way.</summary>
    public async Task CopyToAsync(string hash, Stream destination, CancellationToken ct)
    {
        if (!Contains(hash))
        {
            throw new VersioningException(
                $"object {hash} is not in the local cache ({Root}); run `pantrypilot data pull` first");
        }

        await using var source = ContentHash.OpenSequential(PathOf(hash));
        var (actual, _) = await ContentHash.CopyHashingAsync(source, destination, ct);
        if (actual != hash)
        {
            throw new CorruptObjectException(
                $"local object {PathOf(hash)} hashes to {actual}; delete it and pull again");
        }
    }

    private static bool MoveIntoPlace(string temp, string target)
    {
        try
        {
            File.Move(temp, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another writer stored the same content first: same address, same bytes.
            return false;
        }
    }
}
