using PantryPilot.Domain.Expectations;
using static PantryPilot.Domain.Tests.Expectations.SuiteBuilder;

namespace PantryPilot.Domain.Tests.Expectations;

public class ExpectationEvaluatorTests
{
    private static readonly Tables.TableBatch Pantry = Batch(
        ("rice", 2, 1, "2026-01-01", "2026-06-01", "2026-01-01"),
        ("tofu", 0.5, 2, "2026-01-02", "2026-01-10", "2026-01-02"),
        ("kimchi", 1, 3, "2026-01-03", "2026-02-01", "Jan 3"),
        (null, null, null, null, null, null));

    [Fact]
    public void NotNull_NullPresent_FailsAndCountsOverAllRows()
    {
        var r = Run("expect_column_values_to_not_be_null", """{"column":"name"}""", Pantry);

        Assert.False(r.Success);
        Assert.Equal(4, r.ElementCount);
        Assert.Equal(1, r.UnexpectedCount);
        Assert.Equal(25.0, r.UnexpectedPercent);
        Assert.Equal(5, r.PartialUnexpectedList.Single().SourceRow);
    }

    [Fact]
    public void NotNull_MostlyBelowNullShare_Passes()
    {
        Assert.True(Run("expect_column_values_to_not_be_null", """{"column":"name","mostly":0.75}""", Pantry).Success);
        Assert.False(Run("expect_column_values_to_not_be_null", """{"column":"name","mostly":0.76}""", Pantry).Success);
    }

    [Fact]
    public void NotNull_NoNulls_Passes()
    {
        Assert.True(Run("expect_column_values_to_not_be_null", """{"column":"name"}""", Batch(("a", 1, 1, null, null, null))).Success);
    }

    [Fact]
    public void Between_ValuesInside_PassesAndIgnoresNulls()
    {
        var r = Run("expect_column_values_to_be_between", """{"column":"qty","min_value":0,"max_value":2}""", Pantry);

        Assert.True(r.Success);
        Assert.Equal(1, r.MissingCount);
        Assert.Equal(0, r.UnexpectedCount);
    }

    [Fact]
    public void Between_StrictMaxAtBoundary_Fails()
    {
        var r = Run("expect_column_values_to_be_between", """{"column":"qty","min_value":0,"max_value":2,"strict_max":true}""", Pantry);

        Assert.False(r.Success);
        Assert.Equal("2", r.PartialUnexpectedList.Single().Value);
        Assert.Equal(100.0 / 3, r.UnexpectedPercent!.Value, 6);
    }

    [Fact]
    public void Between_StrictMinAndMostly_UsesNonNullDenominator()
    {
        // 1 of 3 non-null integers (count=1) is not > 1: 2/3 pass.
        Assert.True(Run("expect_column_values_to_be_between", """{"column":"count","min_value":1,"strict_min":true,"mostly":0.66}""", Pantry).Success);
        Assert.False(Run("expect_column_values_to_be_between", """{"column":"count","min_value":1,"strict_min":true,"mostly":0.67}""", Pantry).Success);
    }

    [Fact]
    public void Between_DateBounds_ComparesDates()
    {
        var r = Run("expect_column_values_to_be_between", """{"column":"expires","min_value":"2026-01-15","max_value":"2026-12-31"}""", Pantry);

        Assert.False(r.Success);
        Assert.Equal("2026-01-10", r.PartialUnexpectedList.Single().Value);
        Assert.True(Run("expect_column_values_to_be_between", """{"column":"expires","min_value":"2026-01-01"}""", Pantry).Success);
    }

    [Fact]
    public void InSet_ValueOutsideSet_Fails()
    {
        var r = Run("expect_column_values_to_be_in_set", """{"column":"name","value_set":["rice","tofu"]}""", Pantry);

        Assert.False(r.Success);
        Assert.Equal("kimchi", r.PartialUnexpectedList.Single().Value);
        Assert.Equal(4, r.PartialUnexpectedList.Single().SourceRow);
    }

    [Fact]
    public void InSet_AllInSetOrMostly_Passes()
    {
        Assert.True(Run("expect_column_values_to_be_in_set", """{"column":"name","value_set":["rice","tofu","kimchi"]}""", Pantry).Success);
        Assert.True(Run("expect_column_values_to_be_in_set", """{"column":"name","value_set":["rice","tofu"],"mostly":0.6}""", Pantry).Success);
    }

    [Fact]
    public void InSet_NumbersCompareByValue_Passes()
    {
        Assert.True(Run("expect_column_values_to_be_in_set", """{"column":"count","value_set":[1.0,2,3]}""", Pantry).Success);
    }

    [Fact]
    public void Strftime_TextNotMatchingFormat_Fails()
    {
        var r = Run("expect_column_values_to_match_strftime_format", """{"column":"day","strftime_format":"%Y-%m-%d"}""", Pantry);

        Assert.False(r.Success);
        Assert.Equal("Jan 3", r.PartialUnexpectedList.Single().Value);
        Assert.True(Run("expect_column_values_to_match_strftime_format", """{"column":"day","strftime_format":"%Y-%m-%d","mostly":0.6}""", Pantry).Success);
    }

    [Fact]
    public void Strftime_SingleDigitFieldsAndLoneDirective_ParseAsStrptime()
    {
        var batch = Batch(("a", 1, 1, null, null, "2026-1-3"), ("b", 1, 1, null, null, "03/01/2026 7:05"));

        Assert.Equal(1, Run("expect_column_values_to_match_strftime_format", """{"column":"day","strftime_format":"%Y-%m-%d"}""", batch).UnexpectedCount);
        Assert.Equal(1, Run("expect_column_values_to_match_strftime_format", """{"column":"day","strftime_format":"%d/%m/%Y %H:%M"}""", batch).UnexpectedCount);
        Assert.True(Run("expect_column_values_to_match_strftime_format", """{"column":"day","strftime_format":"%d"}""", Batch(("a", 1, 1, null, null, "7"))).Success);
    }

    [Fact]
    public void Strftime_TypedDateColumn_PassesByConstruction()
    {
        Assert.True(Run("expect_column_values_to_match_strftime_format", """{"column":"bought","strftime_format":"%d/%m/%Y"}""", Pantry).Success);
    }

    [Fact]
    public void Regex_SearchSemantics_PassesAndFails()
    {
        Assert.True(Run("expect_column_values_to_match_regex", """{"column":"name","regex":"[aeiou]"}""", Pantry).Success);
        var r = Run("expect_column_values_to_match_regex", """{"column":"name","regex":"^(rice|tofu)$"}""", Pantry);
        Assert.False(r.Success);
        Assert.Equal(1, r.UnexpectedCount);
    }

    [Fact]
    public void Unique_DuplicateInLaterBatch_FailsOnTheLaterRow()
    {
        var r = Run("expect_column_values_to_be_unique", """{"column":"name"}""", Pantry, Batch(100, ("tofu", 1, 1, null, null, null), (null, 1, 1, null, null, null)));

        Assert.False(r.Success);
        Assert.Equal(1, r.UnexpectedCount);
        Assert.Equal(100, r.PartialUnexpectedList.Single().SourceRow);
        Assert.Equal(2, r.MissingCount);
    }

    [Fact]
    public void Unique_DistinctValues_Passes()
    {
        Assert.True(Run("expect_column_values_to_be_unique", """{"column":"name"}""", Pantry).Success);
    }

    [Fact]
    public void CompoundUnique_SameKeyInLaterBatch_FailsOnlyTheRepeatedCombination()
    {
        var later = Batch(100, ("tofu", 0.5, 9, null, null, null), ("tofu", 1, 9, null, null, null));

        var r = Run("expect_compound_columns_to_be_unique", """{"column_list":["name","qty"]}""", Pantry, later);

        Assert.False(r.Success);
        Assert.Equal(1, r.UnexpectedCount);
        Assert.Equal(100, r.PartialUnexpectedList.Single().SourceRow);
        Assert.Contains("name=tofu", r.PartialUnexpectedList.Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void CompoundUnique_SameNameDifferentQuantity_Passes()
    {
        var later = Batch(100, ("tofu", 1, 9, null, null, null));

        Assert.True(Run("expect_compound_columns_to_be_unique", """{"column_list":["name","qty"]}""", Pantry, later).Success);
    }

    [Fact]
    public void RowCount_OutsideRange_FailsAcrossBatches()
    {
        Assert.True(Run("expect_table_row_count_to_be_between", """{"min_value":5,"max_value":6}""", Pantry, Batch(("x", 1, 1, null, null, null))).Success);
        var r = Run("expect_table_row_count_to_be_between", """{"min_value":5,"max_value":null}""", Pantry);
        Assert.False(r.Success);
        Assert.False(r.RowLevel);
        Assert.Equal("4", r.ObservedValue);
    }

    [Fact]
    public void ColumnsMatchSet_ExactAndSubset_BehaveAsGe()
    {
        const string all = """["name","qty","count","bought","expires","day"]""";
        Assert.True(Run("expect_table_columns_to_match_set", $$"""{"column_set":{{all}}}""", Pantry).Success);
        Assert.False(Run("expect_table_columns_to_match_set", """{"column_set":["name","qty"]}""", Pantry).Success);
        Assert.True(Run("expect_table_columns_to_match_set", """{"column_set":["name","qty"],"exact_match":false}""", Pantry).Success);
        var missing = Run("expect_table_columns_to_match_set", """{"column_set":["name","brand"],"exact_match":false}""", Pantry);
        Assert.False(missing.Success);
        Assert.Contains(missing.PartialUnexpectedList, s => s.Value == "missing: brand");
    }

    [Fact]
    public void PairGreater_ExpiryBeforePurchase_Fails()
    {
        var batch = Batch(("a", 1, 1, "2026-01-05", "2026-01-05", null), ("b", 1, 1, "2026-01-05", "2026-01-01", null), ("c", 1, 1, "2026-01-05", null, null));

        var orEqual = Run("expect_column_pair_values_A_to_be_greater_than_B", """{"column_A":"expires","column_B":"bought","or_equal":true,"ignore_row_if":"either_value_is_missing"}""", batch);
        Assert.False(orEqual.Success);
        Assert.Equal(1, orEqual.UnexpectedCount);
        Assert.Equal(3, orEqual.PartialUnexpectedList.Single().SourceRow);
        Assert.Equal(1, orEqual.MissingCount);

        // Strict, and the default ignore_row_if (both missing) compares the row with one missing value: 3 unexpected.
        Assert.Equal(3, Run("expect_column_pair_values_A_to_be_greater_than_B", """{"column_A":"expires","column_B":"bought"}""", batch).UnexpectedCount);
    }

    [Fact]
    public void PairGreater_AllOrdered_Passes()
    {
        Assert.True(Run("expect_column_pair_values_A_to_be_greater_than_B", """{"column_A":"expires","column_B":"bought"}""", Pantry).Success);
    }

    [Fact]
    public void UnsupportedType_ReportedAsFailedNotCrash()
    {
        var result = RunAll(
            ExpectationSuite.Parse("""{"expectation_suite_name":"s","expectations":[{"expectation_type":"expect_column_kl_divergence_to_be_less_than","kwargs":{"column":"qty"}}]}"""),
            Pantry);

        var r = result.Results.Single();
        Assert.False(r.Success);
        Assert.True(r.Unsupported);
        Assert.Contains("expect_column_kl_divergence_to_be_less_than", r.Error, StringComparison.Ordinal);
        Assert.Single(result.TableLevelFailures);
    }

    [Fact]
    public void MissingColumn_ReportedWithColumnName()
    {
        var r = Run("expect_column_values_to_not_be_null", """{"column":"brand"}""", Pantry);

        Assert.False(r.Success);
        Assert.False(r.Unsupported);
        Assert.Contains("'brand'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialUnexpectedList_ManyFailures_KeepsFirstTwenty()
    {
        var rows = Enumerable.Range(0, 50).Select(i => ((string?)null, (double?)i, (long?)i, (string?)null, (string?)null, (string?)null)).ToArray();
        var r = Run("expect_column_values_to_not_be_null", """{"column":"name"}""", Batch(rows));

        Assert.Equal(50, r.UnexpectedCount);
        Assert.Equal(ExpectationEvaluator.SampleSize, r.PartialUnexpectedList.Count);
        Assert.Equal(2, r.PartialUnexpectedList[0].SourceRow);
    }

    [Fact]
    public void Failing_SelectedExpectations_MaskAndReasonNameRowFieldValue()
    {
        var suite = ExpectationSuite.Parse("""
            {"expectation_suite_name":"s","expectations":[
              {"expectation_type":"expect_column_values_to_be_in_set","kwargs":{"column":"name","value_set":["rice","tofu"]}},
              {"expectation_type":"expect_column_values_to_be_between","kwargs":{"column":"qty","max_value":1}}]}
            """);
        var evaluator = new ExpectationEvaluator(suite, Schema);
        var failures = evaluator.Observe(Pantry);

        var (mask, reasons) = evaluator.Failing(Pantry.RowCount, failures, _ => true);
        Assert.Equal([true, false, true, false], mask);
        Assert.Equal("pantry row 2 field qty: '2' failed expect_column_values_to_be_between(max_value=1)", reasons[0]);
        Assert.Contains("pantry row 4 field name: 'kimchi' failed expect_column_values_to_be_in_set", reasons[2], StringComparison.Ordinal);

        var (onlyFirst, _) = evaluator.Failing(Pantry.RowCount, failures, i => i == 0);
        Assert.Equal([false, false, true, false], onlyFirst);
    }

    [Fact]
    public void NaN_TreatedAsMissing()
    {
        var r = Run("expect_column_values_to_be_between", """{"column":"qty","min_value":0}""", Batch(("a", double.NaN, 1, null, null, null), ("b", 1, 1, null, null, null)));

        Assert.True(r.Success);
        Assert.Equal(1, r.MissingCount);
    }

    [Fact]
    public void ColumnsRead_NamesEveryColumnTheChecksLookAtAndNoOther()
    {
        var suite = ExpectationSuite.Parse("""
            {"expectation_suite_name":"t","expectations":[
              {"expectation_type":"expect_column_values_to_not_be_null","kwargs":{"column":"name"}},
              {"expectation_type":"expect_column_pair_values_A_to_be_greater_than_B","kwargs":{"column_A":"expires","column_B":"bought"}},
              {"expectation_type":"expect_compound_columns_to_be_unique","kwargs":{"column_list":["name","qty"]}},
              {"expectation_type":"expect_column_values_to_be_between","kwargs":{"column":"no_such_column","min_value":0}},
              {"expectation_type":"expect_table_columns_to_match_set","kwargs":{"column_set":["name","day"]}}]}
            """);

        var read = new ExpectationEvaluator(suite, Schema).ColumnsRead;

        Assert.Equal(["bought", "expires", "name", "qty", Tables.TableSchema.SourceRowColumn], read.Order(StringComparer.Ordinal));
    }
}
