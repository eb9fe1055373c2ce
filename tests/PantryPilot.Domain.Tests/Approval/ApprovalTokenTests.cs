using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using CsCheck;
using PantryPilot.Domain.Approval;

namespace PantryPilot.Domain.Tests.Approval;

/// <summary>Each bad token gets its own verdict; the oracles are hand-made tokens (a forged signature, a payload edited
/// by hand) and fixed clocks.</summary>
public sealed class ApprovalTokenTests
{
    private const string Key = "approval-key-0123456789-0123456789-abcdef";
    private static readonly ApprovalKeys Keys = new(Key);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Approvers = ["ana", "ben"];
    private static readonly ApprovalToken Ana = new(
        "recipe-model-nov",
        "recipe-model-nov/iter-0008000",
        true,
        "Ana",
        Now.AddHours(72),
        "nonce-1"
    );

    private static ApprovalVerification Check(
        string token,
        string workflow = "recipe-model-nov",
        string entry = "recipe-model-nov/iter-0008000",
        DateTimeOffset? now = null
    ) => ApprovalTokenCodec.Verify(Keys, token, workflow, entry, Approvers, now ?? Now);

    [Fact]
    public void Verify_MintedToken_ValidWithItsDecisionAndApprover()
    {
        var result = Check(ApprovalTokenCodec.Mint(Keys, Ana));

        Assert.Equal(ApprovalVerdict.Valid, result.Verdict);
        Assert.Equal(Ana, result.Token);
        Assert.Equal("approved by Ana", result.Message);
    }

    [Fact]
    public void Verify_RefuseToken_ValidRefusal()
    {
        var result = Check(ApprovalTokenCodec.Mint(Keys, Ana with { Approve = false }));

        Assert.Equal((ApprovalVerdict.Valid, false), (result.Verdict, result.Token!.Approve));
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_Forged()
    {
        var other = new ApprovalKeys("someone-elses-key-0123456789-0123456789");

        Assert.Equal(ApprovalVerdict.Forged, Check(ApprovalTokenCodec.Mint(other, Ana)).Verdict);
    }

    [Fact]
    public void Verify_PayloadEditedByHand_Forged()
    {
        // Take a valid token for ana and rewrite its payload to name mallory, keeping ana's signature.
        var parts = ApprovalTokenCodec.Mint(Keys, Ana).Split('.');
        var json = Encoding
            .UTF8.GetString(Base64Url.DecodeFromChars(parts[1]))
            .Replace("\"Ana\"", "\"mallory\"", StringComparison.Ordinal);
        var edited = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))}.{parts[2]}";

        Assert.Equal(ApprovalVerdict.Forged, Check(edited).Verdict);
    }

    [Fact]
    public void Verify_WithoutAnyKeyAnAttackerWritesTheirOwnPayload_Forged()
    {
        var payload = JsonSerializer.Serialize(
            new
            {
                workflowId = "recipe-model-nov",
                entryId = "recipe-model-nov/iter-0008000",
                decision = "approve",
                approver = "ana",
                expires = Now.AddDays(1).ToUnixTimeSeconds(),
                nonce = "x",
            }
        );
        var token =
            $"v1.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{Base64Url.EncodeToString(new byte[32])}";

        Assert.Equal(ApprovalVerdict.Forged, Check(token).Verdict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("approve")]
    [InlineData("v2.abc.def")]
    [InlineData("v1..sig")]
    [InlineData("v1.abc.!!!")]
    [InlineData("v1.a.b.c")]
    public void Verify_NotAToken_Malformed(string token) =>
        Assert.Equal(ApprovalVerdict.Malformed, Check(token).Verdict);

    [Fact]
    public void Verify_AtOrAfterExpiry_Expired()
    {
        var token = ApprovalTokenCodec.Mint(Keys, Ana);

        Assert.Equal(ApprovalVerdict.Valid, Check(token, now: Ana.ExpiresAt.AddSeconds(-1)).Verdict);
        Assert.Equal(ApprovalVerdict.Expired, Check(token, now: Ana.ExpiresAt).Verdict);
    }

    [Fact]
    public void Verify_OtherWorkflow_WrongWorkflow() =>
        Assert.Equal(
            ApprovalVerdict.WrongWorkflow,
            Check(ApprovalTokenCodec.Mint(Keys, Ana), workflow: "recipe-model-dec").Verdict
        );

    [Fact]
    public void Verify_OtherCandidateOfTheSameRun_WrongCandidate() =>
        Assert.Equal(
            ApprovalVerdict.WrongCandidate,
            Check(ApprovalTokenCodec.Mint(Keys, Ana), entry: "recipe-model-nov/iter-0004000").Verdict
        );

    [Fact]
    public void Verify_ValidSignatureButNotOnTheList_NotAnApprover()
    {
        var result = Check(ApprovalTokenCodec.Mint(Keys, Ana with { Approver = "mallory" }));

        Assert.Equal(ApprovalVerdict.NotAnApprover, result.Verdict);
        Assert.Equal("mallory is not on the approvers' allow-list (Approval:Approvers)", result.Message);
    }

    [Fact]
    public void Verify_AfterKeyRotation_OldLinksStillVerifyNewOnesUseTheNewKey()
    {
        var oldToken = ApprovalTokenCodec.Mint(Keys, Ana);
        var rotated = new ApprovalKeys("the-new-key-0123456789-0123456789-0123", [Key]);

        Assert.Equal(
            ApprovalVerdict.Valid,
            ApprovalTokenCodec.Verify(rotated, oldToken, Ana.WorkflowId, Ana.EntryId, Approvers, Now).Verdict
        );
        Assert.Equal(ApprovalVerdict.Forged, Check(ApprovalTokenCodec.Mint(rotated, Ana)).Verdict);
    }

    [Fact]
    public void Keys_ShortKey_Refused() =>
        Assert.Equal(
            "the signing key is 5 characters long; at least 32 (e.g. openssl rand -base64 48)",
            Assert.Throws<ArgumentException>(() => new ApprovalKeys("short")).Message.Split(" (Parameter")[0]
        );

    [Fact]
    public void Verify_AnyOneCharacterChanged_NeverValid()
    {
        var token = ApprovalTokenCodec.Mint(Keys, Ana);
        Gen.Int[0, token.Length - 1]
            .Select(Gen.Char["A-Za-z0-9-_."])
            .Sample(
                (at, c) =>
                {
                    var changed = token[..at] + c + token[(at + 1)..];
                    return changed == token || Check(changed).Verdict != ApprovalVerdict.Valid;
                }
            );
    }

    [Fact]
    public void MintThenVerify_AnyFields_RoundTrip()
    {
        Gen.Select(Gen.String["a-z0-9-/"], Gen.String["a-z0-9-/"], Gen.Bool, Gen.Int[1, 10_000])
            .Sample(
                (workflow, entry, approve, minutes) =>
                {
                    var token = new ApprovalToken(
                        "wf" + workflow,
                        "e" + entry,
                        approve,
                        "ben",
                        Now.AddMinutes(minutes),
                        ApprovalTokenCodec.NewNonce()
                    );
                    var result = ApprovalTokenCodec.Verify(
                        Keys,
                        ApprovalTokenCodec.Mint(Keys, token),
                        token.WorkflowId,
                        token.EntryId,
                        Approvers,
                        Now
                    );
                    return result.Verdict == ApprovalVerdict.Valid && result.Token == token;
                }
            );
    }

    [Fact]
    public void Link_BuiltAndRead_CarriesTheTokenWhole()
    {
        var token = ApprovalTokenCodec.Mint(Keys, Ana);

        var link = ApprovalLink.Build("https://pantry.example.com/", token);

        Assert.Equal($"https://pantry.example.com/approve?token={token}", link);
        Assert.Equal(token, ApprovalLink.TokenOf(link));
        Assert.Equal(token, ApprovalLink.TokenOf(" " + token + " "));
        Assert.Equal(link, ApprovalLink.Build("https://pantry.example.com/approve", token));
    }
}
