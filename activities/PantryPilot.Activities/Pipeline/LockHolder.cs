using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Who holds a data folder: written into <c>&lt;data-dir&gt;/.pantrypilot.lock</c>. An in-process run holds it
/// as a process (<see cref="Pid"/> on <see cref="Host"/>); a workflow run holds it as the workflow run
/// (<see cref="WorkflowId"/> and <see cref="WorkflowRunId"/>; pid and host then name the worker that claimed it, which
/// says nothing about whether the run is alive: its activities run on any worker).</summary>
public sealed record LockHolder(
    string RunId,
    int Pid,
    string Host,
    string StartedAt,
    string? WorkflowId = null,
    string? WorkflowRunId = null)
{
    public bool IsWorkflow => WorkflowRunId is not null;

    public bool Is(FolderOwner owner) => WorkflowId == owner.WorkflowId && WorkflowRunId == owner.WorkflowRunId;

    /// <summary>How a message names the holder.</summary>
    public string Describe() => IsWorkflow
        ? $"workflow {WorkflowId} (run {WorkflowRunId}, claimed by process {Pid} on {Host}, started {StartedAt})"
        : $"run {RunId} (process {Pid} on {Host}, started {StartedAt})";
}
