using System.Text.Json.Nodes;
using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Tests;

public class TokenizerVocabularyFitTests
{
    [Fact]
    public void Fit_BpeTokenizer_KeepsIdsBelowVocabAndOnlyMergesAmongThem()
    {
        var tokenizer = JsonNode.Parse("""
            {"added_tokens":[{"id":1,"content":"<s>"},{"id":9,"content":"<|endoftext|>"}],
             "model":{"type":"BPE","vocab":{"a":0,"b":1,"c":2,"ab":3,"abc":4,"bc":5},"merges":["a b","ab c","b c"]}}
            """)!.AsObject();
        var fitted = TokenizerVocabularyFit.Fit(tokenizer, 4);
        var vocab = fitted["model"]!["vocab"]!.AsObject();
        Assert.Equal(["a", "b", "c", "ab"], vocab.Select(kv => kv.Key));
        Assert.Equal(["a b"], fitted["model"]!["merges"]!.AsArray().Select(m => (string)m!));
        Assert.Equal([1], fitted["added_tokens"]!.AsArray().Select(t => (int)t!["id"]!));
        Assert.Equal(6, tokenizer["model"]!["vocab"]!.AsObject().Count);
    }

    [Fact]
    public void Prepare_MatchingVocabulary_LoadsOriginalFolder()
    {
        var path = TinyModel.Path();
        var (loadPath, note) = TokenizerVocabularyFit.Prepare(path, new ModelShape("gpt2", 60000, 512));
        Assert.Equal(path, loadPath);
        Assert.Null(note);
    }

    [Fact]
    public async Task Prepare_ConcurrentCallers_AllGetTheSameFittedFolder()
    {
        var path = TinyModel.Path();
        var shape = ModelShape.Read(path);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => TokenizerVocabularyFit.Prepare(path, shape))));
        Assert.Single(results.Select(r => r.Path).Distinct());
        Assert.NotEqual(path, results[0].Path);
        Assert.True(File.Exists(Path.Combine(results[0].Path, "past.onnx")));
    }
}
