namespace PantryPilot.Domain.Ontology;

/// <summary>The verdict of one rule (a constraint or an allergy) on one ingredient.</summary>
/// <param name="Rule">The constraint tag ("vegetarian") or allergy label ("allergy:peanut").</param>
public sealed record RuleVerdict(string Rule, ComplianceStatus Status, string Why);
