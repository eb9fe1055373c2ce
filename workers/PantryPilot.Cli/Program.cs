using PantryPilot.Cli;

return await PantryPilotCli.RunAsync(args);
