using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PantryPilot.Inference.Model;

/// <summary>
/// Tiny-model accommodation. The test model's tokenizer knows 50,257 ids but the model only 1,000, so ordinary text
/// encodes to ids the model cannot take, and the runtime's grammar engine cannot force tokens the model cannot emit.
/// For a byte-level BPE tokenizer this builds a copy of the model folder whose tokenizer keeps only ids below
/// vocab_size (and the merges among them): text still encodes (into shorter pieces) and guidance works. Real models,
/// whose vocabularies match, are loaded unchanged; prompt ids are still folded into range as a last resort.
/// </summary>
public static class TokenizerVocabularyFit
{
    private const long MaxCopyBytes = 200L * 1024 * 1024;

    /// <summary>The folder to load: <paramref name="modelPath"/> itself, or a fitted copy; with a note saying
    /// which.</summary>
    public static (string Path, string? Note) Prepare(string modelPath, ModelShape shape)
    {
        var tokenizerFile = System.IO.Path.Combine(modelPath, "tokenizer.json");
        if (shape.VocabSize is not { } vocabSize || !File.Exists(tokenizerFile))
        {
            return (modelPath, null);
        }

        var tokenizer = JsonNode.Parse(File.ReadAllText(tokenizerFile))!.AsObject();
        if (tokenizer["model"] is not JsonObject model
            || (string?)model["type"] != "BPE"
            || model["vocab"] is not JsonObject vocab
            || vocab.Count <= vocabSize)
        {
            return (modelPath, null);
        }

        var files = Directory.GetFiles(modelPath);
        if (files.Sum(f => new FileInfo(f).Length) > MaxCopyBytes)
        {
            return (
                modelPath,
                $"tokenizer has {vocab.Count} ids for a {vocabSize}-id model; folder too large to fit a copy, ids are "
                + "folded instead");
        }

        var target = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "pantrypilot-fitted-models",
            Key(modelPath, vocabSize));
        if (!File.Exists(System.IO.Path.Combine(target, "tokenizer.json")))
        {
            var staging = $"{target}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var name = System.IO.Path.GetFileName(file);
                if (name is not ("tokenizer.json" or "tokenizer_config.json" or "vocab.json" or "merges.txt"))
                {
                    File.Copy(file, System.IO.Path.Combine(staging, name), overwrite: true);
                }
            }

            File.WriteAllText(
                System.IO.Path.Combine(staging, "tokenizer.json"),
                Fit(tokenizer, vocabSize).ToJsonString());
            var configFile = System.IO.Path.Combine(modelPath, "tokenizer_config.json");
            if (File.Exists(configFile))
            {
                var config = JsonNode.Parse(File.ReadAllText(configFile))!.AsObject();
                config.Remove("added_tokens_decoder");
                File.WriteAllText(System.IO.Path.Combine(staging, "tokenizer_config.json"), config.ToJsonString());
            }

            try
            {
                Directory.Move(staging, target);
            }
            catch (IOException) when (File.Exists(System.IO.Path.Combine(target, "tokenizer.json")))
            {
                // Another process fitted the same model first; theirs is identical.
                Directory.Delete(staging, recursive: true);
            }
        }

        return (
            target,
            $"tokenizer fitted to the model's {vocabSize} ids (was {vocab.Count}; tiny-model accommodation) in "
            + $"{target}");
    }

    /// <summary>Keeps vocabulary ids below <paramref name="vocabSize"/> and the merges whose parts and result
    /// survive.</summary>
    public static JsonObject Fit(JsonObject tokenizer, int vocabSize)
    {
        var fitted = tokenizer.DeepClone().AsObject();
        var model = fitted["model"]!.AsObject();
        var vocab = model["vocab"]!.AsObject();
        var kept = new JsonObject();
        foreach (var (token, id) in vocab)
        {
            if ((int)id! < vocabSize)
            {
                kept[token] = (int)id!;
            }
        }

        var merges = new JsonArray();
        foreach (var merge in model["merges"]?.AsArray() ?? [])
        {
            var parts = merge is JsonArray pair ? [(string)pair[0]!, (string)pair[1]!] : ((string)merge!).Split(' ', 2);
            if (parts.Length == 2
                && kept.ContainsKey(parts[0])
                && kept.ContainsKey(parts[1])
                && kept.ContainsKey(parts[0] + parts[1]))
            {
                merges.Add(merge!.DeepClone());
            }
        }

        model["vocab"] = kept;
        model["merges"] = merges;
        var added = new JsonArray();
        foreach (var token in fitted["added_tokens"]?.AsArray() ?? [])
        {
            if (token is JsonObject t && (int)t["id"]! < vocabSize)
            {
                added.Add(t.DeepClone());
            }
        }

        fitted["added_tokens"] = added;
        return fitted;
    }

    private static string Key(string modelPath, int vocabSize)
    {
        var stamp = string.Join(
            '|',
            Directory.GetFiles(modelPath)
                .Order(StringComparer.Ordinal)
                .Select(f => $"{f}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{stamp}|{vocabSize}"));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
