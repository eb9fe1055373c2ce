Console.Error.WriteLine("pantrypilot-inference: not implemented yet");
return 2;
